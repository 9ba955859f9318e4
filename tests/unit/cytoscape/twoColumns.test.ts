import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsViewElements, nodeId } from '../../../src/cytoscape/elements';
import { columnsOf, layoutOptions } from '../../../src/cytoscape/layouts';
import {
  circleOrder,
  countCrossings,
  LABEL_WIDTH,
  MIN_COLUMN_DISTANCE,
  ROW_GAP,
  twoColumnOrder,
  twoColumnPositions,
  type Link,
  type TwoColumnsInput,
} from '../../../src/cytoscape/twoColumns';
import { seed, seedIndex } from '../testData';

/** Every pair of links compared: the plain definition of a crossing, to check the fast count. */
function bruteForceCrossings(left: string[], right: string[], links: readonly Link[]): number {
  const l = new Map(left.map((id, i) => [id, i]));
  const r = new Map(right.map((id, i) => [id, i]));
  const pairs = links.map((link) => [l.get(link.source)!, r.get(link.target)!] as const);
  let crossings = 0;
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const [p, q] = [pairs[i]!, pairs[j]!];
      if ((p[0] - q[0]) * (p[1] - q[1]) < 0) crossings++;
    }
  }
  return crossings;
}

/** A random two-column graph: up to 12 actors, 8 claims, 30 links (repeats allowed). */
const columnGraph = fc
  .record({ actors: fc.integer({ min: 1, max: 12 }), claims: fc.integer({ min: 1, max: 8 }) })
  .chain(({ actors, claims }) =>
    fc.record({
      left: fc.constant(Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, height: 48 }))),
      right: fc.array(fc.integer({ min: 30, max: 130 }), {
        minLength: claims,
        maxLength: claims,
      }),
      links: fc.array(
        fc.record({
          source: fc.integer({ min: 0, max: actors - 1 }).map((i) => `a${i}`),
          target: fc.integer({ min: 0, max: claims - 1 }).map((i) => `c${i}`),
        }),
        { maxLength: 30 },
      ),
    }),
  )
  .map(({ left, right, links }): TwoColumnsInput => ({
    left,
    right: right.map((height, i) => ({ id: `c${i}`, height })),
    links,
  }));

const ids = (input: TwoColumnsInput) => ({
  left: input.left.map((n) => n.id),
  right: input.right.map((n) => n.id),
});

/**
 * A ladder: actor i speaks on claims i and i + 1. Drawn in order it has no crossing; given in a
 * shuffled order it has many, so the ordering has something to find.
 */
function shuffledLadder(size: number): TwoColumnsInput {
  const shuffle = (n: number) =>
    Array.from({ length: n }, (_, i) => i).sort((a, b) => ((a * 7 + 3) % n) - ((b * 7 + 3) % n));
  const links = Array.from({ length: size }, (_, i) => [
    { source: `a${i}`, target: `c${i}` },
    { source: `a${i}`, target: `c${i + 1}` },
  ]).flat();
  return {
    left: shuffle(size).map((i) => ({ id: `a${i}`, height: 48 })),
    right: shuffle(size + 1).map((i) => ({ id: `c${i}`, height: 60 })),
    links,
  };
}

describe('countCrossings', () => {
  it('counts two links that swap ends as one crossing, and links sharing an end as none', () => {
    const links = [
      { source: 'a', target: 'y' },
      { source: 'b', target: 'x' },
    ];
    expect(countCrossings(['a', 'b'], ['x', 'y'], links)).toBe(1);
    expect(countCrossings(['a', 'b'], ['y', 'x'], links)).toBe(0);
    const fan = [
      { source: 'a', target: 'x' },
      { source: 'a', target: 'y' },
      { source: 'b', target: 'y' },
    ];
    expect(countCrossings(['a', 'b'], ['x', 'y'], fan)).toBe(0);
  });

  it('agrees with comparing every pair of links', () => {
    fc.assert(
      fc.property(columnGraph, (input) => {
        const { left, right } = ids(input);
        expect(countCrossings(left, right, input.links)).toBe(
          bruteForceCrossings(left, right, input.links),
        );
      }),
    );
  });
});

