// Reading Cytoscape.js JSON (what `cy.json()` and Cytoscape desktop's "Export as Cytoscape.js
// JSON" write) as a plain network: nodes and edges, no stances. The app shows such a network
// through an equivalent stancegraph dataset (every node an actor of kind "other"), so search,
// details and filters work on it unchanged.
//
// Like parseDataset, this collects every problem, never throws, and keys file data only into
// Map/Set, so ids such as "__proto__" are ordinary ids.
import { formatPath, type Problem } from './parseDataset';
import type { Positions } from './positions';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  jsonTypeOf,
  quoteValue,
  type Actor,
  type Dataset,
} from './schema';

/** A plain network read from another tool: nodes and edges, no stances. */
export interface PlainNetwork {
  title?: string;
  nodes: PlainNode[];
  edges: PlainEdge[];
}

/** A node of a plain network; `data` is the element's data as the file wrote it. */
export interface PlainNode {
  id: string;
  label: string;
  position?: { x: number; y: number };
  /** The node's colour in the file, as "#rrggbb" (GEXF, GraphML). */
  color?: string;
  /** The node's size in the file, in the file's units (GEXF viz:size, GraphML size). */
  size?: number;
  data: Record<string, unknown>;
}

/** An edge of a plain network; `data` is the element's data as the file wrote it. */
export interface PlainEdge {
  id: string;
  source: string;
  target: string;
  interaction?: string;
  label?: string;
  /** The edge's colour in the file, as "#rrggbb" (GEXF). */
  color?: string;
  /** Set when the file says the edge has a direction (GEXF, GraphML); drawn with an arrow. */
  directed?: true;
  data: Record<string, unknown>;
}

export type NetworkResult =
  { ok: true; network: PlainNetwork; dataset: Dataset } | { ok: false; problems: Problem[] };

type Segment = string | number;
type Group = 'nodes' | 'edges';

/** One element of the file, wherever the file's shape put it. */
interface RawElement {
  at: Segment[];
  /** Set when the file's shape decides the group (`elements.nodes`, `elements.edges`). */
  group: Group | undefined;
  value: unknown;
}

interface Found {
  /** Position of the element in the document, so problems come out in document order. */
  order: number;
  at: Segment[];
  message: string;
}

interface PendingEdge {
  order: number;
  at: Segment[];
  data: Record<string, unknown>;
  /** Undefined when the file gave none (one is generated once all given ids are known) or a bad one. */
  id: string | undefined;
}

const MISSING = 'required field is missing';

/**
 * Returns true when `value` (parsed JSON) is laid out as Cytoscape.js JSON: an object with
 * `elements` (an array, or an object with `nodes` or `edges`), or an array of elements with
 * `data`. A stancegraph file (`format: "stancegraph"`) is never taken for one. Never throws.
 */
export function isCytoscapeJson(value: unknown): boolean {
  try {
    if (Array.isArray(value)) {
      return value.some((item) => isRecord(item) && hasOwn(item, 'data'));
    }
    if (!isRecord(value) || field(value, 'format') === FORMAT_NAME) return false;
    const elements = field(value, 'elements');
    if (Array.isArray(elements)) return true;
    // Either key is enough, so a file with a malformed list still reaches readCytoscapeJson and
    // gets told what is wrong with it, not that it lacks the fields of a stancegraph file.
    return isRecord(elements) && (hasOwn(elements, 'nodes') || hasOwn(elements, 'edges'));
  } catch {
    return false;
  }
}

/**
 * Returns the plain network in `value` (parsed Cytoscape.js JSON, in any of its shapes) with the
 * equivalent stancegraph dataset, which always passes validateDataset; else every problem found,
 * each with a JSON path such as `elements.edges[12].data.target`. Never throws.
 */
export function readCytoscapeJson(value: unknown): NetworkResult {
  try {
    return read(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `could not be read: ${reason}` }] };
  }
}

