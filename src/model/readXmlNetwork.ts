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
import { drawingColour, readCssColour } from './cssColour';
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

    const yed = format === 'graphml' ? yedGraphics(document) : new Map<string, YedNode>();
    const safeKeys = withSafeKeys(document, format);
    const graph =
      format === 'gexf'
        ? parseGexfDocument(Graph, document, { allowUndeclaredAttributes: true })
        : parseGraphmlDocument(Graph, document);
    const network = networkOf(graph, format, safeKeys, yed, edgeIds, edgeDirections, fallbackTitle);
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

// graphology and its readers key file data in plain objects (`{}`): the neighbours of each node
// by node id, the declared attributes by id, an element's attributes by name. A node, attribute
// or key named after a property of Object.prototype ("constructor", "toString", "__proto__"…)
// then finds something the file does not have: a node's first edge fails with "Cannot convert
// undefined or null to object", an undeclared attribute "valueOf" with "spec.cast is not a
// function", an attribute named "__proto__" is dropped and a default named "constructor" is never
// applied. So before the readers see the document, its node ids become "0", "1"…, and its
// attribute ids and names become keys no file can hold (they start with U+0001, which XML does
// not allow); networkOf turns them back.

/** What a safe attribute name stands for: the file's name, and whether it carries a default. */
interface SafeName {
  name: string;
  /** Set on a name made only to carry a declared default (see moveDefaults). */
  isDefault: boolean;
}

interface SafeKeys {
  /** The file's node id for each safe node key. */
  nodeIds: Map<string, string>;
  /** The file's attribute name for each safe attribute name. */
  names: Map<string, SafeName>;
}

/** The start of every safe attribute name and id: a character XML does not allow in a file. */
const SAFE = '\u0001';

type AttributeClass = 'graph' | 'node' | 'edge';

/** The node, edge or graph an element's data belongs to: its nearest such ancestor. */
function ownerClass(element: Element): AttributeClass | undefined {
  for (let at = element.parentNode; at; at = at.parentNode) {
    if (at.nodeType !== 1) continue;
    const name = localName(at as Element);
    if (name === 'node' || name === 'edge' || name === 'graph') return name;
  }
  return undefined;
}

function withSafeKeys(document: Document, format: XmlFormat): SafeKeys {
  const nodeIds = safeNodeKeys(document);
  const names = new Map<string, SafeName>();
  if (format === 'gexf') safeGexfAttributes(document, names);
  else safeGraphmlKeys(document, names);
  return { nodeIds, names };
}

/** Gives every node the key "0", "1"… (on the node and on its edges' ends). */
function safeNodeKeys(document: Document): Map<string, string> {
  const keys = new Map<string, string>();
  const ids = new Map<string, string>();
  // Copied out of xmldom's live lists, which are walked again after each change to the document.
  for (const node of Array.from(document.getElementsByTagName('node'))) {
    const id = node.getAttribute('id');
    // checkIds refused the file if a node has no id or one used before.
    if (id === null || keys.has(id)) continue;
    const key = String(keys.size);
    keys.set(id, key);
    ids.set(key, id);
    node.setAttribute('id', key);
  }
  for (const edge of Array.from(document.getElementsByTagName('edge'))) {
    for (const end of ['source', 'target']) {
      const key = keys.get(edge.getAttribute(end) ?? '');
      if (key !== undefined) edge.setAttribute(end, key);
    }
  }
  return ids;
}

/**
 * A declared default moves to a declaration of its own, with its own safe name that no element
 * gives a value: graphology's readers then always apply it, and networkOf keeps it only where
 * the element has no value of that name, as the readers mean to (their test is `name in data`,
 * which finds "constructor" in every object).
 */
function moveDefaults(declaration: Element, setName: (copy: Element) => void) {
  const defaults = declaration.getElementsByTagName('default');
  if (defaults.length === 0) return;
  const copy = declaration.cloneNode(true) as Element;
  setName(copy);
  declaration.parentNode?.insertBefore(copy, declaration.nextSibling);
  for (const element of [...Array.from(defaults)]) element.parentNode?.removeChild(element);
}

