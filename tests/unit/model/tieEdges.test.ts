import { describe, expect, it } from 'vitest';
import { drawnTies, drawnTiesNote } from '../../../src/model/tieEdges';
import type { TieWeights } from '../../../src/model/ties';

/** Weights from rows of [a, b, agreement, conflict], actors numbered in the order of `actorIds`. */
function weightsOf(actorIds: string[], rows: [string, string, number, number][]): TieWeights {
  const n = (id: string) => actorIds.indexOf(id);
  return {
    actorIds,
    a: rows.map((r) => n(r[0])),
    b: rows.map((r) => n(r[1])),
    agreement: rows.map((r) => r[2]),
    conflict: rows.map((r) => r[3]),
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
    const drawn = drawnTies(WEIGHTS, 'both', 1);
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
    expect(summary(drawnTies(WEIGHTS, 'agreement', 1).edges)).toEqual([
      'a-b agreement 3',
      'b-d agreement 2',
      'c-d agreement 1',
    ]);
    expect(summary(drawnTies(WEIGHTS, 'conflict', 1).edges)).toEqual([
      'a-b conflict 1',
      'a-c conflict 2',
    ]);
    expect(drawnTies(WEIGHTS, 'conflict', 1).total).toBe(2);
  });

  it('leaves out ties under the minimum weight asked for, without a note', () => {
    const drawn = drawnTies(WEIGHTS, 'both', 2);
    expect(summary(drawn.edges)).toEqual(['a-b agreement 3', 'a-c conflict 2', 'b-d agreement 2']);
    expect(drawn.total).toBe(5);
    expect(drawnTiesNote(drawn)).toBeNull();
    expect(drawnTies(WEIGHTS, 'both', 4).edges).toEqual([]);
  });

  it('raises the minimum weight until the ties fit under the cap', () => {
    const drawn = drawnTies(WEIGHTS, 'both', 1, 3);
    expect(summary(drawn.edges)).toEqual(['a-b agreement 3', 'a-c conflict 2', 'b-d agreement 2']);
    expect(drawn).toMatchObject({
      total: 5,
      minWeight: 2,
      requestedMinWeight: 1,
      truncated: false,
    });
    expect(drawnTiesNote(drawn)).toBe(
      'Showing 3 of 5 ties: those on 2 or more claims, the strongest, as more would not stay responsive. Narrow the filters to see weaker ones.',
    );
    expect(drawnTies(WEIGHTS, 'both', 1, 1).edges).toHaveLength(1);
    expect(drawnTies(WEIGHTS, 'both', 1, 1).minWeight).toBe(3);
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
    const drawn = drawnTies(flat, 'both', 1, 2);
    expect(summary(drawn.edges)).toEqual(['a-b agreement 1', 'a-c agreement 1']);
    expect(drawn).toMatchObject({ total: 3, minWeight: 1, truncated: true });
    expect(drawnTiesNote(drawn)).toBe(
      'Showing 2 of 3 ties (some of those on 1 claim, the most): more would not stay responsive. Narrow the filters to see the rest.',
    );
  });

  it('draws nothing, and says nothing, when there are no ties', () => {
    const none = weightsOf([], []);
    const drawn = drawnTies(none, 'both', 1, 0);
    expect(drawn.edges).toEqual([]);
    expect(drawn.total).toBe(0);
    expect(drawnTiesNote(drawn)).toBeNull();
  });
});
