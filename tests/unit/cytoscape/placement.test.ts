import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { gridBelow, NODE_SPACING, spreadOut, unstack } from '../../../src/cytoscape/placement';

function nodesAt(positions: { x: number; y: number }[]) {
  const cy = cytoscape({
    headless: true,
    // Without a layout Cytoscape runs its "null" layout, which puts every node at (0, 0).
    layout: { name: 'preset' },
    elements: positions.map((position, i) => ({ data: { id: `n${i}` }, position })),
  });
  return cy.nodes();
}

const distinct = (nodes: cytoscape.NodeCollection) =>
  new Set(nodes.map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)).size;

describe('unstack', () => {
  it('fans out nodes that share a place, around that place, and leaves lone nodes alone', () => {
    const pile = Array.from({ length: 50 }, () => ({ x: 100, y: -40 }));
    const nodes = nodesAt([...pile, { x: 5000, y: 5000 }]);
    unstack(nodes);
    expect(distinct(nodes)).toBe(51);
    const lone = nodes.last();
    expect(lone.position()).toEqual({ x: 5000, y: 5000 });
    for (const node of nodes.not(lone)) {
      const { x, y } = node.position();
      // A sunflower of 50 seeds spaced NODE_SPACING / 2 has a radius of about 3.5 spacings.
      expect(Math.hypot(x - 100, y + 40)).toBeLessThanOrEqual(NODE_SPACING * 4);
    }
  });

  it('treats nodes a hair apart as one pile', () => {
    const nodes = nodesAt([
      { x: 0, y: 0 },
      { x: 0.001, y: 0 },
      { x: 0, y: -0.001 },
    ]);
    unstack(nodes);
    expect(distinct(nodes)).toBe(3);
  });
});

describe('spreadOut', () => {
  it('scales a tiny layout so that nodes get about NODE_SPACING of room each', () => {
    const nodes = nodesAt(
      Array.from({ length: 100 }, (_, i) => ({ x: (i % 10) * 0.1, y: Math.floor(i / 10) * 0.1 })),
    );
    spreadOut(nodes);
    const extent = (axis: 'x' | 'y') => {
      const values = nodes.map((n) => n.position(axis));
      return Math.max(...values) - Math.min(...values);
    };
    // 100 nodes: a square 10 spacings wide, measured between centres.
    expect(extent('x')).toBeCloseTo(10 * NODE_SPACING, 6);
    expect(extent('y')).toBeCloseTo(10 * NODE_SPACING, 6);
  });
});

describe('gridBelow', () => {
  it('puts nodes in rows under the box, as wide as the box, starting at its left edge', () => {
    const nodes = nodesAt(Array.from({ length: 10 }, () => ({ x: 0, y: 0 })));
    const box = { x1: -200, x2: 200, y1: -100, y2: 100 };
    gridBelow(nodes, box, false);
    expect(distinct(nodes)).toBe(10);
    for (const node of nodes) {
      expect(node.position('y')).toBeGreaterThan(box.y2);
      expect(node.position('x')).toBeGreaterThanOrEqual(box.x1);
      expect(node.position('x')).toBeLessThanOrEqual(box.x2);
    }
    expect(nodes.first().position()).toEqual({ x: -200, y: 100 + 2 * NODE_SPACING });
  });

  it('packs the nodes tighter when compact', () => {
    const roomy = nodesAt(Array.from({ length: 4 }, () => ({ x: 0, y: 0 })));
    const compact = nodesAt(Array.from({ length: 4 }, () => ({ x: 0, y: 0 })));
    gridBelow(roomy, null, false);
    gridBelow(compact, null, true);
    const width = (nodes: cytoscape.NodeCollection) =>
      Math.max(...nodes.map((n) => n.position('x'))) -
      Math.min(...nodes.map((n) => n.position('x')));
    expect(width(compact)).toBeLessThan(width(roomy) / 2);
    expect(width(compact)).toBeGreaterThan(0);
  });

  it('makes a square when there is no box', () => {
    const nodes = nodesAt(Array.from({ length: 16 }, () => ({ x: 3, y: 3 })));
    gridBelow(nodes, null, true);
    const rows = new Set(nodes.map((n) => n.position('y')));
    const columns = new Set(nodes.map((n) => n.position('x')));
    expect([rows.size, columns.size]).toEqual([4, 4]);
  });
});
