// Centrality and communities of the actor network as drawn, with graphology-metrics and
// graphology-communities-louvain. Loaded on use (the actor view), so graphology stays out of the
// page's first load.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import type { TieMode } from './actorNetwork';
import type { MetricName, NodeMetrics } from './nodeAppearance';
import { mulberry32 } from './seededRandom';
import type { TieEdge } from './tieEdges';
import { compareStrings } from './ties';

// Louvain visits nodes in random order; a fixed seed finds the same communities every time.
const LOUVAIN_SEED = 14;

interface PairAttributes {
  /** Σ |weight| of the pair's drawn ties. */
  weight: number;
  /** The part of it that joins the pair into one community (see joinsCommunity). */
  joining: number;
}

/**
 * Whether a drawn tie pulls its two nodes into one community. Where agreement and conflict are
 * drawn together (or signed), a conflict separates, so only the agreements join; where one kind of
 * tie is drawn alone, its ties are the network the person asked to read, conflict included.
 */
function joinsCommunity(edge: TieEdge, mode: TieMode): boolean {
  return !(mode === 'both' || mode === 'subtract') || edge.type !== 'conflict';
}

/**
 * The drawn network as a simple graph: one edge per pair, whatever the ties drawn between them.
 *
 * graphology keys each node's neighbours in plain objects (`{}`), so a node named after a property
 * of Object.prototype ("constructor", "toString", "__proto__"…) finds an edge that is not there
 * ("an edge linking … already exists"), and graphology-metrics and the Louvain module answer in
 * plain objects too. So the graph is keyed by each node's position in `nodeIds` ("0", "1"…, no
 * such property) and `ids` turns a key back into the node's id.
 */
function simpleGraph(nodeIds: readonly string[], ties: readonly TieEdge[], mode: TieMode) {
  const graph = new UndirectedGraph<Record<string, never>, PairAttributes>();
  const keys = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const id of nodeIds) {
    if (keys.has(id)) continue;
    const key = String(keys.size);
    keys.set(id, key);
    ids.set(key, id);
    graph.addNode(key);
  }
  for (const tie of ties) {
    const a = keys.get(tie.a);
    const b = keys.get(tie.b);
    if (a === undefined || b === undefined) continue;
    const joining = joinsCommunity(tie, mode) ? Math.abs(tie.weight) : 0;
    if (graph.hasEdge(a, b)) {
      graph.updateEdgeAttributes(a, b, (attributes) => ({
        weight: attributes.weight + Math.abs(tie.weight),
        joining: attributes.joining + joining,
      }));
    } else graph.addEdge(a, b, { weight: Math.abs(tie.weight), joining });
  }
  return { graph, ids };
}

/** Eigenvector centrality, or 0 for every node when the power iteration does not converge. */
function eigenvector(graph: UndirectedGraph<Record<string, never>, PairAttributes>) {
  try {
    return eigenvectorCentrality(graph, { getEdgeWeight: 'weight', maxIterations: 1000 });
  } catch {
    return Object.fromEntries(graph.nodes().map((node) => [node, 0]));
  }
}

/**
 * Returns Louvain's communities on the joining ties, numbered from 1 by size (largest first; ties
 * broken by the smallest node id), so the numbers do not change between runs or reloads.
 */
function communities(
  graph: UndirectedGraph<Record<string, never>, PairAttributes>,
  ids: ReadonlyMap<string, string>,
): Map<string, number> {
  const joined = graph.copy();
  // Collected first: a graph must not lose edges while it is being walked.
  const separating = joined.filterEdges((_edge, attributes) => attributes.joining === 0);
  for (const edge of separating) joined.dropEdge(edge);
  const found =
    joined.size === 0
      ? Object.fromEntries(joined.nodes().map((node, i) => [node, i]))
      : louvain(joined, { getEdgeWeight: 'joining', rng: mulberry32(LOUVAIN_SEED) });
  const members = new Map<number, string[]>();
  for (const [key, community] of Object.entries(found)) {
    const node = ids.get(key)!;
    const list = members.get(community);
    if (list) list.push(node);
    else members.set(community, [node]);
  }
  const ordered = [...members.values()]
    .map((list) => list.sort(compareStrings))
    .sort((x, y) => y.length - x.length || compareStrings(x[0]!, y[0]!));
  const numbers = new Map<string, number>();
  ordered.forEach((list, i) => list.forEach((node) => numbers.set(node, i + 1)));
  return numbers;
}

/**
 * Returns, for every node, its metrics in the network of the drawn ties:
 * - degree: how many other nodes it has a drawn tie with;
 * - weighted degree: the sum of the sizes of its drawn ties' weights;
 * - betweenness: the share of shortest paths between two other nodes that pass through it
 *   (normalised to [0, 1], ties unweighted: a path is a chain of ties, however strong);
 * - eigenvector: its eigenvector centrality, ties weighted by the size of their weight;
 * - community: its Louvain community (seeded), numbered from 1 by size.
 */
export function computeNodeMetrics(
  nodeIds: readonly string[],
  ties: readonly TieEdge[],
  mode: TieMode,
): NodeMetrics {
  const { graph, ids } = simpleGraph(nodeIds, ties, mode);
  const between = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  const eigen = eigenvector(graph);
  const values: Record<MetricName, Map<string, number>> = {
    degree: new Map(),
    weightedDegree: new Map(),
    betweenness: new Map(),
    eigenvector: new Map(),
  };
  graph.forEachNode((key) => {
    const node = ids.get(key)!;
    values.degree.set(node, graph.degree(key));
    values.weightedDegree.set(node, weightedDegree(graph, key, 'weight'));
    values.betweenness.set(node, between[key] ?? 0);
    values.eigenvector.set(node, eigen[key] ?? 0);
  });
  return { values, community: communities(graph, ids) };
}
