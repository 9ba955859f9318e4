// `npm run bench`: Stancegraph against plain Cytoscape.js, on the same data, in the same browser,
// in the same run (issue 6). Not part of `npm test`. About 10–15 minutes on a 2-core machine.
//
// 1. Generates seeded, heavy-tailed datasets of 100, 2,000, 10,000 and 50,000 statements
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
//    filter toggle, search, switch to the actor view, PNG export, JS heap after load (after GC,
//    over CDP), long tasks, where the worker's time goes. Then the heap after 10 more openings of
//    the 10,000 file in one page; CPU profiles of unminified builds of both (self time by module:
//    where the time goes); and the gzipped size of the JavaScript of the app's first load.
// 4. Writes bench/results.json (every run) and bench/results.md (the tables).
//
// Options: --sizes=100,2000  --runs=3  --no-profile  --no-reloads
//          --profile-size=50000 --profile-parts=load,searchFocus (profile there instead)
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Download,
  type Page,
  type Worker as PageWorker,
} from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromiumPath.mjs';
import * as appLayouts from '../src/cytoscape/layouts';
import { LAYOUT_NAMES } from '../src/model/view';
import { BENCH_SIZES, DATA_DIR, generateAll, type GeneratedInfo } from './generate';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const APP_DIST = join(ROOT, 'dist');
const PLAIN_DIST = join(DATA_DIR, 'dist-plain');
const PROFILE_APP_DIST = join(DATA_DIR, 'dist-profile-app');
const PROFILE_PLAIN_DIST = join(DATA_DIR, 'dist-profile-plain');
const VIEWPORT = { width: 1280, height: 800 };
const RELOAD_SIZE = 10_000;
const RELOADS = 10;

// ---------------------------------------------------------------------------------------------
// Options

const args = process.argv.slice(2);
const option = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SIZES: number[] = option('sizes')?.split(',').map(Number) ?? [...BENCH_SIZES];
const RUNS_OVERRIDE = option('runs') ? Number(option('runs')) : undefined;
const PROFILE = !args.includes('--no-profile');
/** Profile at this size (with --profile-parts, these parts) instead of the automatic choice. */
const PROFILE_SIZE = option('profile-size') ? Number(option('profile-size')) : undefined;
const PROFILE_PARTS_OPTION = option('profile-parts')?.split(',');
const RELOAD_TEST = !args.includes('--no-reloads') && SIZES.includes(RELOAD_SIZE);
const runsFor = (size: number) => RUNS_OVERRIDE ?? (size <= 10_000 ? 5 : 3);
/** How long one load may take before the run is stopped (ms). */
const timeoutFor = (size: number) => (size >= 50_000 ? 180_000 : size >= 10_000 ? 200_000 : 90_000);
/**
 * Seconds each size may take. Runs stop early (after at least one) when the next would go past
 * it, so the whole bench stays near 15 minutes even while a load takes minutes.
 */
const BUDGET_S: Record<number, number> = { 100: 60, 2_000: 150, 10_000: 300, 50_000: 300 };
const budgetFor = (size: number) => BUDGET_S[size] ?? 180;
/** Above this median 10,000 load, the reload test uses a grid layout so that 11 loads fit. */
const RELOAD_SLOW_MS = 20_000;
/** The CPU profile runs at the largest size whose loads take at most this (ms). */
const PROFILE_MAX_MS = 30_000;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (message: string) => console.log(`[bench ${elapsed()}] ${message}`);

// ---------------------------------------------------------------------------------------------
// In the page

// Installed in every page (app and plain) before its own scripts; a string, because tsx would wrap
// named functions in a helper the page does not have. window.__bench records the time a file was
// chosen (capture-phase `change` on a file input), the last click, input and Enter (capture phase,
// so before the page's handlers), every long task, every message of a Worker the page creates (when
// it arrived, how long reading its data took: the main thread's cost of copying the worker's
// answer), and every Blob made into an object URL (how a download is handed over). Its `arm…`
// functions set `pending` to a promise of when something finished, which run.ts then awaits.
// "Finished" is always: the first animation frame at which the condition holds, then the next one,
// so the frame that draws the change is included. The plain page does the same (work, two frames).
const BENCH_INIT = String.raw`
(() => {
  if (window.__bench) return;
  const b = (window.__bench = {
    longtasks: [], chosenAt: null, clickAt: null, inputAt: null, enterAt: null,
    worker: [], blobs: [], pending: null,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    b.longtaskError = String(error);
  }
  addEventListener('change', (e) => {
    if (e.target && e.target.type === 'file') b.chosenAt = performance.now();
  }, true);
  addEventListener('click', () => { b.clickAt = performance.now(); }, true);
  addEventListener('input', () => { b.inputAt = performance.now(); }, true);
  addEventListener('keydown', (e) => { if (e.key === 'Enter') b.enterAt = performance.now(); }, true);

  const NativeWorker = window.Worker;
  if (NativeWorker) {
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        super(url, options);
        this.addEventListener('message', (event) => {
          const at = performance.now();
          const data = event.data;
          const read = performance.now() - at;
          b.worker.push({
            at, read, type: data && data.type, phase: data && data.phase,
            layout: !!data && Array.isArray(data.positions),
          });
        });
      }
    };
  }
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (object) {
    if (object instanceof Blob) b.blobs.push({ at: performance.now(), type: object.type, size: object.size });
    return createObjectURL.call(URL, object);
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const timeout = (ms) => new Error('timed out after ' + Math.round(ms / 1000) + ' s');
  b.poll = (cond, timeoutMs) => new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      let ok = false;
      try {
        ok = cond();
      } catch (error) {
        reject(error);
        return;
      }
      if (ok) requestAnimationFrame(() => resolve(performance.now()));
      else if (performance.now() - started > timeoutMs) reject(timeout(timeoutMs));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  const status = () => {
    const el = document.querySelector('[role="status"]');
    return el ? el.textContent : '';
  };
  const region = () => document.querySelector('[role="region"][aria-label="Graph"]');
  const idle = () => {
    const r = region();
    return !!r && r.getAttribute('aria-busy') === 'false';
  };
  const point = (id) =>
    window.stancegraphProbe ? window.stancegraphProbe.clientPointOf('node', id) : null;
  const failure = () => {
    for (const alert of document.querySelectorAll('[role="alert"]')) {
      if (/could not be/.test(alert.textContent)) return alert.textContent.slice(0, 400);
    }
    return null;
  };
  b.status = status;
  b.idle = idle;
  b.point = point;
  b.results = () => b.worker.filter((m) => m.type === 'result').length;

  // App: a new dataset is on screen (status changed, one of its nodes drawn) and the graph idle.
  b.armAppLoad = (o) => {
    b.pending = b.poll(() => {
      const failed = failure();
      if (failed) throw new Error(failed);
      return status() !== o.before && idle() && !!point(o.nodeId);
    }, o.timeoutMs).then((doneAt) => ({
      doneAt,
      chosenAt: b.chosenAt,
      worker: b.worker.filter((m) => m.at >= b.chosenAt),
      longtasks: b.longtasks.filter((t) => t.start + t.duration >= b.chosenAt),
    }));
  };

  // App: the same file opened again (the status stays): a new worker result, idle, nodes moved.
  b.armAppReload = (o) => {
    const seen = b.results();
    const before = point(o.nodeId);
    let resultAt = null;
    b.pending = b.poll(() => {
      const failed = failure();
      if (failed) throw new Error(failed);
      if (b.results() <= seen) return false;
      if (resultAt === null) resultAt = performance.now();
      const now = point(o.nodeId);
      const moved = !!now && (!before || now.x !== before.x || now.y !== before.y);
      return idle() && (moved || performance.now() - resultAt > 3000);
    }, o.timeoutMs);
  };

  // App: the status line changes, then two frames. Started by the last click.
  b.armStatusChange = (timeoutMs) => {
    const el = document.querySelector('[role="status"]');
    const before = el.textContent;
    b.pending = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (el.textContent === before) return;
        observer.disconnect();
        clearTimeout(timer);
        const changedAt = performance.now();
        frame().then(frame).then(() =>
          resolve({ startAt: b.clickAt, changedAt, doneAt: performance.now(), text: el.textContent }),
        );
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(timeout(timeoutMs));
      }, timeoutMs);
      observer.observe(el, { subtree: true, childList: true, characterData: true });
    });
  };

  // App: the search's list of results is shown. Started by the last input.
  b.armSearchResults = (timeoutMs) => {
    b.pending = b.poll(() => {
      const list = document.querySelector('[role="listbox"]');
      return !!list && !list.hidden && list.querySelector('[role="option"]') !== null;
    }, timeoutMs).then((doneAt) => ({ startAt: b.inputAt, doneAt }));
  };

  // App: the node sits still near the middle of the graph (selected, centred: Cytoscape centres
  // its box with the label, so the node itself may be a little off). Started by the last Enter.
  b.armCentred = (o) => {
    let last = null;
    b.pending = b.poll(() => {
      const r = region();
      const p = point(o.nodeId);
      if (!r || !p) return false;
      const still = !!last && last.x === p.x && last.y === p.y;
      last = p;
      const title = document.querySelector('[data-details-title]');
      if (!title || title.textContent.trim() !== o.name) return false;
      const box = r.getBoundingClientRect();
      return still && Math.abs(p.x - (box.left + box.width / 2)) < 40 &&
        Math.abs(p.y - (box.top + box.height / 2)) < 40;
    }, o.timeoutMs).then((doneAt) => ({ startAt: b.enterAt, doneAt }));
  };

  // App: the actor view is drawn (claims gone, actors there, idle). Started by the last click.
  b.armActorView = (o) => {
    b.pending = b.poll(
      () => status() !== o.before && idle() && !point(o.claimId) && !!point(o.actorId),
      o.timeoutMs,
    ).then((doneAt) => ({ startAt: b.clickAt, doneAt }));
  };

  b.blobSince = (count) =>
    b.blobs.slice(count).find((x) => x.type === 'image/png') || b.blobs[count] || null;
})();
`;

