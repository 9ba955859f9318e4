import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arrangeInCircle,
  boundsOf,
  fitZoom,
  LEGIBLE_ZOOM,
  packBoxes,
  removeOverlaps,
  squeezeInto,
  wrapLevels,
  type Item,
} from '../../../src/cytoscape/legibility';

const VIEW = { width: 660, height: 620 };

const item = (x: number, y: number, width = 120, height = 40): Item => ({
  x,
  y,
  dx: 0,
  dy: 10, // a label below the node moves the box's centre down
  halfWidth: width / 2,
  halfHeight: height / 2,
});

function overlapping(items: readonly Item[]): number {
  let count = 0;
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      const ox = a.halfWidth + b.halfWidth - Math.abs(a.x + a.dx - b.x - b.dx);
      const oy = a.halfHeight + b.halfHeight - Math.abs(a.y + a.dy - b.y - b.dy);
      if (ox > 0 && oy > 0) count++;
    }),
  );
  return count;
}

describe('packBoxes', () => {
  it('packs many small components into rows shaped like the view, not a strip', () => {
    const boxes = Array.from({ length: 12 }, () => ({ width: 200, height: 150 }));
    const corners = packBoxes(boxes, VIEW, 30);
    const bounds = {
      x1: 0,
      y1: 0,
      x2: Math.max(...corners.map((c) => c.x + 200)),
      y2: Math.max(...corners.map((c) => c.y + 150)),
    };
    // A strip of 12 would fit at 660 / 2730 = 0.24; rows of three or four, at about 0.7.
    expect(fitZoom(bounds, VIEW)).toBeGreaterThan(0.6);
    // No two boxes share a place.
    const seen = new Set(corners.map((c) => `${c.x},${c.y}`));
    expect(seen.size).toBe(12);
  });
});

