// Runs a layout job: the layout worker's work (layoutWorker.ts), and the headless graph's in unit
// tests. Plain data in, positions out; the same job always gives the same positions.
import cytoscape, { type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceAtlasPositions } from './forceAtlas';
import type { LayoutJob, LayoutPositions } from './layoutProtocol';
import {
  ACTOR_ROOM,
  distinctPairs,
  FIT_PADDING,
  isLargeGraph,
  layoutOptions,
  usesForceAtlas,
} from './layouts';
import {
  arrangeInCircle,
  arrangeLegibly,
  boundsOf,
  fitZoom,
  LEGIBLE_NODES,
  wrapLevels,
  type Item,
  type Size,
} from './legibility';
import { gridBelow, spreadOut, type MutablePoint } from './placement';
import { withSeededRandom } from './seededRandom';
import { circleOrder, twoColumnPositions } from './twoColumns';

/** Room kept around each node's box (with its label) in a legible arrangement. */
const LEGIBLE_MARGIN = 4;

/**
 * Below this zoom a ring's labels cannot be read anyway: the ring is then sized from the nodes'
 * bodies, which keeps a larger graph in view.
 */
const RING_LABELS_ZOOM = 0.25;

let fcoseRegistered = false;

/** The sizes of the job's nodes, for a headless Cytoscape that has no labels to measure. */
const SIZED: cytoscape.StylesheetJson = [
  { selector: 'node', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)' } },
];

/**
 * Runs one of Cytoscape's layouts on some of the job's nodes (indexes into job.nodes) and the
 * edges between them, in a headless Cytoscape whose nodes have the sizes measured on the page:
 * their bodies, or (`withLabels`) their boxes with the label, as fCoSE counted them on the page.
 */
function cytoscapeLayout(
  job: LayoutJob,
  indexes: readonly number[],
  options: LayoutOptions,
  withLabels: boolean,
  points: MutablePoint[],
  uniquePairs = false,
): void {
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  const included = new Set(indexes);
  const elements: ElementDefinition[] = indexes.map((i) => {
    const node = job.nodes[i]!;
    const [w, h] = withLabels
      ? [2 * node.halfWidth, 2 * node.halfHeight]
      : [node.width, node.height];
    return { group: 'nodes', data: { id: String(i), w, h } };
  });
  // A force layout needs the graph's shape, not how often a pair is tied: each pair once, which
  // at 50,000 statements halves the edges fCoSE works on (repeated stances between the same
  // actor and claim). Other layouts (concentric's degrees) count every edge.
  const seen = new Set<number>();
  const n = job.nodes.length;
  job.edges.forEach(([source, target], k) => {
    if (uniquePairs) {
      const pair = Math.min(source, target) * n + Math.max(source, target);
      if (seen.has(pair)) return;
      seen.add(pair);
    }
    if (included.has(source) && included.has(target)) {
      elements.push({
        group: 'edges',
        data: { id: `e${k}`, source: String(source), target: String(target) },
      });
    }
  });
  const cy = cytoscape({ headless: true, styleEnabled: true, style: SIZED, elements });
  const area = job.area;
  const run = {
    ...options,
    // The boxes already hold the labels, which a headless Cytoscape could not measure.
    ...(withLabels && { nodeDimensionsIncludeLabels: false }),
    // Layouts that fill the graph area (grid, circle…) fill the page's.
    ...(area && area.width > 0 && { boundingBox: { x1: 0, y1: 0, w: area.width, h: area.height } }),
  } as LayoutOptions;
  // Layouts without animation run to the end inside run(), so the seed covers all their draws.
  withSeededRandom(job.seed, () => cy.layout(run).run());
  cy.nodes().forEach((node) => {
    const i = Number(node.id());
    const { x, y } = node.position();
    const { dx, dy } = withLabels ? job.nodes[i]! : { dx: 0, dy: 0 };
    // A box's centre, from which its label hangs: the node itself sits above it.
    points[i] = { x: x - dx, y: y - dy };
  });
  cy.destroy();
}

/** The nodes of each connected component, in the order of the first node of each. */
function componentsOf(job: LayoutJob): number[][] {
  const parent = job.nodes.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const [a, b] of job.edges) parent[root(a)] = root(b);
  const groups = new Map<number, number[]>();
  job.nodes.forEach((_, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()];
}

