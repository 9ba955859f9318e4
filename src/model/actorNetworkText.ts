// The one-line explanations shown beside each choice of the actor network, written from the
// same definitions the network is computed by (actorNetwork.ts, docs/ACTOR-NETWORKS.md).
import { levelAttribute, type ActorLevel } from './actorLevel';
import type { Normalisation, TieMode } from './actorNetwork';
import type { Duplicates } from './duplicates';
import { colourAttribute, type ColourBy, type SizeBy } from './nodeAppearance';

/** What a node is at a level. */
export function levelExplanation(level: ActorLevel): string {
  if (level === 'actors') return 'Each node is an actor as coded.';
  if (level === 'organisations')
    return 'Statements count for the actor’s first organisation (memberOf); actors without one stay themselves.';
  const key = levelAttribute(level);
  return `Actors with the same ${key} are one node; actors without a ${key} stay themselves.`;
}

/** Which statements count, under a duplicates setting and tie type. */
export function duplicatesExplanation(duplicates: Duplicates, mode: TieMode): string {
  // Co-occurrence does not compare sides (DNA ignores the qualifier there): a node's statements
  // on one claim are repeats whatever their stances.
  const same =
    mode === 'cooccurrence' ? 'same node and claim, any side' : 'same node, claim and side';
  const once = `Repeats (${same}) count once`;
  switch (duplicates) {
    case 'every':
      return 'Every statement counts, repeats too.';
    case 'source':
      return `${once} per source.`;
    case 'week':
      return `${once} per calendar week (Monday to Sunday).`;
    case 'month':
      return `${once} per calendar month.`;
    case 'year':
      return `${once} per calendar year.`;
    case 'overall':
      return `${once}.`;
  }
}

/** What a raw weight of 3 counts under a tie type and duplicates setting. */
function countMeaning(mode: TieMode, duplicates: Duplicates): string {
  // Once overall, each node has at most one statement per claim and side: a weight counts claims.
  const claims = duplicates === 'overall';
  const what = claims ? 'claims' : 'pairs of their counted statements';
  switch (mode) {
    case 'cooccurrence':
      return claims
        ? 'Weight 3: both spoke on 3 claims.'
        : 'Weight 3: 3 pairs of their counted statements on a claim both spoke on.';
    case 'agreement':
      return `Weight 3: 3 ${what} on the same side of a claim.`;
    case 'conflict':
      return `Weight 3: 3 ${what} on opposite sides of a claim.`;
    case 'subtract':
      return `Weight 3: 3 more ${what} on the same side than on opposite sides (−3: the reverse).`;
    case 'both':
      return `Agreement 3: 3 ${what} on the same side; conflict 3: on opposite sides.`;
  }
}

/** What the normalisation divides by. */
function normalisationMeaning(normalisation: Normalisation): string {
  switch (normalisation) {
    case 'none':
      return '';
    case 'average':
      return 'Then divided by the two nodes’ average activity (their counted statements).';
    case 'jaccard':
      return 'Then divided by all their statements that match or could have (Jaccard; 1: alike).';
    case 'cosine':
      return 'Then divided by the product of the two nodes’ activities (DNA’s cosine).';
  }
}

/** What a tie's weight means now: the tie type's count, then what normalisation does to it. */
export function weightMeaning(
  mode: TieMode,
  duplicates: Duplicates,
  normalisation: Normalisation,
): string {
  return [countMeaning(mode, duplicates), normalisationMeaning(normalisation)]
    .filter(Boolean)
    .join(' ');
}

/** What a normalisation does, for the line beside its choice. */
export function normalisationExplanation(normalisation: Normalisation): string {
  return normalisation === 'none'
    ? 'Weights are the counts themselves.'
    : normalisationMeaning(normalisation).replace(/^Then divided/, 'Each weight is divided');
}

/** What the minimum weight hides. */
export function minWeightExplanation(minWeight: number): string {
  return minWeight > 0
    ? `Ties weaker than ${minWeight} (by size) are not drawn.`
    : 'Every tie is drawn (0: no minimum).';
}

/** What the node sizes show. */
export function sizeExplanation(sizeBy: SizeBy): string {
  switch (sizeBy) {
    case 'none':
      return 'Every node has the same size.';
    case 'degree':
      return 'Larger: tied to more nodes.';
    case 'weightedDegree':
      return 'Larger: more weight in its drawn ties.';
    case 'betweenness':
      return 'Larger: on more shortest paths between others (a broker).';
    case 'eigenvector':
      return 'Larger: tied strongly to nodes that are themselves central.';
  }
}

/** What the node colours show. */
export function colourExplanation(colourBy: ColourBy): string {
  if (colourBy === 'kind') return 'Colour and shape show the kind of actor.';
  if (colourBy === 'community')
    return 'Louvain communities of the drawn ties (agreement only where conflict is drawn too).';
  return `Colour shows the value of ${colourAttribute(colourBy)}.`;
}
