// The actor network as the Discourse Network Analyzer computes a one-mode network
// (`dna_network(networkType = "onemode")`, Exporter.java's computeOneModeMatrix), with the
// statement's polarity as a two-valued qualifier. docs/ACTOR-NETWORKS.md states the definitions.
//
// For nodes A, B (actors at the chosen level) and claim c, after duplicates are dropped:
//   n(A,c)   statements of A on c, whatever their polarity (neutral included)
//   n⁺(A,c)  positive ones, n⁻(A,c) negative ones
// Co-occurrence = Σ_c n(A,c)·n(B,c)                       (DNA "ignore")
// Agreement     = Σ_c n⁺(A,c)·n⁺(B,c) + n⁻(A,c)·n⁻(B,c)   (DNA "congruence")
// Conflict      = Σ_c n⁺(A,c)·n⁻(B,c) + n⁻(A,c)·n⁺(B,c)   (DNA "conflict")
// Agreement − conflict = Agreement − Conflict               (DNA "subtract")
import { isOneOf } from './choices';
import { countingPeriod, type Duplicates } from './duplicates';
import { polarityOf, type GraphIndex } from './graphIndex';
import { compareStrings } from './ties';

/** The network's kinds of tie; `both` draws agreement and conflict side by side. */
export type TieMode = 'cooccurrence' | 'agreement' | 'conflict' | 'subtract' | 'both';

/** One network of one kind of tie, as DNA computes and exports it. */
export type SingleTieType = Exclude<TieMode, 'both'>;

export const TIE_MODES: readonly TieMode[] = [
  'cooccurrence',
  'agreement',
  'conflict',
  'subtract',
  'both',
];

export const DEFAULT_TIE_MODE: TieMode = 'both';

export const TIE_MODE_LABELS: Readonly<Record<TieMode, string>> = {
  cooccurrence: 'Co-occurrence',
  agreement: 'Agreement',
  conflict: 'Conflict',
  subtract: 'Agreement − conflict',
  both: 'Agreement and conflict',
};

/** Returns whether a string (from a link or storage) names a tie type. */
export const isTieMode = isOneOf(TIE_MODES);

/** The single networks a tie type draws: two for `both`, else itself. */
export function singleTypesOf(mode: TieMode): SingleTieType[] {
  return mode === 'both' ? ['agreement', 'conflict'] : [mode];
}

/** DNA's one-mode normalisations: no, average, jaccard, cosine. */
export type Normalisation = 'none' | 'average' | 'jaccard' | 'cosine';

export const NORMALISATIONS: readonly Normalisation[] = ['none', 'average', 'jaccard', 'cosine'];

export const DEFAULT_NORMALISATION: Normalisation = 'none';

export const NORMALISATION_LABELS: Readonly<Record<Normalisation, string>> = {
  none: 'None',
  average: 'Average activity',
  jaccard: 'Jaccard',
  cosine: 'Cosine',
};

/** Returns whether a string (from a link or storage) names a normalisation. */
export const isNormalisation = isOneOf(NORMALISATIONS);

/** The counted statements of one node on one claim: n, n⁺ and n⁻. */
export interface ClaimCounts {
  all: number;
  positive: number;
  negative: number;
}

/**
 * The counts behind every pair of nodes that spoke on a common claim, in columns: pair i is nodes
 * `nodeIds[a[i]]` and `nodeIds[b[i]]`, a[i] < b[i]. Raw sums; `tieValues` normalises them.
 */
export interface NetworkCounts {
  /** Every node that counts any statement, in string order. */
  readonly nodeIds: readonly string[];
  readonly a: readonly number[];
  readonly b: readonly number[];
  readonly cooccurrence: readonly number[];
  readonly agreement: readonly number[];
  readonly conflict: readonly number[];
  /**
   * Σ over the claims both spoke on of n(A,c) + n(B,c); with the activities below it gives DNA's
   * Jaccard denominator without visiting the claims only one of them spoke on.
   */
  readonly sharedAll: readonly number[];
  /** The same over the polarities both used on a claim: n⁺(A,c) + n⁺(B,c) where both > 0, etc. */
  readonly sharedPolar: readonly number[];
  /** Per node: Σ_c n(A,c), its counted statements of any polarity. */
  readonly activityAll: readonly number[];
  /** Per node: Σ_c n⁺(A,c) + n⁻(A,c), its counted positive and negative statements. */
  readonly activityPolar: readonly number[];
}

