// The legend of an exported image: each stance or tie as a line, each actor kind and the claims as
// the node the graph draws, in the same shape and colours. One geometry feeds both the canvas
// (PNG, JPG) and the SVG, so the two formats cannot disagree.
import { shapeOutline } from '../model/shapeOutlines';

export type ImageLegendMark =
  | { kind: 'line'; lineStyle: 'solid' | 'dashed' | 'dotted' }
  /** A node: its Cytoscape shape name, and a border colour for claim boxes. */
  | { kind: 'node'; shape: string; border?: string };

/** One line of the legend drawn into an exported image. */
export interface ImageLegendEntry {
  label: string;
  color: string;
  mark: ImageLegendMark;
}

/** What one legend mark is, in image units, for a mark whose row is centred on y from x. */
export type MarkGeometry =
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; dash: number[] }
  | { type: 'polygon'; points: [number, number][] }
  | { type: 'circle'; cx: number; cy: number; r: number }
  | { type: 'rect'; x: number; y: number; width: number; height: number; radius: number };

const NODE_SIZE = 14;
const DASHES = { solid: [], dashed: [5, 3], dotted: [2, 2] } as const;

/** Returns the shape to draw for a mark whose row starts at x and is centred on y. */
export function markGeometry(mark: ImageLegendMark, x: number, y: number): MarkGeometry {
  if (mark.kind === 'line') {
    return { type: 'line', x1: x, y1: y, x2: x + 22, y2: y, dash: [...DASHES[mark.lineStyle]] };
  }
  if (mark.shape === 'round-rectangle') {
    return { type: 'rect', x, y: y - 6, width: 22, height: 12, radius: 3 };
  }
  const outline = shapeOutline(mark.shape);
  const scale = NODE_SIZE / 16;
  // Centred in the 22-unit slot a line takes.
  const left = x + (22 - NODE_SIZE) / 2;
  const top = y - NODE_SIZE / 2;
  if (outline.kind === 'circle') {
    return { type: 'circle', cx: left + NODE_SIZE / 2, cy: y, r: (NODE_SIZE / 2) * (7 / 8) };
  }
  return {
    type: 'polygon',
    points: outline.points.map(([px, py]) => [left + px * scale, top + py * scale]),
  };
}

/** Draws one legend mark on a 2D canvas. */
export function drawMark(
  context: CanvasRenderingContext2D,
  entry: ImageLegendEntry,
  x: number,
  y: number,
) {
  const geometry = markGeometry(entry.mark, x, y);
  context.fillStyle = entry.color;
  context.strokeStyle = entry.color;
  context.beginPath();
  switch (geometry.type) {
    case 'line':
      context.lineWidth = 2;
      context.setLineDash(geometry.dash);
      context.moveTo(geometry.x1, geometry.y1);
      context.lineTo(geometry.x2, geometry.y2);
      context.stroke();
      context.setLineDash([]);
      return;
    case 'polygon':
      geometry.points.forEach(([px, py], i) =>
        i === 0 ? context.moveTo(px, py) : context.lineTo(px, py),
      );
      context.closePath();
      break;
    case 'circle':
      context.arc(geometry.cx, geometry.cy, geometry.r, 0, 2 * Math.PI);
      break;
    case 'rect':
      context.roundRect(geometry.x, geometry.y, geometry.width, geometry.height, geometry.radius);
      break;
  }
  context.fill();
  if (entry.mark.kind === 'node' && entry.mark.border) {
    context.lineWidth = 1;
    context.strokeStyle = entry.mark.border;
    context.stroke();
  }
}

/** Returns the SVG attributes of one legend mark: its element name and attributes. */
export function svgMark(
  entry: ImageLegendEntry,
  x: number,
  y: number,
): { name: string; attributes: Record<string, string> } {
  const geometry = markGeometry(entry.mark, x, y);
  const border: Record<string, string> =
    entry.mark.kind === 'node' && entry.mark.border
      ? { stroke: entry.mark.border, 'stroke-width': '1' }
      : {};
  switch (geometry.type) {
    case 'line':
      return {
        name: 'line',
        attributes: {
          x1: String(geometry.x1),
          y1: String(geometry.y1),
          x2: String(geometry.x2),
          y2: String(geometry.y2),
          stroke: entry.color,
          'stroke-width': '2',
          ...(geometry.dash.length > 0 ? { 'stroke-dasharray': geometry.dash.join(' ') } : {}),
        },
      };
    case 'polygon':
      return {
        name: 'polygon',
        attributes: {
          points: geometry.points.map(([px, py]) => `${px},${py}`).join(' '),
          fill: entry.color,
          ...border,
        },
      };
    case 'circle':
      return {
        name: 'circle',
        attributes: {
          cx: String(geometry.cx),
          cy: String(geometry.cy),
          r: String(geometry.r),
          fill: entry.color,
          ...border,
        },
      };
    case 'rect':
      return {
        name: 'rect',
        attributes: {
          x: String(geometry.x),
          y: String(geometry.y),
          width: String(geometry.width),
          height: String(geometry.height),
          rx: String(geometry.radius),
          fill: entry.color,
          ...border,
        },
      };
  }
}
