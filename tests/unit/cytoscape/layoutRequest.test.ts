import { describe, expect, it } from 'vitest';
import { FORCE_ATLAS_PAIRS, LARGE_GRAPH_NODES } from '../../../src/cytoscape/layouts';
import { needsSizes } from '../../../src/cytoscape/layoutRequest';

describe('needsSizes', () => {
  it('asks sizes of fCoSE and every other layout, none of ForceAtlas2', () => {
    expect(needsSizes('fcose', 300)).toBe(true);
    expect(needsSizes('fcose', 300, FORCE_ATLAS_PAIRS)).toBe(true);
    // Many tied pairs or many nodes: ForceAtlas2 lays out points, before anything is drawn.
    expect(needsSizes('fcose', 300, FORCE_ATLAS_PAIRS + 1)).toBe(false);
    expect(needsSizes('fcose', LARGE_GRAPH_NODES + 1)).toBe(false);
    expect(needsSizes('grid', LARGE_GRAPH_NODES + 1, FORCE_ATLAS_PAIRS + 1)).toBe(true);
    expect(needsSizes('twoColumns', 300, FORCE_ATLAS_PAIRS + 1)).toBe(true);
  });
});
