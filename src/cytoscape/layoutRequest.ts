import type { NodeSingular } from 'cytoscape';
import type { LayoutName } from '../model/view';
import { usesForceAtlas } from './layouts';
import type { LayoutJob, LayoutNode } from './layoutProtocol';

/** A node as a job is made from it: its Cytoscape id and data. */
export interface JobNode {
  id: string;
  data: Record<string, unknown>;
}

/** Sizes of a node not measured (a dot), which is what a large graph's force layout uses. */
const UNMEASURED = { width: 0, height: 0, halfWidth: 0, halfHeight: 0, dx: 0, dy: 0 };

/**
 * Whether a layout needs node sizes measured on the page: every one but a force layout the
 * worker runs as ForceAtlas2 (usesForceAtlas, with `pairCount` counted on the job's edges as the
 * worker counts them), which lays out points and can start before a node is drawn.
 */
export function needsSizes(name: LayoutName, nodeCount: number, pairCount = 0): boolean {
  return !(name === 'fcose' && usesForceAtlas(nodeCount, pairCount));
}

/**
 * A node's sizes as drawn: its body, and its box with the label (only for graphs of ordinary
 * size: measuring thousands of labels costs more than it adds).
 */
export function measuredSizes(
  node: NodeSingular,
  withLabel: boolean,
): Omit<LayoutNode, 'claimHeight'> {
  const width = node.outerWidth() || 0;
  const height = node.outerHeight() || 0;
  if (!withLabel)
    return { width, height, halfWidth: width / 2, halfHeight: height / 2, dx: 0, dy: 0 };
  const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
  const { x, y } = node.position();
  const finite = Number.isFinite(box.w) && box.w > 0;
  return {
    width,
    height,
    halfWidth: finite ? box.w / 2 : width / 2,
    halfHeight: finite ? box.h / 2 : height / 2,
    dx: finite ? (box.x1 + box.x2) / 2 - x : 0,
    dy: finite ? (box.y1 + box.y2) / 2 - y : 0,
  };
}

/**
 * The job of laying out these nodes and edges (ends by Cytoscape id; edges to nodes not listed
 * are left out). `sizeOf` gives each node's sizes, or none for the unmeasured dots of a large
 * graph's force layout.
 */
export function layoutJob(
  name: LayoutName,
  nodes: readonly JobNode[],
  edges: readonly { source: string; target: string }[],
  options: {
    seed: number;
    area: LayoutJob['area'];
    legible: boolean;
    sizeOf?: (index: number) => Omit<LayoutNode, 'claimHeight'>;
  },
): LayoutJob {
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const jobEdges: [number, number][] = [];
  for (const { source, target } of edges) {
    const [s, t] = [indexOf.get(source), indexOf.get(target)];
    if (s !== undefined && t !== undefined) jobEdges.push([s, t]);
  }
  return {
    name,
    nodes: nodes.map((node, i) => ({
      ...(options.sizeOf ? options.sizeOf(i) : UNMEASURED),
      ...(node.data.type === 'claim' && { claimHeight: Number(node.data.height) || 0 }),
    })),
    edges: jobEdges,
    seed: options.seed,
    area: options.area,
    legible: options.legible,
  };
}
