import type { CollectionReturnValue, LayoutOptions } from 'cytoscape';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

let worker: Worker | null = null;
let nextId = 1;

/**
 * Whether layouts can run in a worker here: not in Node (where the unit tests run), nor in the
 * exported standalone page, which has no worker file and whose policy allows no worker.
 */
export function canLayOutInWorker(): boolean {
  return typeof Worker !== 'undefined' && import.meta.env?.MODE !== 'standalone';
}

/**
 * Runs a layout of some elements with plain options in the layout worker and returns the positions
 * by node id.
 * Edges between the same nodes are sent once: the layout needs the shape, not the multiplicity.
 */
export function layOutInWorker(
  elements: CollectionReturnValue,
  options: LayoutOptions,
  seed: number,
): Promise<Map<string, { x: number; y: number }>> {
  try {
    worker ??= new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    // A policy or a page address that allows no worker: the caller lays out on the main thread.
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const target = worker;
  const id = nextId++;
  const seen = new Set<string>();
  const edges: [string, string][] = [];
  elements.edges().forEach((edge) => {
    const ends: [string, string] = [edge.source().id(), edge.target().id()];
    const key = JSON.stringify(ends);
    if (!seen.has(key)) {
      seen.add(key);
      edges.push(ends);
    }
  });
  const request: LayoutRequest = {
    id,
    nodes: elements.nodes().map((node) => node.id()),
    edges,
    options: options as unknown as Record<string, unknown>,
    seed,
  };
  return new Promise((resolve, reject) => {
    const stop = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.id !== id) return;
      stop();
      if (event.data.error) reject(new Error(event.data.error));
      else resolve(new Map(event.data.positions.map(([node, x, y]) => [node, { x, y }])));
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
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage(request);
  });
}
