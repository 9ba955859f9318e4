import { describe, expect, it } from 'vitest';
import { networkCounts } from '../../../src/model/actorNetwork';
import { matrixCsv } from '../../../src/model/exportMatrix';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';

// Ann and Bo assert c1, Cy denies it; Bo and Cy deny c2. Once overall: agreement Ann–Bo 1,
// Bo–Cy 1 (c2); conflict Ann–Cy 1, Bo–Cy 1 (c1). Dee says nothing.
const DATASET: Dataset = {
  format: 'stancegraph',
  version: 1,
  actors: [
    { id: 'ann', name: 'Ann "the Chair"', kind: 'person' },
    { id: 'bo', name: 'Bo', kind: 'person' },
    { id: 'cy', name: '=Cy', kind: 'person' },
    { id: 'dee', name: 'Bo', kind: 'person' },
  ],
  claims: [
    { id: 'c1', text: 'One' },
    { id: 'c2', text: 'Two' },
  ],
  statements: [
    { id: 's1', actor: 'ann', claim: 'c1', stance: 'asserts' },
    { id: 's2', actor: 'bo', claim: 'c1', stance: 'asserts' },
    { id: 's3', actor: 'cy', claim: 'c1', stance: 'denies' },
    { id: 's4', actor: 'bo', claim: 'c2', stance: 'denies' },
    { id: 's5', actor: 'cy', claim: 'c2', stance: 'doubts' },
  ],
};
const index = buildGraphIndex(DATASET);
const counts = networkCounts(index, new Map(DATASET.actors.map((a) => [a.id, a.id])), 'overall');
const nodes = DATASET.actors.map((a) => ({ id: a.id, label: a.name }));

describe('matrixCsv', () => {
  it('writes DNA’s matrix: semicolons, quoted sorted labels, whole numbers, zero diagonal', () => {
    // Labels sort by code unit: "=" < "A" < "B"; the two "Bo" are told apart by their ids; the
    // double quotes in a name become apostrophes; a name a spreadsheet would run is guarded.
    expect(matrixCsv(nodes, counts, 'agreement', 'none')).toBe(
      [
        `"";"'=Cy";"Ann 'the Chair'";"Bo (bo)";"Bo (dee)"`,
        `"'=Cy";0;0;1;0`,
        `"Ann 'the Chair'";0;0;1;0`,
        `"Bo (bo)";1;1;0;0`,
        `"Bo (dee)";0;0;0;0`,
      ].join('\n'),
    );
  });

  it('writes the signed network and six decimals once normalised', () => {
    const subtract = matrixCsv(nodes, counts, 'subtract', 'none').split('\n');
    // Ann–Cy: 0 − 1; Bo–Cy: 1 − 1 = 0.
    expect(subtract[1]).toBe(`"'=Cy";0;-1;0;0`);
    // Jaccard, agreement, Ann–Bo: 1 / (1 + 2 − 2 + 1) = 0.5 (Ann has 1 polar statement, Bo 2).
    const jaccard = matrixCsv(nodes, counts, 'agreement', 'jaccard').split('\n');
    expect(jaccard[2]).toBe(`"Ann 'the Chair'";0.000000;0.000000;0.500000;0.000000`);
  });
});
