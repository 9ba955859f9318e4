/** A layout for the layout worker: the graph's shape only, and plain (cloneable) options. */
export interface LayoutRequest {
  id: number;
  nodes: string[];
  edges: [string, string][];
  options: Record<string, unknown>;
  /** Seeds the layout's random start, so the same graph gets the same picture. */
  seed: number;
}

/** Positions by node id, or the reason there are none. */
export interface LayoutReply {
  id: number;
  positions: [string, number, number][];
  error?: string;
}