/**
 * GEXF: graphology-gexf reads the last <attributes class="node"> and <attributes class="edge">;
 * an attribute's name is its title when its id is a number, else its id. Each declared attribute
 * gets a numbered id and a safe title; each undeclared attvalue a safe id.
 */
function safeGexfAttributes(document: Document, names: Map<string, SafeName>) {
  const models: Partial<Record<AttributeClass, Element>> = {};
  const lists = document.getElementsByTagName('attributes');
  for (let i = 0; i < lists.length; i++) {
    const kind = lists[i]!.getAttribute('class');
    if (kind === 'node' || kind === 'edge') models[kind] = lists[i]!;
  }
  const ids = {
    graph: new Map<string, string>(),
    node: new Map<string, string>(),
    edge: new Map<string, string>(),
  };
  for (const kind of ['node', 'edge'] as const) {
    const model = models[kind];
    if (!model) continue;
    const declarations = Array.from(model.getElementsByTagName('attribute'));
    let next = 0;
    for (const declaration of declarations) {
      const id = declaration.getAttribute('id') || declaration.getAttribute('for');
      const name = String(Number.isNaN(Number(id)) ? id : declaration.getAttribute('title') || id);
      const safeId = String(next++);
      const safeName = `${SAFE}${kind}${safeId}`;
      names.set(safeName, { name, isDefault: false });
      if (id !== null) ids[kind].set(id, safeId);
      declaration.setAttribute('id', safeId);
      declaration.removeAttribute('for');
      declaration.setAttribute('title', safeName);
      moveDefaults(declaration, (copy) => {
        const copyId = String(next++);
        const copyName = `${SAFE}${kind}${copyId}`;
        names.set(copyName, { name, isDefault: true });
        copy.setAttribute('id', copyId);
        copy.setAttribute('title', copyName);
      });
    }
  }
  for (const value of Array.from(document.getElementsByTagName('attvalue'))) {
    const kind = ownerClass(value);
    if (kind !== 'node' && kind !== 'edge') continue;
    const id = value.getAttribute('id') || value.getAttribute('for');
    if (id === null || id === '') continue;
    let safeId = ids[kind].get(id);
    if (safeId === undefined) {
      // Undeclared: read as a string named by its id.
      safeId = `${SAFE}${kind}-${names.size}`;
      names.set(safeId, { name: id, isDefault: false });
      ids[kind].set(id, safeId);
    }
    value.setAttribute('for', safeId);
    value.removeAttribute('id');
  }
}

/**
 * GraphML: graphology-graphml names a <data> by its key's attr.name, or by its key attribute when
 * no <key> of the element's kind declares it. Each key gets a safe id and a safe attr.name; each
 * data a safe key.
 */
function safeGraphmlKeys(document: Document, names: Map<string, SafeName>) {
  const ids = {
    graph: new Map<string, string>(),
    node: new Map<string, string>(),
    edge: new Map<string, string>(),
  };
  const keys = Array.from(document.getElementsByTagName('key'));
  let next = 0;
  for (const key of keys) {
    const kind = key.getAttribute('for') || 'node';
    // graphology-graphml reads the keys for the graph, its nodes and its edges, no others.
    if (kind !== 'graph' && kind !== 'node' && kind !== 'edge') continue;
    const id = key.getAttribute('id');
    const name = key.getAttribute('attr.name');
    const safeId = `${SAFE}${next++}`;
    if (id !== null) ids[kind].set(id, safeId);
    key.setAttribute('id', safeId);
    // Without attr.name (yEd's graphics keys) graphology names the data "null": left as it is.
    if (name !== null) {
      const safeName = `${SAFE}name${safeId}`;
      names.set(safeName, { name, isDefault: false });
      key.setAttribute('attr.name', safeName);
    }
    moveDefaults(key, (copy) => {
      const copyId = `${SAFE}${next++}`;
      const copyName = `${SAFE}name${copyId}`;
      names.set(copyName, { name: String(name), isDefault: true });
      copy.setAttribute('id', copyId);
      copy.setAttribute('attr.name', copyName);
    });
  }
  for (const element of Array.from(document.getElementsByTagName('data'))) {
    const kind = ownerClass(element);
    const key = element.getAttribute('key');
    if (kind === undefined || key === null) continue;
    let safeId = ids[kind].get(key);
    if (safeId === undefined) {
      // Undeclared: graphology files its text under the key itself.
      safeId = `${SAFE}${next++}`;
      names.set(safeId, { name: key, isDefault: false });
      ids[kind].set(key, safeId);
    }
    element.setAttribute('key', safeId);
  }
}

