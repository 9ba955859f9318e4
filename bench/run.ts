// `npm run bench`: Stancegraph against plain Cytoscape.js, on the same data, in the same browser,
// in the same run (issue 6). Not part of `npm test`. About 10–15 minutes on a 2-core machine.
//
// 1. Generates seeded datasets shaped like a coded debate (a few hundred actors in parties, a
//    hundred claims, one year of dates; heavy-tailed activity) of 100, 2,000, 10,000 and 50,000 statements
//    (bench/generate.ts; each checked by the app's own validator) into bench/data.
// 2. Builds the plain baseline page (bench/plain, bench/vite.config.ts) into bench/data/dist-plain;
//    the app is built by `vite build` before this script runs. The plain page mirrors the layout
//    the app picks at each size (its name from the app's Layout menu; whether the app treats the
//    graph as large from src/cytoscape/layouts.ts), and this script checks at start that the
//    plain page's copy of the layout options still matches the app's.
// 3. Serves dist/ and the plain page on 127.0.0.1 (free ports) and drives headless Chromium
//    (scripts/chromiumPath.mjs). Per size up to 5 runs (3 at 50,000), each in a fresh browser
//    context, app and plain alternating which goes first; a size stops early when another run
//    would pass its time budget (BUDGET_S), and a load that cannot finish is stopped. Measured in
//    the page (window.__bench, see BENCH_INIT): load (file chosen → graph drawn and idle), stance
//    filter toggle, search, switch to the actor view, PNG export, reopening the file the app's
//    Export JSON wrote (saved positions) in a fresh page, JS heap after load (after GC,
//    over CDP), long tasks, where the worker's time goes. Then the heap after 10 more openings of
//    the 10,000 file in one page; CPU profiles of unminified builds of both (self time by module:
//    where the time goes); and the gzipped size of the JavaScript of the app's first load.
// 4. Writes bench/results.json (every run) and bench/results.md (the tables).
//
// Options: --sizes=100,2000  --runs=3  --no-profile  --no-reloads
//          --profile-size=50000 --profile-parts=load,searchFocus (profile there instead)
//
// This file reads the options and runs the steps in order; the steps themselves are in bench/lib.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromiumPath.mjs';
import { BENCH_SIZES, DATA_DIR, generateAll } from './generate';
import { appReloads } from './lib/appSteps';
import { bundleReport } from './lib/bundle';
import { editHistoryHeap } from './lib/editHeap';
import {
  APP_DIST,
  BENCH_DIR,
  PLAIN_DIST,
  PROFILE_MAX_MS,
  RELOAD_SIZE,
  RELOAD_SLOW_MS,
  RELOADS,
  ROOT,
  VIEWPORT,
  runsFor,
  type BenchOptions,
} from './lib/options';
import { layoutMismatches, plainReloads } from './lib/plainSteps';
import { buildProfileCopies, profileRuns } from './lib/profile';
import { markdown } from './lib/report';
import { serve } from './lib/server';
import { runSize } from './lib/sizeRuns';
import {
  PROFILE_PARTS,
  type Metric,
  type Mirror,
  type ProfilePart,
  type ProfileReport,
  type Results,
  type SizeResult,
} from './lib/types';
import { log, message, num, started } from './lib/util';

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(args: string[]): BenchOptions {
  const option = (name: string): string | undefined =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes: number[] = option('sizes')?.split(',').map(Number) ?? [...BENCH_SIZES];
  return {
    sizes,
    runs: option('runs') ? Number(option('runs')) : undefined,
    profile: !args.includes('--no-profile'),
    profileSize: option('profile-size') ? Number(option('profile-size')) : undefined,
    profileParts: option('profile-parts')?.split(','),
    reloadTest: !args.includes('--no-reloads') && sizes.includes(RELOAD_SIZE),
  };
}

// ---------------------------------------------------------------------------------------------

