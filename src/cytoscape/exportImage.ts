import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import { drawMark, svgMark, type ImageLegendEntry } from './imageLegend';

export interface ImageOptions {
  scope: 'whole' | 'visible';
  scale: number;
  /** A CSS colour, or null for transparent. */
  background: string | null;
  /** Title and legend drawn into the image itself; null for the bare graph. */
  caption: { title: string; legend: readonly ImageLegendEntry[] } | null;
  /** Text colour for the caption (dark on light backgrounds, light on dark ones). */
  textColor: string;
}

export interface ImageResult<T> {
  data: T;
  width: number;
  height: number;
  /** The scale used: lower than asked when the image would pass the browser's canvas limits. */
  scale: number;
  capped: boolean;
}

// Chromium refuses canvases over 16,384 px on a side or about 268 million pixels, and then draws
// nothing: a blank file. Stay well inside both.
export const MAX_IMAGE_SIDE = 16_000;
export const MAX_IMAGE_PIXELS = 120_000_000;

const PADDING = 24;
const TITLE_SIZE = 18;
const TITLE_LINE = TITLE_SIZE + 6;
const TITLE_FONT = `600 ${TITLE_SIZE}px system-ui, sans-serif`;
const TITLE_MAX_WIDTH = 720;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;
const LEGEND_FONT = `${LEGEND_SIZE}px system-ui, sans-serif`;
// A legend column: a mark, then its label. Columns widen to the longest label, up to the most.
const LEGEND_COLUMN = 170;
const LEGEND_MAX_COLUMN = 320;
const LEGEND_LABEL_AT = 28;
const LEGEND_GAP = 6;

/** Returns the largest scale, up to the one asked for, at which an image of this size can be drawn. */
export function cappedScale(width: number, height: number, requested: number) {
  const bySide = MAX_IMAGE_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_IMAGE_PIXELS / Math.max(width * height, 1));
  const limit = Math.min(bySide, byArea);
  return requested <= limit
    ? { scale: requested, capped: false }
    : { scale: Math.floor(limit * 100) / 100, capped: true };
}

/** How wide a legend column is: enough for the longest label, within LEGEND_MAX_COLUMN. */
function legendColumn(caption: ImageOptions['caption']): number {
  if (!caption || caption.legend.length === 0) return 0;
  let longest = 0;
  for (const entry of caption.legend)
    longest = Math.max(longest, measureText(entry.label, LEGEND_FONT));
  const column = Math.ceil(longest) + LEGEND_LABEL_AT + LEGEND_GAP;
  return Math.min(LEGEND_MAX_COLUMN, Math.max(LEGEND_COLUMN, column));
}

/**
 * The caption's size at scale 1: the title's lines, and the legend in columns with its labels as
 * drawn (one too long for the widest column is cut short with an ellipsis, in every format).
 */
function captionLayout(caption: ImageOptions['caption'], contentWidth: number, column: number) {
  if (!caption) return { header: 0, footer: 0, columns: 1, column, titleLines: [], labels: [] };
  const columns = Math.max(1, Math.floor(contentWidth / Math.max(column, 1)));
  const rows = Math.ceil(caption.legend.length / columns);
  const titleLines = wrapWords(caption.title, contentWidth, TITLE_FONT);
  const room = column - LEGEND_LABEL_AT - LEGEND_GAP;
  return {
    header: titleLines.length * TITLE_LINE + 10,
    footer: rows > 0 ? rows * LEGEND_ROW + 12 : 0,
    columns,
    column,
    titleLines,
    labels: caption.legend.map((entry) => shortened(entry.label, room, LEGEND_FONT)),
  };
}

/** The text, or as much of it as fits in `width` followed by an ellipsis. */
export function shortened(text: string, width: number, font: string): string {
  if (measureText(text, font) <= width) return text;
  const characters = [...text];
  let fits = 0;
  for (let n = characters.length - 1; n > 0; n--) {
    if (measureText(`${characters.slice(0, n).join('').trimEnd()}…`, font) <= width) {
      fits = n;
      break;
    }
  }
  return `${characters.slice(0, fits).join('').trimEnd()}…`;
}

/** The graph's size in model units (whole graph) or screen pixels (visible area), at scale 1. */
function graphSize(cy: Core, scope: ImageOptions['scope']) {
  if (scope === 'visible') return { width: cy.width(), height: cy.height() };
  const box = cy.elements(':visible').boundingBox();
  return { width: Math.max(1, box.w), height: Math.max(1, box.h) };
}

