// Exports the same graphs with two builds of the app and compares the images pixel for pixel: a
// change to how images are exported must not change what they show.
//
//   npx vite build --outDir /tmp/dist-before   (on the commit before the change)
//   npx vite build                             (on the change)
//   npx tsx bench/exportCompare.ts --base=/tmp/dist-before [--head=dist] [--sizes=2000,10000]
//     [--out=bench/data/compare]
//
// Each dataset (the sample, a few actors with long names the screen cuts short, generated files
// of the given sizes) is opened in a fresh page of each build, and exported as PNG with the menu's
// defaults, as a transparent PNG at 1x without caption, as the visible area, and as JPG. The images
// are decoded in the browser; the report gives, per image, both sizes, how many pixels differ,
// by how much at most, and how many by more than 8 (of 255) in some channel.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromiumPath.mjs';
import { DATA_DIR, generateAll } from './generate';
import { openApp, statusOf } from './lib/appSteps';
import { arm, closeSession, openSession, pending, waitIn } from './lib/browser';
import { setExportOptions, type ExportMenuOptions } from './lib/exportMenu';
import { ROOT, timeoutFor } from './lib/options';
import { serve } from './lib/server';

const args = process.argv.slice(2);
const option = (name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const base = option('base');
if (!base) throw new Error('--base=<dist of the build to compare with> is required');
const head = resolve(ROOT, option('head') ?? 'dist');
const sizes = (option('sizes') ?? '2000,10000').split(',').filter(Boolean).map(Number);
const out = resolve(ROOT, option('out') ?? join(DATA_DIR, 'compare'));

const LONG_NAMES = {
  format: 'stancegraph',
  version: 1,
  title: 'Long names',
  actors: [
    {
      id: 'ctw',
      name: 'Christine Todd Whitman, Administrator of the Environmental Protection Agency',
      kind: 'person',
    },
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'epa', name: 'Environmental Protection Agency', kind: 'organization' },
    { id: 'g', name: 'Residents of Lower Manhattan and\nBattery Park City', kind: 'group' },
    { id: 'm', name: 'Mike', kind: 'person' },
  ],
  claims: [
    { id: 'c', text: 'The air is safe to breathe' },
    { id: 'd', text: 'The dust is harmless' },
  ],
  statements: ['ctw', 'us', 'epa', 'g', 'm'].flatMap((actor, i) => [
    { id: `s${i}`, actor, claim: 'c', stance: i % 2 === 0 ? 'asserts' : 'denies' },
    { id: `t${i}`, actor, claim: 'd', stance: i % 2 === 0 ? 'denies' : 'asserts' },
  ]),
};

interface Variant extends ExportMenuOptions {
  name: string;
  button: 'Export PNG' | 'Export JPG';
}

// The menu's defaults first (whole graph, 2x, white, legend and title): what the bench exports.
const VARIANTS: Variant[] = [
  { name: 'png-default', button: 'Export PNG' },
  {
    name: 'png-transparent-1x-bare',
    button: 'Export PNG',
    background: 'Transparent',
    scale: '1',
    legend: false,
  },
  { name: 'png-visible-2x', button: 'Export PNG', scope: 'Visible area', scale: '2', legend: true },
  { name: 'jpg-default', button: 'Export JPG', scope: 'Whole graph', background: 'White' },
];

/** Exports every variant of one dataset with one build; returns the files' paths by variant. */
async function exportAll(
  browser: Browser,
  dist: string,
  label: string,
  dataset: { name: string; path: string | null; lastActorId: string; timeoutMs: number },
): Promise<Map<string, string>> {
  const server = await serve(dist);
  const session = await openSession(browser);
  const files = new Map<string, string>();
  try {
    const { page } = session;
    await openApp(page, server.url);
    if (dataset.path) {
      await arm(page, 'armAppLoad', {
        before: await statusOf(page),
        nodeId: dataset.lastActorId,
        timeoutMs: dataset.timeoutMs,
      });
      await page.getByLabel('Open dataset').setInputFiles(dataset.path);
      await pending(page, dataset.timeoutMs);
    }
    await waitIn(page, 'window.__bench.idle()', dataset.timeoutMs);
    await page
      .getByRole('region', { name: 'Graph' })
      .and(page.locator('[aria-busy="false"]'))
      .waitFor();
    console.log(`${label} ${dataset.name}: ${await statusOf(page)}`);
    for (const variant of VARIANTS) {
      await setExportOptions(page, variant);
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await page.getByRole('button', { name: variant.button, exact: true }).click();
      const file = join(
        out,
        `${dataset.name}-${variant.name}-${label}.${variant.button === 'Export JPG' ? 'jpg' : 'png'}`,
      );
      await (await download).saveAs(file);
      files.set(variant.name, file);
    }
  } finally {
    await closeSession(session, false);
    server.server.close();
  }
  return files;
}

