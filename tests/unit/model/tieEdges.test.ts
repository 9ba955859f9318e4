import { describe, expect, it } from 'vitest';
import type { TieMode } from '../../../src/model/actorNetwork';
import {
  drawnTies,
  drawnTiesNote,
  formatWeight,
  partnersOfUntied,
  type TieColumns,
} from '../../../src/model/tieEdges';

interface Weights {
  nodeIds: string[];
  rows: [string, string, number, number][];
}

/** Weights from rows of [a, b, agreement, conflict], nodes numbered in the order of `nodeIds`. */
function weightsOf(nodeIds: string[], rows: [string, string, number, number][]): Weights {
  return { nodeIds, rows };
}

/** The columns a tie type draws from agreement and conflict rows (subtract: their difference). */
function columns({ nodeIds, rows }: Weights, mode: TieMode = 'both'): TieColumns {
  const n = (id: string) => nodeIds.indexOf(id);
  const agreement = rows.map((r) => r[2]);
  const conflict = rows.map((r) => r[3]);
  const byType = {
    agreement,
    conflict,
    subtract: rows.map((r) => r[2] - r[3]),
    cooccurrence: rows.map((r) => r[2] + r[3]),
  };
  const types = mode === 'both' ? (['agreement', 'conflict'] as const) : ([mode] as const);
  return {
    nodeIds,
    a: rows.map((r) => n(r[0])),
    b: rows.map((r) => n(r[1])),
    columns: types.map((type) => [type, byType[type]] as const),
  };
}

const WEIGHTS = weightsOf(
  ['a', 'b', 'c', 'd'],
  [
    ['c', 'd', 1, 0],
    ['a', 'b', 3, 1],
    ['a', 'c', 0, 2],
    ['b', 'd', 2, 0],
  ],
);

const summary = (edges: { a: string; b: string; type: string; weight: number }[]) =>
  edges.map((e) => `${e.a}-${e.b} ${e.type} ${e.weight}`);

describe('drawnTies', () => {
  it('draws one edge per kind of tie, sorted by a, b and type, each with its own weight', () => {
    const drawn = drawnTies(columns(WEIGHTS, 'both'), 1);
    expect(summary(drawn.edges)).toEqual([
      'a-b agreement 3',
      'a-b conflict 1',
      'a-c conflict 2',
      'b-d agreement 2',
      'c-d agreement 1',
    ]);
    expect(drawn).toMatchObject({
      total: 5,
      minWeight: 1,
      requestedMinWeight: 1,
      truncated: false,
    });
    expect(drawnTiesNote(drawn)).toBeNull();
  });

  it('follows the agreement / conflict selector', () => {
    expect(summary(drawnTies(columns(WEIGHTS, 'agreement'), 1).edges)).toEqual([
      'a-b agreement 3',
      'b-d agreement 2',
      'c-d agreement 1',
    ]);
    expect(summary(drawnTies(columns(WEIGHTS, 'conflict'), 1).edges)).toEqual([
      'a-b conflict 1',
      'a-c conflict 2',
    ]);
    expect(drawnTies(columns(WEIGHTS, 'conflict'), 1).total).toBe(2);
  });

  it('leaves out ties under the minimum weight asked for, without a note', () => {
    const drawn = drawnTies(columns(WEIGHTS, 'both'), 2);
    expect(summary(drawn.edges)).toEqual(['a-b agreement 3', 'a-c conflict 2', 'b-d agreement 2']);
    expect(drawn.total).toBe(5);
    expect(drawnTiesNote(drawn)).toBeNull();
    expect(drawnTies(columns(WEIGHTS, 'both'), 4).edges).toEqual([]);
  });

  it('raises the minimum weight until the ties fit under the cap', () => {
    const drawn = drawnTies(columns(WEIGHTS, 'both'), 1, 3);
    expect(summary(drawn.edges)).toEqual(['a-b agreement 3', 'a-c conflict 2', 'b-d agreement 2']);
    expect(drawn).toMatchObject({
      total: 5,
      minWeight: 2,
      requestedMinWeight: 1,
      truncated: false,
    });
    expect(drawnTiesNote(drawn)).toBe(
      'Showing 3 of 5 ties: those of weight 2 or more, the strongest, as more would not stay responsive. Narrow the filters to see weaker ones.',
    );
    expect(drawnTies(columns(WEIGHTS, 'both'), 1, 1).edges).toHaveLength(1);
    expect(drawnTies(columns(WEIGHTS, 'both'), 1, 1).minWeight).toBe(3);
  });

  it('cuts the strongest weight to the cap when even it has too many', () => {
    const flat = weightsOf(
      ['a', 'b', 'c', 'd'],
      [
        ['c', 'd', 1, 0],
        ['a', 'b', 1, 0],
        ['a', 'c', 1, 0],
      ],
    );
    const drawn = drawnTies(columns(flat, 'both'), 1, 2);
    expect(summary(drawn.edges)).toEqual(['a-b agreement 1', 'a-c agreement 1']);
    expect(drawn).toMatchObject({ total: 3, minWeight: 1, truncated: true });
    expect(drawnTiesNote(drawn)).toBe(
      'Showing 2 of 3 ties (some of those of weight 1, the most): more would not stay responsive. Narrow the filters to see the rest.',
    );
  });

  it('draws nothing, and says nothing, when there are no ties', () => {
    const none = weightsOf([], []);
    const drawn = drawnTies(columns(none, 'both'), 1, 0);
    expect(drawn.edges).toEqual([]);
    expect(drawn.total).toBe(0);
    expect(drawnTiesNote(drawn)).toBeNull();
  });
});

