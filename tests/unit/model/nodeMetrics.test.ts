import { describe, expect, it } from 'vitest';
import { computeNodeMetrics } from '../../../src/model/nodeMetrics';
import type { TieEdge } from '../../../src/model/tieEdges';

const tie = (a: string, b: string, type: TieEdge['type'] = 'agreement', weight = 1): TieEdge => ({
  a,
  b,
  type,
  weight,
});

describe('computeNodeMetrics', () => {
  it('measures a star: the centre is on every shortest path, the leaves on none', () => {
    // c is tied to x, y and z; w has no tie. Weighted degree sums the sizes of the weights.
    const metrics = computeNodeMetrics(
      ['c', 'w', 'x', 'y', 'z'],
      [tie('c', 'x', 'agreement', 2), tie('c', 'y'), tie('c', 'z', 'conflict', -3)],
      'subtract',
    );
    const { degree, weightedDegree, betweenness, eigenvector } = metrics.values;
    expect(Object.fromEntries(degree)).toEqual({ c: 3, w: 0, x: 1, y: 1, z: 1 });
    expect(weightedDegree.get('c')).toBe(6);
    // Of the 3 pairs of leaves (and the pairs with w, which have no path), every shortest path
    // runs through c: normalised over the (n−1)(n−2)/2 = 6 pairs of other nodes, 3/6.
    expect(betweenness.get('c')).toBeCloseTo(0.5, 12);
    expect(betweenness.get('x')).toBe(0);
    expect(eigenvector.get('c')).toBeGreaterThan(eigenvector.get('x')!);
  });

  it('finds coalitions on agreement where conflict is drawn too, the same every time', () => {
    // Two triangles of agreement, joined by conflicts between them.
    const ties = [
      tie('a1', 'a2'),
      tie('a2', 'a3'),
      tie('a1', 'a3'),
      tie('b1', 'b2'),
      tie('b2', 'b3'),
      tie('b1', 'b3'),
      tie('a1', 'b1', 'conflict'),
      tie('a2', 'b2', 'conflict'),
      tie('a3', 'b3', 'conflict'),
    ];
    const nodes = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    const { community } = computeNodeMetrics(nodes, ties, 'both');
    expect(new Set(['a1', 'a2', 'a3'].map((id) => community.get(id))).size).toBe(1);
    expect(new Set(['b1', 'b2', 'b3'].map((id) => community.get(id))).size).toBe(1);
    expect(community.get('a1')).not.toBe(community.get('b1'));
    // Numbered from 1, the same on every run.
    expect(new Set(community.values())).toEqual(new Set([1, 2]));
    expect(computeNodeMetrics(nodes, ties, 'both').community).toEqual(community);
  });

  it('counts conflict ties as the network when only conflict is drawn', () => {
    const ties = [tie('a', 'b', 'conflict'), tie('c', 'd', 'conflict')];
    const { community } = computeNodeMetrics(['a', 'b', 'c', 'd'], ties, 'conflict');
    expect(community.get('a')).toBe(community.get('b'));
    expect(community.get('a')).not.toBe(community.get('c'));
  });

  it('gives nodes without a tie a community of their own', () => {
    const { community, values } = computeNodeMetrics(['p', 'q'], [], 'both');
    expect(new Set(community.values()).size).toBe(2);
    expect(values.degree.get('p')).toBe(0);
  });
});
