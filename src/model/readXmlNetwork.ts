// Reading GEXF (Gephi) and GraphML (yEd, Cytoscape desktop, NetworkX, igraph, Gephi, Stancegraph)
// as plain networks, with the file's labels, positions, colours, sizes and attributes. The XML is
// checked by xmlCheck.ts, then parsed by @xmldom/xmldom (with line numbers) and read by
// graphology-gexf and graphology-graphml. Loaded only when such a file is opened.
//
// graphology's readers are imported through their main entries, as in exportGraph.ts: the browser
// entries read the global DOMParser, which a worker does not have.
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexfDocument } from 'graphology-gexf';
import { parse as parseGraphmlDocument } from 'graphology-graphml';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { networkDataset, type PlainEdge, type PlainNetwork, type PlainNode } from './network';
import type { Problem } from './parseDataset';
import type { ReadResult } from './readDataset';
import { quoteValue } from './schema';
import { findXmlFault } from './xmlCheck';

type XmlFormat = 'gexf' | 'graphml';

const FORMAT_NAMES: Record<XmlFormat, string> = { gexf: 'GEXF', graphml: 'GraphML' };

/** GEXF versions this reader knows (Gephi writes 1.2 and 1.3; 1.1 is older but read the same). */
const GEXF_VERSIONS = new Set(['1.1', '1.2', '1.3']);

/**
 * Returns the plain network of a GEXF file (with the dataset the app reads it through), else every
 * problem found, each naming its line. GEXF counts y upwards, as Gephi draws it; the screen counts
 * it downwards, so y is turned over to show the picture Gephi shows. Never throws.
 */
export function readGexf(text: string, fallbackTitle?: string): ReadResult {
  return readXmlNetwork(text, 'gexf', fallbackTitle);
}

/**
 * Returns the plain network of a GraphML file (with the dataset the app reads it through), else
 * every problem found, each naming its line. Positions, colours and sizes come from `x`, `y`,
 * `color` (or `r`, `g`, `b`) and `size` data, or from yEd's node graphics. Never throws.
 */
export function readGraphml(text: string, fallbackTitle?: string): ReadResult {
  return readXmlNetwork(text, 'graphml', fallbackTitle);
}

interface Located {
  lineNumber?: number;
}

function lineOf(node: unknown): number | undefined {
  const line = (node as Located).lineNumber;
  return typeof line === 'number' ? line : undefined;
}

function atLine(line: number | undefined): string {
  return line === undefined ? '' : `line ${line}`;
}