describe('removeOverlaps', () => {
  it('leaves no two boxes overlapping, from any start', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (points) => {
          const items = points.map(([x, y]) => item(x, y));
          expect(removeOverlaps(items, 2000)).toBe(true);
          expect(overlapping(items)).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('squeezeInto', () => {
  it('folds a long row into the view at the legible zoom, with no overlaps', () => {
    // 25 nodes in a line, as a force layout draws a chain: it fits at about 0.2.
    const items = Array.from({ length: 25 }, (_, i) => item(i * 140, 0, 130, 50));
    expect(fitZoom(boundsOf(items), VIEW)).toBeLessThan(0.25);
    squeezeInto(items, VIEW, 0.86);
    expect(fitZoom(boundsOf(items), VIEW)).toBeGreaterThanOrEqual(0.86);
    expect(overlapping(items)).toBe(0);
  });

  it('leaves a picture that already fits as it is', () => {
    const items = [item(0, 0), item(200, 0), item(0, 120)];
    const before = items.map((i) => ({ ...i }));
    squeezeInto(items, VIEW, 0.86);
    expect(items).toEqual(before);
  });

  it('is deterministic: the same input gives the same picture', () => {
    const make = () => Array.from({ length: 30 }, (_, i) => item((i * 97) % 1500, (i * 53) % 900));
    const [a, b] = [make(), make()];
    squeezeInto(a, VIEW, 0.86);
    squeezeInto(b, VIEW, 0.86);
    expect(a).toEqual(b);
  });
});

/** Actors (a small body with a label below) and claim boxes, as the sample's claims view has them. */
function sampleLike(): Item[] {
  return [...'AAAAACCCAAAACCCAAAA'].map((kind) =>
    kind === 'A' ? item(0, 0, 118, 52) : { ...item(0, 0, 168, 78), dy: 0 },
  );
}

describe('arrangeInCircle', () => {
  const centres = (items: readonly Item[]) => items.map((i) => ({ x: i.x + i.dx, y: i.y + i.dy }));

  it('puts the boxes in order round one circle, clockwise from the top, none on another', () => {
    const items = sampleLike();
    arrangeInCircle(items);
    const points = centres(items);
    const radii = points.map((p) => Math.hypot(p.x, p.y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 6);
    expect(points[0]!.x).toBeCloseTo(0);
    expect(points[0]!.y).toBeLessThan(0);
    const angles = points.map((p) => (Math.atan2(p.y, p.x) + (5 * Math.PI) / 2) % (2 * Math.PI));
    for (let i = 1; i < angles.length; i++) expect(angles[i]!).toBeGreaterThan(angles[i - 1]!);
    expect(overlapping(items)).toBe(0);
  });

  it('sizes the circle from every box, not from the largest as Cytoscape does', () => {
    const items = sampleLike();
    arrangeInCircle(items);
    const radius = Math.hypot(items[0]!.x + items[0]!.dx, items[0]!.y + items[0]!.dy);
    // Cytoscape's avoidOverlap: neighbours 1.75 × the largest node apart along the chord.
    const cytoscapes = (1.75 * 168) / (2 * Math.sin(Math.PI / items.length));
    expect(radius).toBeLessThan(cytoscapes / 2.5);
    // The sample's 19 nodes, labels included, fit the graph area at 1280 × 800 legibly.
    expect(fitZoom(boundsOf(items), { width: 660, height: 528 })).toBeGreaterThan(0.8);
  });

  it('leaves no two boxes overlapping, whatever their sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 4, max: 200 }), fc.integer({ min: 4, max: 120 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (sizes) => {
          const items = sizes.map(([w, h]) => item(0, 0, w, h));
          arrangeInCircle(items);
          expect(overlapping(items)).toBe(0);
          for (const i of items) expect(Number.isFinite(i.x) && Number.isFinite(i.y)).toBe(true);
        },
      ),
    );
  });
});

describe('wrapLevels', () => {
  /** A tree's levels: 7 actors, then 4 claims and 6 actors, then one claim (the sample's). */
  function levels(): Item[][] {
    const actor = () => item(0, 0, 126, 52);
    const claim = () => ({ ...item(0, 0, 176, 78), dy: 0 });
    return [
      Array.from({ length: 7 }, actor),
      [claim(), actor(), claim(), actor(), actor(), claim(), actor(), actor(), claim(), actor()],
      [claim()],
    ];
  }

  it('wraps a level too wide for the view into rows, so the tree fits it legibly', () => {
    const tree = levels();
    wrapLevels(tree, { width: 660, height: 528 });
    // Unwrapped, the middle level alone is 1,350 wide: a zoom of 0.49.
    expect(fitZoom(boundsOf(tree.flat()), { width: 660, height: 528 })).toBeGreaterThanOrEqual(
      LEGIBLE_ZOOM,
    );
    expect(overlapping(tree.flat())).toBe(0);
  });

  it('keeps the levels top down and each in its order, row by row', () => {
    const tree = levels();
    const order = tree.map((level) => [...level]);
    wrapLevels(tree, { width: 660, height: 528 });
    const top = (i: Item) => i.y + i.dy - i.halfHeight;
    const bottom = (i: Item) => i.y + i.dy + i.halfHeight;
    for (let l = 1; l < tree.length; l++) {
      const above = Math.max(...tree[l - 1]!.map(bottom));
      expect(Math.min(...tree[l]!.map(top))).toBeGreaterThan(above);
    }
    for (const level of order) {
      const reading = [...level].sort((a, b) => a.y + a.dy - (b.y + b.dy) || a.x - b.x);
      expect(reading).toEqual(level);
    }
  });

  it('leaves a tree that already fits legibly unwrapped', () => {
    const tree = [[item(0, 0), item(0, 0)], [item(0, 0)]];
    wrapLevels(tree, { width: 660, height: 528 });
    expect(tree[0]![0]!.y).toBe(tree[0]![1]!.y);
    expect(tree[0]![0]!.x).toBeLessThan(tree[0]![1]!.x);
  });
});
