import type { CollectionReturnValue } from 'cytoscape';

/**
 * How the filters keep drawn elements off screen: style bypasses, not a class. A class change
 * makes Cytoscape match every rule of the stylesheet against the element again (about 40 µs an
 * element), where a bypass sets the one property: a step of the timeline's moving window shows
 * and hides over a thousand edges at 10,000 statements.
 *
 * Nodes get `display: none`, which takes their edges along. Edges drawn straight (`haystack`, the
 * style of dense and large graphs) get `visibility: hidden`: such an edge keeps its computed ends
 * and box while hidden, so showing it again costs no new geometry, and it takes no part in any
 * other edge's shape. A curved edge gets `display: none`: hidden but in place, it would still hold
 * its slot among the parallel edges between two nodes and bend the shown ones.
 */
export function setHidden(
  elements: CollectionReturnValue,
  hidden: boolean,
  straightEdges: boolean,
): void {
  elements.nodes().style('display', hidden ? 'none' : 'element');
  const edges = elements.edges();
  if (straightEdges) edges.style('visibility', hidden ? 'hidden' : 'visible');
  else edges.style('display', hidden ? 'none' : 'element');
}