describe('drawnTies with signed and normalised weights', () => {
  const WEIGHTS_SIGNED = weightsOf(
    ['a', 'b', 'c', 'd'],
    [
      ['a', 'b', 3, 1],
      ['a', 'c', 0, 2],
      ['b', 'd', 1, 1],
    ],
  );

  it('draws Agreement − conflict by its sign, and leaves out pairs where they cancel', () => {
    const drawn = drawnTies(columns(WEIGHTS_SIGNED, 'subtract'), 0);
    expect(summary(drawn.edges)).toEqual(['a-b agreement 2', 'a-c conflict -2']);
    expect(drawn.total).toBe(2);
  });

  it('compares the minimum with the size of a weight, so −2 is as strong as 2', () => {
    expect(summary(drawnTies(columns(WEIGHTS_SIGNED, 'subtract'), 2).edges)).toEqual([
      'a-b agreement 2',
      'a-c conflict -2',
    ]);
    expect(drawnTies(columns(WEIGHTS_SIGNED, 'subtract'), 2.5).edges).toEqual([]);
  });

  it('draws co-occurrence ties as their own type', () => {
    expect(summary(drawnTies(columns(WEIGHTS_SIGNED, 'cooccurrence'), 0).edges)).toEqual([
      'a-b cooccurrence 4',
      'a-c cooccurrence 2',
      'b-d cooccurrence 2',
    ]);
  });

  it('raises a fractional minimum to the weakest weight that fits under the cap', () => {
    const shares: TieColumns = {
      nodeIds: ['a', 'b', 'c', 'd'],
      a: [0, 0, 1, 2],
      b: [1, 2, 3, 3],
      columns: [['agreement', [0.25, 0.5, 0.5, 0.75]]],
    };
    const drawn = drawnTies(shares, 0, 3);
    expect(drawn.minWeight).toBe(0.5);
    expect(summary(drawn.edges)).toEqual([
      'a-c agreement 0.5',
      'b-d agreement 0.5',
      'c-d agreement 0.75',
    ]);
    expect(drawnTiesNote(drawn)).toBe(
      'Showing 3 of 4 ties: those of weight 0.50 or more, the strongest, as more would not stay responsive. Narrow the filters to see weaker ones.',
    );
  });
});

describe('formatWeight', () => {
  it('writes whole numbers plainly, shares with two decimals, and a true minus sign', () => {
    expect(formatWeight(3)).toBe('3');
    expect(formatWeight(0.3333)).toBe('0.33');
    expect(formatWeight(-2)).toBe('\u22122');
    expect(formatWeight(-0.125)).toBe('\u22120.13');
  });
});

describe('partnersOfUntied', () => {
  // e and f have only weak ties; g has none at all.
  const WEAK = weightsOf(
    ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    [
      ['a', 'b', 5, 0],
      ['c', 'd', 4, 1],
      ['a', 'e', 1, 0],
      ['b', 'e', 0, 2],
      ['c', 'e', 1, 0],
      ['d', 'e', 0, 1],
      ['e', 'f', 1, 0],
    ],
  );

  it('ties each node without a drawn tie to its strongest partners, however weak', () => {
    const ties = columns(WEAK, 'both');
    const drawn = drawnTies(ties, 4).edges;
    expect(summary(drawn)).toEqual(['a-b agreement 5', 'c-d agreement 4']);
    // e: b (2) first, then two of its four ties of weight 1; f: e; g: nothing to be tied to.
    const pairs = partnersOfUntied(ties, drawn, 3).map((p) => p.join('-'));
    expect(pairs).toContain('e-f');
    const ofE = pairs.filter((p) => p.includes('e') && p !== 'e-f');
    expect(ofE).toHaveLength(3);
    expect(ofE).toContain('b-e');
    expect(pairs.join(' ')).not.toContain('g');
    // Nodes with a drawn tie pull nobody in on their own account.
    expect(pairs.filter((p) => !p.includes('e') && !p.includes('f'))).toEqual([]);
  });

  it('gives nothing when every node has a drawn tie, and keeps one pair for two untied nodes', () => {
    const ties = columns(WEAK, 'both');
    expect(partnersOfUntied(ties, drawnTies(ties, 1).edges)).toEqual([]);
    const pairs = partnersOfUntied(ties, drawnTies(ties, 5).edges, 1);
    expect(pairs.filter((p) => p.join('-') === 'e-f')).toHaveLength(1);
  });
});
