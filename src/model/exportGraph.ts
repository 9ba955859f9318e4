// The graph exports: what is shown, as a graphology graph, written as GEXF (Gephi) or GraphML
// (Cytoscape desktop, yEd, NetworkX, igraph). Loaded only when the user exports.
//
// graphology-gexf is imported through its main entry: its browser entry reads the global
// DOMParser as soon as it loads, so it cannot load in Node, where the unit tests run. The main
// entry's only extra is @xmldom/xmldom (its parser's DOM), plain JavaScript that bundles for the
// browser too, at about 26 kB gzipped in the lazily loaded export chunk.
import { MultiDirectedGraph, MultiGraph, MultiUndirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { ActorGrouping, ActorNode } from './actorLevel';
import { sourceLabel } from './exportJson';
import { affiliationKey, type Visibility } from './filters';
import { polarityOf, type GraphIndex } from './graphIndex';
import type { PlainNetwork } from './network';
import type { NodeMetrics } from './nodeAppearance';
import type { Actor, ActorKind, Claim } from './schema';
import { AFFILIATION_STYLE, TIE_STYLES } from './styleTable';
import type { TieEdge, TieEdgeType } from './tieEdges';
import { tieBetween, type ActorTie } from './ties';

/** Where a node was drawn, by dataset id. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/** The attributes of a node of an exported graph. */
export type ExportNodeAttributes = {
  label: string;
  /** `group`: a group of actors of one attribute value (actor view, "Actors as: Attribute"). */
  type: 'actor' | 'claim' | 'group';
  kind?: ActorKind;
  role?: string;
  country?: string;
  topic?: string;
  /** Actor view: how many actors' statements count for the node, when more than itself. */
  members?: number;
  /** Actor view: the node's metrics in the network as drawn (see computeNodeMetrics). */
  degree?: number;
  weighted_degree?: number;
  betweenness?: number;
  eigenvector?: number;
  community?: number;
  x?: number;
  y?: number;
};

/** The attributes of an edge of an exported graph. */
export type ExportEdgeAttributes = {
  label: string;
  type: 'statement' | 'affiliation' | TieEdgeType;
  stance?: string;
  polarity?: -1 | 0 | 1;
  date?: string;
  place?: string;
  quote?: string;
  /** The source's publisher and title. */
  source?: string;
  sourceUrl?: string;
  note?: string;
  /** Actor ties: the tie's weight in its network, normalised or not (see actorNetwork.ts). */
  weight?: number;
  /** Actor ties: the ids of the claims behind the tie, joined with "; ". */
  claims?: string;
};

/** The claims view as a graph: actors → claims by statement, actors → groups by memberOf. */
export type ClaimsGraph = MultiDirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>;

/** The actor view as a graph: actors joined by agreement and conflict ties. */
export type ActorsGraph = MultiUndirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>;

// Attributes that are absent are left out rather than written as undefined, so no format gets an
// empty value where the data has none.
function withPosition<T extends { x?: number; y?: number }>(
  attributes: T,
  id: string,
  positions?: Positions,
): T {
  const at = positions?.get(id);
  if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) {
    attributes.x = at.x;
    attributes.y = at.y;
  }
  return attributes;
}

function actorAttributes(actor: Actor, positions?: Positions): ExportNodeAttributes {
  const attributes: ExportNodeAttributes = { label: actor.name, type: 'actor', kind: actor.kind };
  if (actor.role !== undefined) attributes.role = actor.role;
  if (actor.country !== undefined) attributes.country = actor.country;
  return withPosition(attributes, actor.id, positions);
}

function claimAttributes(claim: Claim, positions?: Positions): ExportNodeAttributes {
  const attributes: ExportNodeAttributes = { label: claim.text, type: 'claim' };
  if (claim.topic !== undefined) attributes.topic = claim.topic;
  return withPosition(attributes, claim.id, positions);
}

