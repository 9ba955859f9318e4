// Browser sessions and page helpers: BENCH_INIT in each context, heap, waits, loads, workers, PNGs.
import type {
  Browser,
  BrowserContext,
  CDPSession,
  Download,
  Page,
  Worker as PageWorker,
} from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { VIEWPORT } from './options';
import { BENCH_INIT, WORKER_INIT } from './pageScripts';
import type { LongTask, RunResult, WorkerMessage } from './types';
import { message, sleep, withTimeout } from './util';

export const pending = <T>(page: Page, timeoutMs: number): Promise<T> =>
  withTimeout(page.evaluate('window.__bench.pending') as Promise<T>, timeoutMs + 10_000);

export const arm = (page: Page, fn: string, argument: unknown) =>
  page.evaluate(`window.__bench.${fn}(${JSON.stringify(argument)})`);

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript({ content: BENCH_INIT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Whether the page still answers (a page inside a long script does not). */
export const responsive = (page: Page) =>
  withTimeout(page.evaluate('1'), 3_000).then(
    () => true,
    () => false,
  );

/**
 * Closes a session. A page still inside a long script is stopped first (DevTools' way out of an
 * endless loop), so that it does not go on using a core while the next run is measured.
 */
export async function closeSession(session: Session, stuck: boolean): Promise<void> {
  if (stuck) {
    await withTimeout(session.cdp.send('Runtime.terminateExecution'), 10_000).catch(() => {});
  }
  await withTimeout(session.context.close(), 60_000).catch(() => {});
}

/** The JS heap of the page's main thread after garbage collection, in MB. */
/**
 * Opens a fresh session and has `open` load the file again and again, pushing the heap after each
 * load onto `series`; a failure ends the series with a note naming `who`. The session is closed
 * either way, a page that stopped answering included.
 */
export async function heapSeries(
  browser: Browser,
  who: string,
  open: (session: Session, series: number[]) => Promise<void>,
): Promise<{ series: number[]; notes: string[] }> {
  const session = await openSession(browser);
  const series: number[] = [];
  const notes: string[] = [];
  let stuck = false;
  try {
    await open(session, series);
  } catch (error) {
    notes.push(`${who}: ${message(error)}`);
    stuck = !(await responsive(session.page));
  } finally {
    await closeSession(session, stuck);
  }
  return { series, notes };
}

export async function heapMb(cdp: CDPSession): Promise<number> {
  await sleep(500);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Waits until an expression holds in the page (polled each frame; no eval, which the app's CSP forbids). */
export const waitIn = (page: Page, expression: string, timeoutMs: number) =>
  withTimeout(
    page.evaluate(`window.__bench.poll(() => (${expression}), ${timeoutMs})`),
    timeoutMs + 10_000,
  );

interface LoadSnapshot {
  chosenAt: number | null;
  worker: WorkerMessage[];
  longtasks: LongTask[];
}
const SNAPSHOT = `({ chosenAt: window.__bench.chosenAt,
  worker: window.__bench.worker.slice(), longtasks: window.__bench.longtasks.slice() })`;

/**
 * Awaits a load armed in the page. While it waits it keeps a snapshot of what the page recorded,
 * so that when the main thread freezes past the time limit, what happened before (the worker's
 * answer, the long tasks while it parsed) is still known.
 */
export async function awaitLoad<T>(
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

/** Watches the page's workers: instruments each (see WORKER_INIT) and reads what they posted. */
export function watchWorkers(page: Page) {
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

/** Width and height of a PNG file, read from its header. */
function pngSize(path: string): { width: number; height: number } | null {
  const head = readFileSync(path).subarray(0, 24);
  if (head.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/** Saves a download's PNG size; the file itself is not kept. */
export async function pngOf(download: Download): Promise<RunResult['png']> {
  const path = await download.path();
  return path
    ? { ...(pngSize(path) ?? { width: 0, height: 0 }), bytes: statSync(path).size }
    : null;
}