function readXmlNetwork(text: string, format: XmlFormat, fallbackTitle?: string): ReadResult {
  const name = FORMAT_NAMES[format];
  try {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const fault = findXmlFault(body);
    if (fault) {
      return refuse([
        { path: `line ${fault.line}`, message: `not well-formed XML: ${fault.message}` },
      ]);
    }
    const errors: Problem[] = [];
    const parser = new DOMParser({
      locator: {},
      errorHandler: {
        warning: () => {},
        error: (message: string) => errors.push(xmldomProblem(message)),
        fatalError: (message: string) => errors.push(xmldomProblem(message)),
      },
    });
    const document = parser.parseFromString(body, 'application/xml') as unknown as Document;
    if (errors.length > 0) return refuse(errors);
    const root = document.documentElement;
    if (!root || localName(root) !== format) {
      const found = root ? `<${root.tagName}>` : 'no element';
      return refuse([
        {
          path: atLine(lineOf(root)),
          message: `expected a ${name} file (<${format}>), found ${found}`,
        },
      ]);
    }
    if (format === 'gexf') {
      const version = root.getAttribute('version');
      if (version && !GEXF_VERSIONS.has(version)) {
        return refuse([
          {
            path: atLine(lineOf(root)),
            message: `GEXF version ${quoteValue(version)} is not read (Stancegraph reads GEXF 1.1, 1.2 and 1.3)`,
          },
        ]);
      }
    }
    const { problems, edgeIds, edgeDirections } = checkIds(document);
    if (problems.length > 0) return refuse(problems);

    const graph =
      format === 'gexf'
        ? parseGexfDocument(Graph, document, { allowUndeclaredAttributes: true })
        : parseGraphmlDocument(Graph, document);
    const yed = format === 'graphml' ? yedGraphics(document) : new Map<string, YedNode>();
    const network = networkOf(graph, format, yed, edgeIds, edgeDirections, fallbackTitle);
    return { ok: true, network, dataset: networkDataset(network) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([{ path: '', message: `could not be read as ${name}: ${reason}` }]);
  }
}

function refuse(problems: Problem[]): ReadResult {
  return { ok: false, problems };
}

/** xmldom's messages end with "@#[line:12,col:3]": the line becomes the problem's place. */
function xmldomProblem(message: string): Problem {
  const match = /#\[line:(\d+),col:\d+\]/.exec(message);
  const text = message
    .replace(/^\[xmldom (?:error|fatalError)\]\s*/, '')
    .replace(/\s*@#\[line:\d+,col:\d+\]\s*$/, '')
    .trim();
  return { path: match ? `line ${match[1]}` : '', message: `not well-formed XML: ${text}` };
}

function localName(element: Element): string {
  const tag = element.tagName;
  const colon = tag.indexOf(':');
  return (colon === -1 ? tag : tag.slice(colon + 1)).toLowerCase();
}

/**
 * Every node without an id or with one used before, and every edge end that names no node; the
 * ids the file gives its edges; and the direction GraphML's edges with an id give themselves
 * (directed="true" or "false", which graphology-graphml does not read).
 */
function checkIds(document: Document): {
  problems: Problem[];
  edgeIds: Set<string>;
  edgeDirections: Map<string, boolean>;
} {
  const problems: Problem[] = [];
  const edgeIds = new Set<string>();
  const edgeDirections = new Map<string, boolean>();
  const nodeLines = new Map<string, number | undefined>();
  const nodes = document.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const id = node.getAttribute('id');
    const line = lineOf(node);
    if (!id) {
      problems.push({ path: atLine(line), message: 'a <node> without an id' });
    } else if (nodeLines.has(id)) {
      const first = nodeLines.get(id);
      problems.push({
        path: atLine(line),
        message: `node id ${quoteValue(id)} is already used${first === undefined ? '' : ` on line ${first}`}`,
      });
    } else nodeLines.set(id, line);
  }
  const edges = document.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const line = lineOf(edge);
    const id = edge.getAttribute('id');
    if (id) edgeIds.add(id);
    const directed = edge.getAttribute('directed');
    if (id && (directed === 'true' || directed === 'false'))
      edgeDirections.set(id, directed === 'true');
    for (const end of ['source', 'target']) {
      const id = edge.getAttribute(end);
      if (!id) problems.push({ path: atLine(line), message: `an <edge> without a ${end}` });
      else if (!nodeLines.has(id)) {
        problems.push({
          path: atLine(line),
          message: `the edge's ${end} ${quoteValue(id)} is no node of the file`,
        });
      }
    }
  }
  return { problems, edgeIds, edgeDirections };
}

/** What yEd draws for a node: its box and fill colour and its label. */
interface YedNode {
  x?: number;
  y?: number;
  width?: number;
  color?: string;
  label?: string;
}

function descendant(element: Element, name: string): Element | undefined {
  const all = element.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    if (localName(all[i]!) === name.toLowerCase()) return all[i]!;
  }
  return undefined;
}