// graphology keeps each node's neighbours in plain objects keyed by node key: a node keyed like
// a property of Object.prototype ("__proto__", "constructor") reaches that property instead, and
// adding its edges changed Object.prototype itself, for the whole page. Such an id is keyed with
// U+0001 in front, a character no XML file can hold: the writers take it off (idOfKey), and
// xmlSafeCopy, which drops every other such character, keeps it.
const KEY_ESCAPE = '\u0001';

/** The graph key of a node id: the id itself, unless it names a property of Object.prototype. */
export function nodeKey(id: string): string {
  return id in Object.prototype ? `${KEY_ESCAPE}${id}` : id;
}

/** The node id of a graph key (nodeKey's inverse). */
function idOfKey(key: string): string {
  const id = key.slice(KEY_ESCAPE.length);
  return key.startsWith(KEY_ESCAPE) && id in Object.prototype ? id : key;
}

/** Returns `base`, or `base` with the first free suffix when the graph has an edge of that key. */
function freeEdgeKey(graph: AbstractGraph, base: string): string {
  let key = base;
  for (let n = 2; graph.hasEdge(key); n++) key = `${base}#${n}`;
  return key;
}

/**
 * Returns the claims view of what is shown as a directed multigraph.
 *
 * Nodes: the shown actors (label = name, type "actor", kind, role, country) and the shown claims
 * (label = text, type "claim", topic), in file order; x and y when `positions` (keyed by dataset
 * id) has them. Edges: every shown statement from its actor to its claim, keyed by the statement
 * id (label = stance label, type "statement", stance, polarity, date, place, quote, source =
 * publisher and title, sourceUrl, note), then every shown memberOf tie from the member to the
 * group (label "Member of", type "affiliation"), keyed `memberOf:<actor>:<group>`, with a "#2"
 * suffix in the unlikely case that a statement already has that id. An edge whose ends are not
 * both shown is left out. Several statements of one actor on one claim are parallel edges.
 */
export function claimsGraph(
  index: GraphIndex,
  visibility: Visibility,
  positions?: Positions,
): ClaimsGraph {
  const graph: ClaimsGraph = new MultiDirectedGraph();
  const { dataset } = index;
  for (const actor of dataset.actors) {
    if (visibility.actors.has(actor.id))
      graph.addNode(nodeKey(actor.id), actorAttributes(actor, positions));
  }
  for (const claim of dataset.claims) {
    if (visibility.claims.has(claim.id))
      graph.addNode(nodeKey(claim.id), claimAttributes(claim, positions));
  }

  for (const statement of dataset.statements) {
    if (!visibility.statements.has(statement.id)) continue;
    const [actorKey, claimKey] = [nodeKey(statement.actor), nodeKey(statement.claim)];
    if (!graph.hasNode(actorKey) || !graph.hasNode(claimKey)) continue;
    const stance = index.stanceById.get(statement.stance);
    const attributes: ExportEdgeAttributes = {
      label: stance?.label ?? statement.stance,
      type: 'statement',
      stance: statement.stance,
      polarity: polarityOf(index, statement),
    };
    if (statement.date !== undefined) attributes.date = statement.date;
    if (statement.place !== undefined) attributes.place = statement.place;
    if (statement.quote !== undefined) attributes.quote = statement.quote;
    if (statement.source !== undefined) {
      const source = index.sourceById.get(statement.source);
      attributes.source = source ? sourceLabel(source) : statement.source;
      if (source?.url !== undefined) attributes.sourceUrl = source.url;
    }
    if (statement.note !== undefined) attributes.note = statement.note;
    graph.addDirectedEdgeWithKey(statement.id, actorKey, claimKey, attributes);
  }

  for (const actor of dataset.actors) {
    if (!graph.hasNode(nodeKey(actor.id))) continue;
    // A repeated memberOf entry is one tie, as in the view.
    for (const member of new Set(actor.memberOf ?? [])) {
      if (!visibility.affiliations.has(affiliationKey(actor.id, member))) continue;
      if (member === actor.id || !graph.hasNode(nodeKey(member))) continue;
      graph.addDirectedEdgeWithKey(
        freeEdgeKey(graph, `memberOf:${actor.id}:${member}`),
        nodeKey(actor.id),
        nodeKey(member),
        { label: AFFILIATION_STYLE.label, type: 'affiliation' },
      );
    }
  }
  return graph;
}

