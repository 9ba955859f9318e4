#!/usr/bin/env node
// Makes sure a Chromium for the end-to-end tests and the benchmark exists, and says where it is.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own download; if none, Debian's package
// through apt-get (as root), else `npx playwright install chromium`; only when both fail it stops.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromiumPath.mjs';

function tryRun(command) {
  try {
    execSync(command, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

if (findChromium()) {
  console.log(`Chromium: ${findChromium()}`);
  process.exit(0);
}

console.log('No Chromium found for the end-to-end tests: getting one.');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("Installing Debian's chromium package with apt-get…");
  if (
    tryRun('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
  ) {
    if (findChromium()) {
      console.log(`Chromium: ${findChromium()}`);
      process.exit(0);
    }
  }
  console.log('apt-get did not give a Chromium.');
}
console.log("Trying Playwright's download: npx playwright install chromium…");
if (tryRun('npx playwright install chromium') && findChromium()) {
  console.log(`Chromium: ${findChromium()}`);
  process.exit(0);
}
console.error(
  [
    'Could not get a Chromium for the end-to-end tests.',
    'Install one and run the tests again, for example:',
    '  Debian/Ubuntu (as root):  apt-get install chromium',
    '  any system:               npx playwright install chromium',
    '  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