function finite(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** yEd keeps a node's position, size, colour and label in its own graphics elements. */
function yedGraphics(document: Document): Map<string, YedNode> {
  const out = new Map<string, YedNode>();
  const nodes = document.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const id = node.getAttribute('id');
    const geometry = descendant(node, 'Geometry');
    if (!id || !geometry) continue;
    const x = finite(geometry.getAttribute('x'));
    const y = finite(geometry.getAttribute('y'));
    const width = finite(geometry.getAttribute('width'));
    const height = finite(geometry.getAttribute('height'));
    const graphics: YedNode = {};
    // yEd gives the box's top-left corner; a node is placed by its middle.
    if (x !== undefined && y !== undefined) {
      graphics.x = x + (width ?? 0) / 2;
      graphics.y = y + (height ?? 0) / 2;
    }
    if (width !== undefined) graphics.width = width;
    const fill = descendant(node, 'Fill')?.getAttribute('color');
    if (fill) graphics.color = fill;
    const label = descendant(node, 'NodeLabel')?.textContent?.trim();
    if (label) graphics.label = label;
    out.set(id, graphics);
  }
  return out;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;

/**
 * Returns a colour of the file as "#rrggbb" when it is one (hex, or rgb()/rgba() as graphology-gexf
 * writes GEXF's r, g, b), else undefined. Transparency is dropped: the graph draws nodes opaque.
 */
export function fileColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const hex = HEX.exec(text);
  if (hex) {
    const digits = hex[1]!;
    const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits.slice(0, 6);
    return `#${full.toLowerCase()}`;
  }
  const rgb = RGB.exec(text);
  if (rgb) {
    const parts = [rgb[1], rgb[2], rgb[3]].map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return `#${parts.map((p) => p.toString(16).padStart(2, '0')).join('')}`;
  }
  return undefined;
}

// What the readers turn into position, colour, size and label; the rest is the node's data.
const DRAWING_KEYS = new Set(['label', 'x', 'y', 'z', 'color', 'size', 'shape', 'thickness']);

function numberAttribute(attributes: Attributes, key: string): number | undefined {
  const value = attributes[key];
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return finite(value);
  return undefined;
}

function dataOf(attributes: Attributes): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    // A yEd graphics key has no attr.name: graphology files its text under "" (or "null").
    if (DRAWING_KEYS.has(key) || key === '' || key === 'null' || key === 'undefined') continue;
    if (value === undefined) continue;
    Object.defineProperty(data, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return data;
}

function textAttribute(attributes: Attributes, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = attributes[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

function networkOf(
  graph: AbstractGraph,
  format: XmlFormat,
  yed: ReadonlyMap<string, YedNode>,
  fileEdgeIds: ReadonlySet<string>,
  fileEdgeDirections: ReadonlyMap<string, boolean>,
  fallbackTitle: string | undefined,
): PlainNetwork {
  const flipY = format === 'gexf' ? -1 : 1;
  const nodes: PlainNode[] = [];
  graph.forEachNode((id, attributes) => {
    const drawn = yed.get(id) ?? {};
    const label =
      textAttribute(attributes, ['label', 'Label', 'name', 'Name']) ?? drawn.label ?? id;
    const node: PlainNode = { id, label, data: dataOf(attributes) };
    const x = numberAttribute(attributes, 'x') ?? drawn.x;
    const y = numberAttribute(attributes, 'y') ?? drawn.y;
    if (x !== undefined && y !== undefined)
      node.position = { x, y: flipY === -1 && y !== 0 ? -y : y };
    const color = fileColor(attributes.color) ?? fileColor(drawn.color);
    if (color) node.color = color;
    const size = numberAttribute(attributes, 'size') ?? drawn.width;
    if (size !== undefined && size > 0) node.size = size;
    nodes.push(node);
  });
  const edges: PlainEdge[] = [];
  // An edge without an id gets e0, e1… rather than graphology's key, which counts the graphs made
  // since the page loaded: the same file reads to the same ids every time.
  let next = 0;
  // graphology reads GEXF's defaultedgetype and each edge's type, and GraphML's edgedefault.
  graph.forEachEdge((key, attributes, source, target, _source, _target, undirected) => {
    let id = key;
    if (!fileEdgeIds.has(key)) {
      while (fileEdgeIds.has(`e${next}`)) next++;
      id = `e${next++}`;
    }
    const edge: PlainEdge = { id, source, target, data: dataOf(attributes) };
    const label = textAttribute(attributes, ['label', 'Label']);
    if (label !== undefined) edge.label = label;
    const color = fileColor(attributes.color);
    if (color) edge.color = color;
    if (fileEdgeDirections.get(key) ?? !undirected) edge.directed = true;
    edges.push(edge);
  });
  const own = graph.getAttribute('title');
  const title = typeof own === 'string' && own.trim() !== '' ? own.trim() : fallbackTitle;
  return { ...(title !== undefined && title !== '' && { title }), nodes, edges };
}
