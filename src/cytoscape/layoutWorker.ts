/// <reference lib="webworker" />
// Every layout runs here, off the main thread, so that the page stays responsive while a graph
// of any size is laid out (layoutJob.ts does the work). The positions go back as a transferred
// array, which costs the page nothing to receive.
import { runLayoutJob } from './layoutJob';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

const scope = self as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, job } = event.data;
  try {
    const positions = runLayoutJob(job);
    scope.postMessage({ id, positions } satisfies LayoutReply, [positions.buffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, positions: null, error: message } satisfies LayoutReply);
  }
};
