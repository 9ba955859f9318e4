// The two-column layout of discourse network analysis: actors on the left, claims on the right,
// each column ordered so that few statement edges cross. Pure functions of ids, heights and links:
// no Cytoscape here (layouts.ts feeds it the graph's nodes and hands the positions to 'preset').

export interface ColumnNode {
  readonly id: string;
  /** The vertical room the node needs, its label included; it is centred on its position. */
  readonly height: number;
  /** The room it needs across, its label included: LABEL_WIDTH when not given. */
  readonly width?: number;
}

/** An edge of the graph; its direction does not matter here. */
export interface Link {
  readonly source: string;
  readonly target: string;
}

export interface Point {
  x: number;
  y: number;
}

/** The room the picture is fitted into, in px (the graph area less the fit's padding). */
export interface View {
  readonly width: number;
  readonly height: number;
}

export interface TwoColumnsInput {
  /** The actors, in the dataset's order. */
  readonly left: readonly ColumnNode[];
  /** The claims, in the dataset's order. */
  readonly right: readonly ColumnNode[];
  /**
   * Links from one column to the other order the columns; links within a column (affiliations)
   * only place a node that has no link across, next to those it is linked with.
   */
  readonly links: readonly Link[];
}

/** Space between two nodes of a column, beyond the room each needs. */
export const ROW_GAP = 10;
/** How far the column of claims stands from the column of actors: at least, and at most. */
export const MIN_COLUMN_DISTANCE = 360;
export const MAX_COLUMN_DISTANCE = 900;
/** Room for an actor's label across, for the circle of the actor view. */
export const LABEL_WIDTH = 150;
/** Space between two sub-columns of a side, beyond the room each node needs across. */
export const SUB_COLUMN_GAP = 20;
/**
 * One column a side while the picture fits the view at this zoom or closer (labels of 6 px and
 * more); past it, each side is laid out in sub-columns to the shape of the view.
 */
export const ONE_COLUMN_ZOOM = 0.5;
/** The view assumed when none is given: a wide screen's graph area. */
const DEFAULT_VIEW: View = { width: 1200, height: 750 };
/** The most sub-columns a side is split into. */
const MAX_SUB_COLUMNS = 40;
/** Barycentre sweeps: the crossings stop falling after a handful on graphs of this size. */
const SWEEPS = 12;
/** Passes of swaps of neighbours per sweep: each costs up to links² around a popular claim. */
const TRANSPOSE_PASSES = 4;

/**
 * Returns the number of pairs of links across the columns that cross, for the columns in this
 * order. Links sharing an end do not cross; a link repeated (several statements) counts each time.
 * Counted as inversions with a Fenwick tree: O(links log nodes), so thousands of links are cheap.
 */
export function countCrossings(
  leftOrder: readonly string[],
  rightOrder: readonly string[],
  links: readonly Link[],
): number {
  const pairs = acrossPairs(indexOf(leftOrder), indexOf(rightOrder), links);
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const tree = new Array<number>(rightOrder.length + 1).fill(0);
  let crossings = 0;
  let seen = 0;
  for (const [, right] of pairs) {
    // Earlier links (left end above or equal) whose right end is strictly below this one's.
    let atOrAbove = 0;
    for (let i = right + 1; i > 0; i -= i & -i) atOrAbove += tree[i]!;
    crossings += seen - atOrAbove;
    for (let i = right + 1; i < tree.length; i += i & -i) tree[i]!++;
    seen++;
  }
  return crossings;
}

function indexOf(order: readonly string[]): Map<string, number> {
  return new Map(order.map((id, i) => [id, i]));
}

/** The links across the columns as [left index, right index], either way round. */
function acrossPairs(
  left: Map<string, number>,
  right: Map<string, number>,
  links: readonly Link[],
): [number, number][] {
  const pairs: [number, number][] = [];
  for (const { source, target } of links) {
    const l = left.get(source) ?? left.get(target);
    const r = right.get(target) ?? right.get(source);
    if (l !== undefined && r !== undefined) pairs.push([l, r]);
  }
  return pairs;
}

/** For each node, the ids it is linked with: across the columns, and within its own. */
function neighbourhoods(input: TwoColumnsInput) {
  const side = new Map<string, 'left' | 'right'>();
  for (const node of input.left) side.set(node.id, 'left');
  for (const node of input.right) side.set(node.id, 'right');
  const across = new Map<string, string[]>();
  const within = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, from: string, to: string) => {
    const list = map.get(from);
    if (list) list.push(to);
    else map.set(from, [to]);
  };
  for (const { source, target } of input.links) {
    const [a, b] = [side.get(source), side.get(target)];
    if (a === undefined || b === undefined || source === target) continue;
    const map = a === b ? within : across;
    add(map, source, target);
    add(map, target, source);
  }
  return { across, within };
}

