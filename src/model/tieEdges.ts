import { countOf } from './countOf';
import { compareStrings, type TieWeights } from './ties';

export type TieMode = 'agreement' | 'conflict' | 'both';

/** One drawn tie of the actor view: an agreement or a conflict between two actors. */
export interface TieEdge {
  readonly a: string;
  readonly b: string;
  readonly type: 'agreement' | 'conflict';
  /** How many claims lie behind the tie. */
  readonly weight: number;
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
  /** How many ties the agreement / conflict / both selector allows, of any weight. */
  readonly total: number;
  /** The minimum weight the person asked for. */
  readonly requestedMinWeight: number;
  /**
   * The minimum weight drawn: the one asked for, or higher when that would draw more than the
   * cap, so that only the strongest ties are drawn.
   */
  readonly minWeight: number;
  /** True when even the strongest weight had more ties than the cap, so only some of them are drawn. */
  readonly truncated: boolean;
}

/**
 * Returns the ties to draw under the agreement / conflict / both selector, from `requestedMinWeight`
 * claims up: a pair that both agrees and conflicts gets two edges in "both", so neither kind of tie
 * hides the other, and each edge's weight is its own kind's. When more than `maxDrawn` ties would
 * be drawn, the minimum weight is raised until they fit; when even the strongest weight has more,
 * the first `maxDrawn` of them by actor id are drawn.
 */
export function drawnTies(
  weights: TieWeights,
  mode: TieMode,
  requestedMinWeight: number,
  maxDrawn: number = MAX_DRAWN_TIES,
): DrawnTies {
  const kinds = (
    [
      ['agreement', weights.agreement],
      ['conflict', weights.conflict],
    ] as const
  ).filter(([type]) => mode === 'both' || mode === type);

  // How many ties have each weight, then how many have at least each weight.
  const ofWeight: number[] = [0];
  let total = 0;
  for (const [, column] of kinds) {
    for (const weight of column) {
      if (weight === 0) continue;
      total++;
      while (ofWeight.length <= weight) ofWeight.push(0);
      ofWeight[weight]!++;
    }
  }
  const maxWeight = ofWeight.length - 1;
  let minWeight = Math.max(1, requestedMinWeight);
  let atLeast = 0;
  for (let w = maxWeight; w >= minWeight; w--) atLeast += ofWeight[w]!;
  while (atLeast > maxDrawn && minWeight < maxWeight) atLeast -= ofWeight[minWeight++]!;

  const edges: TieEdge[] = [];
  const { actorIds, a, b } = weights;
  for (const [type, column] of kinds) {
    column.forEach((weight, i) => {
      if (weight >= minWeight && weight > 0)
        edges.push({ a: actorIds[a[i]!]!, b: actorIds[b[i]!]!, type, weight });
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

/** What the screen says when not every tie asked for is drawn; null when all are. */
export function drawnTiesNote(drawn: DrawnTies): string | null {
  const { edges, total, minWeight, requestedMinWeight, truncated } = drawn;
  const shown = `${edges.length.toLocaleString('en-US')} of ${countOf(total, 'tie', 'ties')}`;
  if (truncated)
    return `Showing ${shown} (some of those on ${countOf(minWeight, 'claim', 'claims')}, the most): more would not stay responsive. Narrow the filters to see the rest.`;
  if (minWeight > requestedMinWeight)
    return `Showing ${shown}: those on ${minWeight} or more claims, the strongest, as more would not stay responsive. Narrow the filters to see weaker ones.`;
  return null;
}