// Installed in the page's workers (over CDP, so the main thread need not answer): records when the
// worker posts each message, in the page's clock after conversion. A worker keeps answering while
// the page's main thread is stuck in a long task, so this is known even for loads that freeze it.
const WORKER_INIT = `(() => {
  if (self.__bench) return;
  const b = (self.__bench = { posted: [] });
  const post = self.postMessage.bind(self);
  self.postMessage = (data, ...rest) => {
    b.posted.push({ at: performance.timeOrigin + performance.now(), type: data && data.type,
      phase: data && data.phase });
    return post(data, ...rest);
  };
})()`;

interface LongTask {
  start: number;
  duration: number;
}
interface WorkerMessage {
  at: number;
  read: number;
  type?: string;
  phase?: string;
  /** An answer of a layout worker (it carries positions). */
  layout?: boolean;
}
interface AppLoadOutcome {
  doneAt: number;
  chosenAt: number;
  worker: WorkerMessage[];
  longtasks: LongTask[];
}
interface Timed {
  startAt: number;
  doneAt: number;
}
interface BlobInfo {
  at: number;
  type: string;
  size: number;
}

const pending = <T>(page: Page, timeoutMs: number): Promise<T> =>
  withTimeout(page.evaluate('window.__bench.pending') as Promise<T>, timeoutMs + 10_000);

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

const arm = (page: Page, fn: string, argument: unknown) =>
  page.evaluate(`window.__bench.${fn}(${JSON.stringify(argument)})`);

// ---------------------------------------------------------------------------------------------
// Serving and the browser

function serve(root: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.json': 'application/json',
    '.woff2': 'font/woff2',
    '.ico': 'image/x-icon',
  };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ content: BENCH_INIT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Whether the page still answers (a page inside a long script does not). */
const responsive = (page: Page) =>
  withTimeout(page.evaluate('1'), 3_000).then(
    () => true,
    () => false,
  );

/**
 * Closes a session. A page still inside a long script is stopped first (DevTools' way out of an
 * endless loop), so that it does not go on using a core while the next run is measured.
 */