type Neighbours = ReturnType<typeof neighbourhoods>;

/**
 * Reorders one column by the barycentre of each node's links across, as a share of the other
 * column's length, so columns of different lengths compare. A node with no link across stays
 * where it is (besideLinked places it at the end).
 */
function reorder(
  column: readonly string[],
  other: readonly string[],
  neighbours: Neighbours,
): string[] {
  const share = (order: readonly string[]) => {
    const last = Math.max(1, order.length - 1);
    return new Map(order.map((id, i) => [id, i / last]));
  };
  const otherShare = share(other);
  const ownShare = share(column);
  const key = new Map<string, number>();
  for (const id of column) {
    const across = neighbours.across.get(id) ?? [];
    const sum = across.reduce((total, n) => total + otherShare.get(n)!, 0);
    key.set(id, across.length > 0 ? sum / across.length : ownShare.get(id)!);
  }
  // Nodes of equal barycentre keep their order from the last sweep. Sums of shares are inexact:
  // 0.3 + 0.4 and 0.2 + 0.5 are a tie, not an order.
  return [...column].sort((a, b) => {
    const difference = key.get(a)! - key.get(b)!;
    return Math.abs(difference) > 1e-9 ? difference : ownShare.get(a)! - ownShare.get(b)!;
  });
}

/** For each node of a column, where its links across end in the other column. */
function acrossIndices(
  column: readonly string[],
  other: readonly string[],
  neighbours: Neighbours,
) {
  const at = indexOf(other);
  return column.map((id) => (neighbours.across.get(id) ?? []).map((n) => at.get(n)!));
}

/** Crossings among the links of two nodes of a column when the first stands above the second. */
function crossed(first: readonly number[], second: readonly number[]): number {
  let count = 0;
  for (const a of first) for (const b of second) if (a > b) count++;
  return count;
}

/**
 * Swaps neighbours in a column while that uncrosses links (the "transpose" step of Sugiyama-style
 * layouts): barycentres alone get stuck where two nodes pull to the same place.
 */