/**
 * Returns DNA's statement array: per claim, per node, the counted statements (n, n⁺, n⁻) among
 * `statementIds` (default: all), each statement counting for `nodeOf(its actor)`.
 *
 * Duplicates, as DNA's filter: statements of the same node, claim and polarity count once per
 * source or period (see countingPeriod). n(A,c) ignores polarity in this comparison, as DNA does
 * when the qualifier is ignored; n⁺ and n⁻ compare it.
 */
export function countStatements(
  index: GraphIndex,
  nodeOf: ReadonlyMap<string, string>,
  duplicates: Duplicates,
  statementIds?: ReadonlySet<string>,
): Map<string, Map<string, ClaimCounts>> {
  const byClaim = new Map<string, Map<string, ClaimCounts>>();
  const seenAll = new Set<string>();
  const seenPolar = new Set<string>();
  for (const [claimId, statements] of index.statementsByClaim) {
    const byNode = new Map<string, ClaimCounts>();
    for (const statement of statements) {
      if (statementIds && !statementIds.has(statement.id)) continue;
      const node = nodeOf.get(statement.actor);
      if (node === undefined) continue;
      const period = countingPeriod(index, statement, duplicates);
      const polarity = polarityOf(index, statement);
      // JSON keys: ids are free text, so a joined string could be faked by another id.
      const countsAll = period === null || !seen(seenAll, [node, claimId, period]);
      const countsPolar =
        polarity !== 0 && (period === null || !seen(seenPolar, [node, claimId, period, polarity]));
      if (!countsAll && !countsPolar) continue;
      let counts = byNode.get(node);
      if (!counts) byNode.set(node, (counts = { all: 0, positive: 0, negative: 0 }));
      if (countsAll) counts.all++;
      if (countsPolar && polarity > 0) counts.positive++;
      if (countsPolar && polarity < 0) counts.negative++;
    }
    if (byNode.size > 0) byClaim.set(claimId, byNode);
  }
  return byClaim;
}

/** Adds the key to the set; returns whether it was there already. */
function seen(set: Set<string>, parts: readonly unknown[]): boolean {
  const key = JSON.stringify(parts);
  if (set.has(key)) return true;
  set.add(key);
  return false;
}

/**
 * Returns the raw network counts over the given statements (default: all), each statement
 * counting for the node `nodeOf` gives its actor, after duplicates (see countStatements).
 * Only pairs that spoke on a common claim are listed; every other pair has weight 0 under every
 * tie type and normalisation. Self-ties are left out, as DNA leaves the diagonal at 0.
 *
 * Cost: the sum over claims of (nodes on that claim)², never (all nodes)².
 */
export function networkCounts(
  index: GraphIndex,
  nodeOf: ReadonlyMap<string, string>,
  duplicates: Duplicates,
  statementIds?: ReadonlySet<string>,
): NetworkCounts {
  const counted = countStatements(index, nodeOf, duplicates, statementIds);
  const speaking = new Set<string>();
  for (const byNode of counted.values()) for (const node of byNode.keys()) speaking.add(node);
  const nodeIds = [...speaking].sort(compareStrings);
  const numberOf = new Map(nodeIds.map((id, i) => [id, i]));
  const activityAll = new Array<number>(nodeIds.length).fill(0);
  const activityPolar = new Array<number>(nodeIds.length).fill(0);
  const slotOf = new Map<number, number>();
  const columns = {
    a: [] as number[],
    b: [] as number[],
    cooccurrence: [] as number[],
    agreement: [] as number[],
    conflict: [] as number[],
    sharedAll: [] as number[],
    sharedPolar: [] as number[],
  };

  for (const byNode of counted.values()) {
    const onClaim = [...byNode]
      .map(([id, counts]) => [numberOf.get(id)!, counts] as const)
      .sort((x, y) => x[0] - y[0]);
    for (const [x, counts] of onClaim) {
      activityAll[x]! += counts.all;
      activityPolar[x]! += counts.positive + counts.negative;
    }
    for (let i = 0; i < onClaim.length; i++) {
      const [x, p] = onClaim[i]!;
      for (let j = i + 1; j < onClaim.length; j++) {
        const [y, q] = onClaim[j]!;
        const key = x * nodeIds.length + y;
        let slot = slotOf.get(key);
        if (slot === undefined) {
          slot = columns.a.length;
          slotOf.set(key, slot);
          columns.a.push(x);
          columns.b.push(y);
          columns.cooccurrence.push(0);
          columns.agreement.push(0);
          columns.conflict.push(0);
          columns.sharedAll.push(0);
          columns.sharedPolar.push(0);
        }
        columns.cooccurrence[slot]! += p.all * q.all;
        columns.agreement[slot]! += p.positive * q.positive + p.negative * q.negative;
        columns.conflict[slot]! += p.positive * q.negative + p.negative * q.positive;
        if (p.all > 0 && q.all > 0) columns.sharedAll[slot]! += p.all + q.all;
        if (p.positive > 0 && q.positive > 0) columns.sharedPolar[slot]! += p.positive + q.positive;
        if (p.negative > 0 && q.negative > 0) columns.sharedPolar[slot]! += p.negative + q.negative;
      }
    }
  }
  return { nodeIds, activityAll, activityPolar, ...columns };
}

