/// <reference lib="webworker" />
// Reads and validates a dataset off the main thread, so a large file never freezes the page.
import { readDatasetText } from '../../model/readDataset';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const post = (reply: WorkerReply) => (self as DedicatedWorkerGlobalScope).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, input } = event.data;
  try {
    post({ id, type: 'progress', phase: 'reading' });
    const text = typeof input === 'string' ? input : await input.text();
    post({ id, type: 'progress', phase: 'validating' });
    post({ id, type: 'result', result: readDatasetText(text), text });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
