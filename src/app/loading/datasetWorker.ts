/// <reference lib="webworker" />
// Reads and validates a file off the main thread, so a large file never freezes the page. Every
// format is read here: the readers of the larger formats (DNA, XLSX, GEXF, GraphML) load on use.
import { readFile } from '../../model/readDataset';
import { loadSqlite } from './sqlite';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const post = (reply: WorkerReply) => (self as DedicatedWorkerGlobalScope).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, input, name, title } = event.data;
  try {
    post({ id, type: 'progress', phase: 'reading' });
    const content = typeof input === 'string' ? input : new Uint8Array(await input.arrayBuffer());
    post({ id, type: 'progress', phase: 'validating' });
    const { result, text } = await readFile({ name, content, title }, { sqlite: loadSqlite });
    post({ id, type: 'result', result, text });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
