import { describe, expect, it } from 'vitest';
import { actorGrouping } from '../../../src/model/actorLevel';
import {
  countStatements,
  networkCounts,
  NORMALISATIONS,
  tieValues,
  type Normalisation,
  type SingleTieType,
} from '../../../src/model/actorNetwork';
import { DUPLICATES, type Duplicates } from '../../../src/model/duplicates';
import { buildGraphIndex, type GraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';

/*
 * The fixture: three persons A, B, C; two claims c1, c2; two sources. Weeks are ISO weeks.
 *
 *   s1  A asserts   c1  src2  2024-01-01 (Mon, 2024-W01)
 *   s2  A asserts   c1  src2  2024-01-03 (Wed, 2024-W01)
 *   s3  A asserts   c1  src2  2024-02-10 (Sat, 2024-W06)
 *   s4  A denies    c2  src2  2024-02-10
 *   s5  B asserts   c1  src1  2024-01-08 (Mon, 2024-W02)
 *   s6  B asserts   c2  src1  2024-01-08
 *   s7  B evaluates c2  src2  2025-01-08 (Wed, 2025-W02; neutral)
 *   s8  C denies    c1  src2  2024-02-11 (Sun, 2024-W06)
 *   s9  C denies    c1  src1  2024-02-12 (Mon, 2024-W07)
 *   s10 C denies    c2  src1  2024-01-02
 *
 * Counted statements (n, n⁺, n⁻) per node and claim. n ignores polarity when comparing repeats
 * (DNA ignores the qualifier then), so B's assertion and evaluation of c2 are one repeat of each
 * other once overall, but two in different sources, weeks, months or years.
 *
 *              A c1     A c2     B c1     B c2     C c1     C c2
 *   every     3,3,0    1,0,1    1,1,0    2,1,0    2,0,2    1,0,1
 *   source    1,1,0    1,0,1    1,1,0    2,1,0    2,0,2    1,0,1   (A: all src2; C: src2, src1)
 *   week      2,2,0    1,0,1    1,1,0    2,1,0    2,0,2    1,0,1   (A: W01, W06; C: W06, W07)
 *   month     2,2,0    1,0,1    1,1,0    2,1,0    1,0,1    1,0,1   (C: February twice)
 *   year      1,1,0    1,0,1    1,1,0    2,1,0    1,0,1    1,0,1   (B c2: 2024 and 2025)
 *   overall   1,1,0    1,0,1    1,1,0    1,1,0    1,0,1    1,0,1
 *
 * From these, per pair (X, Y), summing over c1 and c2:
 *   co-occurrence = nX·nY;  agreement = pX·pY + qX·qY;  conflict = pX·qY + qX·pY
 *   activity (all) = Σ n;  activity (polar) = Σ n⁺ + n⁻
 *   Jaccard denominator (DNA) = Σ_{c,k} xX[xY=0] + xY[xX=0] + xX·xY, over one level (n) for
 *   co-occurrence and over the levels + and − for the others. Worked out cell by cell, e.g. every,
 *   A–C, polar: (c1,+) A 3 C 0 → 3; (c1,−) A 0 C 2 → 2; (c2,−) both 1 → 1·1; total 6.
 *
 * every:   cooc AB 3·1+1·2=5   AC 3·2+1·1=7   BC 1·2+2·1=4
 *          agree AB 3·1=3      AC 1·1=1       BC 0
 *          confl AB 1·1=1      AC 3·2=6       BC 1·2+1·1=3
 *          act all A4 B3 C3, polar A4 B2 C3;  Jaccard all AB5 AC7 BC4, polar AB5 AC6 BC5
 * source:  cooc AB 1+2=3  AC 2+1=3  BC 2+2=4;  agree AB1 AC1 BC0;  confl AB1 AC 1·2=2 BC3
 *          act all A2 B3 C3, polar A2 B2 C3;  Jaccard all AB3 AC3 BC4, polar AB3 AC4 BC5
 * week:    cooc AB 2+2=4  AC 4+1=5  BC 4;  agree AB2 AC1 BC0;  confl AB1 AC 2·2=4 BC3
 *          act all A3 B3 C3, polar A3 B2 C3;  Jaccard all AB4 AC5 BC4, polar AB4 AC5 BC5
 * month:   cooc AB4 AC 2+1=3 BC 1+2=3;  agree AB2 AC1 BC0;  confl AB1 AC2 BC2
 *          act all A3 B3 C2, polar A3 B2 C2;  Jaccard all AB4 AC3 BC3, polar AB4 AC4 BC4
 * year:    cooc AB 1+2=3 AC2 BC3;  agree AB1 AC1 BC0;  confl AB1 AC1 BC2
 *          act all A2 B3 C2, polar A2 B2 C2;  Jaccard all AB3 AC2 BC3, polar AB3 AC3 BC4
 * overall: cooc AB2 AC2 BC2;  agree AB1 AC1 BC0;  confl AB1 AC1 BC2
 *          act all A2 B2 C2, polar A2 B2 C2;  Jaccard all AB2 AC2 BC2, polar AB3 AC3 BC4
 */
const FIXTURE: Dataset = {
  format: 'stancegraph',
  version: 1,
  sources: [{ id: 'src1' }, { id: 'src2' }],
  actors: ['A', 'B', 'C'].map((id) => ({ id, name: `Person ${id}`, kind: 'person' as const })),
  claims: [
    { id: 'c1', text: 'Claim one' },
    { id: 'c2', text: 'Claim two' },
  ],
  statements: (
    [
      ['s1', 'A', 'asserts', 'c1', 'src2', '2024-01-01'],
      ['s2', 'A', 'asserts', 'c1', 'src2', '2024-01-03'],
      ['s3', 'A', 'asserts', 'c1', 'src2', '2024-02-10'],
      ['s4', 'A', 'denies', 'c2', 'src2', '2024-02-10'],
      ['s5', 'B', 'asserts', 'c1', 'src1', '2024-01-08'],
      ['s6', 'B', 'asserts', 'c2', 'src1', '2024-01-08'],
      ['s7', 'B', 'evaluates', 'c2', 'src2', '2025-01-08'],
      ['s8', 'C', 'denies', 'c1', 'src2', '2024-02-11'],
      ['s9', 'C', 'denies', 'c1', 'src1', '2024-02-12'],
      ['s10', 'C', 'denies', 'c2', 'src1', '2024-01-02'],
    ] as const
  ).map(([id, actor, stance, claim, source, date]) => ({ id, actor, stance, claim, source, date })),
};

type Pair = 'AB' | 'AC' | 'BC';
type PerPair = Record<Pair, number>;
type PerNode = Record<'A' | 'B' | 'C', number>;

interface HandWorked {
  cooccurrence: PerPair;
  agreement: PerPair;
  conflict: PerPair;
  activityAll: PerNode;
  activityPolar: PerNode;
  jaccardAll: PerPair;
  jaccardPolar: PerPair;
}

const pairs = (ab: number, ac: number, bc: number): PerPair => ({ AB: ab, AC: ac, BC: bc });
const nodes = (a: number, b: number, c: number): PerNode => ({ A: a, B: b, C: c });

// The table of the comment above, one row per duplicates setting.
const HAND_WORKED: Record<Duplicates, HandWorked> = {
  every: {
    cooccurrence: pairs(5, 7, 4),
    agreement: pairs(3, 1, 0),
    conflict: pairs(1, 6, 3),
    activityAll: nodes(4, 3, 3),
    activityPolar: nodes(4, 2, 3),
    jaccardAll: pairs(5, 7, 4),
    jaccardPolar: pairs(5, 6, 5),
  },
  source: {
    cooccurrence: pairs(3, 3, 4),
    agreement: pairs(1, 1, 0),
    conflict: pairs(1, 2, 3),
    activityAll: nodes(2, 3, 3),
    activityPolar: nodes(2, 2, 3),
    jaccardAll: pairs(3, 3, 4),
    jaccardPolar: pairs(3, 4, 5),
  },
  week: {
    cooccurrence: pairs(4, 5, 4),
    agreement: pairs(2, 1, 0),
    conflict: pairs(1, 4, 3),
    activityAll: nodes(3, 3, 3),
    activityPolar: nodes(3, 2, 3),
    jaccardAll: pairs(4, 5, 4),
    jaccardPolar: pairs(4, 5, 5),
  },
  month: {
    cooccurrence: pairs(4, 3, 3),
    agreement: pairs(2, 1, 0),
    conflict: pairs(1, 2, 2),
    activityAll: nodes(3, 3, 2),
    activityPolar: nodes(3, 2, 2),
    jaccardAll: pairs(4, 3, 3),
    jaccardPolar: pairs(4, 4, 4),
  },
  year: {
    cooccurrence: pairs(3, 2, 3),
    agreement: pairs(1, 1, 0),
    conflict: pairs(1, 1, 2),
    activityAll: nodes(2, 3, 2),
    activityPolar: nodes(2, 2, 2),
    jaccardAll: pairs(3, 2, 3),
    jaccardPolar: pairs(3, 3, 4),
  },
  overall: {
    cooccurrence: pairs(2, 2, 2),
    agreement: pairs(1, 1, 0),
    conflict: pairs(1, 1, 2),
    activityAll: nodes(2, 2, 2),
    activityPolar: nodes(2, 2, 2),
    jaccardAll: pairs(2, 2, 2),
    jaccardPolar: pairs(3, 3, 4),
  },
};

/** The expected weight of a pair from the hand-worked counts, by DNA's definitions. */
function expected(
  hand: HandWorked,
  type: SingleTieType,
  normalisation: Normalisation,
  pair: Pair,
): number {
  const raw = type === 'subtract' ? hand.agreement[pair] - hand.conflict[pair] : hand[type][pair];
  if (normalisation === 'none') return raw;
  const polar = type !== 'cooccurrence';
  const activity = polar ? hand.activityPolar : hand.activityAll;
  const x = activity[pair[0] as 'A' | 'B' | 'C'];
  const y = activity[pair[1] as 'A' | 'B' | 'C'];
  const denominator =
    normalisation === 'average'
      ? (x + y) / 2
      : normalisation === 'cosine'
        ? x * y
        : (polar ? hand.jaccardPolar : hand.jaccardAll)[pair];
  return denominator === 0 ? 0 : raw / denominator;
}

const identity = (index: GraphIndex) => new Map(index.dataset.actors.map((a) => [a.id, a.id]));

/** The computed weight of every pair, keyed "AB", "AC", "BC". */
function computed(
  index: GraphIndex,
  duplicates: Duplicates,
  type: SingleTieType,
  normalisation: Normalisation,
): PerPair {
  const counts = networkCounts(index, identity(index), duplicates);
  const values = tieValues(counts, type, normalisation);
  const result = pairs(0, 0, 0);
  counts.a.forEach((x, i) => {
    const key = `${counts.nodeIds[x]}${counts.nodeIds[counts.b[i]!]}` as Pair;
    result[key] = values[i]!;
  });
  return result;
}

describe('the actor network on the hand-worked fixture', () => {
  const index = buildGraphIndex(FIXTURE);
  const TYPES: SingleTieType[] = ['cooccurrence', 'agreement', 'conflict', 'subtract'];

  for (const duplicates of DUPLICATES) {
    describe(`duplicates: ${duplicates}`, () => {
      const hand = HAND_WORKED[duplicates];
      for (const type of TYPES) {
        for (const normalisation of NORMALISATIONS) {
          it(`${type}, normalisation ${normalisation}`, () => {
            const weights = computed(index, duplicates, type, normalisation);
            for (const pair of ['AB', 'AC', 'BC'] as const) {
              expect(weights[pair], pair).toBeCloseTo(
                expected(hand, type, normalisation, pair),
                12,
              );
            }
          });
        }
      }

      it('counts the activity of each node as worked out', () => {
        const counts = networkCounts(index, identity(index), duplicates);
        expect(counts.nodeIds).toEqual(['A', 'B', 'C']);
        expect(counts.activityAll).toEqual([
          hand.activityAll.A,
          hand.activityAll.B,
          hand.activityAll.C,
        ]);
        expect(counts.activityPolar).toEqual([
          hand.activityPolar.A,
          hand.activityPolar.B,
          hand.activityPolar.C,
        ]);
      });
    });
  }

  it('spells out a few of the normalised values, to read next to the table', () => {
    // every, agreement, A–B: 3 / ((4 + 2) / 2) = 1; Jaccard 3 / 5; cosine 3 / (4 · 2).
    expect(computed(index, 'every', 'agreement', 'average').AB).toBeCloseTo(1, 12);
    expect(computed(index, 'every', 'agreement', 'jaccard').AB).toBeCloseTo(0.6, 12);
    expect(computed(index, 'every', 'agreement', 'cosine').AB).toBeCloseTo(0.375, 12);
    // every, conflict, A–C: 6 / 6 under Jaccard; co-occurrence A–C: 7 / (4 · 3) under cosine.
    expect(computed(index, 'every', 'conflict', 'jaccard').AC).toBeCloseTo(1, 12);
    expect(computed(index, 'every', 'cooccurrence', 'cosine').AC).toBeCloseTo(7 / 12, 12);
    // overall, subtract, B–C: 0 − 2 = −2; averaged over activities 2 and 2: −1.
    expect(computed(index, 'overall', 'subtract', 'none').BC).toBe(-2);
    expect(computed(index, 'overall', 'subtract', 'average').BC).toBeCloseTo(-1, 12);
  });
});

describe('countStatements', () => {
  it('dates a statement by its source when it has no date of its own', () => {
    const dataset: Dataset = {
      format: 'stancegraph',
      version: 1,
      sources: [
        { id: 'jan', published: '2024-01-20' },
        { id: 'feb', published: '2024-02-03' },
      ],
      actors: [{ id: 'a', name: 'A', kind: 'person' }],
      claims: [{ id: 'c', text: 'C' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c', stance: 'asserts', source: 'jan' },
        { id: 's2', actor: 'a', claim: 'c', stance: 'asserts', source: 'feb' },
        { id: 's3', actor: 'a', claim: 'c', stance: 'asserts', source: 'feb', date: '2024-01-05' },
      ],
    };
    const index = buildGraphIndex(dataset);
    const count = (duplicates: Duplicates) =>
      countStatements(index, identity(index), duplicates).get('c')?.get('a');
    // January (s1 by its source, s3 by its own date) and February (s2): two months.
    expect(count('month')).toEqual({ all: 2, positive: 2, negative: 0 });
    expect(count('year')).toEqual({ all: 1, positive: 1, negative: 0 });
  });

  it('never drops a statement whose period is unknown', () => {
    const dataset: Dataset = {
      format: 'stancegraph',
      version: 1,
      actors: [{ id: 'a', name: 'A', kind: 'person' }],
      claims: [{ id: 'c', text: 'C' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c', stance: 'denies', date: '2024-10' },
        { id: 's2', actor: 'a', claim: 'c', stance: 'denies', date: '2024-10' },
        { id: 's3', actor: 'a', claim: 'c', stance: 'denies' },
      ],
    };
    const index = buildGraphIndex(dataset);
    const count = (duplicates: Duplicates) =>
      countStatements(index, identity(index), duplicates).get('c')?.get('a')?.negative;
    // No week is known for "2024-10", no date at all for s3, and no source for any of them.
    expect(count('week')).toBe(3);
    expect(count('source')).toBe(3);
    // The month of s1 and s2 is known: they are one; s3 still counts.
    expect(count('month')).toBe(2);
    expect(count('overall')).toBe(1);
  });

  it('counts only the statements asked for', () => {
    const index = buildGraphIndex(FIXTURE);
    const counted = countStatements(index, identity(index), 'every', new Set(['s1', 's5']));
    expect(counted.get('c1')?.get('A')).toEqual({ all: 1, positive: 1, negative: 0 });
    expect(counted.get('c2')).toBeUndefined();
  });
});

describe('the actor network at the organisations level', () => {
  /*
   * P and Q are members of org O; R is not a member of anything. P asserts c, Q asserts c twice
   * (s2, s3 in one source), R denies c. At the organisations level P's and Q's statements count
   * for O, so "Once overall" counts O's assertion of c once: O–R conflict 1·1 = 1; with every
   * statement, O has n⁺ = 3: O–R conflict 3·1 = 3, and P and Q are no nodes of their own.
   */
  const dataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    sources: [{ id: 'x' }],
    actors: [
      { id: 'O', name: 'Org', kind: 'organization' },
      { id: 'P', name: 'P', kind: 'person', memberOf: ['O'] },
      { id: 'Q', name: 'Q', kind: 'person', memberOf: ['O', 'R'] },
      { id: 'R', name: 'R', kind: 'person' },
    ],
    claims: [{ id: 'c', text: 'C' }],
    statements: [
      { id: 's1', actor: 'P', claim: 'c', stance: 'asserts' },
      { id: 's2', actor: 'Q', claim: 'c', stance: 'asserts', source: 'x' },
      { id: 's3', actor: 'Q', claim: 'c', stance: 'asserts', source: 'x' },
      { id: 's4', actor: 'R', claim: 'c', stance: 'denies' },
    ],
  };
  const index = buildGraphIndex(dataset);
  const grouping = actorGrouping(index, 'organisations');

  it('merges the members into their first organisation', () => {
    for (const [duplicates, conflict] of [
      ['overall', 1],
      ['every', 3],
      // s2 and s3 share a source; s1 has none, so nothing shows it repeats them.
      ['source', 2],
    ] as const) {
      const counts = networkCounts(index, grouping.nodeOf, duplicates);
      expect(counts.nodeIds).toEqual(['O', 'R']);
      expect(tieValues(counts, 'conflict', 'none')).toEqual([conflict]);
      expect(tieValues(counts, 'agreement', 'none')).toEqual([0]);
    }
  });
});
