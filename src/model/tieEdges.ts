import type { ActorTie } from './ties';

export type TieMode = 'agreement' | 'conflict' | 'both';

/** One drawn tie of the actor view: an agreement or a conflict between two actors. */
export interface TieEdge {
  readonly a: string;
  readonly b: string;
  readonly type: 'agreement' | 'conflict';
  /** The claims behind the tie; its weight is their number. */
  readonly claims: readonly string[];
}

/**
 * Returns the ties to draw under the agreement / conflict / both selector: a pair that both agrees
 * and conflicts gets two edges in "both", so neither kind of tie hides the other.
 */
export function tieEdges(ties: readonly ActorTie[], mode: TieMode): TieEdge[] {
  const edges: TieEdge[] = [];
  for (const tie of ties) {
    if (mode !== 'conflict' && tie.agreement.length > 0)
      edges.push({ a: tie.a, b: tie.b, type: 'agreement', claims: tie.agreement });
    if (mode !== 'agreement' && tie.conflict.length > 0)
      edges.push({ a: tie.a, b: tie.b, type: 'conflict', claims: tie.conflict });
  }
  return edges;
}
