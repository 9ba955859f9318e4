// Properties of the actor network over random datasets, and a check against a dense computation
// that follows DNA's Exporter loop by loop (every pair, claim and qualifier level), which the
// sparse implementation must equal.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  networkCounts,
  NORMALISATIONS,
  tieValues,
  type Normalisation,
  type SingleTieType,
} from '../../../src/model/actorNetwork';
import { countingPeriod, DUPLICATES, type Duplicates } from '../../../src/model/duplicates';
import { matrixCsv } from '../../../src/model/exportMatrix';
import { buildGraphIndex, polarityOf, type GraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';

const ACTORS = ['a', 'b', 'c', 'd', 'e'];
const CLAIMS = ['k1', 'k2', 'k3'];
const STANCES = ['asserts', 'agrees', 'accuses', 'denies', 'doubts', 'evaluates'];
const DATES = [
  undefined,
  '2024',
  '2024-03',
  '2024-03-04',
  '2024-03-06',
  '2024-04-20',
  '2025-03-05',
];
const SOURCES = [undefined, 'p', 'q'];
const TYPES: SingleTieType[] = ['cooccurrence', 'agreement', 'conflict', 'subtract'];

const statementArb = fc.record({
  actor: fc.constantFrom(...ACTORS),
  claim: fc.constantFrom(...CLAIMS),
  stance: fc.constantFrom(...STANCES),
  date: fc.constantFrom(...DATES),
  source: fc.constantFrom(...SOURCES),
});

const datasetArb = fc.array(statementArb, { maxLength: 24 }).map((said): Dataset => ({
  format: 'stancegraph',
  version: 1,
  sources: [{ id: 'p' }, { id: 'q', published: '2024-03-05' }],
  actors: ACTORS.map((id) => ({ id, name: `Actor ${id}`, kind: 'person' })),
  claims: CLAIMS.map((id) => ({ id, text: `Claim ${id}` })),
  statements: said.map((s, i) => ({
    id: `s${i}`,
    actor: s.actor,
    claim: s.claim,
    stance: s.stance,
    ...(s.date === undefined ? {} : { date: s.date }),
    ...(s.source === undefined ? {} : { source: s.source }),
  })),
}));

const settingsArb = fc.record({
  duplicates: fc.constantFrom(...DUPLICATES),
  normalisation: fc.constantFrom(...NORMALISATIONS),
});

const identity = (index: GraphIndex) => new Map(index.dataset.actors.map((a) => [a.id, a.id]));

/** The full symmetric matrix of one tie type, from the implementation: rows and columns ACTORS. */
function implementationMatrix(
  index: GraphIndex,
  type: SingleTieType,
  duplicates: Duplicates,
  normalisation: Normalisation,
): number[][] {
  const counts = networkCounts(index, identity(index), duplicates);
  const values = tieValues(counts, type, normalisation);
  const matrix = ACTORS.map(() => ACTORS.map(() => 0));
  counts.a.forEach((x, i) => {
    const r = ACTORS.indexOf(counts.nodeIds[x]!);
    const c = ACTORS.indexOf(counts.nodeIds[counts.b[i]!]!);
    matrix[r]![c] = values[i]!;
    matrix[c]![r] = values[i]!;
  });
  return matrix;
}

/**
 * DNA's one-mode matrix, computed densely: the statements are filtered as DNA's filterStatements
 * does (a statement is dropped when an earlier kept one has the same actor, claim, qualifier
 * unless it is ignored, and period), put in an array x[actor][claim][level], and every pair of
 * actors is summed over every claim and level, then divided by DNA's normalisation.
 */
function denseMatrix(
  index: GraphIndex,
  type: SingleTieType,
  duplicates: Duplicates,
  normalisation: Normalisation,
): number[][] {
  const ignore = type === 'cooccurrence';
  // Levels: one for "ignore" (every statement), else positive and negative (neutral has none).
  const levels = ignore ? 1 : 2;
  const x = ACTORS.map(() => CLAIMS.map(() => new Array<number>(levels).fill(0)));
  const kept: { actor: string; claim: string; polarity: number; period: string | null }[] = [];
  for (const statement of index.dataset.statements) {
    const polarity = polarityOf(index, statement);
    if (!ignore && polarity === 0) continue;
    const period = countingPeriod(index, statement, duplicates);
    const repeat = kept.some(
      (k) =>
        period !== null &&
        k.period === period &&
        k.actor === statement.actor &&
        k.claim === statement.claim &&
        (ignore || k.polarity === polarity),
    );
    if (repeat) continue;
    kept.push({ actor: statement.actor, claim: statement.claim, polarity, period });
    const level = ignore ? 0 : polarity > 0 ? 0 : 1;
    x[ACTORS.indexOf(statement.actor)]![CLAIMS.indexOf(statement.claim)]![level]! += 1;
  }
  const at = (i: number, j: number, k: number) => x[i]![j]![k]!;
  return ACTORS.map((_, i1) =>
    ACTORS.map((_, i2) => {
      if (i1 === i2) return 0;
      let agree = 0;
      let conflict = 0;
      let ignored = 0;
      let m10 = 0;
      let m01 = 0;
      let m11 = 0;
      let activity1 = 0;
      let activity2 = 0;
      for (let j = 0; j < CLAIMS.length; j++) {
        let sum1 = 0;
        let sum2 = 0;
        for (let k = 0; k < levels; k++) {
          sum1 += at(i1, j, k);
          sum2 += at(i2, j, k);
          for (let k2 = 0; k2 < levels; k2++) {
            if (k === k2) agree += at(i1, j, k) * at(i2, j, k2);
            else conflict += at(i1, j, k) * at(i2, j, k2);
          }
          if (at(i2, j, k) === 0) m10 += at(i1, j, k);
          if (at(i1, j, k) === 0) m01 += at(i2, j, k);
          if (at(i1, j, k) > 0 && at(i2, j, k) > 0) m11 += at(i1, j, k) * at(i2, j, k);
        }
        ignored += sum1 * sum2;
        activity1 += sum1;
        activity2 += sum2;
      }
      const raw =
        type === 'cooccurrence'
          ? ignored
          : type === 'agreement'
            ? agree
            : type === 'conflict'
              ? conflict
              : agree - conflict;
      const norm =
        normalisation === 'none'
          ? 1
          : normalisation === 'average'
            ? (activity1 + activity2) / 2
            : normalisation === 'cosine'
              ? activity1 * activity2
              : m10 + m01 + m11;
      return norm === 0 ? 0 : raw / norm;
    }),
  );
}

/** The numbers of a matrix CSV, by row, without the labels. */
function parseMatrix(csv: string): number[][] {
  return csv
    .split('\n')
    .slice(1)
    .map((line) => line.split(';').slice(1).map(Number));
}

describe('actor network properties', () => {
  it('equals DNA’s dense computation for every tie type, duplicates and normalisation', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, (dataset, { duplicates, normalisation }) => {
        const index = buildGraphIndex(dataset);
        for (const type of TYPES) {
          const got = implementationMatrix(index, type, duplicates, normalisation);
          const want = denseMatrix(index, type, duplicates, normalisation);
          got.forEach((row, r) => row.forEach((v, c) => expect(v).toBeCloseTo(want[r]![c]!, 9)));
        }
      }),
    );
  });

  it('gives a symmetric matrix with an empty diagonal', () => {
    fc.assert(
      fc.property(
        datasetArb,
        settingsArb,
        fc.constantFrom(...TYPES),
        (dataset, { duplicates, normalisation }, type) => {
          const index = buildGraphIndex(dataset);
          const nodes = ACTORS.map((id) => ({ id, label: `Actor ${id}` }));
          const counts = networkCounts(index, identity(index), duplicates);
          const matrix = parseMatrix(matrixCsv(nodes, counts, type, normalisation));
          matrix.forEach((row, r) => {
            expect(row[r]).toBe(0);
            row.forEach((v, c) => expect(v).toBe(matrix[c]![r]));
          });
        },
      ),
    );
  });

  it('makes Agreement − conflict equal Agreement minus Conflict, normalised or not', () => {
    fc.assert(
      fc.property(datasetArb, settingsArb, (dataset, { duplicates, normalisation }) => {
        const counts = networkCounts(
          buildGraphIndex(dataset),
          identity(buildGraphIndex(dataset)),
          duplicates,
        );
        const subtract = tieValues(counts, 'subtract', normalisation);
        const agreement = tieValues(counts, 'agreement', normalisation);
        const conflict = tieValues(counts, 'conflict', normalisation);
        subtract.forEach((v, i) => expect(v).toBeCloseTo(agreement[i]! - conflict[i]!, 12));
      }),
    );
  });

  it('keeps Jaccard and cosine agreement within [0, 1]', () => {
    fc.assert(
      fc.property(datasetArb, fc.constantFrom(...DUPLICATES), (dataset, duplicates) => {
        const index = buildGraphIndex(dataset);
        const counts = networkCounts(index, identity(index), duplicates);
        for (const normalisation of ['jaccard', 'cosine'] as const) {
          for (const v of tieValues(counts, 'agreement', normalisation)) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
});