function transpose(column: string[], other: readonly string[], neighbours: Neighbours): string[] {
  const across = acrossIndices(column, other, neighbours);
  const order = [...column];
  for (let pass = 0, swapped = true; swapped && pass < TRANSPOSE_PASSES; pass++) {
    swapped = false;
    for (let i = 0; i + 1 < order.length; i++) {
      if (crossed(across[i]!, across[i + 1]!) > crossed(across[i + 1]!, across[i]!)) {
        [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
        [across[i], across[i + 1]] = [across[i + 1]!, across[i]!];
        swapped = true;
      }
    }
  }
  return order;
}

/**
 * A start order that follows the links: each connected part in turn, breadth first from one of
 * its far ends (found by a first search, as Cuthill–McKee does). Long chains of actors and claims
 * come out in their own order, which barycentres alone do not find from a shuffled start.
 */
function traversalOrder(input: TwoColumnsInput, neighbours: Neighbours) {
  const isLeft = new Set(input.left.map((n) => n.id));
  const all = [...input.left, ...input.right].map((n) => n.id);
  const next = (id: string) => [
    ...(neighbours.across.get(id) ?? []),
    ...(neighbours.within.get(id) ?? []),
  ];
  const breadthFirst = (from: string, seen: Set<string>) => {
    const queue = [from];
    seen.add(from);
    for (let i = 0; i < queue.length; i++) {
      for (const id of next(queue[i]!)) {
        if (seen.has(id)) continue;
        seen.add(id);
        queue.push(id);
      }
    }
    return queue;
  };
  const placed = new Set<string>();
  const order: string[] = [];
  for (const id of all) {
    if (placed.has(id)) continue;
    const farEnd = breadthFirst(id, new Set()).at(-1)!;
    order.push(...breadthFirst(farEnd, placed));
  }
  return {
    left: order.filter((id) => isLeft.has(id)),
    right: order.filter((id) => !isLeft.has(id)),
  };
}

/** Barycentre sweeps with swaps of neighbours from a start order; the best order seen. */
function improve(
  start: { left: string[]; right: string[] },
  links: readonly Link[],
  neighbours: Neighbours,
) {
  let { left, right } = start;
  let best = { left, right, crossings: countCrossings(left, right, links) };
  for (let sweep = 0; sweep < SWEEPS && best.crossings > 0; sweep++) {
    right = transpose(reorder(right, left, neighbours), left, neighbours);
    left = transpose(reorder(left, right, neighbours), right, neighbours);
    const crossings = countCrossings(left, right, links);
    if (crossings < best.crossings) best = { left, right, crossings };
  }
  return best;
}

/**
 * Moves each node that has no link across (a state no statement names, only its members) right
 * below the first node of its column it is linked with, so the link between them is short. Such
 * a node crosses nothing wherever it stands.
 */
function besideLinked(column: readonly string[], neighbours: Neighbours): string[] {
  const loose = new Set(
    column.filter(
      (id) => !neighbours.across.has(id) && (neighbours.within.get(id) ?? []).length > 0,
    ),
  );
  const order = column.filter((id) => !loose.has(id));
  for (const id of loose) {
    const linked = new Set(neighbours.within.get(id));
    const anchor = order.findIndex((other) => linked.has(other));
    order.splice(anchor === -1 ? order.length : anchor + 1, 0, id);
  }
  return order;
}

/**
 * Returns both columns' order, with few links crossing: barycentre sweeps and swaps of neighbours,
 * from two starts (the dataset's order, and one that follows the links), keeping the
 * best order seen. The dataset's own order is among those seen, so it never does worse than that.
 * Links within a column only place the nodes that have no other (besideLinked).
 */
export function twoColumnOrder(input: TwoColumnsInput): { left: string[]; right: string[] } {
  const neighbours = neighbourhoods(input);
  const given = { left: input.left.map((n) => n.id), right: input.right.map((n) => n.id) };
  let best = improve(given, input.links, neighbours);
  if (best.crossings > 0) {
    const fromTraversal = improve(traversalOrder(input, neighbours), input.links, neighbours);
    if (fromTraversal.crossings < best.crossings) best = fromTraversal;
  }
  return {
    left: besideLinked(best.left, neighbours),
    right: besideLinked(best.right, neighbours),
  };
}

/** The height of a column packed tight: every node's room, and a gap between each two. */
function packedHeight(nodes: readonly ColumnNode[]): number {
  return (
    nodes.reduce((sum, node) => sum + node.height, 0) + ROW_GAP * Math.max(0, nodes.length - 1)
  );
}

/** Centres of a column packed tight, centred on y = 0. */
function packed(nodes: readonly ColumnNode[]): number[] {
  let y = -packedHeight(nodes) / 2;
  return nodes.map((node) => {
    const centre = y + node.height / 2;
    y += node.height + ROW_GAP;
    return centre;
  });
}

/**
 * Centres of a column as near as they can be to the wanted ones without two nodes closer than
 * their room and a gap, and in this order: least squares under those constraints, solved exactly
 * by pooling adjacent violators (the nodes are shifted by their packed offsets, which turns "far
 * enough apart" into "in increasing order").
 */
function nearestSpaced(
  nodes: readonly ColumnNode[],
  wanted: readonly number[],
  weights: readonly number[],
): number[] {
  const offsets = packed(nodes);
  const blocks: { sum: number; weight: number; count: number }[] = [];
  nodes.forEach((_, i) => {
    const weight = weights[i]!;
    blocks.push({ sum: weight * (wanted[i]! - offsets[i]!), weight, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const before = blocks[blocks.length - 2]!;
      if (before.sum / before.weight <= last.sum / last.weight) break;
      blocks.pop();
      before.sum += last.sum;
      before.weight += last.weight;
      before.count += last.count;
    }
  });
  const centres: number[] = [];
  for (const block of blocks) {
    for (let k = 0; k < block.count; k++) {
      centres.push(block.sum / block.weight + offsets[centres.length]!);
    }
  }
  return centres;
}

/** A side's nodes in rows of sub-columns, in their order along each row (row-major). */
interface Block {
  rows: ColumnNode[][];
  /** A row as one node of a column: as high as its tallest node. */
  rowNodes: ColumnNode[];
  height: number;
  /** The widest node's room across, and the distance between the centres of two sub-columns. */
  width: number;
  pitch: number;
}

function blockOf(nodes: readonly ColumnNode[], across: number): Block {
  const rows: ColumnNode[][] = [];
  for (let i = 0; i < nodes.length; i += across) rows.push(nodes.slice(i, i + across));
  const rowNodes = rows.map((row, i) => ({
    id: String(i),
    height: Math.max(...row.map((node) => node.height)),
  }));
  const width = Math.max(...nodes.map((node) => node.width ?? LABEL_WIDTH));
  return { rows, rowNodes, height: packedHeight(rowNodes), width, pitch: width + SUB_COLUMN_GAP };
}

/** How far the first column of claims stands from the last of actors: most of the height. */
function columnDistance(height: number): number {
  return Math.min(MAX_COLUMN_DISTANCE, Math.max(MIN_COLUMN_DISTANCE, height * 0.8));
}

/** The size of the picture of two blocks side by side (their nodes' room included). */
function pictureSize(left: Block, right: Block): View {
  const height = Math.max(left.height, right.height);
  const across = (block: Block) => (block.rows[0]!.length - 1) * block.pitch;
  return {
    width: across(left) + columnDistance(height) + across(right) + (left.width + right.width) / 2,
    height,
  };
}

function zoomToFit(size: View, view: View): number {
  return Math.min(view.width / Math.max(size.width, 1), view.height / Math.max(size.height, 1));
}

/**
 * How many sub-columns each side gets: one each while that fits the view at ONE_COLUMN_ZOOM,
 * else the split that fits it closest (the fewest sub-columns of equal fits), which gives the
 * picture about the view's shape.
 */
function blocksFor(left: readonly ColumnNode[], right: readonly ColumnNode[], view: View) {
  const one = { left: blockOf(left, 1), right: blockOf(right, 1) };
  if (zoomToFit(pictureSize(one.left, one.right), view) >= ONE_COLUMN_ZOOM) return one;
  const lefts = Array.from({ length: Math.min(MAX_SUB_COLUMNS, left.length) }, (_, k) =>
    blockOf(left, k + 1),
  );
  const rights = Array.from({ length: Math.min(MAX_SUB_COLUMNS, right.length) }, (_, k) =>
    blockOf(right, k + 1),
  );
  let best = { ...one, zoom: zoomToFit(pictureSize(one.left, one.right), view), count: 2 };
  for (const l of lefts) {
    for (const r of rights) {
      const zoom = zoomToFit(pictureSize(l, r), view);
      const count = l.rows[0]!.length + r.rows[0]!.length;
      if (zoom > best.zoom * (1 + 1e-9) || (zoom >= best.zoom * (1 - 1e-9) && count < best.count))
        best = { left: l, right: r, zoom, count };
    }
  }
  return { left: best.left, right: best.right };
}

/**
 * The order in which one column's nodes (the actor view has no claims) go round a circle: linked
 * nodes side by side, so that ties run along the circle rather than across it.
 */
export function circleOrder(input: TwoColumnsInput): string[] {
  const order = traversalOrder(input, neighbourhoods(input));
  return [...order.left, ...order.right];
}

/**
 * Returns where each node goes: actors on the left, claims on the right, both in the order of
 * twoColumnOrder. The taller side is packed tight; each node (or row) of the other sits as near
 * as it can to the middle of the nodes it is linked with, so a claim stands beside those who
 * spoke on it. The sides stand apart by most of their height, within bounds, so the drawing fills
 * a landscape screen and the edges between them do not run steep.
 *
 * A side too long for one column to be read in `view` (the room the picture is fitted into) is
 * laid out in sub-columns side by side, its order running along each row and then down, so the
 * order still goes from top to bottom and the whole takes about the shape of the view.
 *
 * Both columns must have nodes: without claims (the actor view) the layout is a circle in
 * circleOrder's order (layoutJob.ts).
 */
export function twoColumnPositions(
  input: TwoColumnsInput,
  view: View = DEFAULT_VIEW,
): Map<string, Point> {
  const order = twoColumnOrder(input);
  const byId = new Map([...input.left, ...input.right].map((node) => [node.id, node]));
  const blocks = blocksFor(
    order.left.map((id) => byId.get(id)!),
    order.right.map((id) => byId.get(id)!),
    view,
  );
  const [tall, short] =
    blocks.left.height >= blocks.right.height
      ? [blocks.left, blocks.right]
      : [blocks.right, blocks.left];
  const y = new Map<string, number>();
  const place = (block: Block, centres: readonly number[]) =>
    block.rows.forEach((row, i) => row.forEach((node) => y.set(node.id, centres[i]!)));
  place(tall, packed(tall.rowNodes));

  const { across } = neighbourhoods(input);
  const fallback = packed(short.rowNodes);
  const wanted: number[] = [];
  const weights: number[] = [];
  short.rows.forEach((row, i) => {
    const ys = row.flatMap((node) => (across.get(node.id) ?? []).map((id) => y.get(id)!));
    // A row with no link across barely pulls: it keeps its packed place unless pushed.
    wanted.push(ys.length > 0 ? ys.reduce((s, v) => s + v, 0) / ys.length : fallback[i]!);
    weights.push(ys.length > 0 ? 1 : 1e-3);
  });
  place(short, nearestSpaced(short.rowNodes, wanted, weights));

  const { left, right } = blocks;
  const firstClaims =
    (left.rows[0]!.length - 1) * left.pitch + columnDistance(Math.max(left.height, right.height));
  const positions = new Map<string, Point>();
  for (const [block, x0] of [
    [left, 0],
    [right, firstClaims],
  ] as const) {
    for (const row of block.rows) {
      row.forEach((node, k) =>
        positions.set(node.id, { x: x0 + k * block.pitch, y: y.get(node.id)! }),
      );
    }
  }
  return positions;
}
