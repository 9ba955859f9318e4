/// <reference lib="webworker" />
// Lays out large graphs off the main thread: a headless Cytoscape with the same layout extension,
// fed only node ids and edge ends, answering with positions. The page stays responsive meanwhile.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';
import { withSeededRandom } from './seededRandom';

cytoscape.use(fcose);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges, options, seed } = event.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: false,
      elements: [
        ...nodes.map((node) => ({ group: 'nodes' as const, data: { id: node } })),
        ...edges.map(([source, target], i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source, target },
        })),
      ],
    });
    withSeededRandom(seed, () => cy.layout(options as unknown as LayoutOptions).run());
    const positions: LayoutReply['positions'] = cy.nodes().map((node) => {
      const { x, y } = node.position();
      return [node.id(), x, y];
    });
    cy.destroy();
    (self as DedicatedWorkerGlobalScope).postMessage({ id, positions } satisfies LayoutReply);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    (self as DedicatedWorkerGlobalScope).postMessage({ id, positions: [], error: message });
  }
};