/** What the actor view shows, for its export. */
export interface ActorsGraphInput {
  /** The nodes of the chosen level; without it every node is an actor as coded. */
  readonly grouping?: ActorGrouping;
  /** The ids of the shown nodes. */
  readonly shownNodes: ReadonlySet<string>;
  readonly ties: readonly TieEdge[];
  /** The statements the ties were derived from (the filters' visibility). */
  readonly statementIds: ReadonlySet<string>;
  readonly positions?: Positions;
  readonly metrics?: NodeMetrics | null;
}

// The claims that explain a drawn tie: agreement and conflict ties list the claims of their side
// (an "Agreement − conflict" tie, drawn by its sign, too); co-occurrence lists every shared claim.
const CLAIMS_OF: Readonly<Record<TieEdgeType, keyof Omit<ActorTie, 'a' | 'b'>>> = {
  agreement: 'agreement',
  conflict: 'conflict',
  cooccurrence: 'shared',
};

function nodeAttributes(index: GraphIndex, node: ActorNode): ExportNodeAttributes {
  const actor = node.actor === undefined ? undefined : index.actorById.get(node.actor);
  const attributes: ExportNodeAttributes = actor
    ? actorAttributes(actor)
    : { label: node.label, type: 'group', kind: node.kind };
  if (node.members.length > 1 || node.members[0] !== node.actor)
    attributes.members = node.members.length;
  return attributes;
}

/** The attributes with the node's metrics added, those it has. */
function withMetrics(
  attributes: ExportNodeAttributes,
  id: string,
  metrics: NodeMetrics | null | undefined,
): ExportNodeAttributes {
  if (!metrics) return attributes;
  const { degree, weightedDegree, betweenness, eigenvector } = metrics.values;
  const values: Partial<ExportNodeAttributes> = {
    degree: degree.get(id),
    weighted_degree: weightedDegree.get(id),
    betweenness: betweenness.get(id),
    eigenvector: eigenvector.get(id),
    community: metrics.community.get(id),
  };
  // Absent values are left out, never written as undefined (see withPosition).
  const known = Object.entries(values).filter(([, value]) => value !== undefined);
  return { ...attributes, ...Object.fromEntries(known) };
}

/**
 * Returns the actor view as an undirected multigraph: the shown nodes in file order (an actor
 * with its attributes as in claimsGraph; a group of an attribute value with label = the value,
 * type "group"; `members` when more actors than the node itself count for it; the metrics
 * degree, weighted_degree, betweenness, eigenvector and community when given; x and y from
 * `positions`) and one edge per drawn tie (label "Agreement", "Conflict" or "Co-occurrence", the
 * same type, weight = its weight in the network, claims = the claims behind it joined with "; ",
 * derived from `statementIds` as the ties were), keyed `<type>:<a>:<b>`. A pair that both agrees
 * and conflicts has two parallel edges. A tie to a node that is not shown is left out.
 */
