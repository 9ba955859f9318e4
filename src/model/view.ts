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
  // The exported standalone page runs Cytoscape's CoSE under this name (cytoscape/coseAsFcose.ts).
  fcose:
    import.meta.env?.MODE === 'standalone' ? 'Force-directed (CoSE)' : 'Force-directed (fCoSE)',
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
