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
 * What the screen says about a large graph's layout, or null for a graph of ordinary size. The
 * force layout is ForceAtlas2 only when the nodes it lays out (those with edges) are many. A
 * graph of few nodes but many edges (`edgeCount`) says its edges are simplified.
 */
export function largeGraphNote(
  nodeCount: number,
  draftLayout: boolean,
  edgeCount = 0,
): string | null {
  if (!isLargeGraph(nodeCount)) {
    return isDenseGraph(edgeCount)
      ? `Dense graph (${edgeCount.toLocaleString('en-US')} edges): simplified edges`
      : null;
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
 * positions are final.
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
