import {
  singleTypesOf,
  tieValues,
  type NetworkCounts,
  type Normalisation,
  type SingleTieType,
  type TieMode,
} from './actorNetwork';
import { countOf } from './countOf';
import { compareStrings } from './ties';

export type { TieMode } from './actorNetwork';

/** How a tie is drawn: agreement and conflict in their colours, co-occurrence in neither. */
export type TieEdgeType = 'agreement' | 'conflict' | 'cooccurrence';

/** One drawn tie of the actor view between two nodes. */
export interface TieEdge {
  readonly a: string;
  readonly b: string;
  readonly type: TieEdgeType;
  /**
   * The tie's value in its network: a count, or a share once normalised; negative for an
   * "Agreement − conflict" tie with more conflict than agreement (drawn as a conflict).
   */
  readonly weight: number;
}

/** The values of every pair in the networks a tie type draws (see actorNetwork.ts). */
export interface TieColumns {
  readonly nodeIds: readonly string[];
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly columns: readonly (readonly [SingleTieType, readonly number[]])[];
}

/** Returns the weights of every pair in the networks a tie type draws, normalised as asked. */
export function tieColumns(
  counts: NetworkCounts,
  mode: TieMode,
  normalisation: Normalisation,
): TieColumns {
  return {
    nodeIds: counts.nodeIds,
    a: counts.a,
    b: counts.b,
    columns: singleTypesOf(mode).map((type) => [type, tieValues(counts, type, normalisation)]),
  };
}

/**
 * The most ties the actor view draws. Ties grow with the square of the actors on a claim: 10,000
 * statements of coded news make about 130,000, and Cytoscape then takes minutes to lay them out and
 * draw them, while a few thousand stay interactive (and a hairball of more says nothing anyway).
 */
export const MAX_DRAWN_TIES = 4000;

/** The ties the actor view draws, and how they were chosen. */
export interface DrawnTies {
  /** Sorted by `a`, then `b`, then type. */
  readonly edges: TieEdge[];
  /** How many ties the tie type makes, of any weight. */
  readonly total: number;
  /** The minimum weight the person asked for (0: every tie). */
  readonly requestedMinWeight: number;
  /**
   * The minimum weight drawn: the one asked for, or higher when that would draw more than the
   * cap, so that only the strongest ties are drawn. Compared with the size of a weight, so a
   * strong "Agreement − conflict" tie of −3 is as strong as one of 3.
   */
  readonly minWeight: number;
  /** True when even the strongest weight had more ties than the cap, so only some of them are drawn. */
  readonly truncated: boolean;
}

function edgeType(type: SingleTieType, weight: number): TieEdgeType {
  if (type === 'subtract') return weight < 0 ? 'conflict' : 'agreement';
  return type;
}

/**
 * Returns the ties to draw, from `requestedMinWeight` up (by size): one edge per pair and network
 * with a non-zero value; under "Agreement and conflict" a pair that both agrees and conflicts gets
 * two edges, so neither kind of tie hides the other. An "Agreement − conflict" tie is drawn as
 * an agreement or a conflict by its sign. When more than `maxDrawn` ties would be drawn, the
 * minimum weight is raised to the smallest weight at which they fit; when even the strongest
 * weight has more, the first `maxDrawn` of them by node id are drawn.
 */
export function drawnTies(
  ties: TieColumns,
  requestedMinWeight: number,
  maxDrawn: number = MAX_DRAWN_TIES,
): DrawnTies {
  // The sizes of all non-zero weights, ascending: a typed array sorts numbers natively, which
  // matters at a million pairs.
  let total = 0;
  for (const [, values] of ties.columns) for (const value of values) if (value !== 0) total++;
  const sizes = new Float64Array(total);
  let k = 0;
  for (const [, values] of ties.columns) {
    for (const value of values) if (value !== 0) sizes[k++] = Math.abs(value);
  }
  sizes.sort();
  let minWeight = requestedMinWeight;
  if (countAtLeast(sizes, minWeight) > maxDrawn) {
    // Then the (maxDrawn + 1)-th strongest size exists: its ties cannot all be drawn. The minimum
    // becomes the smallest size above it, or that size itself when none is (and some are cut).
    const pivot = sizes[total - 1 - maxDrawn]!;
    const above = firstPassing(sizes, (size) => size > pivot);
    minWeight = above < total ? sizes[above]! : pivot;
  }

  const edges: TieEdge[] = [];
  const { nodeIds, a, b } = ties;
  for (const [type, values] of ties.columns) {
    values.forEach((weight, i) => {
      if (weight !== 0 && Math.abs(weight) >= minWeight)
        edges.push({
          a: nodeIds[a[i]!]!,
          b: nodeIds[b[i]!]!,
          type: edgeType(type, weight),
          weight,
        });
    });
  }
  edges.sort(
    (t, u) =>
      compareStrings(t.a, u.a) || compareStrings(t.b, u.b) || compareStrings(t.type, u.type),
  );
  const truncated = edges.length > maxDrawn;
  if (truncated) edges.length = maxDrawn;
  return { edges, total, requestedMinWeight, minWeight, truncated };
}

