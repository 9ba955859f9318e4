// @vitest-environment jsdom
// (cytoscape-svg reads window when it is imported.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cappedScale, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '../../../src/cytoscape/exportImage';

describe('cappedScale', () => {
  it('keeps the scale asked for when the image fits', () => {
    expect(cappedScale(1000, 800, 4)).toEqual({ scale: 4, capped: false });
  });

  it('lowers the scale to fit the longest side, and says so', () => {
    const { scale, capped } = cappedScale(8000, 1000, 4);
    expect(capped).toBe(true);
    expect(scale).toBeLessThanOrEqual(MAX_IMAGE_SIDE / 8000);
    expect(scale).toBeGreaterThan(MAX_IMAGE_SIDE / 8000 - 0.02);
  });

  it('never plans an image past the side or pixel limits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200_000, noNaN: true }),
        fc.double({ min: 1, max: 200_000, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        (width, height, requested) => {
          const { scale, capped } = cappedScale(width, height, requested);
          expect(scale).toBeLessThanOrEqual(requested);
          expect(capped).toBe(scale < requested);
          expect(Math.max(width, height) * scale).toBeLessThanOrEqual(MAX_IMAGE_SIDE + 1e-6);
          expect(width * height * scale * scale).toBeLessThanOrEqual(MAX_IMAGE_PIXELS * (1 + 1e-9));
        },
      ),
    );
  });
});
