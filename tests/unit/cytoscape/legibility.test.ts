import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  fitZoom,
  packBoxes,
  removeOverlaps,
  squeezeInto,
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
