import type { GraphController } from './graphController';

let active: GraphController | null = null;

/**
 * The graph on screen, for the exporters: the canvas registers it on mount and clears it on
 * unmount, so nothing outside holds a destroyed Cytoscape instance.
 */
export function setActiveGraph(controller: GraphController | null): void {
  active = controller;
}

export function activeGraph(): GraphController | null {
  return active;
}
