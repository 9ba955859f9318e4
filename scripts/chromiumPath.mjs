// Where the Chromium for tests and benchmarks is: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then whatever Playwright downloaded itself. Returns undefined when there is none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here: that is the usual case on this machine.
  }
  return undefined;
}

// Flags that let Chromium start as root in a closed network without a GPU.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
