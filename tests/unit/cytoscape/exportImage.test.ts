// @vitest-environment jsdom
// (cytoscape-svg reads window when it is imported.)
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsViewElements } from '../../../src/cytoscape/elements';
import {
  cappedScale,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  wrapWholeNames,
} from '../../../src/cytoscape/exportImage';
import { buildStylesheet } from '../../../src/cytoscape/stylesheet';
import { seedIndex } from '../testData';

describe('wrapWholeNames', () => {
  it('wraps every actor name for the image, then gives the screen its cut names back', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light') });
    cy.add(claimsViewElements(seedIndex));
    const actors = cy.nodes('[type = "actor"]');
    const wrapOf = (nodes: cytoscape.NodeCollection) =>
      new Set(nodes.map((node) => node.style('text-wrap') as string));
    expect(wrapOf(actors)).toEqual(new Set(['ellipsis']));
    const unwrap = wrapWholeNames(cy);
    expect(wrapOf(actors)).toEqual(new Set(['wrap']));
    unwrap();
    expect(wrapOf(actors)).toEqual(new Set(['ellipsis']));
    // Claim boxes always wrap; they are left alone.
    expect(wrapOf(cy.nodes('[type = "claim"]'))).toEqual(new Set(['wrap']));
    cy.destroy();
  });
});

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
