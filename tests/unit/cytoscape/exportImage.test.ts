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
  nameCutOnScreen,
  plannedSize,
  shortened,
  wrapWholeNames,
  wrapWords,
} from '../../../src/cytoscape/exportImage';
import { buildStylesheet } from '../../../src/cytoscape/stylesheet';
import { seedIndex } from '../testData';

/** A stand-in for a canvas's text measure (there is none in Node): 7 px a character. */
const measure = (text: string) => text.length * 7;

describe('nameCutOnScreen', () => {
  it('is true of a name on one line only when it is as wide as the limit or wider', () => {
    expect(nameCutOnScreen('Lars Kim', 'ellipsis', 56, 140)).toBe(false);
    expect(nameCutOnScreen('Christine Todd Whitman', 'ellipsis', 154, 140)).toBe(true);
    // Cytoscape rounds a measured width up and cuts a line as wide as the limit.
    expect(nameCutOnScreen('x', 'ellipsis', 139.2, 140)).toBe(true);
  });

  it('is true of a name on several lines, which only wrapping draws as lines', () => {
    expect(nameCutOnScreen('Residents of\nLower Manhattan', 'ellipsis', 100, 140)).toBe(true);
    expect(nameCutOnScreen('Residents of\nLower Manhattan', 'none', 100, 140)).toBe(true);
  });

  it('is false of a label that already wraps, and of an empty one', () => {
    expect(nameCutOnScreen('Christine Todd Whitman', 'wrap', 154, 140)).toBe(false);
    expect(nameCutOnScreen('', 'ellipsis', 0, 140)).toBe(false);
  });
});

describe('wrapWholeNames', () => {
  const wrapOf = (nodes: cytoscape.NodeCollection) =>
    new Set(nodes.map((node) => node.style('text-wrap') as string));

  it('wraps the names the screen cuts short for the image, then gives the screen them back', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light') });
    cy.add(claimsViewElements(seedIndex));
    const actors = cy.nodes('[type = "actor"]');
    const limit = actors[0]!.numericStyle('text-max-width') as number;
    const long = actors.filter((node) => measure(node.data('label') as string) >= limit - 2);
    const short = actors.difference(long);
    // The seed has both.
    expect(long.nonempty() && short.nonempty()).toBe(true);
    expect(wrapOf(actors)).toEqual(new Set(['ellipsis']));
    const unwrap = wrapWholeNames(cy, measure);
    expect(wrapOf(long)).toEqual(new Set(['wrap']));
    // A name that fits is drawn the same either way: its style is left alone.
    expect(wrapOf(short)).toEqual(new Set(['ellipsis']));
    unwrap();
    expect(wrapOf(actors)).toEqual(new Set(['ellipsis']));
    // Claim boxes always wrap; they are left alone.
    expect(wrapOf(cy.nodes('[type = "claim"]'))).toEqual(new Set(['wrap']));
    cy.destroy();
  });

  it('measures with the font Cytoscape draws the label in', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light') });
    cy.add(claimsViewElements(seedIndex));
    const fonts = new Set<string>();
    wrapWholeNames(cy, (text, font) => {
      fonts.add(font);
      return measure(text);
    })();
    expect([...fonts]).toEqual([
      'normal normal 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    ]);
    cy.destroy();
  });

  it('wraps every actor when nothing can measure text', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light') });
    cy.add(claimsViewElements(seedIndex));
    const actors = cy.nodes('[type = "actor"]');
    const unwrap = wrapWholeNames(cy, null);
    expect(wrapOf(actors)).toEqual(new Set(['wrap']));
    unwrap();
    expect(wrapOf(actors)).toEqual(new Set(['ellipsis']));
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

describe('the caption of an image', () => {
  // Without a canvas (Node), text is estimated at 0.55 of the font's size a character.
  const width = (text: string) => text.length * 18 * 0.55;
  const font = '600 18px system-ui, sans-serif';
  const oneNode = () =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: 'a' }, position: { x: 0, y: 0 } }],
      style: [{ selector: 'node', style: { width: 20, height: 20, label: '' } }],
    });

  it('wraps a title at spaces into lines that join back into it, each within the width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z]{1,12}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 60, max: 800 }),
        (words, limit) => {
          const title = words.join(' ');
          const lines = wrapWords(title, limit, font);
          expect(lines.join('')).toBe(title);
          for (const line of lines) {
            const shown = line.trimEnd();
            // Only a lone word wider than a line may pass it.
            if (shown.includes(' ')) expect(width(shown)).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });

  it('makes an image wide enough for its title, the graph in the middle', () => {
    const title = 'North Korean troops for Russia';
    const planned = plannedSize(oneNode(), { scope: 'whole', caption: { title, legend: [] } });
    expect(planned.graph.width).toBeLessThan(width(title));
    expect(planned.width).toBe(Math.ceil(width(title)) + 48);
    expect(planned.layout.titleLines).toEqual([title]);
    expect(planned.graphLeft + planned.graph.width / 2).toBeCloseTo(planned.width / 2, 5);
    // Without a caption the image is the graph and its padding.
    const bare = plannedSize(oneNode(), { scope: 'whole', caption: null });
    expect(bare.width).toBe(planned.graph.width + 48);
    expect(bare.graphLeft).toBe(24);
  });

  it('wraps a title longer than the widest caption onto more lines, and grows taller', () => {
    const title = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const one = plannedSize(oneNode(), { scope: 'whole', caption: { title: 'Short', legend: [] } });
    const long = plannedSize(oneNode(), { scope: 'whole', caption: { title, legend: [] } });
    expect(long.width).toBe(720 + 48);
    expect(long.layout.titleLines.length).toBeGreaterThan(1);
    expect(long.layout.titleLines.join('')).toBe(title);
    expect(long.height - one.height).toBe((long.layout.titleLines.length - 1) * 24);
  });

  it('widens the legend’s columns to its longest label, and cuts one too long with an ellipsis', () => {
    const legendFont = '12px system-ui, sans-serif';
    const entry = (label: string) => ({
      label,
      color: '#000',
      mark: { kind: 'node' as const, shape: 'ellipse' },
    });
    const short = plannedSize(oneNode(), {
      scope: 'whole',
      caption: { title: 'T', legend: [entry('Asserts'), entry('Denies')] },
    });
    expect(short.layout.column).toBe(170);
    expect(short.layout.labels).toEqual(['Asserts', 'Denies']);
    const middling = 'Calls the border closure unlawful';
    const long = `${middling}, and says so again and again at every press conference`;
    const wide = plannedSize(oneNode(), {
      scope: 'whole',
      caption: { title: 'T', legend: [entry(middling), entry(long)] },
    });
    expect(wide.layout.column).toBe(320);
    expect(wide.width).toBeGreaterThanOrEqual(320 + 48);
    expect(wide.layout.labels[0]).toBe(middling);
    const cut = wide.layout.labels[1]!;
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.length * 12 * 0.55).toBeLessThanOrEqual(320 - 34);
    expect(shortened('Fits', 100, legendFont)).toBe('Fits');
  });
});
