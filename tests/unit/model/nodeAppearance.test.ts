import { describe, expect, it } from 'vitest';
import { actorGrouping } from '../../../src/model/actorLevel';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import {
  NODE_SIZE,
  nodeColours,
  nodeSizes,
  ordinal,
  rankOf,
  type NodeMetrics,
} from '../../../src/model/nodeAppearance';
import type { Dataset } from '../../../src/model/schema';
import { KIND_STYLES } from '../../../src/model/styleTable';

function metricsOf(degree: Record<string, number>, community: Record<string, number> = {}) {
  const values = new Map(Object.entries(degree));
  return {
    values: { degree: values, weightedDegree: values, betweenness: values, eigenvector: values },
    community: new Map(Object.entries(community)),
  } satisfies NodeMetrics;
}

describe('rankOf and ordinal', () => {
  it('ranks the largest first and lets equal values share a place', () => {
    const values = new Map([
      ['a', 0.3],
      ['b', 0.9],
      ['c', 0.3],
      ['d', 0.1],
    ]);
    expect(rankOf(values, 'b')).toEqual({ rank: 1, of: 4 });
    expect(rankOf(values, 'a')).toEqual({ rank: 2, of: 4 });
    expect(rankOf(values, 'c')).toEqual({ rank: 2, of: 4 });
    expect(rankOf(values, 'd')).toEqual({ rank: 4, of: 4 });
    expect(rankOf(values, 'nobody')).toBeNull();
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
  });
});

describe('nodeSizes', () => {
  it('spans 18 to 64 with the area growing with the value, plain without a metric', () => {
    const metrics = metricsOf({ a: 0, b: 1, c: 4 });
    const sizes = nodeSizes(['a', 'b', 'c'], 'degree', metrics);
    expect(sizes.get('a')).toBe(18);
    expect(sizes.get('c')).toBe(64);
    // sqrt(1/4) of the way: 18 + 46 / 2.
    expect(sizes.get('b')).toBe(41);
    expect([...nodeSizes(['a', 'b'], 'none', metrics).values()]).toEqual([NODE_SIZE, NODE_SIZE]);
    expect([...nodeSizes(['a'], 'degree', null).values()]).toEqual([NODE_SIZE]);
    expect([...nodeSizes(['a', 'b'], 'degree', metricsOf({ a: 2, b: 2 })).values()]).toEqual([
      NODE_SIZE,
      NODE_SIZE,
    ]);
  });
});

describe('nodeColours', () => {
  const ids = Array.from({ length: 12 }, (_, i) => `p${i}`);
  const dataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    actors: ids.map((id, i) => ({
      id,
      name: id,
      kind: i === 0 ? 'state' : 'person',
      ...(i < 11 ? { party: i < 3 ? 'Big' : `P${i}` } : {}),
    })),
    claims: [],
    statements: [],
  };
  const index = buildGraphIndex(dataset);
  const grouping = actorGrouping(index, 'actors');

  it('by kind uses the kinds’ colours and leaves the legend to the kind list', () => {
    const colours = nodeColours(index, grouping, ids, 'kind', null);
    expect(colours.colourOf.get('p0')).toBe(KIND_STYLES.state.color);
    expect(colours.colourOf.get('p1')).toBe(KIND_STYLES.person.color);
    expect(colours.title).toBeNull();
  });

  it('by an attribute colours the largest values and greys the missing', () => {
    const colours = nodeColours(index, grouping, ids, 'attribute:party', null);
    // "Big" (3 actors) first, then the eight single values by name, numbers by value (P3 … P10):
    // nine colours in all. p11 has no party.
    expect(colours.entries.map((e) => `${e.label}:${e.count}`)).toEqual([
      'Big:3',
      'P3:1',
      'P4:1',
      'P5:1',
      'P6:1',
      'P7:1',
      'P8:1',
      'P9:1',
      'P10:1',
      'No value:1',
    ]);
    expect(new Set(colours.entries.slice(0, 9).map((e) => e.color)).size).toBe(9);
    expect(colours.colourOf.get('p0')).toBe(colours.colourOf.get('p2'));
    expect(colours.colourOf.get('p11')).toBe(colours.entries[9]!.color);
    expect(colours.title).toBe('party');
  });

  it('shares one grey among the values past the ninth', () => {
    const many = buildGraphIndex({
      ...dataset,
      actors: ids.map((id) => ({ id, name: id, kind: 'person' as const, party: id })),
    });
    const colours = nodeColours(many, actorGrouping(many, 'actors'), ids, 'attribute:party', null);
    expect(colours.entries.map((e) => e.label).slice(9)).toEqual(['3 other values']);
    expect(colours.colourOf.get('p9')).toBe(colours.colourOf.get('p11'));
    expect(colours.colourOf.get('p9')).toBe(colours.entries[9]!.color);
  });

  it('by community follows the metrics, and says nothing until they are there', () => {
    const metrics = metricsOf({}, { p0: 1, p1: 1, p2: 2 });
    const colours = nodeColours(index, grouping, ['p0', 'p1', 'p2'], 'community', metrics);
    expect(colours.entries.map((e) => e.label)).toEqual(['Community 1', 'Community 2']);
    expect(colours.colourOf.get('p0')).toBe(colours.colourOf.get('p1'));
    expect(colours.colourOf.get('p0')).not.toBe(colours.colourOf.get('p2'));
    const waiting = nodeColours(index, grouping, ['p0'], 'community', null);
    expect(waiting.entries.map((e) => e.label)).toEqual(['No value']);
  });
});