async function closeSession(session: Session, stuck: boolean): Promise<void> {
  if (stuck) {
    await withTimeout(session.cdp.send('Runtime.terminateExecution'), 10_000).catch(() => {});
  }
  await withTimeout(session.context.close(), 60_000).catch(() => {});
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** The JS heap of the page's main thread after garbage collection, in MB. */
async function heapMb(cdp: CDPSession): Promise<number> {
  await sleep(500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Waits until an expression holds in the page (polled each frame; no eval, which the app's CSP forbids). */
const waitIn = (page: Page, expression: string, timeoutMs: number) =>
  withTimeout(
    page.evaluate(`window.__bench.poll(() => (${expression}), ${timeoutMs})`),
    timeoutMs + 10_000,
  );

/** The app's layout menu (its label also holds the chosen option's text). */
const layoutSelect = (page: Page) => page.getByRole('combobox', { name: /^Layout\b/ });

const statusOf = (page: Page) => page.evaluate('window.__bench.status()') as Promise<string>;

async function openApp(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  await waitIn(page, 'window.__bench.idle() && !!window.stancegraphProbe', 60_000);
}

/** Width and height of a PNG file, read from its header. */
function pngSize(path: string): { width: number; height: number } | null {
  const head = readFileSync(path).subarray(0, 24);
  if (head.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

interface LoadSnapshot {
  at: number;
  chosenAt: number | null;
  worker: WorkerMessage[];
  longtasks: LongTask[];
}
const SNAPSHOT = `({ at: performance.now(), chosenAt: window.__bench.chosenAt,
  worker: window.__bench.worker.slice(), longtasks: window.__bench.longtasks.slice() })`;

/**
 * Awaits a load armed in the page. While it waits it keeps a snapshot of what the page recorded,
 * so that when the main thread freezes past the time limit, what happened before (the worker's
 * answer, the long tasks while it parsed) is still known.
 */
async function awaitLoad<T>(
  page: Page,
  done: () => Promise<T>,
): Promise<{ value?: T; snapshot?: LoadSnapshot; error?: string }> {
  let snapshot: LoadSnapshot | undefined;
  let finished = false;
  const poll = async () => {
    while (!finished) {
      try {
        snapshot = (await withTimeout(page.evaluate(SNAPSHOT), 3_000)) as LoadSnapshot;
      } catch {
        return; // busy: the last snapshot stands
      }
      await sleep(500);
    }
  };
  void poll();
  try {
    return { value: await done() };
  } catch (error) {
    return { snapshot, error: message(error) };
  } finally {
    finished = true;
  }
}

/** The longest tasks of a load: those over before the worker answered, the one receiving it, all. */
function loadLongtasks(
  chosenAt: number,
  worker: WorkerMessage[],
  longtasks: LongTask[],
): NonNullable<RunResult['longtasks']> {
  const tasks = longtasks.filter((t) => t.start + t.duration >= chosenAt);
  const longest = (list: LongTask[]) => Math.max(0, ...list.map((t) => t.duration));
  const answer = worker.find((m) => m.type === 'result' && m.at >= chosenAt);
  if (!answer) return { parseValidate: longest(tasks), resultTask: 0, load: longest(tasks) };
  const end = (t: LongTask) => t.start + t.duration;
  return {
    parseValidate: longest(tasks.filter((t) => end(t) <= answer.at + 0.5)),
    resultTask: longest(tasks.filter((t) => t.start <= answer.at && end(t) > answer.at)),
    load: longest(tasks),
  };
}

function workerPhases(chosenAt: number, worker: WorkerMessage[]): Record<string, number> {
  const phases: Record<string, number> = {};
  const validating = worker.find((m) => m.phase === 'validating' && m.at >= chosenAt);
  const answer = worker.find((m) => m.type === 'result' && m.at >= chosenAt);
  if (validating) phases['worker: read file'] = validating.at - chosenAt;
  if (answer) {
    phases['worker: read + parse + validate'] = answer.at - chosenAt;
    phases['main: copy the answer'] = answer.read;
  }
  return phases;
}

/** Watches the page's workers: instruments each (see WORKER_INIT) and reads what they posted. */
function watchWorkers(page: Page) {
  const workers: PageWorker[] = [];
  const instrument = (worker: PageWorker) =>
    withTimeout(worker.evaluate(WORKER_INIT), 5_000).catch(() => {});
  page.on('worker', (worker) => {
    workers.push(worker);
    void instrument(worker);
  });
  return {
    ready: () => Promise.all(workers.map(instrument)),
    /** Messages posted by the workers, as page times (ms since the page's time origin). */
    async posted(pageOrigin: number): Promise<WorkerMessage[]> {
      const all: WorkerMessage[] = [];
      for (const worker of workers) {
        const list = (await withTimeout(
          worker.evaluate('self.__bench ? self.__bench.posted : []'),
          5_000,
        ).catch(() => [])) as { at: number; type?: string; phase?: string }[];
        for (const m of list)
          all.push({ at: m.at - pageOrigin, read: 0, type: m.type, phase: m.phase });
      }
      return all.sort((a, b) => a.at - b.at);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// One run of the app, one of the plain page

const METRICS = [
  'load',
  'filterHide',
  'filterShow',
  'searchResults',
  'searchFocus',
  'actorView',
  'exportPng',
  'heapAfterLoad',
] as const;
type Metric = (typeof METRICS)[number];

interface RunResult {
  values: Partial<Record<Metric, number>>;
  phases: Record<string, number>;
  longtasks?: { parseValidate: number; resultTask: number; load: number; atLeast?: boolean };
  /** On screen after the load, e.g. what the app says about a large graph's layout. */
  graphNote?: string;
  /** Set when the load did not finish within its time limit (ms). */
  loadStoppedAfter?: number;
  layout?: string;
  pngScale?: number;
  region?: { width: number; height: number };
  png?: { width: number; height: number; bytes: number } | null;
  /** Wall-clock seconds the run took, set-up included. */
  seconds?: number;
  /** Steps that failed or timed out (not tried again at this size). */
  failedSteps: string[];
  /** Seconds spent on steps that failed (not spent again in later runs). */
  wastedSeconds: number;
  notes: string[];
}

/** How long one interaction may take before it counts as failed (ms). */
const STEP_TIMEOUT = 60_000;

// ---------------------------------------------------------------------------------------------
// The interactions, each returning how long it took (ms): shared by the runs and the profiles

/** Clicks the "Denies" stance filter; done when the status line changed and two frames passed. */
async function appToggleDenies(page: Page): Promise<number> {
  await arm(page, 'armStatusChange', STEP_TIMEOUT);
  await page.getByRole('checkbox', { name: 'Denies', exact: true }).click();
  const toggled = await pending<Timed>(page, STEP_TIMEOUT);
  return toggled.doneAt - toggled.startAt;
}

/** Types a name into the search (until results are listed), then Enter (until centred). */
async function appSearch(
  page: Page,
  info: GeneratedInfo,
): Promise<{ listed: number; centred: number }> {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.click();
  await arm(page, 'armSearchResults', STEP_TIMEOUT);
  await search.fill(info.searchName);
  const listed = await pending<Timed>(page, STEP_TIMEOUT);
  await arm(page, 'armCentred', {
    nodeId: info.searchId,
    name: info.searchName,
    timeoutMs: STEP_TIMEOUT,
  });
  await search.press('Enter');
  const centred = await pending<Timed>(page, STEP_TIMEOUT);
  return { listed: listed.doneAt - listed.startAt, centred: centred.doneAt - centred.startAt };
}

interface Exported {
  ms: number;
  scale?: number;
  png: RunResult['png'];
}

/** Saves a download's PNG size; the file itself is not kept. */
async function pngOf(download: Download): Promise<RunResult['png']> {
  const path = await download.path();
  return path
    ? { ...(pngSize(path) ?? { width: 0, height: 0 }), bytes: statSync(path).size }
    : null;
}

/**
 * Export → Export PNG with the menu's defaults; done when the PNG is handed to the browser as a
 * download (its Blob made into a URL). Returns a note instead when the app has no such export.
 */
async function appExportPng(page: Page): Promise<Exported | string> {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  if ((await button.count()) === 0)
    return 'no "Export" button in the app yet: PNG export not measured';
  await button.click();
  const item = page.getByRole('button', { name: 'Export PNG', exact: true });
  if ((await item.count()) === 0) {
    await page.keyboard.press('Escape');
    return 'the Export menu has no "Export PNG" yet: PNG export not measured';
  }
  // The plain page exports at the scale the app's menu offers by default.
  const scale = Number(
    await page
      .getByRole('group', { name: 'Export' })
      .getByLabel('Scale')
      .inputValue({ timeout: 2_000 })
      .catch(() => '1'),
  );
  const blobs = (await page.evaluate('window.__bench.blobs.length')) as number;
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
  const clickedAt = performance.now();
  await item.click();
  const file = await download;
  const nodeMs = performance.now() - clickedAt;
  const blob = (await page.evaluate(`window.__bench.blobSince(${blobs})`)) as BlobInfo | null;
  const clickAt = (await page.evaluate('window.__bench.clickAt')) as number;
  const png = await pngOf(file);
  await page.keyboard.press('Escape');
  return { ms: blob ? blob.at - clickAt : nodeMs, scale, png };
}

/** Clicks the "Actors" view; done when claims are gone, actors drawn and the graph idle. */
async function appActorView(page: Page, info: GeneratedInfo): Promise<number> {
  await arm(page, 'armActorView', {
    before: await statusOf(page),
    claimId: info.firstClaimId,
    actorId: info.searchId,
    timeoutMs: STEP_TIMEOUT,
  });
  await page.getByRole('radio', { name: 'Actors' }).click();
  const shown = await pending<Timed>(page, STEP_TIMEOUT);
  return shown.doneAt - shown.startAt;
}

/** Toggles the plain page's "denies" edges; it returns after two frames. */
async function plainToggleDenies(page: Page): Promise<number> {
  return (await page.evaluate(`(async () => {
    const t0 = performance.now();
    await window.plainBench.toggleStance('denies');
    return performance.now() - t0;
  })()`)) as number;
}

/** cy.png of the whole graph, handed to the browser as a download. */
async function plainExportPng(page: Page): Promise<Exported> {
  const blobs = (await page.evaluate('window.__bench.blobs.length')) as number;
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
  const startAt = (await page.evaluate(`(async () => {
    const t0 = performance.now();
    await window.plainBench.exportPng();
    return t0;
  })()`)) as number;
  const file = await download;
  const blob = (await page.evaluate(`window.__bench.blobSince(${blobs})`)) as BlobInfo | null;
  if (!blob) throw new Error('the plain page made no Blob for its PNG');
  return { ms: blob.at - startAt, png: await pngOf(file) };
}

async function appRun(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  loadTimeoutMs: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<RunResult> {
  const begun = Date.now();
  const result: RunResult = {
    values: {},
    phases: {},
    notes: [],
    failedSteps: [],
    wastedSeconds: 0,
  };
  const session = await openSession(browser);
  const { page, cdp } = session;
  const workers = watchWorkers(page);
  let stuck = false;
  const fail = (step: string, error: unknown) =>
    result.notes.push(`app, ${step}: ${message(error)}`);
  try {
    try {
      await openApp(page, base);
    } catch (error) {
      fail('open the app', error);
      return result;
    }
    const box = await page.getByRole('region', { name: 'Graph' }).boundingBox();
    if (box) result.region = { width: Math.round(box.width), height: Math.round(box.height) };

    const pageOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    await workers.ready();
    await arm(page, 'armAppLoad', {
      before: await statusOf(page),
      nodeId: info.lastActorId,
      timeoutMs: loadTimeoutMs,
    });
    await page.getByLabel('Open dataset').setInputFiles(info.path);
    const load = await awaitLoad(page, () => pending<AppLoadOutcome>(page, loadTimeoutMs));
    if (!load.value) {
      result.loadStoppedAfter = loadTimeoutMs;
      fail('load', load.error);
      stuck = !(await responsive(page));
      const snap = load.snapshot;
      if (snap?.chosenAt != null) {
        // The page may be frozen: when the worker answered is known from the worker's side.
        const chosenAt = snap.chosenAt;
        const posted = await workers.posted(pageOrigin);
        const messages = posted.length > 0 ? posted : snap.worker;
        result.phases = workerPhases(chosenAt, messages);
        delete result.phases['main: copy the answer'];
        result.longtasks = loadLongtasks(chosenAt, messages, snap.longtasks);
        const answer = messages.find((m) => m.type === 'result' && m.at >= chosenAt);
        if (stuck && answer) {
          // Frozen since the answer came: that one task has lasted at least until now.
          const frozen = chosenAt + loadTimeoutMs - answer.at;
          result.longtasks = {
            ...result.longtasks,
            resultTask: frozen,
            load: frozen,
            atLeast: true,
          };
        }
      }
      return result;
    }
    const outcome = load.value;
    result.values.load = outcome.doneAt - outcome.chosenAt;
    result.phases = workerPhases(outcome.chosenAt, outcome.worker);
    const answer = outcome.worker.find((m) => m.type === 'result');
    if (answer) {
      const posted = (await workers.posted(pageOrigin)).find(
        (m) => m.type === 'result' && m.at >= outcome.chosenAt,
      );
      // Between the worker's post and the page's receipt: the copy across, and any wait for
      // the main thread.
      if (posted) result.phases['posted → received'] = answer.at - posted.at;
      result.phases['main: index, elements, layout, draw'] =
        outcome.doneAt - answer.at - answer.read;
      const laidOut = outcome.worker.find((m) => m.layout && m.at > answer.at);
      if (laidOut) {
        // The layout ran in a worker: until its answer, then the rest on the main thread.
        result.phases['… of which until the layout worker answered'] = laidOut.at - answer.at;
        result.phases['… of which from its answer to drawn'] = outcome.doneAt - laidOut.at;
      }
    } else {
      result.notes.push('no worker answer was seen: the file was not read in a worker');
    }
    result.longtasks = loadLongtasks(outcome.chosenAt, outcome.worker, outcome.longtasks);
    result.layout = await layoutSelect(page)
      .inputValue({ timeout: 2_000 })
      .catch(() => {
        result.notes.push('the Layout menu was not found: its layout is taken to be fcose');
        return 'fcose';
      });
    result.graphNote =
      ((await page.evaluate(
        `document.querySelector('.graph-note')?.textContent ?? ''`,
      )) as string) || undefined;
    result.values.heapAfterLoad = await heapMb(cdp);

    const steps: [string, () => Promise<void>][] = [
      [
        'stance filter',
        async () => {
          result.values.filterHide = await appToggleDenies(page);
          result.values.filterShow = await appToggleDenies(page);
        },
      ],
      [
        'search',
        async () => {
          const { listed, centred } = await appSearch(page, info);
          result.values.searchResults = listed;
          result.values.searchFocus = centred;
        },
      ],
      [
        'PNG export',
        async () => {
          const exported = await appExportPng(page);
          if (typeof exported === 'string') {
            result.notes.push(exported);
            return;
          }
          result.values.exportPng = exported.ms;
          result.pngScale = exported.scale;
          result.png = exported.png;
        },
      ],
      [
        'actor view',
        async () => {
          result.values.actorView = await appActorView(page, info);
        },
      ],
    ];
    for (const [name, step] of steps) {
      if (skip.has(name)) continue;
      const stepStarted = Date.now();
      try {
        await step();
      } catch (error) {
        fail(name, error);
        result.failedSteps.push(name);
        result.wastedSeconds += (Date.now() - stepStarted) / 1000;
        if (!(await responsive(page))) {
          stuck = true;
          break;
        }
      }
    }
  } finally {
    await closeSession(session, stuck);
    result.seconds = (Date.now() - begun) / 1000;
  }
  return result;
}

interface Mirror {
  layout: string;
  /** Whether the app treats the graph as large (a cheaper variant of its layout). */
  large?: boolean;
  region?: { width: number; height: number };
  scale?: number;
}

function plainUrl(base: string, mirror: Mirror) {
  const query = new URLSearchParams({ layout: mirror.layout });
  if (mirror.large) query.set('large', '1');
  if (mirror.region) {
    query.set('w', String(mirror.region.width));
    query.set('h', String(mirror.region.height));
  }
  if (mirror.scale) query.set('scale', String(mirror.scale));
  return `${base}/?${query}`;
}

/** Whether the app, as built from this tree, treats a graph of so many nodes as large. */
function appTreatsAsLarge(nodes: number): boolean {
  const isLarge = (appLayouts as Record<string, unknown>).isLargeGraph;
  return typeof isLarge === 'function' ? Boolean(isLarge(nodes)) : false;
}

const withoutFunctions = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'function' ? 'function' : v));

/** The layouts whose options in the plain page differ from the app's (they must not). */
async function layoutMismatches(browser: Browser, base: string): Promise<string[]> {
  const session = await openSession(browser);
  const found: string[] = [];
  try {
    await session.page.goto(plainUrl(base, { layout: 'grid' }));
    await waitIn(session.page, '!!window.plainBench', 30_000);
    const options = appLayouts.layoutOptions as (name: string, large?: boolean) => unknown;
    for (const name of LAYOUT_NAMES) {
      for (const large of [false, true]) {
        const app = withoutFunctions(options(name, large));
        const plain = (await session.page.evaluate(
          `JSON.stringify(window.plainBench.layoutOptions(${JSON.stringify(name)}, ${large}),
            (_, v) => (typeof v === 'function' ? 'function' : v))`,
        )) as string;
        if (app !== plain) found.push(`${name}${large ? ' (large graph)' : ''}`);
      }
    }
  } finally {
    await closeSession(session, false);
  }
  return found;
}

const PLAIN_LOAD = `({
  doneAt: Number(document.body.dataset.done),
  chosenAt: window.__bench.chosenAt,
  longtasks: window.__bench.longtasks.filter((t) => t.start + t.duration >= window.__bench.chosenAt),
  measures: performance.getEntriesByType('measure')
    .filter((m) => m.name.startsWith('plain:'))
    .map((m) => ({ name: m.name.slice(6), duration: m.duration })),
})`;

async function plainRun(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  mirror: Mirror,
  loadTimeoutMs: number,
): Promise<RunResult> {
  const begun = Date.now();
  const result: RunResult = {
    values: {},
    phases: {},
    notes: [],
    failedSteps: [],
    wastedSeconds: 0,
    layout: mirror.layout,
  };
  const session = await openSession(browser);
  const { page, cdp } = session;
  let stuck = false;
  const fail = (step: string, error: unknown) =>
    result.notes.push(`plain, ${step}: ${message(error)}`);
  try {
    await page.goto(plainUrl(base, mirror));
    await waitIn(page, '!!window.plainBench', 30_000);
    await page.locator('#file').setInputFiles(info.path);
    const load = await awaitLoad(page, async () => {
      await waitIn(page, 'document.body.dataset.done !== undefined', loadTimeoutMs);
      return (await page.evaluate(PLAIN_LOAD)) as {
        doneAt: number;
        chosenAt: number;
        longtasks: LongTask[];
        measures: { name: string; duration: number }[];
      };
    });
    if (!load.value) {
      result.loadStoppedAfter = loadTimeoutMs;
      fail('load', load.error);
      stuck = !(await responsive(page));
      return result;
    }
    const outcome = load.value;
    result.values.load = outcome.doneAt - outcome.chosenAt;
    for (const m of outcome.measures) result.phases[m.name] = m.duration;
    const longest = Math.max(0, ...outcome.longtasks.map((t) => t.duration));
    result.longtasks = { parseValidate: longest, resultTask: 0, load: longest };
    result.values.heapAfterLoad = await heapMb(cdp);

    try {
      result.values.filterHide = await plainToggleDenies(page);
      result.values.filterShow = await plainToggleDenies(page);
    } catch (error) {
      fail('stance filter', error);
    }
    try {
      const exported = await plainExportPng(page);
      result.values.exportPng = exported.ms;
      result.png = exported.png;
    } catch (error) {
      fail('PNG export', error);
      stuck = !(await responsive(page));
    }
  } catch (error) {
    fail('run', error);
    stuck = !(await responsive(page));
  } finally {
    await closeSession(session, stuck);
    result.seconds = (Date.now() - begun) / 1000;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Heap across reloads: the same file opened again and again in one page

interface ReloadResult {
  layout: string;
  series: number[];
  before: number;
  after: number;
  /** From the first load to the last. */
  growth: number;
  /** From the second load (the first reload) to the last. */
  steadyGrowth: number;
  notes: string[];
}

async function appReloads(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  layout: string | null,
): Promise<ReloadResult> {
  const timeoutMs = timeoutFor(info.statements);
  const session = await openSession(browser);
  const { page, cdp } = session;
  const series: number[] = [];
  const notes: string[] = [];
  let stuck = false;
  try {
    await openApp(page, base);
    if (layout) {
      await layoutSelect(page).selectOption(layout);
      await waitIn(page, 'window.__bench.idle()', timeoutMs);
    }
    await arm(page, 'armAppLoad', {
      before: await statusOf(page),
      nodeId: info.lastActorId,
      timeoutMs,
    });
    await page.getByLabel('Open dataset').setInputFiles(info.path);
    await pending(page, timeoutMs);
    series.push(await heapMb(cdp));
    for (let i = 0; i < RELOADS; i++) {
      await arm(page, 'armAppReload', { nodeId: info.lastActorId, timeoutMs });
      await page.getByLabel('Open dataset').setInputFiles(info.path);
      await pending(page, timeoutMs);
      series.push(await heapMb(cdp));
    }
  } catch (error) {
    notes.push(`app reloads: ${message(error)}`);
    stuck = !(await responsive(page));
  } finally {
    await closeSession(session, stuck);
  }
  return reloadSummary(layout ?? 'the app’s own', series, notes);
}

async function plainReloads(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  layout: string,
): Promise<ReloadResult> {
  const timeoutMs = timeoutFor(info.statements);
  const session = await openSession(browser);
  const { page, cdp } = session;
  const series: number[] = [];
  const notes: string[] = [];
  let stuck = false;
  try {
    await page.goto(plainUrl(base, { layout, large: appTreatsAsLarge(info.actors + info.claims) }));
    await waitIn(page, '!!window.plainBench', 30_000);
    for (let i = 0; i <= RELOADS; i++) {
      await page.locator('#file').setInputFiles(info.path);
      await waitIn(page, `document.body.dataset.loads === '${i + 1}'`, timeoutMs);
      series.push(await heapMb(cdp));
    }
  } catch (error) {
    notes.push(`plain reloads: ${message(error)}`);
    stuck = !(await responsive(page));
  } finally {
    await closeSession(session, stuck);
  }
  return reloadSummary(layout, series, notes);
}

function reloadSummary(layout: string, series: number[], notes: string[]): ReloadResult {
  const before = series[0] ?? NaN;
  const after = series[series.length - 1] ?? NaN;
  const steadyGrowth = series.length > 2 ? after - series[1]! : NaN;
  return { layout, series, before, after, growth: after - before, steadyGrowth, notes };
}

/**
 * Whether the heap stays flat across reloads: from the second load on (the first reload may fill
 * caches once), at most 1 MB or 2% of the heap over the remaining reloads.
 */
const heapFlat = (r: ReloadResult) => r.steadyGrowth <= Math.max(1, 0.02 * r.before);

// ---------------------------------------------------------------------------------------------
// Where the time goes: CPU profiles of unminified builds, self time by module

interface ProfileSummary {
  totalMs: number;
  byGroup: { group: string; ms: number }[];
  topFunctions: { name: string; where: string; group: string; ms: number }[];
}

/** For each JS file of a build: the module each line belongs to (rolldown's `// path` markers). */
function moduleMap(dist: string): Map<string, { line: number; module: string }[]> {
  const map = new Map<string, { line: number; module: string }[]>();
  const assets = join(dist, 'assets');
  for (const name of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const lines = readFileSync(join(assets, name), 'utf8').split('\n');
    const starts: { line: number; module: string }[] = [];
    lines.forEach((text, i) => {
      const match =
        /^\/\/ (?:\\0)?((?:node_modules|src|bench|data)\/[^\s]+|[\w@./-]+\.(?:[cm]?js|tsx?))$/.exec(
          text,
        );
      if (match) starts.push({ line: i, module: match[1]! });
    });
    map.set(name, starts);
  }
  return map;
}

function groupOf(module: string): string {
  if (/node_modules\/cytoscape\//.test(module)) return 'cytoscape (core, style, render)';
  if (/node_modules\/(cytoscape-fcose|cose-base|layout-base)\//.test(module))
    return 'fcose layout (cytoscape-fcose, cose-base, layout-base)';
  if (/node_modules\/(react|react-dom|scheduler)\//.test(module)) return 'React';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module);
  if (pkg) return pkg[1]!;
  const app = /^src\/([^/]+)\//.exec(module);
  if (app) return `app src/${app[1]}`;
  if (module.startsWith('bench/')) return 'plain page code';
  return module;
}

function summarizeProfile(
  profile: {
    nodes: {
      id: number;
      callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    }[];
    samples?: number[];
    timeDeltas?: number[];
  },
  modules: Map<string, { line: number; module: string }[]>,
): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next sample.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + ms);
  }
  const groups = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; group: string; ms: number }>();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame } = nodes.get(id)!;
    const name = callFrame.functionName || '(anonymous)';
    let group: string;
    let where = '';
    if (name === '(idle)') continue;
    if (!callFrame.url) {
      group = name.startsWith('(') ? name : 'V8 / browser built-ins';
    } else {
      const file = callFrame.url.split('/').pop() ?? '';
      const starts = modules.get(file) ?? [];
      let module = file;
      for (const s of starts) {
        if (s.line <= callFrame.lineNumber) module = s.module;
        else break;
      }
      group = groupOf(module);
      where = `${module}:${callFrame.lineNumber + 1}`;
    }
    total += ms;
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const key = `${name}|${where}`;
    const entry = functions.get(key) ?? { name, where, group, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    totalMs: round(total),
    byGroup: [...groups]
      .map(([group, ms]) => ({ group, ms: round(ms) }))
      .sort((a, b) => b.ms - a.ms),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 15)
      .map((f) => ({ ...f, ms: round(f.ms) })),
  };
}

async function profiled<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ value: T; profile: Awaited<ReturnType<typeof stopProfile>> }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let value: T;
  try {
    value = await work();
  } catch (error) {
    await withTimeout(stopProfile(cdp), 10_000).catch(() => {});
    throw error;
  }
  return { value, profile: await stopProfile(cdp) };
}

async function stopProfile(cdp: CDPSession) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile;
}

const PROFILE_PARTS = ['load', 'filterHide', 'searchFocus', 'exportPng', 'actorView'] as const;
type ProfilePart = (typeof PROFILE_PARTS)[number];
const PROFILE_TITLES: Record<ProfilePart, string> = {
  load: 'Load',
  filterHide: 'Stance filter: hide "Denies"',
  searchFocus: 'Search: type a name, then Enter until centred (app only; ms: Enter → centred)',
  exportPng: 'PNG export of the whole graph',
  actorView: 'Switch to the actor view (app only)',
};
/** The parts the plain page has too. */
const PLAIN_PARTS: readonly ProfilePart[] = ['load', 'filterHide', 'exportPng'];

interface ProfileEntry {
  part: ProfilePart;
  statements: number;
  app?: ProfileSummary;
  plain?: ProfileSummary;
  appMs?: number;
  plainMs?: number;
}

interface ProfileReport {
  entries: ProfileEntry[];
  notes: string[];
}

/** Unminified copies of both builds, whose `// path` markers name each function's module. */
async function buildProfileCopies(): Promise<void> {
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      minify: false,
      outDir: PROFILE_APP_DIST,
      emptyOutDir: true,
      chunkSizeWarningLimit: 100_000,
    },
  });
  await build({
    configFile: join(BENCH_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { minify: false, outDir: PROFILE_PLAIN_DIST, emptyOutDir: true },
  });
}

/** CPU profiles of the given parts at one size, app then plain, added to the report. */
async function profileRuns(
  browser: Browser,
  info: GeneratedInfo,
  mirror: Mirror,
  parts: readonly ProfilePart[],
  report: ProfileReport,
): Promise<void> {
  const entry = (part: ProfilePart): ProfileEntry => {
    let found = report.entries.find((e) => e.part === part && e.statements === info.statements);
    if (!found) {
      found = { part, statements: info.statements };
      report.entries.push(found);
    }
    return found;
  };
  const note = (side: string, part: string, error: unknown) =>
    report.notes.push(`${side} profile at ${num(info.statements)}, ${part}: ${message(error)}`);
  const timeoutMs = timeoutFor(info.statements);
  const appServer = await serve(PROFILE_APP_DIST);
  const plainServer = await serve(PROFILE_PLAIN_DIST);
  try {
    const appModules = moduleMap(PROFILE_APP_DIST);
    const app = await openSession(browser);
    let stuck = false;
    try {
      await openApp(app.page, appServer.url);
      const initial = await statusOf(app.page);
      const load = async () => {
        await arm(app.page, 'armAppLoad', { before: initial, nodeId: info.lastActorId, timeoutMs });
        await app.page.getByLabel('Open dataset').setInputFiles(info.path);
        const done = await pending<AppLoadOutcome>(app.page, timeoutMs);
        return done.doneAt - done.chosenAt;
      };
      if (parts.includes('load')) {
        const { value, profile } = await profiled(app.cdp, load);
        Object.assign(entry('load'), { app: summarizeProfile(profile, appModules), appMs: value });
      } else {
        await load();
      }
      await heapMb(app.cdp); // lets the page settle
      const work: Record<Exclude<ProfilePart, 'load'>, () => Promise<number>> = {
        filterHide: () => appToggleDenies(app.page),
        searchFocus: async () => (await appSearch(app.page, info)).centred,
        exportPng: async () => {
          const exported = await appExportPng(app.page);
          if (typeof exported === 'string') throw new Error(exported);
          return exported.ms;
        },
        actorView: () => appActorView(app.page, info),
      };
      for (const part of parts) {
        if (part === 'load') continue;
        try {
          const { value, profile } = await profiled(app.cdp, work[part]);
          Object.assign(entry(part), { app: summarizeProfile(profile, appModules), appMs: value });
          if (part === 'filterHide') await appToggleDenies(app.page);
        } catch (error) {
          note('app', part, error);
          if (!(await responsive(app.page))) {
            stuck = true;
            break;
          }
        }
      }
    } catch (error) {
      note('app', 'load', error);
      stuck = !(await responsive(app.page));
    } finally {
      await closeSession(app, stuck);
    }

    const plainParts = parts.filter((p) => PLAIN_PARTS.includes(p));
    if (plainParts.length === 0) return;
    const plainModules = moduleMap(PROFILE_PLAIN_DIST);
    const plain = await openSession(browser);
    stuck = false;
    try {
      await plain.page.goto(plainUrl(plainServer.url, { ...mirror, region: undefined }));
      await waitIn(plain.page, '!!window.plainBench', 30_000);
      const load = async () => {
        await plain.page.locator('#file').setInputFiles(info.path);
        await waitIn(plain.page, 'document.body.dataset.done !== undefined', timeoutMs);
        return (await plain.page.evaluate(
          'Number(document.body.dataset.done) - window.__bench.chosenAt',
        )) as number;
      };
      if (plainParts.includes('load')) {
        const { value, profile } = await profiled(plain.cdp, load);
        Object.assign(entry('load'), {
          plain: summarizeProfile(profile, plainModules),
          plainMs: value,
        });
      } else {
        await load();
      }
      await heapMb(plain.cdp);
      for (const part of plainParts) {
        if (part === 'load') continue;
        try {
          const run =
            part === 'filterHide'
              ? () => plainToggleDenies(plain.page)
              : async () => (await plainExportPng(plain.page)).ms;
          const { value, profile } = await profiled(plain.cdp, run);
          Object.assign(entry(part), {
            plain: summarizeProfile(profile, plainModules),
            plainMs: value,
          });
          if (part === 'filterHide') await plainToggleDenies(plain.page);
        } catch (error) {
          note('plain', part, error);
        }
      }
    } catch (error) {
      note('plain', 'load', error);
      stuck = !(await responsive(plain.page));
    } finally {
      await closeSession(plain, stuck);
    }
  } finally {
    appServer.server.close();
    plainServer.server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Bundle size: the JavaScript of the first load, gzipped

interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}
interface BundleReport {
  firstLoad: BundleFile[];
  firstLoadGzipKb: number;
  lazy: BundleFile[];
  workers: BundleFile[];
  css: BundleFile[];
  plain: BundleFile[];
}

function fileInfo(dist: string, file: string): BundleFile {
  const body = readFileSync(join(dist, file));
  return { file, bytes: body.length, gzip: gzipSync(body).length };
}

function bundleReport(): BundleReport {
  const html = readFileSync(join(APP_DIST, 'index.html'), 'utf8');
  const toFile = (href: string) => href.replace(/^\.?\//, '');
  const first = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    first.add(toFile(m[1]!));
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    first.add(toFile(m[1]!));
  // The static imports of those chunks load with them; import("…") and workers do not.
  const queue = [...first];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const code = readFileSync(join(APP_DIST, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+\.js)["']/g,
    )) {
      const next = toFile(join(dirname(file), m[1]!).split(sep).join('/'));
      if (!first.has(next)) {
        first.add(next);
        queue.push(next);
      }
    }
  }
  const assets = readdirSync(join(APP_DIST, 'assets')).map((f) => `assets/${f}`);
  const workerFiles = new Set<string>();
  for (const file of assets.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(APP_DIST, file), 'utf8');
    for (const m of code.matchAll(/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["'`]([^"'`]+)["'`]/g))
      workerFiles.add(`assets/${m[1]!.split('/').pop()}`);
  }
  const firstLoad = [...first].map((f) => fileInfo(APP_DIST, f));
  const plainAssets = readdirSync(join(PLAIN_DIST, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    firstLoad,
    firstLoadGzipKb: firstLoad.reduce((sum, f) => sum + f.gzip, 0) / 1000,
    lazy: assets
      .filter((f) => f.endsWith('.js') && !first.has(f) && !workerFiles.has(f))
      .map((f) => fileInfo(APP_DIST, f)),
    workers: [...workerFiles]
      .filter((f) => existsSync(join(APP_DIST, f)))
      .map((f) => fileInfo(APP_DIST, f)),
    css: assets.filter((f) => f.endsWith('.css')).map((f) => fileInfo(APP_DIST, f)),
    plain: plainAssets.map((f) => fileInfo(PLAIN_DIST, `assets/${f}`)),
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics and the report

interface Spread {
  runs: number;
  median: number | null;
  min: number | null;
  max: number | null;
  values: number[];
}

function spread(values: (number | undefined)[]): Spread {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  const sorted = [...v].sort((a, b) => a - b);
  const n = sorted.length;
  const median =
    n === 0 ? null : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { runs: n, median, min: sorted[0] ?? null, max: sorted[n - 1] ?? null, values: v };
}

const METRIC_LABELS: Record<Metric, string> = {
  load: 'load (file chosen → drawn, idle)',
  filterHide: 'stance filter: hide "Denies"',
  filterShow: 'stance filter: show "Denies" again',
  searchResults: 'search: typed name → results listed',
  searchFocus: 'search: Enter → selected and centred (incl. 250 ms animation)',
  actorView: 'switch to the actor view',
  exportPng: 'PNG export of the whole graph',
  heapAfterLoad: 'JS heap after load, MB (after GC)',
};

/** The step of an app run that measures each metric. */
const METRIC_STEPS: Record<Metric, string> = {
  load: 'load',
  filterHide: 'stance filter',
  filterShow: 'stance filter',
  searchResults: 'search',
  searchFocus: 'search',
  actorView: 'actor view',
  exportPng: 'PNG export',
  heapAfterLoad: 'load',
};

/** What the plain page measures too (it has no search and no actor view). */
const PLAIN_HAS: Record<Metric, boolean> = {
  load: true,
  filterHide: true,
  filterShow: true,
  searchResults: false,
  searchFocus: false,
  actorView: false,
  exportPng: true,
  heapAfterLoad: true,
};

interface SizeResult {
  statements: number;
  actors: number;
  claims: number;
  megabytes: number;
  layout: { app: string; plain: string };
  /** Whether the app treats this size as a large graph (and the plain page mirrors it). */
  large: boolean;
  /** What the app said on screen about the graph (its large-graph note). */
  graphNote: string | null;
  /** The scale of the app's PNG export (its menu's default), which the plain page used too. */
  pngScale: number | null;
  /** Whether a long-task figure of the app is a lower bound (a load stopped while frozen). */
  longtasksAtLeast: boolean;
  metrics: Record<Metric, { app: Spread; plain: Spread; ratio: number | null }>;
  phases: { app: Record<string, Spread>; plain: Record<string, Spread> };
  longtasks: { app: Record<string, Spread>; plain: Record<string, Spread> };
  png: { app: RunResult['png'][]; plain: RunResult['png'][] };
  /** The time limit (ms) of a load that did not finish, if one did not. */
  loadStopped: { app: number | null; plain: number | null };
  /** App steps that failed at this size, and whether for lack of time. */
  failed: { step: string; timedOut: boolean }[];
  notes: string[];
}

function phaseSpreads(runs: RunResult[]): Record<string, Spread> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  return Object.fromEntries(names.map((n) => [n, spread(runs.map((r) => r.phases[n]))]));
}

function longtaskSpreads(runs: RunResult[]): Record<string, Spread> {
  const keys = ['parseValidate', 'resultTask', 'load'] as const;
  return Object.fromEntries(keys.map((k) => [k, spread(runs.map((r) => r.longtasks?.[k]))]));
}

function summarizeSize(
  info: GeneratedInfo,
  app: RunResult[],
  plain: RunResult[],
  layout: string,
): SizeResult {
  const metrics = Object.fromEntries(
    METRICS.map((m) => {
      const a = spread(app.map((r) => r.values[m]));
      const p = spread(plain.map((r) => r.values[m]));
      const ratio = a.median !== null && p.median ? a.median / p.median : null;
      return [m, { app: a, plain: p, ratio }];
    }),
  ) as SizeResult['metrics'];
  return {
    statements: info.statements,
    actors: info.actors,
    claims: info.claims,
    megabytes: info.bytes / 1024 / 1024,
    layout: { app: app.find((r) => r.layout)?.layout ?? layout, plain: layout },
    graphNote: app.find((r) => r.graphNote)?.graphNote ?? null,
    pngScale: app.find((r) => r.pngScale)?.pngScale ?? null,
    longtasksAtLeast: app.some((r) => r.longtasks?.atLeast),
    large: false,
    metrics,
    phases: { app: phaseSpreads(app), plain: phaseSpreads(plain) },
    longtasks: { app: longtaskSpreads(app), plain: longtaskSpreads(plain) },
    png: { app: app.map((r) => r.png), plain: plain.map((r) => r.png) },
    failed: [...new Set(app.flatMap((r) => r.failedSteps))].map((step) => ({
      step,
      timedOut: app.some((r) =>
        r.notes.some((n) => n.startsWith(`app, ${step}:`) && /timed out|no answer/.test(n)),
      ),
    })),
    loadStopped: {
      app: app.find((r) => r.loadStoppedAfter)?.loadStoppedAfter ?? null,
      plain: plain.find((r) => r.loadStoppedAfter)?.loadStoppedAfter ?? null,
    },
    notes: [...new Set([...app, ...plain].flatMap((r) => r.notes))],
  };
}

const num = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? '–'
    : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const range = (s: Spread, digits = 0) =>
  s.runs === 0 ? '–' : `${num(s.min, digits)}–${num(s.max, digits)}`;
const ratioText = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}x`);

interface Results {
  date: string;
  machine: Record<string, string | number>;
  config: Record<string, unknown>;
  sizes: SizeResult[];
  reloads: { statements: number; reloads: number; app: ReloadResult; plain: ReloadResult } | null;
  profile: ProfileReport | null;
  bundle: BundleReport;
  durationSeconds: number;
  notes: string[];
}

function markdown(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push('# Stancegraph benchmark: the app against plain Cytoscape.js');
  out.push('');
  out.push(
    `Run ${r.date} on ${m.os}, ${m.cpu} × ${m.cpus}, ${m.memoryGb} GB RAM, ${m.browser} ` +
      `(headless, no GPU), Node ${m.node}; ${Math.round(r.durationSeconds / 60)} minutes in all. ` +
      'Times in milliseconds, median of runs; each run in a fresh browser context, app and plain ' +
      'alternating which goes first. Written by `npm run bench` (bench/run.ts).',
  );
  out.push('');
  const at = (n: number) => r.sizes.find((s) => s.statements === n);
  const s10 = at(10_000);
  const s50 = at(50_000);
  out.push('## The targets of issue 6');
  out.push('');
  out.push('| target | measured | met |');
  out.push('|---|---|---|');
  const yes = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'yes' : '**no**');
  if (s10) {
    const load = s10.metrics.load.ratio;
    const hide = s10.metrics.filterHide.ratio;
    out.push(
      `| load ≤ 1.3x plain at 10,000 statements | ${ratioText(load)} (${num(s10.metrics.load.app.median)} vs ${num(s10.metrics.load.plain.median)} ms) | ${yes(load === null ? null : load <= 1.3)} |`,
    );
    out.push(
      `| stance filter toggle ≤ 1.5x plain at 10,000 | ${ratioText(hide)} (${num(s10.metrics.filterHide.app.median)} vs ${num(s10.metrics.filterHide.plain.median)} ms) | ${yes(hide === null ? null : hide <= 1.5)} |`,
    );
  }
  out.push(
    `| first-load JavaScript ≤ 300 KB gzipped | ${num(r.bundle.firstLoadGzipKb, 1)} KB | ${yes(r.bundle.firstLoadGzipKb <= 300)} |`,
  );
  if (s50) {
    const pv = s50.longtasks.app.parseValidate!;
    const rt = s50.longtasks.app.resultTask!;
    out.push(
      `| no main-thread task > 1 s during parsing and validation at 50,000 | longest ${num(pv.max)} ms (worst run) | ${yes(pv.runs === 0 ? null : (pv.max ?? 0) <= 1000)} |`,
    );
    out.push(
      `| (not a target, for the record) the task that receives the worker's answer and builds the graph, 50,000 | ${s50.longtasksAtLeast ? 'at least ' : ''}${num(rt.median)} ms median | – |`,
    );
  }
  if (r.reloads) {
    const { app, plain } = r.reloads;
    const mb = (x: number) => `${x >= 0 ? '+' : ''}${num(x, 1)} MB`;
    out.push(
      `| no heap growth across ${r.reloads.reloads} reloads of the ${num(r.reloads.statements)} file (from the first reload on) | app ${mb(app.steadyGrowth)} over the last ${r.reloads.reloads - 1} (${mb(app.growth)} from the first load: ${num(app.before, 1)} → ${num(app.after, 1)}); plain ${mb(plain.steadyGrowth)} (${mb(plain.growth)}) | ${yes(Number.isFinite(app.steadyGrowth) ? heapFlat(app) : null)} |`,
    );
  }
  out.push('');
  out.push('## All figures');
  out.push('');
  out.push(
    '| statements | metric | app | plain | app/plain | app min–max | plain min–max | runs |',
  );
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    for (const metric of METRICS) {
      const { app, plain, ratio } = s.metrics[metric];
      const missing =
        !(metric === 'load' && s.loadStopped.app) &&
        !s.failed.some((f) => f.step === METRIC_STEPS[metric]);
      if (app.runs === 0 && plain.runs === 0 && missing) continue;
      const d = metric === 'heapAfterLoad' ? 1 : 0;
      const stopped = (ms: number | null) =>
        metric === 'load' && ms !== null ? `> ${num(ms)} (stopped)` : null;
      const failure = s.failed.find((f) => f.step === METRIC_STEPS[metric]);
      const appCell =
        (app.runs ? null : stopped(s.loadStopped.app)) ??
        (!app.runs && failure
          ? failure.timedOut
            ? `> ${num(STEP_TIMEOUT)} (stopped)`
            : 'failed (see notes)'
          : num(app.median, d));
      const plainCell = plain.runs
        ? num(plain.median, d)
        : (stopped(s.loadStopped.plain) ?? (PLAIN_HAS[metric] ? 'not run' : 'n/a'));
      out.push(
        `| ${num(s.statements)} | ${METRIC_LABELS[metric]} | ${appCell} | ${plainCell} | ${ratioText(ratio)} | ${range(app, d)} | ${plain.runs ? range(plain, d) : '–'} | ${app.runs}/${plain.runs} |`,
      );
    }
  }
  out.push('');
  out.push(
    'Plain has no search and no actor view (n/a). The plain page: file.text(), JSON.parse, one node ' +
      'per actor and claim and one edge per statement (and per memberOf), a minimal stylesheet ' +
      '(labels, colours from data, default haystack edges), the layout the app uses at that size ' +
      "with the same options (for large graphs the app's draft variant and its spreading), a " +
      "canvas the size of the app's graph area, PNG at the app's default export scale; done two " +
      'frames after the layout stops. The app is done two frames after its graph is idle with ' +
      'the new data on it. PNG export: until the PNG is handed over as a download.',
  );
  out.push('');
  out.push('## Load, phase by phase (median ms)');
  out.push('');
  out.push('| statements | MB | layout (app / plain) | app phases | plain phases |');
  out.push('|---:|---:|---|---|---|');
  for (const s of r.sizes) {
    const show = (p: Record<string, Spread>) =>
      Object.entries(p)
        .map(([k, v]) => `${k} ${num(v.median)}`)
        .join('; ');
    out.push(
      `| ${num(s.statements)} | ${num(s.megabytes, 1)} | ${s.layout.app} / ${s.layout.plain}${s.large ? ' (large-graph variant)' : ''}${s.graphNote ? ` (the app says: “${s.graphNote}”)` : ''} | ${show(s.phases.app)} | ${show(s.phases.plain)} |`,
    );
  }
  out.push('');
  out.push('## Longest main-thread task during load (ms, median and worst run)');
  out.push('');
  out.push(
    '| statements | app: while the worker parses and validates | app: the task receiving its answer (builds the graph) | app: whole load | plain: whole load (parse and layout are on the main thread) |',
  );
  out.push('|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    const a = s.longtasks.app;
    const p = s.longtasks.plain;
    const cell = (x?: Spread, atLeast = false) =>
      x && x.runs ? `${atLeast ? '≥ ' : ''}${num(x.median)} (${num(x.max)})` : '–';
    out.push(
      `| ${num(s.statements)} | ${cell(a.parseValidate)} | ${cell(a.resultTask, s.longtasksAtLeast)} | ${cell(a.load, s.longtasksAtLeast)} | ${cell(p.load)} |`,
    );
  }
  if (r.reloads) {
    out.push('');
    out.push(
      `## JS heap across reloads (${num(r.reloads.statements)} statements, opened ${r.reloads.reloads + 1} times in one page; MB after GC)`,
    );
    out.push('');
    out.push(`- app: ${r.reloads.app.series.map((x) => num(x, 1)).join(' → ')}`);
    out.push(`- plain: ${r.reloads.plain.series.map((x) => num(x, 1)).join(' → ')}`);
  }
  if (r.profile && r.profile.entries.length > 0) {
    out.push('');
    out.push(
      '## Where the time goes (CPU profiles of unminified builds; main-thread self time by module)',
    );
    const ordered = [...r.profile.entries].sort(
      (x, y) => PROFILE_PARTS.indexOf(x.part) - PROFILE_PARTS.indexOf(y.part),
    );
    for (const e of ordered) {
      const a = e.app;
      const p = e.plain;
      out.push('');
      out.push(
        `### ${PROFILE_TITLES[e.part]}, ${num(e.statements)} statements: app ${num(e.appMs)} ms` +
          (PLAIN_PARTS.includes(e.part) ? `, plain ${num(e.plainMs)} ms` : '') +
          ' (while profiled)',
      );
      out.push('');
      out.push('| group | app ms | plain ms |');
      out.push('|---|---:|---:|');
      const groups = [
        ...new Set([...(a?.byGroup ?? []), ...(p?.byGroup ?? [])].map((g) => g.group)),
      ];
      const msOf = (s: ProfileSummary | undefined, g: string) =>
        s?.byGroup.find((x) => x.group === g)?.ms;
      groups.sort((x, y) => (msOf(a, y) ?? 0) - (msOf(a, x) ?? 0));
      for (const g of groups) {
        if ((msOf(a, g) ?? 0) < 1 && (msOf(p, g) ?? 0) < 1) continue;
        out.push(`| ${g} | ${num(msOf(a, g))} | ${num(msOf(p, g))} |`);
      }
      out.push(`| **all (not idle)** | ${num(a?.totalMs)} | ${num(p?.totalMs)} |`);
      if (a) {
        out.push('');
        out.push('App, top functions by self time:');
        out.push('');
        out.push('| ms | function | where |');
        out.push('|---:|---|---|');
        for (const f of a.topFunctions.slice(0, 10))
          out.push(`| ${num(f.ms)} | ${f.name} | ${f.where || f.group} |`);
      }
    }
  }
  out.push('');
  out.push('## Bundle (gzip, default level; KB = 1,000 bytes)');
  out.push('');
  const kb = (f: BundleFile) =>
    `${f.file} ${num(f.gzip / 1000, 1)} KB (${num(f.bytes / 1000, 0)} KB raw)`;
  out.push(
    `- first load (index.html's module script, its static imports and modulepreloads): **${num(r.bundle.firstLoadGzipKb, 1)} KB**`,
  );
  for (const f of r.bundle.firstLoad) out.push(`  - ${kb(f)}`);
  out.push(`- loaded when first used: ${r.bundle.lazy.map(kb).join('; ') || 'none'}`);
  out.push(`- worker: ${r.bundle.workers.map(kb).join('; ') || 'none'}`);
  out.push(`- CSS: ${r.bundle.css.map(kb).join('; ')}`);
  out.push(`- the plain page, for comparison: ${r.bundle.plain.map(kb).join('; ')}`);
  const pngs = r.sizes.flatMap((s) => {
    const a = s.png.app.find((x) => x);
    const p = s.png.plain.find((x) => x);
    if (!a && !p) return [];
    const d = (x?: RunResult['png']) =>
      x ? `${x.width}×${x.height} px, ${num(x.bytes / 1000)} KB` : '–';
    return [`- ${num(s.statements)}: app ${d(a)}; plain ${d(p)}`];
  });
  if (pngs.length) {
    out.push('');
    out.push('## PNG files exported');
    out.push('');
    out.push(...pngs);
  }
  const notes = [
    ...r.notes,
    ...r.sizes.flatMap((s) => s.notes.map((n) => `${num(s.statements)}: ${n}`)),
  ];
  if (notes.length) {
    out.push('');
    out.push('## Notes');
    out.push('');
    for (const n of [...new Set(notes)]) out.push(`- ${n}`);
  }
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(join(APP_DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `vite build` first (npm run bench does)');
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium: run node scripts/ensureChromium.mjs');

  log('generating datasets');
  const infos = generateAll(SIZES);
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
  const describe = (r: RunResult) =>
    `load ${r.loadStoppedAfter ? `stopped after ${r.loadStoppedAfter / 1000} s` : `${num(r.values.load)} ms`}, ` +
    `hide ${num(r.values.filterHide)} ms${r.notes.length ? ` (${r.notes.join('; ')})` : ''}`;
  try {
    for (const info of infos) {
      const size = info.statements;
      const planned = runsFor(size);
      const timeoutMs = timeoutFor(size);
      const appRuns: RunResult[] = [];
      const plainRuns: RunResult[] = [];
      const previous = sizes[sizes.length - 1];
      const mirror: Mirror = {
        layout: previous?.layout.app ?? 'fcose',
        large: appTreatsAsLarge(info.actors + info.claims),
      };
      const sizeNotes: string[] = [];
      const failedSteps = new Set<string>();
      let plainSkipped = false;
      const sizeStarted = Date.now();

      const doApp = async (run: number) => {
        // A load predicted to go past its limit is still run once (the worker's parsing and the
        // long tasks meanwhile are measured), but stopped after a minute.
        let limit = timeoutMs;
        const before = previous?.metrics.load.app.median ?? previous?.loadStopped.app;
        if (run === 0 && previous && before && previous.large === mirror.large) {
          const predicted = before * (size / previous.statements) ** 1.5;
          if (predicted > timeoutMs) {
            limit = Math.min(timeoutMs, 60_000);
            sizeNotes.push(
              `app load stopped after ${limit / 1000} s: it took ` +
                `${previous.metrics.load.app.median ? '' : 'over '}${num(before / 1000)} s at ` +
                `${num(previous.statements)} statements, so about ${num(predicted / 1000)} s here`,
            );
          }
        }
        const r = await appRun(browser, app.url, info, limit, failedSteps);
        for (const step of r.failedSteps) {
          if (!failedSteps.has(step)) {
            failedSteps.add(step);
            if (run + 1 < planned) sizeNotes.push(`app, ${step}: not tried again at this size`);
          }
        }
        appRuns.push(r);
        if (r.layout) mirror.layout = r.layout;
        mirror.region ??= r.region;
        mirror.scale ??= r.pngScale;
        log(`${num(size)} app #${run + 1}: ${describe(r)}`);
      };
      const doPlain = async (run: number) => {
        // Plain Cytoscape with a layout that grows faster than linearly: skip what cannot finish.
        // A load that was stopped counts as taking its whole time limit (at least).
        const before = previous?.metrics.load.plain.median ?? previous?.loadStopped.plain;
        const sameWork =
          previous?.layout.plain === mirror.layout && previous.large === mirror.large;
        if (run === 0 && previous && before && sameWork) {
          const predicted = before * (size / previous.statements) ** 1.5;
          if (predicted > timeoutMs) {
            plainSkipped = true;
            sizeNotes.push(
              `plain not run: its load took ${num(before / 1000)} s at ${num(previous.statements)} ` +
                `statements with ${mirror.layout}, so about ${num(predicted / 1000)} s here, over ` +
                `the ${timeoutMs / 1000} s limit`,
            );
            log(`${num(size)} plain: skipped (predicted ${num(predicted / 1000)} s)`);
          }
        }
        if (plainSkipped) return;
        const r = await plainRun(browser, plain.url, info, mirror, timeoutMs);
        plainRuns.push(r);
        log(
          `${num(size)} plain #${run + 1} (${mirror.layout}${mirror.large ? ', large' : ''}): ${describe(r)}`,
        );
      };

      for (let run = 0; run < planned; run++) {
        if (run > 0) {
          const spent = (Date.now() - sizeStarted) / 1000;
          if (appRuns.some((r) => r.loadStoppedAfter)) {
            sizeNotes.push(`app: 1 run only, its load did not finish within ${timeoutMs / 1000} s`);
            break;
          }
          // Time lost to steps that failed is not spent again: they are skipped from now on.
          const wasted = appRuns.reduce((sum, r) => sum + r.wastedSeconds, 0);
          if (spent + (spent - wasted) / run > budgetFor(size)) {
            sizeNotes.push(
              `${run} run${run === 1 ? '' : 's'} of ${planned}: another would go past this ` +
                `size's time budget of ${budgetFor(size)} s`,
            );
            break;
          }
        }
        // The app goes first in the first run: the plain page mirrors the layout it chose.
        if (run % 2 === 0) {
          await doApp(run);
          await doPlain(run);
        } else {
          await doPlain(run);
          await doApp(run);
        }
      }
      const summary = summarizeSize(info, appRuns, plainRuns, mirror.layout);
      summary.large = mirror.large ?? false;
      summary.notes.unshift(...sizeNotes);
      sizes.push(summary);
    }

    const info10k = infos.find((i) => i.statements === RELOAD_SIZE);
    const at10k = sizes.find((s) => s.statements === RELOAD_SIZE);
    if (RELOAD_TEST && info10k && at10k) {
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

    if (PROFILE) {
      // The largest size up to 10,000 that loads in reasonable time in both; the actor view at
      // the largest size where it finished in reasonable time.
      const quick = (s: SizeResult, metric: Metric, plainToo: boolean) =>
        (s.metrics[metric].app.median ?? Infinity) <= PROFILE_MAX_MS &&
        (!plainToo || (s.metrics[metric].plain.median ?? Infinity) <= PROFILE_MAX_MS);
      const upTo10k = sizes.filter((s) => s.statements <= RELOAD_SIZE);
      const forced = sizes.find((s) => s.statements === PROFILE_SIZE);
      const main = forced ?? upTo10k.filter((s) => quick(s, 'load', true)).pop();
      const actors = forced ? undefined : upTo10k.filter((s) => quick(s, 'actorView', false)).pop();
      const plan: [SizeResult, ProfilePart[]][] = [];
      if (main) {
        const parts = PROFILE_PARTS.filter((p) =>
          PROFILE_PARTS_OPTION ? PROFILE_PARTS_OPTION.includes(p) : p !== 'actorView',
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
        if (!forced && main && main.statements !== RELOAD_SIZE && SIZES.includes(RELOAD_SIZE)) {
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
      sizes: SIZES,
      runs: Object.fromEntries(SIZES.map((s) => [s, runsFor(s)])),
      viewport: VIEWPORT,
      profile: PROFILE,
      reloadTest: RELOAD_TEST,
    },
    sizes,
    reloads,
    profile,
    bundle: bundleReport(),
    durationSeconds: (Date.now() - started) / 1000,
    notes,
  };
  writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(BENCH_DIR, 'results.md'), markdown(results));
  log(`wrote ${relative(ROOT, join(BENCH_DIR, 'results.md'))} and results.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