describe('twoColumnOrder', () => {
  it('untangles a shuffled ladder completely', () => {
    const ladder = shuffledLadder(10);
    const before = countCrossings(ids(ladder).left, ids(ladder).right, ladder.links);
    expect(before).toBeGreaterThan(20);
    const order = twoColumnOrder(ladder);
    expect(countCrossings(order.left, order.right, ladder.links)).toBe(0);
  });

  it("crosses fewer statements of the sample than the dataset's own order", () => {
    const input = columnsOf(headlessSample());
    const before = countCrossings(ids(input).left, ids(input).right, input.links);
    const order = twoColumnOrder(input);
    const after = countCrossings(order.left, order.right, input.links);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeLessThan(before / 2);
  });

  it('never does worse than the order given, and keeps every node exactly once', () => {
    fc.assert(
      fc.property(columnGraph, (input) => {
        const order = twoColumnOrder(input);
        expect([...order.left].sort()).toEqual([...ids(input).left].sort());
        expect([...order.right].sort()).toEqual([...ids(input).right].sort());
        expect(countCrossings(order.left, order.right, input.links)).toBeLessThanOrEqual(
          countCrossings(ids(input).left, ids(input).right, input.links),
        );
      }),
    );
  });
});

describe('twoColumnPositions', () => {
  it('puts actors in one column and claims in another, with nothing overlapping', () => {
    fc.assert(
      fc.property(columnGraph, (input) => {
        const positions = twoColumnPositions(input);
        expect(positions.size).toBe(input.left.length + input.right.length);
        const xs = (nodes: TwoColumnsInput['left']) =>
          new Set(nodes.map((n) => positions.get(n.id)!.x));
        expect(xs(input.left)).toEqual(new Set([0]));
        const [claimX] = [...xs(input.right)];
        expect(xs(input.right).size).toBe(1);
        expect(claimX).toBeGreaterThanOrEqual(MIN_COLUMN_DISTANCE);
        for (const column of [input.left, input.right]) {
          const placed = column
            .map((n) => ({ ...n, y: positions.get(n.id)!.y }))
            .sort((a, b) => a.y - b.y);
          for (let i = 1; i < placed.length; i++) {
            const [above, below] = [placed[i - 1]!, placed[i]!];
            expect(below.y - above.y).toBeGreaterThanOrEqual(
              (above.height + below.height) / 2 + ROW_GAP - 1e-6,
            );
          }
        }
      }),
    );
  });

  it('stands a claim beside the one actor who spoke on it', () => {
    const input: TwoColumnsInput = {
      left: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, height: 48 })),
      right: [{ id: 'x', height: 40 }],
      links: [{ source: 'd', target: 'x' }],
    };
    const positions = twoColumnPositions(input);
    expect(positions.get('x')!.y).toBeCloseTo(positions.get('d')!.y);
  });

  it('puts an actor without statements next to the actor it is linked with', () => {
    const positions = twoColumnPositions(columnsOf(headlessSample()));
    const actorsTopDown = seed.actors
      .map((a) => ({ id: a.id, y: positions.get(nodeId(a.id))!.y }))
      .sort((a, b) => a.y - b.y)
      .map((a) => a.id);
    const speakers = new Set(seed.statements.map((s) => s.actor));
    const silent = seed.actors.filter((a) => !speakers.has(a.id));
    expect(silent.length).toBeGreaterThan(0);
    for (const actor of silent) {
      const members = seed.actors.filter((a) => a.memberOf?.includes(actor.id)).map((a) => a.id);
      if (members.length === 0) continue;
      const at = actorsTopDown.indexOf(actor.id);
      const beside = [actorsTopDown[at - 1], actorsTopDown[at + 1]];
      expect(beside.some((id) => id !== undefined && members.includes(id))).toBe(true);
    }
  });

  it('orders the actors of a view without claims for a circle, linked ones side by side', () => {
    const actors = ['a', 'b', 'c', 'd'].map((id) => ({ id, height: 48 }));
    const order = circleOrder({
      left: actors,
      right: [],
      links: [
        { source: 'a', target: 'c' },
        { source: 'c', target: 'b' },
      ],
    });
    expect([...order].sort()).toEqual(['a', 'b', 'c', 'd']);
    // a – c – b is a chain: c stands between a and b.
    expect(Math.abs(order.indexOf('a') - order.indexOf('c'))).toBe(1);
    expect(Math.abs(order.indexOf('b') - order.indexOf('c'))).toBe(1);
  });
});

/** The sample's claims view in headless Cytoscape, in the dataset's order. */
function headlessSample(): cytoscape.Core {
  const cy = cytoscape({ headless: true });
  cy.add(claimsViewElements(seedIndex));
  return cy;
}