/**
 * The attributes graphology read, under the file's names again, in an object without prototype.
 * A default counts only where the element has no value of its name. GraphML's r, g and b become
 * a colour afterwards, as graphology-graphml does with the names it sees.
 */
function fileAttributes(
  attributes: Attributes,
  names: ReadonlyMap<string, SafeName>,
  format: XmlFormat,
): Attributes {
  const out = Object.create(null) as Attributes;
  for (const [key, value] of Object.entries(attributes)) {
    const safe = names.get(key);
    if (!safe) out[key] = value;
    else if (!safe.isDefault || !Object.hasOwn(out, safe.name)) out[safe.name] = value;
  }
  if (
    format === 'graphml' &&
    typeof out.r === 'number' &&
    typeof out.g === 'number' &&
    typeof out.b === 'number'
  ) {
    const hex = (n: number) => `0${(n | 0).toString(16)}`.slice(-2);
    const color = `#${hex(out.r)}${hex(out.g)}${hex(out.b)}`;
    delete out.r;
    delete out.g;
    delete out.b;
    out.color = color;
  }
  return out;
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

/**
 * Returns a colour of the file as "#rrggbb" when it is a CSS colour (hex, a name, rgb() as
 * graphology-gexf writes GEXF's r, g, b, hsl()…; model/cssColour.ts), else undefined.
 * Transparency is dropped: the graph draws nodes opaque.
 */
export function fileColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const reading = readCssColour(value);
  return reading.ok ? drawingColour({ ...reading.rgba, a: 1 }) : undefined;
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
  { nodeIds, names }: SafeKeys,
  yed: ReadonlyMap<string, YedNode>,
  fileEdgeIds: ReadonlySet<string>,
  fileEdgeDirections: ReadonlyMap<string, boolean>,
  fallbackTitle: string | undefined,
): PlainNetwork {
  const flipY = format === 'gexf' ? -1 : 1;
  const nodes: PlainNode[] = [];
  const idOf = (key: string) => nodeIds.get(key) ?? key;
  graph.forEachNode((key, read) => {
    const id = idOf(key);
    const attributes = fileAttributes(read, names, format);
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
  graph.forEachEdge((key, read, source, target, _source, _target, undirected) => {
    const attributes = fileAttributes(read, names, format);
    let id = key;
    if (!fileEdgeIds.has(key)) {
      while (fileEdgeIds.has(`e${next}`)) next++;
      id = `e${next++}`;
    }
    const edge: PlainEdge = {
      id,
      source: idOf(source),
      target: idOf(target),
      data: dataOf(attributes),
    };
    const label = textAttribute(attributes, ['label', 'Label']);
    if (label !== undefined) edge.label = label;
    const color = fileColor(attributes.color);
    if (color) edge.color = color;
    if (fileEdgeDirections.get(key) ?? !undirected) edge.directed = true;
    edges.push(edge);
  });
  const own = fileAttributes(graph.getAttributes(), names, format).title;
  const title = typeof own === 'string' && own.trim() !== '' ? own.trim() : fallbackTitle;
  return { ...(title !== undefined && title !== '' && { title }), nodes, edges };
}
