import { describe, expect, it } from 'vitest';
import {
  isLargeGraph,
  LARGE_GRAPH_NODES,
  largeGraphNote,
  layoutOptions,
} from '../../../src/cytoscape/layouts';
import { buildStylesheet } from '../../../src/cytoscape/stylesheet';
import { LAYOUT_NAMES } from '../../../src/model/view';

describe('large graphs', () => {
  it('are those with more nodes than the threshold', () => {
    expect(isLargeGraph(LARGE_GRAPH_NODES)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_NODES + 1)).toBe(true);
  });

  it('get the draft force-directed layout without label measuring', () => {
    const large = layoutOptions('fcose', true) as {
      quality?: string;
      nodeDimensionsIncludeLabels?: boolean;
    };
    const normal = layoutOptions('fcose', false) as typeof large;
    expect(large.quality).toBe('draft');
    expect(large.nodeDimensionsIncludeLabels).toBe(false);
    expect(normal.quality).toBe('default');
  });

  it('say so on screen, and ordinary graphs say nothing', () => {
    expect(largeGraphNote(500, true)).toBeNull();
    expect(largeGraphNote(12_345, true)).toBe(
      'Large graph (12,345 nodes): fast draft layout, simplified edges',
    );
    expect(largeGraphNote(12_345, false)).toBe('Large graph (12,345 nodes): simplified edges');
  });

  it('draw edges as haystack lines without arrowheads', () => {
    const edgeRules = (large: boolean) =>
      buildStylesheet('light', large).filter(
        (rule) => 'selector' in rule && rule.selector === 'edge',
      );
    const last = (large: boolean) =>
      edgeRules(large).at(-1) as unknown as { style: Record<string, unknown> };
    expect(last(true).style['curve-style']).toBe('haystack');
    expect(last(true).style['target-arrow-shape']).toBe('none');
    expect(last(false).style['curve-style']).toBe('bezier');
  });

  it('every layout has options for both sizes', () => {
    for (const name of LAYOUT_NAMES) {
      // Two columns places nodes itself and hands Cytoscape the positions.
      const cytoscapeName = name === 'twoColumns' ? 'preset' : name;
      expect(layoutOptions(name, false).name).toBe(cytoscapeName);
      expect(layoutOptions(name, true).name).toBe(cytoscapeName);
    }
  });
});