interface Diff {
  size: [string, string];
  differing: number;
  over8: number;
  maxDelta: number;
  pixels: number;
}

// A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
const DIFF_IN_PAGE = `async ({ one, two }) => {
  const decode = async (base64) => {
    const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([binary]), {
      premultiplyAlpha: 'none',
      colorSpaceConversion: 'none',
    });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return {
      width: bitmap.width,
      height: bitmap.height,
      data: context.getImageData(0, 0, bitmap.width, bitmap.height).data,
    };
  };
  const x = await decode(one);
  const y = await decode(two);
  const size = [x.width + 'x' + x.height, y.width + 'x' + y.height];
  if (x.width !== y.width || x.height !== y.height)
    return { size, differing: -1, over8: -1, maxDelta: -1, pixels: x.width * x.height };
  let differing = 0;
  let over8 = 0;
  let maxDelta = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    let delta = 0;
    for (let c = 0; c < 4; c++) delta = Math.max(delta, Math.abs(x.data[i + c] - y.data[i + c]));
    if (delta > 0) differing++;
    if (delta > 8) over8++;
    maxDelta = Math.max(maxDelta, delta);
  }
  return { size, differing, over8, maxDelta, pixels: x.width * x.height };
}`;

/** Decodes two images in the page and counts the pixels that differ. */
async function diff(page: Page, a: string, b: string): Promise<Diff> {
  const images = {
    one: readFileSync(a).toString('base64'),
    two: readFileSync(b).toString('base64'),
  };
  return (await page.evaluate(`(${DIFF_IN_PAGE})(${JSON.stringify(images)})`)) as Diff;
}

async function main() {
  mkdirSync(out, { recursive: true });
  const longPath = join(out, 'long-names.json');
  writeFileSync(longPath, JSON.stringify(LONG_NAMES));
  const datasets = [
    { name: 'sample', path: null, lastActorId: '', timeoutMs: 60_000 },
    { name: 'long-names', path: longPath, lastActorId: 'm', timeoutMs: 60_000 },
    ...generateAll(sizes).map((info) => ({
      name: `generated-${info.statements}`,
      path: info.path,
      lastActorId: info.lastActorId,
      timeoutMs: timeoutFor(info.statements),
    })),
  ];
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const rows: string[] = [];
  let worst = 0;
  try {
    const page = await browser.newPage();
    for (const dataset of datasets) {
      const before = await exportAll(browser, resolve(ROOT, base!), 'base', dataset);
      const after = await exportAll(browser, head, 'head', dataset);
      for (const variant of VARIANTS) {
        const d = await diff(page, before.get(variant.name)!, after.get(variant.name)!);
        if (d.differing !== 0) worst = Math.max(worst, d.differing < 0 ? Infinity : d.over8);
        rows.push(
          `| ${dataset.name} | ${variant.name} | ${d.size[0]} | ${d.size[1]} | ` +
            (d.differing < 0
              ? 'sizes differ | | |'
              : `${d.differing} (${((100 * d.differing) / d.pixels).toFixed(3)}%) | ${d.over8} | ${d.maxDelta} |`),
        );
        console.log(rows[rows.length - 1]);
      }
    }
  } finally {
    await browser.close();
  }
  const table = [
    '| dataset | image | base size | head size | pixels differing | by more than 8 | largest difference |',
    '|---|---|---|---|---:|---:|---:|',
    ...rows,
  ].join('\n');
  writeFileSync(join(out, 'report.md'), `${table}\n`);
  console.log(`\n${table}\n\nimages and report.md in ${out}`);
  process.exitCode = worst === Infinity ? 1 : 0;
}

await main();