/**
 * Returns the output size at scale 1 of an image of the graph with its padding and caption, and
 * the graph's own size (a bounding box of every element shown: worth measuring once). A graph
 * narrower than its title (a focus on one actor, say) is centred in an image wide enough for the
 * title, up to TITLE_MAX_WIDTH; a longer title wraps onto more lines.
 */
export function plannedSize(cy: Core, options: Pick<ImageOptions, 'scope' | 'caption'>) {
  const graph = graphSize(cy, options.scope);
  const caption = options.caption;
  const titleWidth = caption ? Math.ceil(measureText(caption.title, TITLE_FONT)) : 0;
  const column = legendColumn(caption);
  const content = Math.max(graph.width, Math.min(titleWidth, TITLE_MAX_WIDTH), column);
  const layout = captionLayout(caption, content, column);
  return {
    width: content + 2 * PADDING,
    height: graph.height + 2 * PADDING + layout.header + layout.footer,
    layout,
    graph,
    /** Where the graph's left edge is in the image. */
    graphLeft: PADDING + (content - graph.width) / 2,
  };
}

/** Width in pixels of a line of text in a CSS font. */
export type MeasureText = (text: string, font: string) => number;

let measureContext: CanvasRenderingContext2D | null | undefined;

/** Measures text on a canvas of its own, as Cytoscape measures labels; null without a canvas. */
function canvasMeasure(): MeasureText | null {
  if (measureContext === undefined) {
    // A canvas element, as Cytoscape's own, so that the fonts resolve the same way.
    measureContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  const context = measureContext;
  if (!context) return null;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** A text's width in a font: measured on a canvas, or estimated from its size where there is none. */
function measureText(text: string, font: string): number {
  const measure = canvasMeasure();
  if (measure) return measure(text, font);
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? TITLE_SIZE);
  return text.length * size * 0.55;
}

/**
 * Breaks a text into lines of whole words no wider than `width`; the spaces stay at the ends of
 * the lines, so that the lines joined are the text again. A word wider than a line has its own.
 */
export function wrapWords(text: string, width: number, font: string): string[] {
  const words = text.split(/(?<= )/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && measureText((line + word).trimEnd(), font) > width) {
      lines.push(line);
      line = word;
    } else line += word;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

// Cytoscape rounds a label's width up to a pixel; a name this close to the limit is wrapped too,
// which changes nothing when it fits (see nameCutOnScreen).
const MEASURE_SLACK = 2;

/**
 * Whether a label drawn whole (`text-wrap: wrap`) differs from the screen's, whose `text-wrap` is
 * `current`. A label on one line that fits inside `maxWidth` is drawn the same by all three
 * settings (Cytoscape cuts or breaks only a line wider than the limit); `width` is the widest
 * line's width as measured.
 */
export function nameCutOnScreen(
  label: string,
  current: string,
  width: number,
  maxWidth: number,
): boolean {
  if (current === 'wrap' || label === '') return false;
  return label.includes('\n') || Math.ceil(width) >= maxWidth - MEASURE_SLACK;
}

/** Whether Cytoscape draws this node's label other than whole: measured as Cytoscape measures it. */
function isCutOnScreen(node: NodeSingular, measure: MeasureText): boolean {
  const current = node.style('text-wrap') as string;
  if (current === 'wrap') return false;
  let label = String(node.style('label') ?? '');
  const transform = node.style('text-transform') as string;
  if (transform === 'uppercase') label = label.toUpperCase();
  else if (transform === 'lowercase') label = label.toLowerCase();
  // The font string Cytoscape's label measurement builds.
  const font = `${node.style('font-style')} ${node.style('font-weight')} ${node.numericStyle('font-size')}px ${node.style('font-family')}`;
  const width = Math.max(0, ...label.split('\n').map((line) => measure(line, font)));
  return nameCutOnScreen(label, current, width, node.numericStyle('text-max-width') as number);
}

/**
 * Wraps the actors' names the screen cuts short onto as many lines as they need, until the
 * returned function is called: the screen cuts long names short ("Christine Todd Whit…") to keep
 * the graph light, but an image is read without the details panel beside it. The style is a bypass
 * on the elements; the screen is not redrawn with it unless the export waits in between.
 *
 * Only the names that are cut get the bypass: a name that fits is drawn the same either way, and a
 * style changed on every actor made Cytoscape measure every label and re-route every edge twice
 * (with the bypass and without it again), most of the time of an export of a large graph. With no
 * way to measure text (`measure` null), every actor is wrapped.
 */
export function wrapWholeNames(
  cy: Core,
  measure: MeasureText | null = canvasMeasure(),
): () => void {
  const actors = cy.nodes('[type = "actor"]');
  const cut = measure ? actors.filter((node) => isCutOnScreen(node, measure)) : actors;
  if (cut.empty()) return () => {};
  cut.style('text-wrap', 'wrap');
  return () => {
    cut.removeStyle('text-wrap');
  };
}

/** The part of Cytoscape's canvas renderer that draws an export before it is encoded. */
interface ExportingRenderer {
  bufferCanvasImage?: (options: object) => HTMLCanvasElement;
}

/**
 * Renders the graph (only what is shown: filtered elements are hidden, hiding.ts) at exactly
 * `width` x `height` pixels. Sized by maxWidth/maxHeight rather than scale, because Cytoscape
 * multiplies a scale by the screen's pixel ratio: on a HiDPI screen the image would come out
 * twice the size asked for, and past the canvas limits that cappedScale keeps to.
 *
 * cy.png() would encode the graph to PNG only for it to be decoded here and encoded again with
 * the caption: an extra encode and decode of the whole image. So the renderer's own canvas is
 * taken when it offers one; that method is not public API, hence the check, and cy.png()
 * otherwise.
 */
async function renderGraph(
  cy: Core,
  full: boolean,
  width: number,
  height: number,
): Promise<{ image: CanvasImageSource; release: () => void }> {
  const sizing = { full, maxWidth: width, maxHeight: height, bg: 'rgba(0,0,0,0)' };
  const renderer = (cy as Core & { renderer?: () => ExportingRenderer | undefined }).renderer?.();
  if (typeof renderer?.bufferCanvasImage === 'function') {
    const canvas = renderer.bufferCanvasImage(sizing);
    return {
      image: canvas,
      release: () => {
        // Frees the pixels now rather than when the collector gets to them.
        canvas.width = 0;
        canvas.height = 0;
      },
    };
  }
  const bitmap = await createImageBitmap(await cy.png({ output: 'blob-promise', ...sizing }));
  return { image: bitmap, release: () => bitmap.close() };
}

/**
 * Draws the graph, its padding and the caption onto one canvas. Cytoscape renders the graph
 * itself; the title and legend are drawn here with the same style table the screen's legend uses.
 */
async function composeCanvas(cy: Core, options: ImageOptions) {
  const planned = plannedSize(cy, options);
  const { scale, capped } = cappedScale(planned.width, planned.height, options.scale);
  const { graph } = planned;
  const rendered = await renderGraph(
    cy,
    options.scope === 'whole',
    Math.max(1, Math.round(graph.width * scale)),
    Math.max(1, Math.round(graph.height * scale)),
  );
  const width = Math.ceil(planned.width * scale);
  const height = Math.ceil(planned.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw an image of that size');
  if (options.background) {
    context.fillStyle = options.background;
    context.fillRect(0, 0, width, height);
  }
  const { layout } = planned;
  // Pixel for pixel at whole-pixel offsets, so the graph is not resampled (and blurred).
  context.drawImage(
    rendered.image,
    Math.round(planned.graphLeft * scale),
    Math.round((PADDING + layout.header) * scale),
  );
  rendered.release();
  context.scale(scale, scale);
  if (options.caption) {
    context.fillStyle = options.textColor;
    context.textBaseline = 'middle';
    context.font = TITLE_FONT;
    layout.titleLines.forEach((line, i) =>
      context.fillText(
        line.trimEnd(),
        PADDING,
        PADDING + TITLE_SIZE / 2 + i * TITLE_LINE,
        planned.width - 2 * PADDING,
      ),
    );
    context.font = LEGEND_FONT;
    const top = planned.height - PADDING - layout.footer + 12;
    options.caption.legend.forEach((entry, i) => {
      const x = PADDING + (i % layout.columns) * layout.column;
      const y = top + Math.floor(i / layout.columns) * LEGEND_ROW;
      drawMark(context, entry, x, y);
      context.fillStyle = options.textColor;
      context.fillText(layout.labels[i]!, x + LEGEND_LABEL_AT, y);
    });
  }
  return { canvas, width, height, scale, capped };
}

/** Returns a PNG or JPEG of what is shown, with padding so no label is cut at the edges. */
export async function exportRaster(
  cy: Core,
  format: 'png' | 'jpg',
  options: ImageOptions,
): Promise<ImageResult<Blob>> {
  // JPEG has no transparency: a transparent background would turn black.
  const background = format === 'jpg' ? (options.background ?? '#ffffff') : options.background;
  // Batched: Cytoscape's screen is not redrawn until the file is made. The names wrapped for the
  // image and unwrapped again leave the screen as it was, but Cytoscape redraws the elements they
  // touched all the same, and that redraw delayed the file by as long as the encoding took.
  cy.startBatch();
  try {
    const unwrap = wrapWholeNames(cy);
    const { canvas, width, height, scale, capped } = await composeCanvas(cy, {
      ...options,
      background,
    }).finally(unwrap);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, format === 'png' ? 'image/png' : 'image/jpeg', 0.92),
    );
    if (!blob || blob.size === 0) throw new Error('the browser could not encode the image');
    return { data: blob, width, height, scale, capped };
  } finally {
    cy.endBatch();
  }
}

let svgRegistered = false;

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(document: Document, name: string, attributes: Record<string, string>) {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/**
 * Returns an SVG of what is shown, labels as real <text>, with the same padding and caption as the
 * raster images. Text from the file is set with textContent, never parsed as markup.
 */
export function exportSvg(cy: Core, options: ImageOptions): ImageResult<string> {
  if (!svgRegistered) {
    cytoscape.use(svgExtension);
    svgRegistered = true;
  }
  const unwrap = wrapWholeNames(cy);
  try {
    return composeSvg(cy, options);
  } finally {
    unwrap();
  }
}

function composeSvg(cy: Core, options: ImageOptions): ImageResult<string> {
  const planned = plannedSize(cy, options);
  const { scale, capped } = cappedScale(planned.width, planned.height, options.scale);
  const { graph } = planned;
  // Vectors need no scale: drawn at 1 (by maxWidth/maxHeight, which the screen's pixel ratio
  // does not multiply, see renderGraph) and fitted to the graph's box by a viewBox.
  const rendered = (cy as Core & { svg: (o: object) => string }).svg({
    full: options.scope === 'whole',
    maxWidth: graph.width,
    maxHeight: graph.height,
    bg: undefined,
  });
  const inner = new DOMParser().parseFromString(rendered, 'image/svg+xml').documentElement;
  inner.setAttribute(
    'viewBox',
    `0 0 ${inner.getAttribute('width') ?? graph.width} ${inner.getAttribute('height') ?? graph.height}`,
  );
  inner.setAttribute('width', String(graph.width));
  inner.setAttribute('height', String(graph.height));
  inner.setAttribute('preserveAspectRatio', 'none');
  const width = Math.ceil(planned.width * scale);
  const height = Math.ceil(planned.height * scale);
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${planned.width} ${planned.height}`);
  if (options.background) {
    root.append(
      svgElement(doc, 'rect', { width: '100%', height: '100%', fill: options.background }),
    );
  }
  const { layout } = planned;
  const group = svgElement(doc, 'g', {
    transform: `translate(${planned.graphLeft} ${PADDING + layout.header})`,
  });
  group.append(doc.importNode(inner, true));
  root.append(group);
  if (options.caption) {
    const title = svgElement(doc, 'text', {
      x: String(PADDING),
      y: String(PADDING + TITLE_SIZE / 2),
      'dominant-baseline': 'middle',
      'font-family': 'system-ui, sans-serif',
      'font-size': String(TITLE_SIZE),
      'font-weight': '600',
      fill: options.textColor,
    });
    // One text, a line per tspan: read aloud or searched, it is the whole title.
    layout.titleLines.forEach((line, i) => {
      const tspan = svgElement(doc, 'tspan', {
        x: String(PADDING),
        dy: i === 0 ? '0' : String(TITLE_LINE),
      });
      tspan.textContent = line;
      title.append(tspan);
    });
    root.append(title);
    const top = planned.height - PADDING - layout.footer + 12;
    options.caption.legend.forEach((entry, i) => {
      const x = PADDING + (i % layout.columns) * layout.column;
      const y = top + Math.floor(i / layout.columns) * LEGEND_ROW;
      const { name, attributes } = svgMark(entry, x, y);
      const mark = svgElement(doc, name, attributes);
      const label = svgElement(doc, 'text', {
        x: String(x + LEGEND_LABEL_AT),
        y: String(y),
        'dominant-baseline': 'middle',
        'font-family': 'system-ui, sans-serif',
        'font-size': String(LEGEND_SIZE),
        fill: options.textColor,
      });
      label.textContent = layout.labels[i]!;
      root.append(mark, label);
    });
  }
  const text = new XMLSerializer().serializeToString(doc);
  return { data: text, width, height, scale, capped };
}