/**
 * The force layout: ForceAtlas2 for many nodes with edges or many ties (usesForceAtlas), else
 * fCoSE (counting labels); nodes without edges (which a force layout piles up or flings away) in
 * rows below, or, for a small graph on screen, everything rearranged for a legible first picture.
 */
function forceLayout(job: LayoutJob, points: MutablePoint[]): void {
  const degree = new Array<number>(job.nodes.length).fill(0);
  for (const [a, b] of job.edges) {
    if (a === b) continue; // a loop ties a node to nothing
    degree[a]!++;
    degree[b]!++;
  }
  const connected: number[] = [];
  const isolated: number[] = [];
  degree.forEach((d, i) => (d > 0 ? connected : isolated).push(i));
  if (usesForceAtlas(connected.length, distinctPairs(job.edges))) {
    const indexOf = new Map(connected.map((node, k) => [node, k]));
    const edges = job.edges
      .filter(([a, b]) => a !== b && indexOf.has(a) && indexOf.has(b))
      .map(([a, b]) => [indexOf.get(a)!, indexOf.get(b)!] as const);
    const placed = forceAtlasPositions(connected.length, edges, job.seed);
    const spread = connected.map((_, k) => ({ x: placed[2 * k]!, y: placed[2 * k + 1]! }));
    spreadOut(spread);
    connected.forEach((node, k) => (points[node] = spread[k]!));
  } else if (connected.length > 0) {
    cytoscapeLayout(job, connected, layoutOptions('fcose'), true, points, true);
  }
  const area = job.area;
  if (job.legible && area && job.nodes.length <= LEGIBLE_NODES) {
    // Each isolated node is a component of its own: packed with the rest to fill the view.
    const items: Item[] = job.nodes.map((node, i) => ({
      x: points[i]!.x,
      y: points[i]!.y,
      dx: node.dx,
      dy: node.dy,
      halfWidth: node.halfWidth + LEGIBLE_MARGIN,
      halfHeight: node.halfHeight + LEGIBLE_MARGIN,
    }));
    arrangeLegibly(items, componentsOf(job), {
      width: area.width - 2 * FIT_PADDING,
      height: area.height - 2 * FIT_PADDING,
    });
    items.forEach((item, i) => (points[i] = { x: item.x, y: item.y }));
    return;
  }
  let box: { x1: number; y1: number; x2: number; y2: number } | null = null;
  for (const i of connected) {
    const { x, y } = points[i]!;
    const { width, height } = job.nodes[i]!;
    box ??= { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    box.x1 = Math.min(box.x1, x - width / 2);
    box.y1 = Math.min(box.y1, y - height / 2);
    box.x2 = Math.max(box.x2, x + width / 2);
    box.y2 = Math.max(box.y2, y + height / 2);
  }
  const below = isolated.map(() => ({ x: 0, y: 0 }));
  gridBelow(below, box, isLargeGraph(job.nodes.length));
  isolated.forEach((node, k) => (points[node] = below[k]!));
}

/**
 * Two columns: claims on the right, everything else on the left (the app's own algorithm), in
 * sub-columns when a side is too long for one to be read in the graph area.
 */
function twoColumnsLayout(job: LayoutJob, points: MutablePoint[]): void {
  const left = [];
  const right = [];
  for (const [i, node] of job.nodes.entries()) {
    // The box with the label, when it was measured (twoColumns assumes a label's room if not).
    const width = 2 * node.halfWidth || undefined;
    if (node.claimHeight !== undefined)
      right.push({ id: String(i), height: node.claimHeight || ACTOR_ROOM, width });
    else left.push({ id: String(i), height: ACTOR_ROOM, width });
  }
  const links = job.edges.map(([a, b]) => ({ source: String(a), target: String(b) }));
  if (left.length === 0 || right.length === 0) {
    // No second column (the actor view): the Circle layout's ring, linked nodes side by side.
    circleLayout(job, points, circleOrder({ left, right, links }).map(Number));
    return;
  }
  for (const [id, point] of twoColumnPositions({ left, right, links }, fittedView(job))) {
    points[Number(id)] = { ...point };
  }
}

/** The room a picture is fitted into: the graph area less the fit's padding, if it is drawn. */
function fittedView(job: LayoutJob): Size | undefined {
  const area = job.area;
  if (!area || area.width <= 2 * FIT_PADDING || area.height <= 2 * FIT_PADDING) return undefined;
  return { width: area.width - 2 * FIT_PADDING, height: area.height - 2 * FIT_PADDING };
}

/** The job's nodes as boxes at the origin, with their labels or (`bodies`) without, `margin` round. */
function itemsOf(job: LayoutJob, margin: number, bodies = false): Item[] {
  return job.nodes.map((node) =>
    bodies
      ? {
          x: 0,
          y: 0,
          dx: 0,
          dy: 0,
          halfWidth: node.width / 2 + margin,
          halfHeight: node.height / 2 + margin,
        }
      : {
          x: 0,
          y: 0,
          dx: node.dx,
          dy: node.dy,
          halfWidth: node.halfWidth + margin,
          halfHeight: node.halfHeight + margin,
        },
  );
}

/**
 * The circle: every node in `order` (by default the job's, as Cytoscape's circle has them), on a
 * ring sized from their boxes with their labels (arrangeInCircle), or from their bodies when even
 * so the labels would be too small to read in the graph area.
 */
function circleLayout(
  job: LayoutJob,
  points: MutablePoint[],
  order: readonly number[] = job.nodes.map((_, i) => i),
): void {
  const around = (bodies: boolean) => {
    const all = itemsOf(job, LEGIBLE_MARGIN, bodies);
    const items = order.map((i) => all[i]!);
    arrangeInCircle(items);
    return items;
  };
  let items = around(false);
  const view = fittedView(job);
  if (view && fitZoom(boundsOf(items), view) < RING_LABELS_ZOOM) items = around(true);
  items.forEach((item, at) => (points[order[at]!] = { x: item.x, y: item.y }));
}

/**
 * Breadth-first: Cytoscape's levels and their order, each level too wide for the graph area
 * wrapped into rows (wrapLevels), so that the tree has the area's shape and its labels can be read.
 */
function breadthFirstLayout(job: LayoutJob, points: MutablePoint[]): void {
  const all = job.nodes.map((_, i) => i);
  cytoscapeLayout(job, all, layoutOptions('breadthfirst'), false, points);
  const view = fittedView(job);
  if (!view) return;
  // Cytoscape puts each level at one height, its nodes in order from left to right.
  const levels = new Map<number, number[]>();
  points.forEach(({ y }, i) => {
    const key = Math.round(y * 1000);
    const level = levels.get(key);
    if (level) level.push(i);
    else levels.set(key, [i]);
  });
  // Wider apart along a row than the legible margin: two actors' labels side by side stay two.
  const items = itemsOf(job, LEGIBLE_MARGIN).map((item) => ({
    ...item,
    halfWidth: item.halfWidth + LEGIBLE_MARGIN,
  }));
  const topDown = [...levels.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, level]) => level.sort((a, b) => points[a]!.x - points[b]!.x || a - b));
  wrapLevels(
    topDown.map((level) => level.map((i) => items[i]!)),
    view,
  );
  items.forEach((item, i) => (points[i] = { x: item.x, y: item.y }));
}

/**
 * Lays out every node of the job (hidden ones too, so that whatever a filter shows later already
 * has its own place) and returns the positions in the job's node order.
 */
export function runLayoutJob(job: LayoutJob): LayoutPositions {
  const points: MutablePoint[] = job.nodes.map(() => ({ x: 0, y: 0 }));
  if (job.nodes.length > 0) {
    if (job.name === 'fcose') forceLayout(job, points);
    else if (job.name === 'twoColumns') twoColumnsLayout(job, points);
    else if (job.name === 'circle') circleLayout(job, points);
    else if (job.name === 'breadthfirst') breadthFirstLayout(job, points);
    else {
      const all = job.nodes.map((_, i) => i);
      cytoscapeLayout(job, all, layoutOptions(job.name), false, points);
    }
  }
  const positions = new Float64Array(points.length * 2);
  points.forEach(({ x, y }, i) => {
    positions[2 * i] = x;
    positions[2 * i + 1] = y;
  });
  return positions;
}
