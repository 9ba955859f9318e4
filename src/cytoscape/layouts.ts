import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../model/view';
import {
  twoColumnPositions,
  type ColumnNode,
  type Point,
  type TwoColumnsInput,
} from './twoColumns';

// Every layout runs in the layout worker (layoutJob.ts); this module holds what both sides need,
// and imports no layout code itself, so the page's first load does not carry it.

/** Room kept between the graph and the edges of its area when it is fitted. */
export const FIT_PADDING = 30;

/**
 * Graphs with more nodes than this get simpler edges, and their force-directed layout is
 * ForceAtlas2 (forceAtlas.ts) rather than fCoSE, which takes minutes at 10,000 statements.
 */
export const LARGE_GRAPH_NODES = 1000;

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH_NODES;
}

/**
 * Above this many tied pairs of nodes, the force layout is ForceAtlas2 however few the nodes:
 * fCoSE's springs and spectral start grow with the ties. In the layout worker it took 2.3 s for
 * the 2,400 pairs of a 10,000-statement debate's actor view (300 actors), 3 s for the 4,300 of
 * its claims view, about 8 s for the 20,000 of 50,000 statements; ForceAtlas2 takes a few hundred
 * ms for each, and spreads such a debate's claims among its actors where fCoSE piled them up.
 * Graphs of ordinary density keep fCoSE's picture.
 */
export const FORCE_ATLAS_PAIRS = 2_000;

/**
 * Whether the force layout of a graph whose nodes with edges are `nodeCount`, tied in `pairCount`
 * distinct pairs, is ForceAtlas2 (forceAtlas.ts) rather than fCoSE.
 */
export function usesForceAtlas(nodeCount: number, pairCount: number): boolean {
  return isLargeGraph(nodeCount) || pairCount > FORCE_ATLAS_PAIRS;
}

/** How many distinct pairs of nodes the edges tie, whatever their direction; loops left out. */
export function distinctPairs(
  edges: Iterable<readonly [string | number, string | number]>,
): number {
  const pairs = new Set<string>();
  for (const [a, b] of edges) {
    if (a === b) continue;
    pairs.add(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  }
  return pairs.size;
}

/**
 * Graphs with more edges than this get simpler edges (straight, no arrowheads) whatever their
 * number of nodes: a debate of a few hundred actors coded a few thousand times has thousands of
 * edges, curved ones (apart for each stance between the same two nodes) the costliest part of
 * building and drawing it, while its claim boxes stay as they are.
 */
export const DENSE_GRAPH_EDGES = 1500;

export function isDenseGraph(edgeCount: number): boolean {
  return edgeCount > DENSE_GRAPH_EDGES;
}

/**
 * What the screen says about a large graph's layout, or null for a graph of ordinary size.
 * `draftLayout`: the force layout is ForceAtlas2 (usesForceAtlas). A graph of few nodes but many
 * edges (`edgeCount`) says its edges are simplified.
 */
export function largeGraphNote(
  nodeCount: number,
  draftLayout: boolean,
  edgeCount = 0,
): string | null {
  if (!isLargeGraph(nodeCount)) {
    if (!isDenseGraph(edgeCount)) return null;
    const edges = edgeCount.toLocaleString('en-US');
    return draftLayout
      ? `Dense graph (${edges} edges): ForceAtlas2 layout, simplified edges`
      : `Dense graph (${edges} edges): simplified edges`;
  }
  const count = nodeCount.toLocaleString('en-US');
  return draftLayout
    ? `Large graph (${count} nodes): ForceAtlas2 layout, simplified edges`
    : `Large graph (${count} nodes): simplified edges`;
}

/** An actor's room in a column: its 26 px node and one line of label below it. */
export const ACTOR_ROOM = 48;

/** The graph as two columns: claims (at their box height) on one side, every other node on the other. */
export function columnsOf(cy: Core): TwoColumnsInput {
  const left: ColumnNode[] = [];
  const right: ColumnNode[] = [];
  cy.nodes().forEach((node) => {
    if (node.data('type') === 'claim') {
      right.push({ id: node.id(), height: Number(node.data('height')) || ACTOR_ROOM });
    } else {
      left.push({ id: node.id(), height: ACTOR_ROOM });
    }
  });
  const links = cy
    .edges()
    .map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  return { left, right, links };
}

/**
 * The two-column layout as Cytoscape's 'preset': the positions are worked out once per run from
 * the whole graph, when the layout asks for its first node.
 */
function twoColumnsOptions(): LayoutOptions {
  let positions: Map<string, Point> | undefined;
  const positionOf = (node: NodeSingular) => {
    positions ??= twoColumnPositions(columnsOf(node.cy()));
    return positions.get(node.id()) ?? null;
  };
  return {
    name: 'preset',
    animate: false,
    fit: true,
    padding: 30,
    // Cytoscape passes the node itself, though its types say an id.
    positions: positionOf as unknown as (id: string) => Point,
  };
}

/**
 * Cytoscape options for each layout (the force layout of a graph of ordinary size: large ones get
 * ForceAtlas2). None animates: the graph appears laid out, and aria-busy turns false only when
 * positions are final. The layout worker (layoutJob.ts) sizes the circle itself, from every
 * node's box rather than the largest, and wraps wide levels of the breadth-first tree to the
 * graph area's shape: these options are what Cytoscape alone would do.
 */
export function layoutOptions(name: LayoutName): LayoutOptions {
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 30,
        nodeRepulsion: () => 2200,
        nodeSeparation: 25,
        gravity: 1,
        packComponents: true,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        concentric: (node) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        padding: 30,
      };
    case 'circle':
      return { name: 'circle', animate: false, padding: 30, avoidOverlap: true };
    case 'grid':
      return { name: 'grid', animate: false, padding: 30, avoidOverlap: true };
    case 'twoColumns':
      return twoColumnsOptions();
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate: false,
        padding: 30,
        directed: true,
        spacingFactor: 1.1,
      };
  }
}
