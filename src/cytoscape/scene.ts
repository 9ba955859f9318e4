import type { ElementDefinition } from 'cytoscape';
import type { Positions } from '../model/positions';
import type { DrawProgress, LayoutName } from '../model/view';
import type { Theme } from './stylesheet';

/** The data of an element as its definition holds it: what a visibility predicate reads. */
export type ElementData = ElementDefinition['data'];

/**
 * Everything the graph should show, as data: the one input of GraphController.sync, which
 * compares it with what Cytoscape shows and changes only the difference. Unchanged parts are the
 * same objects from one scene to the next, so comparing them costs nothing.
 */
export interface Scene {
  /** Changes when the drawing starts over: another dataset, or another view of it. */
  readonly generation: string;
  /** Whose positions the nodes take and report: a view's, or the actor view's at a level. */
  readonly positionsKey: string;
  /** Every element of the view, shown or hidden by the filters. */
  readonly elements: readonly ElementDefinition[];
  /** Whether an element is shown (filters and focus); hidden ones keep their place. */
  readonly isShown: (data: ElementData) => boolean;
  /** Cytoscape ids of the selected elements. */
  readonly selected: readonly string[];
  /** Where the nodes are, by dataset id; nodes without a position are placed by the graph. */
  readonly positions: Positions;
  /**
   * Pairs of nodes (dataset ids) that a layout pulls together as if tied, besides the edges: in
   * the actor view, each node without a drawn tie with its strongest undrawn partners. Asked for
   * only when a layout runs, so it costs nothing in between.
   */
  readonly layoutPartners?: () => readonly (readonly [string, string])[];
  /** The layout a graph without saved positions gets, and a layout request runs. */
  readonly layout: LayoutName;
  /** Bumped by "Re-run layout" and by choosing a layout. */
  readonly layoutRequest: number;
  /** Bumped by "Fit". */
  readonly fitRequest: number;
  readonly theme: Theme;
}

/** What the graph tells its owner. */
export interface SceneListener {
  /** Nodes were laid out, placed or dragged; `label` names an undoable step ("Move …"). */
  positions: (key: string, positions: Positions, label?: string) => void;
  /** The graph is being built or laid out (true), or is drawn and settled (false). */
  busy: (busy: boolean) => void;
  /** What the screen should say about the graph's size and layout, or null. */
  note: (note: string | null) => void;
  /** How far a large drawing has come while it is built; null once it is shown. */
  progress?: (progress: DrawProgress | null) => void;
  /** Whether the screen draws line patterns (dashes, dots), when that changes (linePatterns.ts). */
  linePatterns?: (drawn: boolean) => void;
}
