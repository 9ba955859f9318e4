// Position fixes around the force layout: what it cannot do well on its own at scale.
import type { BoundingBox12, NodeCollection, NodeSingular } from 'cytoscape';

/** The room each node gets in the draft layout's spread and in the grid of isolated nodes. */
export const NODE_SPACING = 70;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A place being worked out: moved in place by the functions below. */
export interface MutablePoint {
  x: number;
  y: number;
}

/**
 * A force layout's positions come in its own units (a draft or a few iterations of ForceAtlas2
 * give a tiny or an arbitrary extent); this scales them about their centre so that nodes get
 * about NODE_SPACING of room each.
 */
export function spreadOut(points: readonly MutablePoint[]): void {
  // From the centres alone: a bounding box would count the nodes' own size.
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  const side = Math.max(x2 - x1, y2 - y1, 1e-9);
  const factor = (Math.sqrt(points.length) * NODE_SPACING) / side;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  for (const point of points) {
    point.x = cx + (point.x - cx) * factor;
    point.y = cy + (point.y - cy) * factor;
  }
}

/**
 * Puts points in rows below a box (the rest of the graph), as wide as the box or square when
 * that is wider, in the order given. Nodes without edges give a force layout nothing to work on:
 * it piles them up or flings them away, so they go here instead, where they can be counted.
 * `compact` packs them tighter, for large graphs whose labels show only when zoomed in.
 */
export function gridBelow(
  points: readonly MutablePoint[],
  box: BoundingBox12 | null,
  compact: boolean,
): void {
  if (points.length === 0) return;
  // Wide enough for a label under each node, or, compact, just for the nodes.
  const columnWidth = compact ? NODE_SPACING * 0.6 : NODE_SPACING * 1.8;
  const rowHeight = compact ? NODE_SPACING * 0.6 : NODE_SPACING;
  const left = box ? box.x1 : 0;
  const top = box ? box.y2 + NODE_SPACING * 2 : 0;
  const boxColumns = box ? Math.floor((box.x2 - box.x1) / columnWidth) + 1 : 1;
  const columns = Math.max(boxColumns, Math.ceil(Math.sqrt(points.length)));
  points.forEach((point, i) => {
    point.x = left + (i % columns) * columnWidth;
    point.y = top + Math.floor(i / columns) * rowHeight;
  });
}

interface Box {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

// Room kept around a placed node, so labels under it stay readable.
const PLACEMENT_MARGIN = 16;

// A headless Cytoscape without styles has no node sizes: a node then counts as a dot.
const sizeOr = (size: number) => (Number.isFinite(size) && size > 0 ? size : 0);

function boxOf(node: NodeSingular, at: { x: number; y: number } = node.position()): Box {
  return {
    x: at.x,
    y: at.y,
    halfWidth: sizeOr(node.width()) / 2 + PLACEMENT_MARGIN,
    halfHeight: sizeOr(node.height()) / 2 + PLACEMENT_MARGIN,
  };
}

const overlaps = (a: Box, b: Box): boolean =>
  Math.abs(a.x - b.x) < a.halfWidth + b.halfWidth &&
  Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight;

/**
 * Places new nodes without moving any other: each beside the placed nodes it is connected to (at
 * the first free spot on a spiral about their middle), or, without placed neighbours, to the right
 * of everything. New nodes placed earlier count as placed for the later ones.
 */
export function placeBeside(nodes: NodeCollection, placed: NodeCollection): void {
  const boxes: Box[] = placed.map((node) => boxOf(node));
  let done = placed;
  const everything = placed.nonempty()
    ? placed.boundingBox({ includeLabels: false, includeOverlays: false })
    : null;
  nodes.forEach((node) => {
    const neighbours = node.neighborhood().nodes().intersection(done);
    let anchor: { x: number; y: number };
    if (neighbours.nonempty()) {
      let x = 0;
      let y = 0;
      neighbours.forEach((n) => {
        x += n.position().x;
        y += n.position().y;
      });
      anchor = { x: x / neighbours.length, y: y / neighbours.length };
    } else {
      anchor = everything
        ? { x: everything.x2 + NODE_SPACING, y: (everything.y1 + everything.y2) / 2 }
        : { x: 0, y: 0 };
    }
    let spot = anchor;
    for (let k = 0; k < 2000; k++) {
      const r = NODE_SPACING * Math.sqrt(k);
      const candidate = {
        x: anchor.x + r * Math.cos(k * GOLDEN_ANGLE),
        y: anchor.y + r * Math.sin(k * GOLDEN_ANGLE),
      };
      const box = boxOf(node, candidate);
      if (!boxes.some((other) => overlaps(box, other))) {
        spot = candidate;
        break;
      }
    }
    node.position(spot);
    boxes.push(boxOf(node));
    done = done.union(node);
  });
}
