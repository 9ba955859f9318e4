// Scenes for the graph controller's tests: what the store would hand it, made by hand.
import type { ElementDefinition } from 'cytoscape';
import type { Scene } from '../../../src/cytoscape/scene';

/** A scene of these elements, all shown, nothing placed yet; grid is the quickest layout. */
export function sceneWith(
  elements: readonly ElementDefinition[],
  overrides: Partial<Scene> = {},
): Scene {
  return {
    generation: 'test',
    positionsKey: 'claims',
    elements,
    isShown: () => true,
    selected: [],
    positions: new Map(),
    layout: 'grid',
    layoutRequest: 0,
    fitRequest: 0,
    theme: 'light',
    ...overrides,
  };
}