/**
 * Returns DNA's normalising denominator of pair i for a tie type. Co-occurrence counts every
 * statement (DNA's array with the qualifier ignored); the other types count the statements of the
 * two polarities, the two levels of the qualifier:
 * - average: (activity(A) + activity(B)) / 2
 * - cosine: activity(A) · activity(B) (DNA divides by the product of the activities, not by the
 *   Euclidean norms of the profiles)
 * - jaccard: Σ_{c,k} x_A[x_B = 0] + x_B[x_A = 0] + x_A·x_B over claims c and levels k
 */
function denominator(
  counts: NetworkCounts,
  i: number,
  type: SingleTieType,
  normalisation: Exclude<Normalisation, 'none'>,
): number {
  const polar = type !== 'cooccurrence';
  const activity = polar ? counts.activityPolar : counts.activityAll;
  const x = activity[counts.a[i]!]!;
  const y = activity[counts.b[i]!]!;
  if (normalisation === 'average') return (x + y) / 2;
  if (normalisation === 'cosine') return x * y;
  // Σ x_A[x_B = 0] = activity(A) − Σ over cells both use of x_A; the same for B; and the products
  // of the cells both use are the co-occurrence (one level) or the agreement (two levels).
  const shared = polar ? counts.sharedPolar[i]! : counts.sharedAll[i]!;
  const product = polar ? counts.agreement[i]! : counts.cooccurrence[i]!;
  return x + y - shared + product;
}

/** Returns the raw weight of pair i in a network of one tie type. */
function rawValue(counts: NetworkCounts, i: number, type: SingleTieType): number {
  switch (type) {
    case 'cooccurrence':
      return counts.cooccurrence[i]!;
    case 'agreement':
      return counts.agreement[i]!;
    case 'conflict':
      return counts.conflict[i]!;
    case 'subtract':
      return counts.agreement[i]! - counts.conflict[i]!;
  }
}

/**
 * Returns the weight of pair i of `counts` in the network of one tie type under a normalisation:
 * the raw weight divided by DNA's denominator (see `denominator`), and 0 where that denominator is
 * 0, as DNA does. Agreement − conflict is normalised by the polar denominator, so it equals
 * normalised agreement minus normalised conflict.
 */
export function tieValue(
  counts: NetworkCounts,
  i: number,
  type: SingleTieType,
  normalisation: Normalisation,
): number {
  const raw = rawValue(counts, i, type);
  if (normalisation === 'none' || raw === 0) return raw;
  const norm = denominator(counts, i, type, normalisation);
  return norm === 0 ? 0 : raw / norm;
}

/** Returns the weight of every pair of `counts`, in its order (see `tieValue`). */
export function tieValues(
  counts: NetworkCounts,
  type: SingleTieType,
  normalisation: Normalisation,
): number[] {
  return counts.a.map((_, i) => tieValue(counts, i, type, normalisation));
}

/**
 * Returns the weight of the tie between two nodes in each network a tie type draws (0 where they
 * have none), normalised as asked; empty when the nodes share no claim at all.
 */
export function pairWeights(
  counts: NetworkCounts,
  x: string,
  y: string,
  mode: TieMode,
  normalisation: Normalisation,
): { type: SingleTieType; value: number }[] {
  const a = counts.nodeIds.indexOf(x < y ? x : y);
  const b = counts.nodeIds.indexOf(x < y ? y : x);
  const pair = counts.a.findIndex((first, i) => first === a && counts.b[i] === b);
  if (a < 0 || b < 0 || pair < 0) return [];
  return singleTypesOf(mode).map((type) => ({
    type,
    value: tieValue(counts, pair, type, normalisation),
  }));
}