export function actorsGraph(index: GraphIndex, input: ActorsGraphInput): ActorsGraph {
  const { grouping, shownNodes, ties, statementIds, positions, metrics } = input;
  const graph: ActorsGraph = new MultiUndirectedGraph();
  const nodes: Iterable<ActorNode> =
    grouping?.nodes.values() ??
    index.dataset.actors.map((actor) => ({
      id: actor.id,
      label: actor.name,
      kind: actor.kind,
      actor: actor.id,
      members: [actor.id],
    }));
  for (const node of nodes) {
    if (!shownNodes.has(node.id)) continue;
    const attributes = withMetrics(nodeAttributes(index, node), node.id, metrics);
    graph.addNode(nodeKey(node.id), withPosition(attributes, node.id, positions));
  }
  for (const tie of ties) {
    if (!graph.hasNode(nodeKey(tie.a)) || !graph.hasNode(nodeKey(tie.b))) continue;
    const behind = tieBetween(index, tie.a, tie.b, statementIds, grouping);
    const claims = behind?.[CLAIMS_OF[tie.type]] ?? [];
    graph.addUndirectedEdgeWithKey(
      freeEdgeKey(graph, `${tie.type}:${tie.a}:${tie.b}`),
      nodeKey(tie.a),
      nodeKey(tie.b),
      {
        label: TIE_STYLES[tie.type].label,
        type: tie.type,
        weight: tie.weight,
        claims: claims.join('; '),
      },
    );
  }
  return graph;
}

/** What a plain network shows: the ids of its shown nodes and edges (see selectNetworkShown). */
export interface NetworkShownIds {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** A plain network as a graph: mixed, since its file may give each edge its own direction. */
export type NetworkGraph = MultiGraph<Attributes, Attributes>;

// Names the writers give a meaning of their own (label, position, colour, size, weight,
// direction) or that name the element itself: the file's data of these names is not copied as
// attributes, which would clash with what the reader took from it (the label, the colour…).
const NODE_OWN: ReadonlySet<string> = new Set(['id', 'label', 'x', 'y', 'color', 'size']);
const EDGE_OWN: ReadonlySet<string> = new Set([
  'id',
  'source',
  'target',
  'label',
  'weight',
  'color',
  'directed',
]);

/** The element's data that GEXF and GraphML can type: text, finite numbers and booleans. */
function fileAttributes(data: Record<string, unknown>, own: ReadonlySet<string>): Attributes {
  // Object.fromEntries defines own properties, so data named "__proto__" stays an attribute.
  return Object.fromEntries(
    Object.entries(data).filter(
      ([name, value]) =>
        !own.has(name) &&
        (typeof value === 'string' ||
          typeof value === 'boolean' ||
          (typeof value === 'number' && Number.isFinite(value))),
    ),
  );
}

/** The edge's weight in its file (GEXF weight, GraphML or Cytoscape "weight" data), if a number. */
function weightOf(data: Record<string, unknown>): number | undefined {
  const value = Object.hasOwn(data, 'weight') ? data.weight : undefined;
  // A GraphML key typed string still holds a number when the file wrote one.
  const weight = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof weight === 'number' && Number.isFinite(weight) ? weight : undefined;
}

/**
 * Returns what a plain network (read from GEXF, GraphML or Cytoscape JSON) shows as a mixed
 * multigraph with its title, in file order: its shown nodes (label; x and y from `positions`, keyed by node id;
 * the file's color as "#rrggbb" and size when it has them; its other text, number and boolean
 * data as attributes) and its shown edges keyed by their ids, directed when the file said so,
 * else undirected (label; the file's weight and color when it has them; its other data as
 * attributes). An edge whose ends are not both shown is left out.
 */
export function networkGraph(
  network: PlainNetwork,
  shown: NetworkShownIds,
  positions?: Positions,
): NetworkGraph {
  const graph: NetworkGraph = new MultiGraph();
  // GEXF's meta title, as Gephi writes it, and a GraphML graph attribute: both read back as such.
  if (network.title !== undefined) graph.setAttribute('title', network.title);
  for (const node of network.nodes) {
    if (!shown.nodes.has(node.id)) continue;
    const attributes: Attributes = { ...fileAttributes(node.data, NODE_OWN), label: node.label };
    if (node.color !== undefined) attributes.color = node.color;
    if (node.size !== undefined) attributes.size = node.size;
    graph.addNode(nodeKey(node.id), withPosition(attributes, node.id, positions));
  }
  for (const edge of network.edges) {
    if (!shown.edges.has(edge.id)) continue;
    const [source, target] = [nodeKey(edge.source), nodeKey(edge.target)];
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    const attributes = fileAttributes(edge.data, EDGE_OWN);
    if (edge.label !== undefined) attributes.label = edge.label;
    const weight = weightOf(edge.data);
    if (weight !== undefined) attributes.weight = weight;
    if (edge.color !== undefined) attributes.color = edge.color;
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.id, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(edge.id, source, target, attributes);
  }
  return graph;
}

// ---------------------------------------------------------------------------------------------
// XML

// XML 1.0 cannot carry these at all, not even as character references: the C0 controls other
// than tab, LF and CR, U+FFFE, U+FFFF, and UTF-16 surrogates that are not part of a pair (the `u`
// flag makes a lone surrogate one code point of its own, so a valid pair is never split). A
// dataset may hold them (JSON allows "\u0001"); written as they are they make the whole file
// unreadable, so they are dropped.
const ILLEGAL_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Returns the text without the characters XML 1.0 cannot represent. */
export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL_IN_XML, '');
}