/** The index of the first size (sorted ascending) that passes `test` (false, then true). */
function firstPassing(sizes: Float64Array, test: (size: number) => boolean): number {
  let lo = 0;
  let hi = sizes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(sizes[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How many of the sizes (sorted ascending) are at least `weight`. */
function countAtLeast(sizes: Float64Array, weight: number): number {
  return sizes.length - firstPassing(sizes, (size) => size >= weight);
}

/** A tie's weight as the graph and the details write it: whole numbers plainly, else 2 decimals. */
export function formatWeight(weight: number): string {
  const text = Number.isInteger(weight) ? String(Math.abs(weight)) : Math.abs(weight).toFixed(2);
  return weight < 0 ? `\u2212${text}` : text;
}

/** What the screen says when not every tie asked for is drawn; null when all are. */
export function drawnTiesNote(drawn: DrawnTies): string | null {
  const { edges, total, minWeight, requestedMinWeight, truncated } = drawn;
  const shown = `${edges.length.toLocaleString('en-US')} of ${countOf(total, 'tie', 'ties')}`;
  if (truncated)
    return `Showing ${shown} (some of those of weight ${formatWeight(minWeight)}, the most): more would not stay responsive. Narrow the filters to see the rest.`;
  if (minWeight > requestedMinWeight)
    return `Showing ${shown}: those of weight ${formatWeight(minWeight)} or more, the strongest, as more would not stay responsive. Narrow the filters to see weaker ones.`;
  return null;
}

/** How many of its strongest partners pull a node without a drawn tie into place. */
const LAYOUT_PARTNERS = 3;

/**
 * Pairs of node ids that a layout pulls together besides the drawn ties: each node without a
 * drawn tie with its strongest partners (up to `perNode`) among all its ties, however weak. A
 * node that is untied only because its ties are too weak to draw is then placed among those it
 * is tied to, so that when it is shown later (a date window draws weaker ties, or "Show them") its
 * ties are short, not stretched across the screen from rows of untied nodes below the graph.
 */
export function partnersOfUntied(
  ties: TieColumns,
  drawn: readonly TieEdge[],
  perNode: number = LAYOUT_PARTNERS,
): [string, string][] {
  const tied = new Set<string>();
  for (const tie of drawn) tied.add(tie.a).add(tie.b);
  const { nodeIds, a, b, columns } = ties;
  // Per untied node, its strongest partners so far, strongest first.
  const best = new Map<number, { partner: number; size: number }[]>();
  const consider = (node: number, partner: number, size: number) => {
    if (tied.has(nodeIds[node]!)) return;
    const list = best.get(node) ?? [];
    if (list.length === perNode && list[perNode - 1]!.size >= size) return;
    const at = list.findIndex((entry) => entry.size < size);
    list.splice(at < 0 ? list.length : at, 0, { partner, size });
    if (list.length > perNode) list.length = perNode;
    best.set(node, list);
  };
  for (let i = 0; i < a.length; i++) {
    let size = 0;
    for (const [, values] of columns) size = Math.max(size, Math.abs(values[i]!));
    if (size === 0 || a[i] === b[i]) continue;
    consider(a[i]!, b[i]!, size);
    consider(b[i]!, a[i]!, size);
  }
  const pairs = new Map<string, [string, string]>();
  for (const [node, partners] of best) {
    for (const { partner } of partners) {
      const [x, y] = [nodeIds[node]!, nodeIds[partner]!].sort(compareStrings) as [string, string];
      pairs.set(`${x}\u0000${y}`, [x, y]);
    }
  }
  return [...pairs.values()];
}
