/** The two ways of looking at a dataset: actors and claims, or the derived actor network. */
export type ViewName = 'claims' | 'actors';

export const LAYOUT_NAMES = [
  'fcose',
  'twoColumns',
  'concentric',
  'circle',
  'grid',
  'breadthfirst',
] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  // Not named after one algorithm: fCoSE draws ordinary graphs, ForceAtlas2 large or dense ones
  // (the screen's note says when).
  fcose: 'Force-directed',
  twoColumns: 'Two columns',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Breadth-first',
};

/** Returns whether a string names a known layout (for values read from a URL or storage). */
export function isLayoutName(value: string): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value);
}

/**
 * How far the graph has come while a large drawing is built: its elements being added
 * (`drawing`, `done` of `total`), or its `total` nodes waiting for their layout (`layout`).
 */
export interface DrawProgress {
  stage: 'drawing' | 'layout';
  done: number;
  total: number;
}