function safeValue(value: unknown): unknown {
  if (typeof value === 'string') return stripIllegalXml(value);
  if (Array.isArray(value)) return value.map(safeValue);
  return value;
}

function safeAttributes(attributes: Attributes): Attributes {
  // Object.fromEntries defines own properties, so an attribute named "__proto__" stays one.
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [stripIllegalXml(name), safeValue(value)]),
  );
}

/** Returns `stripIllegalXml(key)`, made unique among `used` by a "#n" suffix; records it. */
function safeKey(key: string, used: Set<string>): string {
  const base = stripIllegalXml(key);
  let safe = base;
  for (let n = 2; used.has(safe); n++) safe = `${base}#${n}`;
  used.add(safe);
  return safe;
}

/**
 * Returns a copy of the graph (same type) whose node and edge keys, attribute names and string
 * attribute values hold no character that XML 1.0 cannot represent. Only a key that lost
 * characters and so met another key gets a "#n" suffix; every other key is unchanged.
 */
function xmlSafeCopy(graph: AbstractGraph): AbstractGraph {
  const copy = graph.nullCopy();
  copy.replaceAttributes(safeAttributes(graph.getAttributes()));
  const nodeKeys = new Map<string, string>();
  const ids = graph.nodes().map(idOfKey);
  const usedNodes = new Set(ids.filter((id) => id === stripIllegalXml(id)));
  graph.forEachNode((key, attributes) => {
    const id = idOfKey(key);
    const safe = nodeKey(id === stripIllegalXml(id) ? id : safeKey(id, usedNodes));
    nodeKeys.set(key, safe);
    copy.addNode(safe, safeAttributes(attributes));
  });
  const usedEdges = new Set(graph.edges().filter((key) => key === stripIllegalXml(key)));
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const safe = key === stripIllegalXml(key) ? key : safeKey(key, usedEdges);
    const from = nodeKeys.get(source) ?? source;
    const to = nodeKeys.get(target) ?? target;
    if (undirected) copy.addUndirectedEdgeWithKey(safe, from, to, safeAttributes(attributes));
    else copy.addDirectedEdgeWithKey(safe, from, to, safeAttributes(attributes));
  });
  return copy;
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

const HEX_COLOR = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/**
 * Returns a "#rrggbb" colour as "rgb(r, g, b)", which graphology-gexf writes as viz:color's r, g
 * and b: every GEXF reader knows those, while `hex` is new in GEXF 1.3. Else undefined.
 */
function gexfColor(value: unknown): string | undefined {
  const hex = typeof value === 'string' ? HEX_COLOR.exec(value) : null;
  if (!hex) return undefined;
  return `rgb(${hex
    .slice(1, 4)
    .map((pair) => parseInt(pair, 16))
    .join(', ')})`;
}