describe('the Two columns layout in Cytoscape', () => {
  it('lays the sample out in two columns, actors left and claims right', () => {
    const cy = headlessSample();
    cy.layout(layoutOptions('twoColumns')).run();
    const xsOf = (type: string) =>
      new Set(cy.nodes(`[type = "${type}"]`).map((n) => Math.round(n.position('x'))));
    expect(xsOf('actor')).toEqual(new Set([0]));
    const [claimX] = [...xsOf('claim')];
    expect(xsOf('claim').size).toBe(1);
    expect(claimX).toBeGreaterThanOrEqual(MIN_COLUMN_DISTANCE);
    cy.destroy();
  });
});

describe('Two columns of many nodes', () => {
  /** 250 actors and 400 claims, each actor speaking on a few claims near its place. */
  function debate(): TwoColumnsInput {
    const left = Array.from({ length: 250 }, (_, i) => ({ id: `a${i}`, height: 48, width: 150 }));
    const right = Array.from({ length: 400 }, (_, i) => ({
      id: `c${i}`,
      height: 40 + ((i * 37) % 5) * 16,
      width: 160,
    }));
    const links = left.flatMap((_, i) =>
      [0, 1, 2, 3].map((k) => ({ source: `a${i}`, target: `c${(i * 7 + k * 131) % 400}` })),
    );
    return { left, right, links };
  }
  /** The graph area at 1280 × 800 less the fit's padding. */
  const view = { width: 660, height: 528 };

  function boxOf(input: TwoColumnsInput, positions: Map<string, { x: number; y: number }>) {
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const node of [...input.left, ...input.right]) {
      const { x, y } = positions.get(node.id)!;
      const [w, h] = [node.width ?? LABEL_WIDTH, node.height];
      [x1, x2] = [Math.min(x1, x - w / 2), Math.max(x2, x + w / 2)];
      [y1, y2] = [Math.min(y1, y - h / 2), Math.max(y2, y + h / 2)];
    }
    return { width: x2 - x1, height: y2 - y1 };
  }

  it('takes about the shape of the view, and fits it at a zoom the graph allows', () => {
    const input = debate();
    const box = boxOf(input, twoColumnPositions(input, view));
    const aspect = box.width / box.height / (view.width / view.height);
    expect(aspect).toBeGreaterThan(0.5);
    expect(aspect).toBeLessThan(2);
    // GraphController's minZoom is 0.05; a fit should need far less shrinking than that.
    expect(Math.min(view.width / box.width, view.height / box.height)).toBeGreaterThanOrEqual(0.05);
  });

  it('keeps every actor left of every claim, nothing on another, and each side in its order', () => {
    const input = debate();
    const positions = twoColumnPositions(input, view);
    const order = twoColumnOrder(input);
    const at = (id: string) => positions.get(id)!;
    const rightmostActor = Math.max(...input.left.map((n) => at(n.id).x + (n.width ?? 0) / 2));
    const leftmostClaim = Math.min(...input.right.map((n) => at(n.id).x - (n.width ?? 0) / 2));
    expect(rightmostActor).toBeLessThan(leftmostClaim);
    for (const [side, ids] of [
      [input.left, order.left],
      [input.right, order.right],
    ] as const) {
      // Read row by row, top to bottom and left to right, the side is in twoColumnOrder's order.
      const reading = [...side]
        .map((n) => ({ id: n.id, ...at(n.id) }))
        .sort((p, q) => p.y - q.y || p.x - q.x)
        .map((p) => p.id);
      expect(reading).toEqual(ids);
      expect(new Set(side.map((n) => at(n.id).x)).size).toBeGreaterThan(1);
      const nodes = side.map((n) => ({ ...n, ...at(n.id) }));
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const [p, q] = [nodes[i]!, nodes[j]!];
          const apart =
            Math.abs(p.x - q.x) >= ((p.width ?? 0) + (q.width ?? 0)) / 2 ||
            Math.abs(p.y - q.y) >= (p.height + q.height) / 2 + ROW_GAP - 1e-6;
          expect(apart).toBe(true);
        }
      }
    }
  });

  it('keeps one column a side for a graph that fits the view that way', () => {
    const input = columnsOf(headlessSample());
    const positions = twoColumnPositions(input, view);
    expect(new Set(input.left.map((n) => positions.get(n.id)!.x))).toEqual(new Set([0]));
    expect(new Set(input.right.map((n) => positions.get(n.id)!.x)).size).toBe(1);
  });
});