function read(value: unknown): NetworkResult {
  const found: Found[] = [];
  const shape = elementsOf(value, found);
  if (!shape) return refuse(found);

  // Every id, node or edge, with the path of the element that first used it: Cytoscape.js
  // keeps nodes and edges in one id space.
  const owners = new Map<string, { at: Segment[]; group: Group }>();
  const nodeIds = new Set<string>();
  const nodes: PlainNode[] = [];
  const pending: PendingEdge[] = [];

  // First pass: every element's group and id. Edges are resolved afterwards because a flat
  // array may list an edge before the nodes it joins.
  shape.elements.forEach((raw, order) => {
    const problem = (at: Segment[], message: string) => found.push({ order, at, message });
    if (!isRecord(raw.value)) {
      problem(raw.at, `expected an object, got ${jsonTypeOf(raw.value)}`);
      return;
    }
    const data = field(raw.value, 'data');
    const group = raw.group ?? groupOf(raw.value, data, raw.at, problem);
    if (data === undefined) problem([...raw.at, 'data'], MISSING);
    else if (!isRecord(data))
      problem([...raw.at, 'data'], `expected an object, got ${jsonTypeOf(data)}`);
    if (group === undefined || !isRecord(data)) return;

    const rawId = field(data, 'id');
    let id: string | undefined;
    if (rawId === undefined) {
      // Cytoscape.js would make up an id for a node too, but no edge could refer to it.
      if (group === 'nodes') problem([...raw.at, 'data', 'id'], MISSING);
    } else {
      const parsed = idText(rawId);
      if ('problem' in parsed) problem([...raw.at, 'data', 'id'], parsed.problem);
      else {
        const owner = owners.get(parsed.id);
        if (owner) {
          const message = `id ${quoteValue(parsed.id)} is already used by ${formatPath(owner.at)}`;
          problem([...raw.at, 'data', 'id'], message);
        } else {
          owners.set(parsed.id, { at: raw.at, group });
          id = parsed.id;
        }
      }
    }

    // An edge with a bad id is still kept for the second pass, so the problems of its ends are
    // reported too; the network is refused anyway, so no id is generated for it.
    if (group === 'edges') {
      pending.push({ order, at: raw.at, data, id });
    } else if (id !== undefined) {
      nodeIds.add(id);
      const label = firstText(data, ['name', 'label', 'shared_name']) ?? id;
      const position = positionOf(field(raw.value, 'position'));
      nodes.push(position ? { id, label, position, data } : { id, label, data });
    }
  });

  // Second pass: the edges' ends, and ids for the edges that have none.
  const edges: PlainEdge[] = [];
  let nextId = 0;
  for (const edge of pending) {
    const problem = (key: string, message: string) =>
      found.push({ order: edge.order, at: [...edge.at, 'data', key], message });
    const ends: string[] = [];
    for (const key of ['source', 'target']) {
      const ref = field(edge.data, key);
      if (ref === undefined) {
        problem(key, MISSING);
        continue;
      }
      const parsed = idText(ref);
      if ('problem' in parsed) problem(key, parsed.problem);
      else if (shape.nodesReadable && !nodeIds.has(parsed.id)) {
        const isEdge = owners.get(parsed.id)?.group === 'edges';
        problem(
          key,
          isEdge
            ? `${quoteValue(parsed.id)} is an edge, not a node`
            : `no node with id ${quoteValue(parsed.id)}`,
        );
      } else ends.push(parsed.id);
    }
    const [source, target] = ends;
    if (source === undefined || target === undefined || found.length > 0) continue;

    let id = edge.id;
    if (id === undefined) {
      while (owners.has(`e${nextId}`)) nextId++;
      id = `e${nextId++}`;
      owners.set(id, { at: edge.at, group: 'edges' });
    }
    const interaction = firstText(edge.data, ['interaction', 'shared_interaction']);
    const label = firstText(edge.data, ['name']) ?? interaction;
    const plain: PlainEdge = { id, source, target, data: edge.data };
    if (interaction !== undefined) plain.interaction = interaction;
    if (label !== undefined) plain.label = label;
    edges.push(plain);
  }

  if (found.length > 0) return refuse(found);

  const title = shape.title;
  const network: PlainNetwork = { ...(title !== undefined && { title }), nodes, edges };
  return { ok: true, network, dataset: networkDataset(network, { attributes: false }) };
}

/**
 * The part of a network that is shown (node and edge ids), in file order, each node at its place
 * in `positions` when it has one there: what a page of the view carries.
 */
export function shownNetwork(
  network: PlainNetwork,
  shown: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> },
  positions: Positions,
): PlainNetwork {
  const nodes = network.nodes
    .filter((node) => shown.nodes.has(node.id))
    .map((node) => {
      const position = positions.get(node.id);
      return position ? { ...node, position: { x: position.x, y: position.y } } : node;
    });
  const edges = network.edges.filter((edge) => shown.edges.has(edge.id));
  return { ...(network.title !== undefined && { title: network.title }), nodes, edges };
}

// Fields of an actor that a node attribute of the same name must not overwrite.
const ACTOR_FIELDS = new Set(['id', 'name', 'kind', 'role', 'memberOf', 'aliases', 'country']);

/**
 * Returns the stancegraph dataset a plain network is shown through: one actor of kind "other" per
 * node, named by its label, no claims or statements. With `attributes` (the default), each node's
 * string, number and boolean data that names no actor field becomes an attribute of its actor.
 */
