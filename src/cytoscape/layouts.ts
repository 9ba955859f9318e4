import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../model/view';

let fcoseRegistered = false;

/** Registers the layout extensions once per page (Cytoscape keeps them globally). */
export function registerLayouts(): void {
  if (fcoseRegistered) return;
  cytoscape.use(fcose);
  fcoseRegistered = true;
}

/**
 * Cytoscape options for each layout. None animates: the graph appears laid out, and aria-busy
 * turns false only when positions are final.
 */
export function layoutOptions(name: LayoutName): LayoutOptions {
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 30,
        nodeRepulsion: () => 2200,
        nodeSeparation: 25,
        gravity: 1,
        packComponents: true,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        concentric: (node) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        padding: 30,
      };
    case 'circle':
      return { name: 'circle', animate: false, padding: 30, avoidOverlap: true };
    case 'grid':
      return { name: 'grid', animate: false, padding: 30, avoidOverlap: true };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate: false,
        padding: 30,
        directed: true,
        spacingFactor: 1.1,
      };
  }
}