/**
 * Returns the graph as GEXF 1.3 text (Gephi's format), written by graphology-gexf, which escapes
 * the XML. `label` becomes the GEXF label, x and y the viz:position (y turned over: GEXF counts it
 * upwards, as Gephi draws, the screen downwards), a node's `color` ("#rrggbb") and `size` its
 * viz:color and viz:size, an edge's `weight` its GEXF weight and its `color` its viz:color; every
 * other attribute is a typed GEXF attribute (string, integer, double, boolean, as its values are).
 * defaultedgetype is the kind of every edge when they agree, else "directed" with each undirected
 * edge typed so. Characters XML 1.0 cannot represent are dropped (see stripIllegalXml).
 */
export function toGexf(graph: AbstractGraph): string {
  const gexf = writeGexf(xmlSafeCopy(graph), {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, x, y, color, size, ...rest } = attributes;
      const viz: { x?: number; y?: number; color?: string; size?: number } = {};
      if (typeof x === 'number') viz.x = x;
      // GEXF counts y upwards, as Gephi draws it; the screen counts it downwards.
      if (typeof y === 'number') viz.y = y === 0 ? 0 : -y;
      const rgb = gexfColor(color);
      if (rgb !== undefined) viz.color = rgb;
      if (typeof size === 'number') viz.size = size;
      return {
        ...(typeof label === 'string' ? { label } : {}),
        ...(Object.keys(viz).length > 0 ? { viz } : {}),
        attributes: Object.fromEntries(Object.entries(rest).filter(([, v]) => isPresent(v))),
      };
    },
    formatEdge: (_key, attributes) => {
      const { label, weight, color, ...rest } = attributes;
      const rgb = gexfColor(color);
      return {
        ...(typeof label === 'string' ? { label } : {}),
        ...(typeof weight === 'number' ? { weight } : {}),
        ...(rgb !== undefined ? { viz: { color: rgb } } : {}),
        attributes: Object.fromEntries(Object.entries(rest).filter(([, v]) => isPresent(v))),
      };
    },
  });
  // The only U+0001 left is the escape of node keys (nodeKey): the ids are written without it.
  return gexf.replaceAll(KEY_ESCAPE, '');
}

// GraphML (graphml.graphdrawing.org). graphology has no maintained GraphML writer, so this one is
// written here.

type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';
type Domain = 'graph' | 'node' | 'edge';

const INT_MAX = 2 ** 31 - 1;
// Positions are real numbers even when they happen to be whole: readers should not get an int
// column for one export and a double column for the next.
const ALWAYS_DOUBLE: ReadonlySet<string> = new Set(['x', 'y']);

function valueType(value: unknown): GraphmlType | undefined {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (!Number.isInteger(value)) return 'double';
    return Math.abs(value) <= INT_MAX ? 'int' : 'long';
  }
  if (typeof value === 'string') return 'string';
  if (value === undefined || value === null) return undefined;
  return 'string';
}

/** Returns the one GraphML type that can hold both: the wider number, else string. */
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  const numbers: readonly GraphmlType[] = ['int', 'long', 'double'];
  if (numbers.includes(a) && numbers.includes(b)) {
    return a === 'double' || b === 'double' ? 'double' : 'long';
  }
  return 'string';
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Returns the text escaped for an XML attribute value: the five markup characters as entities and
 * tab, LF and CR as character references, which a parser's attribute-value normalisation would
 * otherwise turn into spaces. Illegal characters are dropped.
 */
function escapeAttribute(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * Returns the text escaped for XML element content: the five markup characters as entities and CR
 * as a character reference (a parser turns a raw CR or CRLF into LF). Tab and LF stay as they are.
 */
function escapeText(text: string): string {
  return stripIllegalXml(text).replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c] ?? c);
}

