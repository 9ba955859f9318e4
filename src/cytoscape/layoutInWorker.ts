import type { LayoutJob, LayoutPositions, LayoutReply, LayoutRequest } from './layoutProtocol';

/**
 * Runs a layout job and returns its positions: at once (a runner on the same thread, as the unit
 * tests use), or later (the layout worker).
 */
export type LayoutRunner = (job: LayoutJob) => LayoutPositions | Promise<LayoutPositions>;

let worker: Worker | null = null;
let nextId = 1;
/** The jobs sent and not yet answered, and how to give each up. */
const waiting = new Map<number, (error: Error) => void>();

/**
 * Gives up every job the worker has not answered (a newer layout or dataset replaces them):
 * a busy worker is stopped at once rather than left to finish work nobody will use.
 */
export function stopLayouts(): void {
  if (!worker || waiting.size === 0) return;
  worker.terminate();
  worker = null;
  for (const reject of waiting.values()) reject(new Error('superseded'));
  waiting.clear();
}

/**
 * Whether layouts can run in a worker here: not in Node (where the unit tests run), nor in the
 * exported standalone page, which has no worker file and whose policy allows no worker.
 */
export function canLayOutInWorker(): boolean {
  return typeof Worker !== 'undefined' && import.meta.env?.MODE !== 'standalone';
}

/**
 * The layout worker as a runner: one worker for the page, started on first use. A worker that
 * fails is dropped, so the next job starts a new one.
 */
export const layOutInWorker: LayoutRunner = (job) => {
  // Where no worker can run, the caller lays the job out on the main thread instead.
  if (!canLayOutInWorker()) return Promise.reject(new Error('no layout worker here'));
  try {
    worker ??= new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    // A policy or a page address that allows no worker: the caller lays out on the main thread.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const target = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const stop = () => {
      waiting.delete(id);
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.id !== id) return;
      stop();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(event.data.error ?? 'the layout failed'));
    };
    // A worker that cannot start (a blocked script) or fails: the caller lays out on the main
    // thread, and the next layout tries a new worker.
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      target.terminate();
      if (worker === target) worker = null;
      reject(new Error(event.message || 'the layout worker stopped'));
    };
    waiting.set(id, (error) => {
      stop();
      reject(error);
    });
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage({ id, job } satisfies LayoutRequest);
  });
};
