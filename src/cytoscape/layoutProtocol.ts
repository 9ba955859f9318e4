import type { LayoutName } from '../model/view';

/** A node as a layout sees it: its size, and the box it takes with its label. */
export interface LayoutNode {
  /** The node's body, which most layouts keep apart. */
  width: number;
  height: number;
  /**
   * Its box with the label, as half sizes and the offset of the box's centre from the node's
   * position (a label below moves it down); the body alone when labels are not measured.
   */
  halfWidth: number;
  halfHeight: number;
  dx: number;
  dy: number;
  /** Set for claims: they stand in the right column of Two columns, this high. */
  claimHeight?: number;
}

/**
 * Everything a layout needs, as plain data that can be sent to the layout worker: the graph's
 * shape, the node sizes measured on the page, and the graph area.
 */
export interface LayoutJob {
  name: LayoutName;
  nodes: LayoutNode[];
  /** Each edge as the indexes of its ends in `nodes`, repeated edges included. */
  edges: [number, number][];
  /** Seeds the layout's random start, so the same graph gets the same picture. */
  seed: number;
  /** The graph area in px, for layouts that fill it; null when nothing is drawn (headless). */
  area: { width: number; height: number } | null;
  /** Rearrange a small graph for legible labels after its force layout (legibility.ts). */
  legible: boolean;
}

/** Positions of the job's nodes, in its order: [x0, y0, x1, y1, …]. */
export type LayoutPositions = Float64Array;

/** A job for the layout worker, with the number its answer carries. */
export interface LayoutRequest {
  id: number;
  job: LayoutJob;
}

/** Positions by the job's node order, or the reason there are none. */
export interface LayoutReply {
  id: number;
  positions: LayoutPositions | null;
  error?: string;
}
