import type { FileReadResult } from '../../model/readDataset';
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

/** What tells a file's format and title besides its content. */
export interface FileFacts {
  name?: string;
  title?: string;
}

async function readOnMainThread(input: Blob | string, { name, title }: FileFacts) {
  // Loaded only here, so the readers and the validator are not part of the page's first load.
  const [{ readFile }, { loadSqlite }] = await Promise.all([
    import('../../model/readDataset'),
    import('./sqlite'),
  ]);
  const content = typeof input === 'string' ? input : new Uint8Array(await input.arrayBuffer());
  return readFile({ name, content, title }, { sqlite: loadSqlite });
}

/**
 * Reads a file or text in the dataset worker and returns what it holds, with the text a session
 * keeps to open it again (the file's text, or the dataset's JSON; null for a table, kept once its
 * columns are mapped). `facts` are the file's name, which helps tell its format, and a title.
 * Falls back to the main thread without workers, and when the worker fails.
 */
export function readInWorker(
  input: Blob | string,
  onPhase: (phase: LoadPhase) => void,
  facts: FileFacts = {},
): Promise<{ result: FileReadResult; text: string | null }> {
  const target = datasetWorker();
  if (!target) return readOnMainThread(input, facts);
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
      readOnMainThread(input, facts).then(resolve, reject);
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage({ id, input, ...facts } satisfies WorkerRequest);
  });
}
