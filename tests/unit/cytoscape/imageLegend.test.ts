import { describe, expect, it } from 'vitest';
import { imageLegend } from '../../../src/app/export/legendEntries';
import { markGeometry, svgMark, type ImageLegendEntry } from '../../../src/cytoscape/imageLegend';
import { claimBoxColors } from '../../../src/cytoscape/stylesheet';
import { CLAIM_STYLE, KIND_STYLES } from '../../../src/model/styleTable';
import { seed, seedIndex } from '../testData';

const nodeEntries = (entries: ImageLegendEntry[]) =>
  entries.filter((entry) => entry.mark.kind === 'node');

describe('the legend of an exported image', () => {
  it("draws each actor kind of the dataset in the graph's own shape, not a square", () => {
    const kinds = [...new Set(seed.actors.map((actor) => actor.kind))];
    const entries = nodeEntries(imageLegend(seedIndex, 'claims', false, 'light'));
    for (const kind of kinds) {
      const entry = entries.find((e) => e.label === KIND_STYLES[kind].label);
      expect(entry?.mark).toEqual({ kind: 'node', shape: KIND_STYLES[kind].shape });
      expect(entry?.color).toBe(KIND_STYLES[kind].color);
    }
    // Four kinds in the sample, four different shapes.
    const shapes = new Set(entries.map((e) => (e.mark.kind === 'node' ? e.mark.shape : '')));
    expect(shapes.size).toBe(entries.length);
  });

  it('draws claims as the boxes of the theme on screen, border included', () => {
    for (const theme of ['light', 'dark'] as const) {
      const claim = imageLegend(seedIndex, 'claims', false, theme).find(
        (e) => e.label === CLAIM_STYLE.label,
      );
      expect(claim).toEqual({
        label: CLAIM_STYLE.label,
        color: claimBoxColors(theme).fill,
        mark: { kind: 'node', shape: 'round-rectangle', border: claimBoxColors(theme).border },
      });
    }
    expect(claimBoxColors('dark').fill).not.toBe(claimBoxColors('light').fill);
  });

  it('has no claim box in the actor view, where no claim is drawn', () => {
    const labels = imageLegend(seedIndex, 'actors', false, 'light').map((e) => e.label);
    expect(labels).not.toContain(CLAIM_STYLE.label);
    expect(labels).toEqual(expect.arrayContaining(['Agreement', 'Conflict']));
  });
});

describe('markGeometry', () => {
  const at = (shape: string) => markGeometry({ kind: 'node', shape }, 100, 50);

  it('gives hexagons six corners, diamonds four, octagons eight, ellipses a circle', () => {
    const corners = (shape: string) => {
      const g = at(shape);
      return g.type === 'polygon' ? g.points.length : g.type;
    };
    expect(corners(KIND_STYLES.state.shape)).toBe(6);
    expect(corners(KIND_STYLES.organization.shape)).toBe(4);
    expect(corners(KIND_STYLES.group.shape)).toBe(8);
    expect(corners(KIND_STYLES.person.shape)).toBe('circle');
    expect(corners(CLAIM_STYLE.shape)).toBe('rect');
  });

  it('keeps every mark inside its row, in the slot a line takes', () => {
    const shapes = [...Object.values(KIND_STYLES).map((k) => k.shape), CLAIM_STYLE.shape];
    for (const shape of shapes) {
      const g = at(shape);
      const box =
        g.type === 'polygon'
          ? {
              x1: Math.min(...g.points.map((p) => p[0])),
              x2: Math.max(...g.points.map((p) => p[0])),
              y1: Math.min(...g.points.map((p) => p[1])),
              y2: Math.max(...g.points.map((p) => p[1])),
            }
          : g.type === 'circle'
            ? { x1: g.cx - g.r, x2: g.cx + g.r, y1: g.cy - g.r, y2: g.cy + g.r }
            : g.type === 'rect'
              ? { x1: g.x, x2: g.x + g.width, y1: g.y, y2: g.y + g.height }
              : { x1: g.x1, x2: g.x2, y1: g.y1, y2: g.y2 };
      expect(box.x1).toBeGreaterThanOrEqual(100);
      expect(box.x2).toBeLessThanOrEqual(122);
      expect(box.y1).toBeGreaterThanOrEqual(50 - 8);
      expect(box.y2).toBeLessThanOrEqual(50 + 8);
    }
  });

  it('writes the same shape to SVG, with the border of a claim box', () => {
    const hexagon = svgMark(
      { label: 'State', color: '#228833', mark: { kind: 'node', shape: 'hexagon' } },
      0,
      10,
    );
    expect(hexagon.name).toBe('polygon');
    expect(hexagon.attributes.points!.split(' ')).toHaveLength(6);
    expect(hexagon.attributes.fill).toBe('#228833');
    const claim = svgMark(
      {
        label: 'Claim',
        color: '#F3EBD3',
        mark: { kind: 'node', shape: 'round-rectangle', border: '#8C7A4B' },
      },
      0,
      10,
    );
    expect(claim).toMatchObject({ name: 'rect', attributes: { stroke: '#8C7A4B' } });
    const dashed = svgMark(
      { label: 'Denies', color: '#D55E00', mark: { kind: 'line', lineStyle: 'dashed' } },
      0,
      10,
    );
    expect(dashed).toMatchObject({ name: 'line', attributes: { 'stroke-dasharray': '5 3' } });
  });
});
