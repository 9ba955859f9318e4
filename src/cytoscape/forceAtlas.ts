// The force layout of large graphs: ForceAtlas2 (graphology's, as Gephi Lite uses), made for
// thousands of nodes, where fCoSE takes many seconds even as a draft. Runs in the layout worker.
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../model/seededRandom';

/**
 * ForceAtlas2's settings for a graph of this many nodes: graphology's own inference (Barnes-Hut
 * above 2,000 nodes, strong gravity so that components stay together) with a lighter slow-down,
 * so that the few iterations a large graph gets still untangle it. The plain page of the
 * benchmark copies these (bench/plain/main.ts), and the bench checks that they match.
 */
export function forceAtlasSettings(nodeCount: number): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(nodeCount), slowDown: 2 };
}

/** How many iterations a graph of this many nodes gets: fewer as each one costs more. */
export function forceAtlasIterations(nodeCount: number): number {
  if (nodeCount > 10_000) return 40;
  if (nodeCount > 3_000) return 80;
  return 150;
}

/**
 * Positions of nodes 0..count-1 linked by `edges` (pairs of indexes; repeated pairs count once),
 * as [x0, y0, x1, y1, …]. The start is random, seeded, so the same graph gets the same picture.
 */
export function forceAtlasPositions(
  count: number,
  edges: readonly (readonly [number, number])[],
  seed: number,
): Float64Array {
  const random = mulberry32(seed);
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  // A start spread over a square as wide as the picture will roughly be.
  const side = Math.sqrt(count) * 10;
  for (let i = 0; i < count; i++) {
    graph.addNode(String(i), { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  }
  for (const [source, target] of edges) {
    if (source !== target) graph.mergeEdge(String(source), String(target));
  }
  forceAtlas2.assign(graph, {
    iterations: forceAtlasIterations(count),
    settings: forceAtlasSettings(count),
  });
  const positions = new Float64Array(count * 2);
  graph.forEachNode((node, attributes) => {
    const i = Number(node);
    positions[2 * i] = attributes.x as number;
    positions[2 * i + 1] = attributes.y as number;
  });
  return positions;
}
