import { describe, expect, it } from 'vitest';
import { splitHeap, type HeapSnapshotJson } from '../../../bench/lib/heapSnapshot';
import { heapFlat, reloadSummary } from '../../../bench/lib/stats';

const MB = 1024 * 1024;

/** A snapshot in V8's layout: nodes as flat rows of `node_fields`, types by index. */
function snapshot(rows: [type: string, selfSize: number][]): HeapSnapshotJson {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'native'];
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [types, 'string', 'number', 'number', 'number'],
      },
    },
    nodes: rows.flatMap(([type, size], i) => [types.indexOf(type), 0, i * 2 + 1, size, 0]),
  };
}

describe('splitHeap', () => {
  it('puts the nodes of type "code" apart from every other node', () => {
    const split = splitHeap(
      snapshot([
        ['code', 2 * MB],
        ['object', 3 * MB],
        ['code', MB / 2],
        ['string', MB],
        ['native', MB / 4],
      ]),
    );
    expect(split.codeMb).toBe(2.5);
    expect(split.objectsMb).toBe(4.25);
  });

  it('refuses a snapshot without node types', () => {
    const broken = snapshot([['object', 1]]);
    broken.snapshot.meta.node_fields = ['name', 'self_size'];
    expect(() => splitHeap(broken)).toThrow(/no node types/);
  });
});

describe('heapFlat', () => {
  const splits = (codeMb: number[], objectsMb: number[]) =>
    codeMb.map((code, i) => ({ codeMb: code, objectsMb: objectsMb[i]! }));
  const heap = (code: number[], objects: number[]) => code.map((c, i) => c + objects[i]!);

  it('counts the heap without compiled code, first three reloads to last three', () => {
    // 1.5 MB more in all, all of it compiled code: flat.
    const code = [4, 4.2, 4.5, 5, 5.2, 5.5];
    const flatObjects = [42, 42.1, 42, 42, 41.9, 42];
    const codeOnly = reloadSummary(
      'grid',
      [40, ...heap(code, flatObjects)],
      splits(code, flatObjects),
      [],
    );
    expect(codeOnly.steadyObjectGrowth).toBeCloseTo(0);
    expect(heapFlat(codeOnly)).toBe(true);
    // One reload's odd figure is no trend.
    const oneOff = [42, 43.5, 42, 42, 42, 42];
    expect(
      heapFlat(reloadSummary('grid', [40, ...heap(code, oneOff)], splits(code, oneOff), [])),
    ).toBe(true);
    // Objects that grow reload after reload: growth.
    const growing = [42, 42.3, 42.6, 42.9, 43.2, 43.5];
    const leaking = reloadSummary('grid', [40, ...heap(code, growing)], splits(code, growing), []);
    // 0.3 MB a reload, over five reloads.
    expect(leaking.steadyObjectGrowth).toBeCloseTo(1.5);
    expect(heapFlat(leaking)).toBe(false);
  });

  it('counts the whole heap without snapshots', () => {
    expect(heapFlat(reloadSummary('grid', [40, 46, 47.5], [], []))).toBe(false);
    expect(heapFlat(reloadSummary('grid', [40, 46, 46.5], [], []))).toBe(true);
  });
});
