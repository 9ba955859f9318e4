import type { ReadResult } from '../../model/readDataset';
import type { LoadPhase, WorkerReply, WorkerRequest } from './workerProtocol';

let worker: Worker | null = null;
let nextId = 1;

function datasetWorker(): Worker | null {
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null; // no workers here (a test environment): read on the main thread instead
  }
  return worker;
}

async function readOnMainThread(input: Blob | string) {
  // Loaded only here, so the validator is not part of the page's first load.
  const { readDatasetText } = await import('../../model/readDataset');
  const text = typeof input === 'string' ? input : await input.text();
  return { result: readDatasetText(text), text };
}

/**
 * Reads a file or text in the dataset worker and returns what it holds, with the text itself (kept
 * so that the session can be restored exactly). Falls back to the main thread without workers,
 * and when the worker fails.
 */
export function readInWorker(
  input: Blob | string,
  onPhase: (phase: LoadPhase) => void,
): Promise<{ result: ReadResult; text: string }> {
  const target = datasetWorker();
  if (!target) return readOnMainThread(input);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const stop = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') {
        onPhase(reply.phase);
        return;
      }
      stop();
      if (reply.type === 'result') resolve({ result: reply.result, text: reply.text });
      else reject(new Error(reply.message));
    };
    // A worker that cannot start (a blocked script, say) or fails on the way must not leave the
    // load hanging: the main thread reads instead, and later loads start a new worker.
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      stop();
      target.terminate();
      if (worker === target) worker = null;
      readOnMainThread(input).then(resolve, reject);
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage({ id, input } satisfies WorkerRequest);
  });
}
