/** A layout for the layout worker: the graph's shape only, and plain (cloneable) options. */
export interface LayoutRequest {
  id: number;
  nodes: string[];
  edges: [string, string][];
  options: Record<string, unknown>;
}

/** Positions by node id, or the reason there are none. */
export interface LayoutReply {
  id: number;
  positions: [string, number, number][];
  error?: string;
}
