// How the actor view's nodes are sized and coloured: by a metric of the network (nodeMetrics.ts,
// loaded on use), by community, by kind or by an attribute. The graph's element data and the
// legend both come from here, so they cannot disagree.
import {
  actorAttribute,
  actorAttributeKeys,
  type ActorGrouping,
  type AttributeValue,
} from './actorLevel';
import { isOneOf } from './choices';
import type { GraphIndex } from './graphIndex';
import type { ActorKind } from './schema';
import { KIND_STYLES } from './styleTable';

export const METRIC_NAMES = ['degree', 'weightedDegree', 'betweenness', 'eigenvector'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

/** Every node's metrics in the network as drawn (see computeNodeMetrics). */
export interface NodeMetrics {
  readonly values: Readonly<Record<MetricName, ReadonlyMap<string, number>>>;
  /** Node id → its community, numbered from 1 by size. */
  readonly community: ReadonlyMap<string, number>;
}

export const METRIC_LABELS: Readonly<Record<MetricName, string>> = {
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  eigenvector: 'Eigenvector centrality',
};

export type SizeBy = 'none' | MetricName;
export const SIZE_BY: readonly SizeBy[] = ['none', ...METRIC_NAMES];
export const DEFAULT_SIZE_BY: SizeBy = 'none';

/** Returns whether a string (from a link or storage) names a Size by choice. */
export const isSizeBy = isOneOf(SIZE_BY);

/** `kind`, `community` (Louvain), or `attribute:<key>` for an actor attribute. */
export type ColourBy = 'kind' | 'community' | `attribute:${string}`;
export const DEFAULT_COLOUR_BY: ColourBy = 'kind';

/** Returns whether a string (from a link or storage) names a Colour by choice, of any dataset. */
export function isColourBy(value: string): value is ColourBy {
  return (
    value === 'kind' ||
    value === 'community' ||
    (value.startsWith('attribute:') && value.length > 'attribute:'.length)
  );
}

/**
 * Returns the colouring if the dataset has it, else by kind: a link or a session may name an
 * attribute that the dataset now open does not have.
 */
export function effectiveColourBy(index: GraphIndex, colourBy: ColourBy): ColourBy {
  const key = colourAttribute(colourBy);
  return key === null || actorAttributeKeys(index).includes(key) ? colourBy : 'kind';
}

/** Returns the attribute a Colour by choice colours by, or null. */
export function colourAttribute(colourBy: ColourBy): string | null {
  return colourBy.startsWith('attribute:') ? colourBy.slice('attribute:'.length) : null;
}

/** A value's place in a ranking: 1 for the largest; equal values share a place ("1, 2, 2, 4"). */
export interface Rank {
  readonly rank: number;
  readonly of: number;
}

/** Returns the rank of a node's value among all nodes' values, or null when it has none. */
export function rankOf(values: ReadonlyMap<string, number>, node: string): Rank | null {
  const value = values.get(node);
  if (value === undefined) return null;
  let larger = 0;
  for (const other of values.values()) if (other > value) larger++;
  return { rank: larger + 1, of: values.size };
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A metric's value as the details and the legend write it. */
export function formatMetric(metric: MetricName, value: number): string {
  if (metric === 'degree') return String(value);
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** The size of a node that is not sized by a metric, and the range sized nodes span. */
export const NODE_SIZE = 26;
const SMALLEST = 18;
const LARGEST = 64;

/**
 * Returns each node's drawn size under a metric: the area grows with the value (the diameter
 * with its square root) from the smallest value to the largest. Every node gets the plain size
 * when nothing is sized, the metrics are not there yet, or all values are equal.
 */
export function nodeSizes(
  nodeIds: readonly string[],
  sizeBy: SizeBy,
  metrics: NodeMetrics | null,
): Map<string, number> {
  const values = sizeBy === 'none' || !metrics ? null : metrics.values[sizeBy];
  let min = Infinity;
  let max = -Infinity;
  for (const id of nodeIds) {
    const value = values?.get(id);
    if (value === undefined) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return new Map(
    nodeIds.map((id) => {
      const value = values?.get(id);
      if (value === undefined || !(max > min)) return [id, NODE_SIZE];
      return [id, SMALLEST + (LARGEST - SMALLEST) * Math.sqrt((value - min) / (max - min))];
    }),
  );
}

// Paul Tol's "muted" scheme: nine colours told apart under the common colour-vision deficiencies.
const CATEGORY_COLOURS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];
const OTHER_COLOUR = '#BBBBBB';
// Labels in one fixed collation, numbers by value ("Community 2" before "Community 10").
const BY_LABEL = new Intl.Collator('en', { numeric: true });
const NO_VALUE_COLOUR = '#E4E4E4';

/** One colour of the legend and the nodes drawn in it. */
export interface ColourEntry {
  readonly label: string;
  readonly color: string;
  /** How many of the nodes have it. */
  readonly count: number;
}

/** Each node's colour, and the legend entries in the order the legend lists them. */
export interface NodeColours {
  readonly colourOf: ReadonlyMap<string, string>;
  readonly entries: readonly ColourEntry[];
  /** Null when nodes are coloured by kind (the legend's kind list says it). */
  readonly title: string | null;
}

/**
 * Colours categories: the nine largest get the palette's colours in order of size (then of
 * their names), any others share one grey, and nodes without a category a lighter grey.
 */
function colourCategories(
  nodeIds: readonly string[],
  categoryOf: (id: string) => { key: string; label: string } | null,
  title: string,
  otherLabel: (count: number) => string,
): NodeColours {
  const byKey = new Map<string, { label: string; nodes: string[] }>();
  const uncategorised: string[] = [];
  for (const id of nodeIds) {
    const category = categoryOf(id);
    if (!category) {
      uncategorised.push(id);
      continue;
    }
    const entry = byKey.get(category.key);
    if (entry) entry.nodes.push(id);
    else byKey.set(category.key, { label: category.label, nodes: [id] });
  }
  const ordered = [...byKey.values()].sort(
    (x, y) => y.nodes.length - x.nodes.length || BY_LABEL.compare(x.label, y.label),
  );
  const colourOf = new Map<string, string>();
  const entries: ColourEntry[] = [];
  ordered.forEach((category, i) => {
    const color = CATEGORY_COLOURS[i];
    for (const id of category.nodes) colourOf.set(id, color ?? OTHER_COLOUR);
    if (color) entries.push({ label: category.label, color, count: category.nodes.length });
  });
  const others = ordered.slice(CATEGORY_COLOURS.length);
  if (others.length > 0)
    entries.push({
      label: otherLabel(others.length),
      color: OTHER_COLOUR,
      count: others.reduce((n, c) => n + c.nodes.length, 0),
    });
  for (const id of uncategorised) colourOf.set(id, NO_VALUE_COLOUR);
  if (uncategorised.length > 0)
    entries.push({ label: 'No value', color: NO_VALUE_COLOUR, count: uncategorised.length });
  return { colourOf, entries, title };
}

/**
 * The same colours with a legend that counts only the drawn nodes: an entry none of them has is
 * left out. Each entry has a colour of its own (the palette's, the others' grey, no value's).
 */
export function countDrawn(colours: NodeColours, drawn: ReadonlySet<string>): NodeColours {
  const byColour = new Map<string, number>();
  for (const id of drawn) {
    const colour = colours.colourOf.get(id);
    if (colour !== undefined) byColour.set(colour, (byColour.get(colour) ?? 0) + 1);
  }
  const entries = colours.entries
    .map((entry) => ({ ...entry, count: byColour.get(entry.color) ?? 0 }))
    .filter((entry) => entry.count > 0);
  return { ...colours, entries };
}

/** The value of an attribute shared by every member of a node, or undefined when they differ. */
function nodeAttribute(
  index: GraphIndex,
  grouping: ActorGrouping,
  node: string,
  key: string,
): AttributeValue | undefined {
  const found = grouping.nodes.get(node);
  if (!found) return undefined;
  if (found.attribute?.key === key) return found.attribute.value;
  const own = found.actor === undefined ? undefined : index.actorById.get(found.actor);
  return own ? actorAttribute(own, key) : undefined;
}

/**
 * Returns the colour of every node and the legend of those colours: by kind (the kind's colour),
 * by community (once the metrics are there; until then every node is grey), or by an attribute's
 * value (a node that is an actor has its own value; a group of a value has that value).
 */
export function nodeColours(
  index: GraphIndex,
  grouping: ActorGrouping,
  nodeIds: readonly string[],
  colourBy: ColourBy,
  metrics: NodeMetrics | null,
): NodeColours {
  if (colourBy === 'kind') {
    const colourOf = new Map<string, string>();
    for (const id of nodeIds) {
      const kind = grouping.nodes.get(id)?.kind ?? 'other';
      colourOf.set(id, KIND_STYLES[kind].color);
    }
    return { colourOf, entries: [], title: null };
  }
  if (colourBy === 'community') {
    return colourCategories(
      nodeIds,
      (id) => {
        const community = metrics?.community.get(id);
        return community === undefined
          ? null
          : { key: String(community), label: `Community ${community}` };
      },
      'Communities',
      (count) => (count === 1 ? '1 smaller community' : `${count} smaller communities`),
    );
  }
  const key = colourAttribute(colourBy) ?? '';
  return colourCategories(
    nodeIds,
    (id) => {
      const value = nodeAttribute(index, grouping, id, key);
      return value === undefined ? null : { key: JSON.stringify(value), label: String(value) };
    },
    key,
    (count) => (count === 1 ? '1 other value' : `${count} other values`),
  );
}

/** One node of the actor view as the graph draws it. */
export interface ActorViewNode {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  readonly color: string;
  /** Its diameter in model units. */
  readonly size: number;
}

/**
 * Returns every node of a grouping, hidden ones too, with its colour and size. A node without a
 * colour (one the filters hide) keeps its kind's colour, and one without a size the plain size.
 */
export function actorViewNodes(
  grouping: ActorGrouping,
  colours: NodeColours,
  sizes: ReadonlyMap<string, number>,
): ActorViewNode[] {
  return [...grouping.nodes.values()].map((node) => ({
    id: node.id,
    label: node.label,
    kind: node.kind,
    color: colours.colourOf.get(node.id) ?? KIND_STYLES[node.kind].color,
    size: sizes.get(node.id) ?? NODE_SIZE,
  }));
}