interface GraphmlKey {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

/** Returns the keys (d0, d1, …) of every attribute of the three domains, each with its type. */
function graphmlKeys(graph: AbstractGraph): Map<Domain, Map<string, GraphmlKey>> {
  const types = new Map<Domain, Map<string, GraphmlType>>([
    ['graph', new Map()],
    ['node', new Map()],
    ['edge', new Map()],
  ]);
  const see = (domain: Domain, attributes: Attributes) => {
    const seen = types.get(domain);
    if (!seen) return;
    for (const [name, value] of Object.entries(attributes)) {
      const type = valueType(value);
      if (type === undefined) continue;
      const known = seen.get(name);
      seen.set(name, known === undefined ? type : widen(known, type));
    }
  };
  see('graph', graph.getAttributes());
  graph.forEachNode((_key, attributes) => see('node', attributes));
  graph.forEachEdge((_key, attributes) => see('edge', attributes));

  const keys = new Map<Domain, Map<string, GraphmlKey>>();
  let next = 0;
  for (const [domain, seen] of types) {
    const byName = new Map<string, GraphmlKey>();
    for (const [name, type] of seen) {
      const forced = ALWAYS_DOUBLE.has(name) && (type === 'int' || type === 'long');
      byName.set(name, { id: `d${next++}`, domain, name, type: forced ? 'double' : type });
    }
    keys.set(domain, byName);
  }
  return keys;
}

function dataLines(
  attributes: Attributes,
  keys: ReadonlyMap<string, GraphmlKey> | undefined,
  indent: string,
): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const key = keys?.get(name);
    // A value of no GraphML type (undefined, null, NaN, ±Infinity) is left out.
    if (!key || valueType(value) === undefined) continue;
    lines.push(`${indent}<data key="${key.id}">${escapeText(valueText(value))}</data>`);
  }
  return lines;
}

/**
 * Returns the graph as GraphML text: one `<key>` per attribute and domain, with generated ids
 * (d0, d1, …) so that no attribute name can clash with an id or break the markup, its name in
 * attr.name and its type in attr.type (boolean, int, long, double or string, as its values are;
 * x and y always double); then the graph, edgedefault "undirected" for an undirected graph (or
 * a mixed one whose edges are all undirected) and "directed" otherwise (an edge of the other kind
 * says so with its `directed` attribute), its
 * nodes and its edges (id, source, target) with their `<data>`. Text and attribute values are
 * escaped; characters XML 1.0 cannot represent are dropped (see stripIllegalXml).
 */
export function toGraphml(graph: AbstractGraph): string {
  const safe = xmlSafeCopy(graph);
  const keys = graphmlKeys(safe);
  // As graphology-gexf sets GEXF's defaultedgetype: a mixed graph whose edges are all of one kind
  // takes that kind, so an undirected network is not written as directed edges marked otherwise.
  const defaultDirected =
    safe.type === 'mixed'
      ? safe.directedSize > 0 || safe.undirectedSize === 0
      : safe.type === 'directed';
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const byName of keys.values()) {
    for (const key of byName.values()) {
      lines.push(
        `  <key id="${key.id}" for="${key.domain}" attr.name="${escapeAttribute(key.name)}"` +
          ` attr.type="${key.type}"/>`,
      );
    }
  }
  lines.push(`  <graph id="G" edgedefault="${defaultDirected ? 'directed' : 'undirected'}">`);
  lines.push(...dataLines(safe.getAttributes(), keys.get('graph'), '    '));
  safe.forEachNode((node, attributes) => {
    const data = dataLines(attributes, keys.get('node'), '      ');
    const open = `    <node id="${escapeAttribute(idOfKey(node))}"`;
    if (data.length === 0) lines.push(`${open}/>`);
    else lines.push(`${open}>`, ...data, '    </node>');
  });
  safe.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    const data = dataLines(attributes, keys.get('edge'), '      ');
    const directed = !undirected;
    const open =
      `    <edge id="${escapeAttribute(edge)}" source="${escapeAttribute(idOfKey(source))}"` +
      ` target="${escapeAttribute(idOfKey(target))}"` +
      (directed === defaultDirected ? '' : ` directed="${directed}"`);
    if (data.length === 0) lines.push(`${open}/>`);
    else lines.push(`${open}>`, ...data, '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
