import { describe, expect, it } from 'vitest';
import {
  DENSE_GRAPH_EDGES,
  distinctPairs,
  FORCE_ATLAS_PAIRS,
  isDenseGraph,
  isLargeGraph,
  LARGE_GRAPH_NODES,
  largeGraphNote,
  layoutOptions,
  usesForceAtlas,
} from '../../../src/cytoscape/layouts';
import { forceAtlasIterations, forceAtlasSettings } from '../../../src/cytoscape/forceAtlas';
import { buildStylesheet } from '../../../src/cytoscape/stylesheet';
import { LAYOUT_NAMES } from '../../../src/model/view';

describe('large graphs', () => {
  it('are those with more nodes than the threshold', () => {
    expect(isLargeGraph(LARGE_GRAPH_NODES)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_NODES + 1)).toBe(true);
  });

  it('get ForceAtlas2 with Barnes-Hut, fewer iterations the larger they are', () => {
    expect(forceAtlasSettings(16_000).barnesHutOptimize).toBe(true);
    expect(forceAtlasIterations(16_000)).toBeLessThan(forceAtlasIterations(3_000));
    expect(forceAtlasIterations(3_000)).toBeLessThanOrEqual(forceAtlasIterations(1_001));
    // Ordinary graphs keep fCoSE at its default quality, labels counted.
    const normal = layoutOptions('fcose') as {
      quality?: string;
      nodeDimensionsIncludeLabels?: boolean;
    };
    expect(normal.quality).toBe('default');
    expect(normal.nodeDimensionsIncludeLabels).toBe(true);
  });

  it('say so on screen, and ordinary graphs say nothing', () => {
    expect(largeGraphNote(500, true)).toBeNull();
    expect(largeGraphNote(12_345, true)).toBe(
      'Large graph (12,345 nodes): ForceAtlas2 layout, simplified edges',
    );
    expect(largeGraphNote(12_345, false)).toBe('Large graph (12,345 nodes): simplified edges');
  });

  it('and graphs of few nodes but many tied pairs get ForceAtlas2, and say so', () => {
    expect(usesForceAtlas(400, FORCE_ATLAS_PAIRS)).toBe(false);
    expect(usesForceAtlas(400, FORCE_ATLAS_PAIRS + 1)).toBe(true);
    expect(usesForceAtlas(LARGE_GRAPH_NODES + 1, 0)).toBe(true);
    expect(largeGraphNote(400, true, 20_770)).toBe(
      'Dense graph (20,770 edges): ForceAtlas2 layout, simplified edges',
    );
  });

  it('count a pair tied in both directions or many times once, and no loops', () => {
    const edges = [
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'b'],
      ['a', 'a'],
      ['b', 'c'],
    ] as const;
    expect(distinctPairs(edges)).toBe(2);
    expect(
      distinctPairs([
        [1, 2],
        [2, 1],
        [3, 3],
      ] as const),
    ).toBe(1);
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

  it('are dense with more edges than the threshold: simple edges, claim boxes as they are', () => {
    expect(isDenseGraph(DENSE_GRAPH_EDGES)).toBe(false);
    expect(isDenseGraph(DENSE_GRAPH_EDGES + 1)).toBe(true);
    expect(largeGraphNote(400, false, 6_400)).toBe('Dense graph (6,400 edges): simplified edges');
    expect(largeGraphNote(400, false, 1_000)).toBeNull();
    const rules = buildStylesheet('light', false, true) as unknown as {
      selector: string;
      style: Record<string, unknown>;
    }[];
    const edge = rules.filter((rule) => rule.selector === 'edge').at(-1)!;
    expect(edge.style['curve-style']).toBe('haystack');
    const claims = rules.filter((rule) => rule.selector === 'node[type = "claim"]');
    expect(claims.some((rule) => rule.style.width === 44)).toBe(false);
    expect(
      (buildStylesheet('light', true) as unknown as typeof rules).some(
        (rule) => rule.selector === 'node[type = "claim"]' && rule.style.width === 44,
      ),
    ).toBe(true);
  });

  it('every layout has options', () => {
    for (const name of LAYOUT_NAMES) {
      // Two columns places nodes itself and hands Cytoscape the positions.
      const cytoscapeName = name === 'twoColumns' ? 'preset' : name;
      expect(layoutOptions(name).name).toBe(cytoscapeName);
    }
  });
});