async function main(options: BenchOptions): Promise<void> {
  if (!existsSync(join(APP_DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `vite build` first (npm run bench does)');
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium: run node scripts/ensureChromium.mjs');

  log('generating datasets');
  const infos = generateAll(options.sizes);
  log('building the plain page');
  mkdirSync(DATA_DIR, { recursive: true });
  await build({ configFile: join(BENCH_DIR, 'vite.config.ts'), logLevel: 'warn' });

  const app = await serve(APP_DIST);
  const plain = await serve(PLAIN_DIST);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const version = browser.version();
  const notes: string[] = [];
  const sizes: SizeResult[] = [];
  let reloads: Results['reloads'] = null;
  let profile: ProfileReport | null = null;
  const mismatched = await layoutMismatches(browser, plain.url);
  if (mismatched.length > 0) {
    const text =
      `the plain page's layout options differ from the app's for ${mismatched.join(', ')}: ` +
      'update layoutOptions in bench/plain/main.ts to src/cytoscape/layouts.ts';
    notes.push(text);
    log(`WARNING: ${text}`);
  }
  try {
    for (const info of infos) {
      sizes.push(await runSize({ browser, app, plain, options }, info, sizes[sizes.length - 1]));
    }

    const info10k = infos.find((i) => i.statements === RELOAD_SIZE);
    const at10k = sizes.find((s) => s.statements === RELOAD_SIZE);
    if (options.reloadTest && info10k && at10k) {
      // Eleven loads must fit the time: with a slow layout, a grid stands in (in both pages).
      const slow = (at10k.metrics.load.app.median ?? Infinity) > RELOAD_SLOW_MS;
      const layout = slow ? 'grid' : null;
      if (slow) {
        notes.push(
          `heap across reloads: measured with the grid layout in both pages, since one ` +
            `${num(RELOAD_SIZE)} load with ${at10k.layout.app} takes ` +
            (at10k.metrics.load.app.median
              ? `${num(at10k.metrics.load.app.median / 1000)} s`
              : `over ${num((at10k.loadStopped.app ?? 0) / 1000)} s`) +
            '; what is kept between loads ' +
            'does not depend on the layout',
        );
      }
      log(`heap across ${RELOADS} reloads of ${num(RELOAD_SIZE)}${slow ? ' (grid layout)' : ''}`);
      const appReload = await appReloads(browser, app.url, info10k, layout);
      const plainReload = await plainReloads(
        browser,
        plain.url,
        info10k,
        layout ?? at10k.layout.plain,
      );
      reloads = { statements: RELOAD_SIZE, reloads: RELOADS, app: appReload, plain: plainReload };
      notes.push(...appReload.notes, ...plainReload.notes);
      log(`reloads: app ${num(appReload.growth, 1)} MB, plain ${num(plainReload.growth, 1)} MB`);
    }

    if (options.profile) {
      // The largest size up to 10,000 that loads in reasonable time in both; the actor view at
      // the largest size where it finished in reasonable time.
      const quick = (s: SizeResult, metric: Metric, plainToo: boolean) =>
        (s.metrics[metric].app.median ?? Infinity) <= PROFILE_MAX_MS &&
        (!plainToo || (s.metrics[metric].plain.median ?? Infinity) <= PROFILE_MAX_MS);
      const upTo10k = sizes.filter((s) => s.statements <= RELOAD_SIZE);
      const forced = sizes.find((s) => s.statements === options.profileSize);
      const main = forced ?? upTo10k.filter((s) => quick(s, 'load', true)).pop();
      const actors = forced ? undefined : upTo10k.filter((s) => quick(s, 'actorView', false)).pop();
      const plan: [SizeResult, ProfilePart[]][] = [];
      if (main) {
        const parts = PROFILE_PARTS.filter((p) =>
          options.profileParts ? options.profileParts.includes(p) : p !== 'actorView',
        );
        if (actors === main) parts.push('actorView');
        plan.push([main, parts]);
      }
      if (actors && actors !== main) plan.push([actors, ['actorView']]);
      if (plan.length > 0) {
        profile = { entries: [], notes: [] };
        await buildProfileCopies();
        for (const [size, parts] of plan) {
          const target = infos.find((i) => i.statements === size.statements)!;
          log(`CPU profiles of unminified builds at ${num(size.statements)}: ${parts.join(', ')}`);
          const mirror: Mirror = {
            layout: size.layout.plain,
            large: size.large,
            scale: size.pngScale ?? undefined,
          };
          await profileRuns(browser, target, mirror, parts, profile);
        }
        if (
          !forced &&
          main &&
          main.statements !== RELOAD_SIZE &&
          options.sizes.includes(RELOAD_SIZE)
        ) {
          notes.push(
            `CPU profiles at ${num(main.statements)} statements: loads at ${num(RELOAD_SIZE)} take over ${PROFILE_MAX_MS / 1000} s`,
          );
        }
        notes.push(...profile.notes);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    app.server.close();
    plain.server.close();
  }

  log('heap of 200 edits of a 10,000-statement dataset (the store, in Node)');
  const editHeap = await editHistoryHeap().catch((error: unknown) => {
    notes.push(`edit history heap: ${message(error)}`);
    return null;
  });
  if (editHeap) log(`edit history: +${num(editHeap.growthMb, 1)} MB`);

  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} (${os.arch()})`,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      browser: `Chromium ${version}`,
      node: process.version,
    },
    config: {
      sizes: options.sizes,
      runs: Object.fromEntries(options.sizes.map((s) => [s, runsFor(options, s)])),
      viewport: VIEWPORT,
      profile: options.profile,
      reloadTest: options.reloadTest,
    },
    sizes,
    reloads,
    editHeap,
    profile,
    bundle: bundleReport(),
    durationSeconds: (Date.now() - started) / 1000,
    notes,
  };
  writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(BENCH_DIR, 'results.md'), markdown(results));
  log(`wrote ${relative(ROOT, join(BENCH_DIR, 'results.md'))} and results.json`);
}

main(parseOptions(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