export function networkDataset(
  network: PlainNetwork,
  { attributes = true }: { attributes?: boolean } = {},
): Dataset {
  const actors: Actor[] = network.nodes.map((node) => {
    const actor: Actor = { id: node.id, name: node.label, kind: 'other' };
    if (!attributes) return actor;
    for (const [key, value] of Object.entries(node.data)) {
      if (ACTOR_FIELDS.has(key)) continue;
      const primitive =
        typeof value === 'string' ||
        typeof value === 'boolean' ||
        (typeof value === 'number' && Number.isFinite(value));
      // defineProperty: a key such as "__proto__" is an ordinary field, never the prototype.
      if (primitive) {
        Object.defineProperty(actor, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return actor;
  });
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    ...(network.title !== undefined && { title: network.title }),
    actors,
    claims: [],
    statements: [],
  };
}

/**
 * Returns the elements of the file in document order, whichever of the shapes it has, or
 * undefined (with the problem recorded) when it has none of them.
 */
function elementsOf(
  value: unknown,
  found: Found[],
): { elements: RawElement[]; nodesReadable: boolean; title: string | undefined } | undefined {
  const refuseShape = (at: Segment[], message: string) => {
    found.push({ order: -1, at, message });
    return undefined;
  };
  const listed = (list: readonly unknown[], at: Segment[], group?: Group): RawElement[] =>
    list.map((item, index) => ({ at: [...at, index], group, value: item }));

  if (Array.isArray(value)) {
    return { elements: listed(value, []), nodesReadable: true, title: undefined };
  }
  if (!isRecord(value)) {
    return refuseShape(
      [],
      `expected Cytoscape.js JSON (an object with "elements", or an array of elements), got ${jsonTypeOf(value)}`,
    );
  }
  if (field(value, 'format') === FORMAT_NAME) {
    return refuseShape([], 'this is a stancegraph file, not Cytoscape.js JSON');
  }
  const topData = field(value, 'data');
  const title = isRecord(topData) ? firstText(topData, ['name', 'title']) : undefined;
  const elements = field(value, 'elements');
  if (elements === undefined) return refuseShape(['elements'], MISSING);
  if (Array.isArray(elements)) {
    return { elements: listed(elements, ['elements']), nodesReadable: true, title };
  }
  if (!isRecord(elements)) {
    return refuseShape(
      ['elements'],
      `expected an object with "nodes" and "edges", or an array, got ${jsonTypeOf(elements)}`,
    );
  }
  // Either list may be left out (Cytoscape.js accepts that); one of the wrong type is refused,
  // but the other is still read so that all problems are reported together.
  const out: RawElement[] = [];
  let nodesReadable = true;
  for (const group of ['nodes', 'edges'] as const) {
    const list = field(elements, group);
    if (Array.isArray(list)) out.push(...listed(list, ['elements', group], group));
    else if (list !== undefined) {
      // Ordered just before the list's elements would have been, as in the document.
      found.push({
        order: out.length - 0.5,
        at: ['elements', group],
        message: `expected an array, got ${jsonTypeOf(list)}`,
      });
      if (group === 'nodes') nodesReadable = false;
    }
  }
  return { elements: out, nodesReadable, title };
}

/**
 * Returns the group of an element of a flat array: its `group` when given, else "edges" when its
 * data has both a source and a target (the rule of Cytoscape.js itself), else "nodes".
 */
function groupOf(
  element: Record<string, unknown>,
  data: unknown,
  at: Segment[],
  problem: (at: Segment[], message: string) => void,
): Group | undefined {
  const group = field(element, 'group');
  if (group === 'nodes' || group === 'edges') return group;
  if (group !== undefined) {
    problem(
      [...at, 'group'],
      typeof group === 'string'
        ? `unknown group ${quoteValue(group)} (expected "nodes" or "edges")`
        : `expected a string, got ${jsonTypeOf(group)}`,
    );
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  // `!= null`, as Cytoscape.js tests it: a node may well have a data field named "source".
  return field(data, 'source') != null && field(data, 'target') != null ? 'edges' : 'nodes';
}

/** Returns an id as text: strings as they are, finite numbers as Cytoscape.js writes them. */
function idText(value: unknown): { id: string } | { problem: string } {
  if (typeof value === 'string') {
    return value === '' ? { problem: 'an id must not be empty' } : { id: value };
  }
  if (typeof value === 'number' && Number.isFinite(value)) return { id: String(value) };
  return { problem: `expected a string or number, got ${jsonTypeOf(value)}` };
}

/** Returns the first of `keys` whose value is a non-blank string. */
function firstText(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = field(record, key);
    // A blank name would draw an unlabelled node: the next candidate says more.
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

/** Returns `{ x, y }` when both are finite numbers, else undefined (the layout places the node). */
function positionOf(value: unknown): { x: number; y: number } | undefined {
  if (!isRecord(value)) return undefined;
  const x = field(value, 'x');
  const y = field(value, 'y');
  return typeof x === 'number' && Number.isFinite(x) && typeof y === 'number' && Number.isFinite(y)
    ? { x, y }
    : undefined;
}

function refuse(found: Found[]): NetworkResult {
  // Stable: within one element the problems keep the order they were found in.
  const sorted = [...found].sort((a, b) => a.order - b.order);
  return {
    ok: false,
    problems: sorted.map((f) => ({ path: formatPath(f.at), message: f.message })),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

// Reads only own properties, so a missing field never resolves to something on Object.prototype.
function field(record: Record<string, unknown>, key: string): unknown {
  return hasOwn(record, key) ? record[key] : undefined;
}
