#!/usr/bin/env node
// Takes a 1280x800 screenshot of a page for people to look at:
//   node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromiumPath.mjs';

const [
  url = 'http://127.0.0.1:4173/',
  out = 'test-results/screenshot.png',
  width = '1280',
  height = '800',
] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (msg) => console.log(`[console.${msg.type()}] ${msg.text()}`));
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
await page.goto(url);
await page.waitForSelector('[aria-label="Graph"][aria-busy="false"]', { timeout: 30_000 });
await page.waitForTimeout(300);
await page.screenshot({ path: out });
console.log(await page.getByRole('status').first().textContent());
await browser.close();
