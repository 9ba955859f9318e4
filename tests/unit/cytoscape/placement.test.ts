import { describe, expect, it } from 'vitest';
import { gridBelow, NODE_SPACING, spreadOut } from '../../../src/cytoscape/placement';

const points = (count: number, at = { x: 0, y: 0 }) =>
  Array.from({ length: count }, () => ({ ...at }));

const distinct = (list: { x: number; y: number }[]) =>
  new Set(list.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size;

describe('spreadOut', () => {
  it('scales a tiny layout so that nodes get about NODE_SPACING of room each', () => {
    const list = Array.from({ length: 100 }, (_, i) => ({
      x: (i % 10) * 0.1,
      y: Math.floor(i / 10) * 0.1,
    }));
    spreadOut(list);
    const extent = (axis: 'x' | 'y') => {
      const values = list.map((p) => p[axis]);
      return Math.max(...values) - Math.min(...values);
    };
    // 100 nodes: a square 10 spacings wide, measured between centres.
    expect(extent('x')).toBeCloseTo(10 * NODE_SPACING, 6);
    expect(extent('y')).toBeCloseTo(10 * NODE_SPACING, 6);
  });
});

describe('gridBelow', () => {
  it('puts nodes in rows under the box, as wide as the box, starting at its left edge', () => {
    const list = points(10);
    const box = { x1: -200, x2: 200, y1: -100, y2: 100 };
    gridBelow(list, box, false);
    expect(distinct(list)).toBe(10);
    for (const p of list) {
      expect(p.y).toBeGreaterThan(box.y2);
      expect(p.x).toBeGreaterThanOrEqual(box.x1);
      expect(p.x).toBeLessThanOrEqual(box.x2);
    }
    expect(list[0]).toEqual({ x: -200, y: 100 + 2 * NODE_SPACING });
  });

  it('packs the nodes tighter when compact', () => {
    const roomy = points(4);
    const compact = points(4);
    gridBelow(roomy, null, false);
    gridBelow(compact, null, true);
    const width = (list: { x: number }[]) =>
      Math.max(...list.map((p) => p.x)) - Math.min(...list.map((p) => p.x));
    expect(width(compact)).toBeLessThan(width(roomy) / 2);
    expect(width(compact)).toBeGreaterThan(0);
  });

  it('makes a square when there is no box', () => {
    const list = points(16, { x: 3, y: 3 });
    gridBelow(list, null, true);
    const rows = new Set(list.map((p) => p.y));
    const columns = new Set(list.map((p) => p.x));
    expect([rows.size, columns.size]).toEqual([4, 4]);
  });
});
