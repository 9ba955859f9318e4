import type { ElementDefinition } from 'cytoscape';
import { affiliationKey } from '../model/filters';
import type { GraphIndex } from '../model/graphIndex';
import type { PlainNetwork } from '../model/network';
import { NODE_SIZE, type ActorViewNode } from '../model/nodeAppearance';
import { CLAIM_STYLE, KIND_STYLES, stanceStyles, TIE_STYLES } from '../model/styleTable';
import type { Selection } from '../model/selection';
import type { StatementGroups } from '../model/statementGroups';
import { formatWeight, type TieEdge, type TieEdgeType } from '../model/tieEdges';

/*
 * Cytoscape ids. Actors, claims, statements and ties live in one Cytoscape id space but in separate
 * ones in the file (a statement may share its id with an actor), so every id gets a type prefix.
 * Ids are only ever looked up with cy.getElementById, never put into selector strings, so any
 * character a file uses is safe.
 */
export const nodeId = (datasetId: string): string => `n:${datasetId}`;
export const statementEdgeId = (statementId: string): string => `s:${statementId}`;
export const affiliationEdgeId = (actorId: string, memberId: string): string =>
  `m:${affiliationKey(actorId, memberId)}`;
export const networkEdgeId = (edgeId: string): string => `e:${edgeId}`;
export const tieEdgeId = (tie: Pick<TieEdge, 'a' | 'b' | 'type'>): string =>
  `t:${tie.type}:${JSON.stringify([tie.a, tie.b])}`;

const TIE_EDGE_TYPES: readonly TieEdgeType[] = ['agreement', 'conflict', 'cooccurrence'];

const NO_GROUPS: StatementGroups = { groups: [], groupOf: new Map() };

/**
 * The Cytoscape ids of what a selection names: a tie may be drawn as two edges, and a repeated
 * statement is drawn as its group's first.
 */
export function selectionElementIds(
  selection: Selection,
  groups: StatementGroups = NO_GROUPS,
): string[] {
  if (selection === null) return [];
  switch (selection.type) {
    case 'actor':
    case 'claim':
      return [nodeId(selection.id)];
    case 'statement': {
      const g = groups.groupOf.get(selection.id);
      const drawnAs = g === undefined ? selection.id : groups.groups[g]![0]!.id;
      return [statementEdgeId(drawnAs)];
    }
    case 'tie':
      return TIE_EDGE_TYPES.map((type) => tieEdgeId({ a: selection.a, b: selection.b, type }));
  }
}

// Claim boxes have a fixed width; their height follows the wrapped text, estimated from its length
// because Cytoscape cannot size a node to a wrapped label by itself.
export const CLAIM_WIDTH = 160;
const CLAIM_TEXT_WIDTH = CLAIM_WIDTH - 14;
const AVERAGE_CHAR_WIDTH = 7.2;
const LINE_HEIGHT = 14.5;

export function claimHeight(text: string): number {
  const charsPerLine = Math.floor(CLAIM_TEXT_WIDTH / AVERAGE_CHAR_WIDTH);
  const lines = Math.max(1, Math.ceil(text.length / charsPerLine));
  return lines * LINE_HEIGHT + 12;
}

// Long claims are cut for the canvas only; the details panel always shows the whole text.
const MAX_CLAIM_LABEL = 140;

function claimLabel(text: string): string {
  return text.length > MAX_CLAIM_LABEL ? `${text.slice(0, MAX_CLAIM_LABEL - 1)}…` : text;
}

/** Room between start positions: more than any node is wide, so no two start on each other. */
const START_SPACING = 200;

/**
 * A distinct place for the i-th node of `count` to start from, on a square grid. Nodes added
 * without a position all sit at (0, 0) until the layout moves them, and the force layout measures
 * them there first: an edge between two polygons on the same spot has no endpoints, and Cytoscape
 * warns that it "has invalid endpoints" (every load of the sample, for the affiliation edge
 * between the South Korean ministry's diamond and South Korea's hexagon).
 */
export function startPosition(i: number, count: number): { x: number; y: number } {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  return { x: (i % columns) * START_SPACING, y: Math.floor(i / columns) * START_SPACING };
}

/** Gives every node a distinct start position (see startPosition). */
function placeAtStart(elements: ElementDefinition[]): ElementDefinition[] {
  const count = elements.reduce((n, e) => (e.group === 'nodes' ? n + 1 : n), 0);
  let i = 0;
  for (const element of elements) {
    if (element.group === 'nodes' && element.position === undefined) {
      element.position = startPosition(i, count);
    }
    if (element.group === 'nodes') i++;
  }
  return elements;
}

/** Every actor as coded, in its kind's colour and the plain size. */
function codedActors(index: GraphIndex): ActorViewNode[] {
  return index.dataset.actors.map((actor) => ({
    id: actor.id,
    label: actor.name,
    kind: actor.kind,
    color: KIND_STYLES[actor.kind].color,
    size: NODE_SIZE,
  }));
}

/**
 * Node definitions of the actors (or, in the actor view at another level, of its nodes). Colour
 * and size are always set, so a diff that updates data never leaves a stale value behind.
 */
function actorNodes(nodes: readonly ActorViewNode[]): ElementDefinition[] {
  return nodes.map((node) => ({
    group: 'nodes',
    data: {
      id: nodeId(node.id),
      ref: node.id,
      type: 'actor',
      kind: node.kind,
      label: node.label,
      color: node.color,
      shape: KIND_STYLES[node.kind].shape,
      size: node.size,
    },
  }));
}

// A repeated statement's edge grows with the square root of its count, from the single width 2.
export function repeatedWidth(count: number): number {
  return Math.min(10, 2 + 1.6 * Math.sqrt(count - 1));
}

/**
 * The claims view: actors and claims as nodes, one edge per statement from actor to claim, and one
 * thin edge per `memberOf` affiliation. Statements repeated by one actor on one claim with one
 * stance are one edge with a count (`groups`; `shownCounts` as shownGroupCounts gives it, so the
 * count is what the filters show). Filters only toggle classes.
 */
export function claimsViewElements(
  index: GraphIndex,
  groups: StatementGroups = NO_GROUPS,
  shownCounts = '',
): ElementDefinition[] {
  return withShownCounts(claimsViewBase(index, groups), shownCounts, null);
}

/**
 * claimsViewElements remembering its last result. New counts alone (a step of a moving date
 * window) give new definitions only to the repeated statements' edges whose count changed; every
 * other definition is the last one, the same object, which the graph skips without comparing.
 */
export function claimsViewElementsOfLast(): typeof claimsViewElements {
  let base: ClaimsViewBase | null = null;
  let last: {
    index: GraphIndex;
    groups: StatementGroups;
    counts: string;
    elements: ElementDefinition[];
  } | null = null;
  return (index, groups = NO_GROUPS, shownCounts = '') => {
    if (last && last.index === index && last.groups === groups && last.counts === shownCounts)
      return last.elements;
    const sameDrawing = last !== null && last.index === index && last.groups === groups;
    if (!sameDrawing || !base) base = claimsViewBase(index, groups);
    const elements = withShownCounts(base, shownCounts, sameDrawing ? last!.elements : null);
    last = { index, groups, counts: shownCounts, elements };
    return elements;
  };
}

interface ClaimsViewBase {
  /** Every element, each repeated statement's edge counting its whole group. */
  elements: ElementDefinition[];
  /** Where the repeated statements' edges are in `elements`, and their group. */
  counted: { at: number; group: number }[];
}

function claimsViewBase(index: GraphIndex, groups: StatementGroups): ClaimsViewBase {
  const styleById = new Map(stanceStyles(index.stances).map((s) => [s.id, s]));
  const elements = actorNodes(codedActors(index));
  const counted: ClaimsViewBase['counted'] = [];
  for (const claim of index.dataset.claims) {
    const label = claimLabel(claim.text);
    elements.push({
      group: 'nodes',
      data: {
        id: nodeId(claim.id),
        ref: claim.id,
        type: 'claim',
        label,
        color: CLAIM_STYLE.color,
        shape: CLAIM_STYLE.shape,
        height: claimHeight(label),
      },
    });
  }
  for (const statement of index.dataset.statements) {
    const style = styleById.get(statement.stance);
    const g = groups.groupOf.get(statement.id);
    const group = g === undefined ? null : groups.groups[g]!;
    // A repeated statement is drawn once, as its group's first.
    if (group && group[0] !== statement) continue;
    const data: Record<string, unknown> = {
      id: statementEdgeId(statement.id),
      ref: statement.id,
      type: 'statement',
      source: nodeId(statement.actor),
      target: nodeId(statement.claim),
      stance: statement.stance,
      label: style?.label ?? statement.stance,
      color: style?.color ?? '#888888',
      lineStyle: style?.lineStyle ?? 'solid',
    };
    if (group) {
      counted.push({ at: elements.length, group: g! });
      Object.assign(data, { refs: group.map((s) => s.id), ...countData(group.length) });
    }
    elements.push({ group: 'edges', data });
  }
  for (const actor of index.dataset.actors) {
    for (const memberId of new Set(actor.memberOf ?? [])) {
      if (memberId === actor.id) continue;
      elements.push({
        group: 'edges',
        classes: 'affiliation',
        data: {
          id: affiliationEdgeId(actor.id, memberId),
          ref: affiliationKey(actor.id, memberId),
          type: 'affiliation',
          source: nodeId(actor.id),
          target: nodeId(memberId),
        },
      });
    }
  }
  return { elements: placeAtStart(elements), counted };
}

function countData(count: number) {
  return { count, countLabel: `×${count}`, width: repeatedWidth(count) };
}

/**
 * The base's elements with each repeated statement's edge counting what the filters show. While
 * none is shown the edge is hidden and keeps the count it had (all of its group at first): a
 * moving date window hides hundreds of such edges a step, and a changed count is a restyle. A
 * definition of `previous` with the same count is kept as it is.
 */
function withShownCounts(
  base: ClaimsViewBase,
  shownCounts: string,
  previous: readonly ElementDefinition[] | null,
): ElementDefinition[] {
  const counts = shownCounts.split(',').map(Number);
  const elements = base.elements.slice();
  for (const { at, group } of base.counted) {
    const prior = previous?.[at] ?? base.elements[at]!;
    const count = counts[group] || (prior.data.count as number);
    elements[at] =
      prior.data.count === count
        ? prior
        : { ...prior, data: { ...prior.data, ...countData(count) } };
  }
  return elements;
}

// Edge width grows with the square root of the weight's size, from the weakest tie drawn to the
// strongest, so one heavy tie does not swamp the rest and normalised weights (0 to 1) spread too.
export function tieWidth(weight: number, minWeight: number, maxWeight: number): number {
  if (maxWeight <= minWeight) return 2;
  return 2 + 8 * Math.sqrt((Math.abs(weight) - minWeight) / (maxWeight - minWeight));
}

/**
 * The actor view: its nodes, and one edge per tie given (an agreement, a conflict or a
 * co-occurrence), labelled with its weight. `nodes` are the nodes of the chosen level with their
 * colour and size (selectActorViewNodes); without them, every actor as coded, plain.
 */
export function actorsViewElements(
  index: GraphIndex,
  ties: readonly TieEdge[],
  nodes: readonly ActorViewNode[] = codedActors(index),
): ElementDefinition[] {
  const elements = actorNodes(nodes);
  // Loops, not Math.max(...ties): spreading many thousands of arguments overflows the stack.
  let minWeight = Infinity;
  let maxWeight = 0;
  for (const tie of ties) {
    minWeight = Math.min(minWeight, Math.abs(tie.weight));
    maxWeight = Math.max(maxWeight, Math.abs(tie.weight));
  }
  for (const tie of ties) {
    const style = TIE_STYLES[tie.type];
    elements.push({
      group: 'edges',
      classes: tie.type,
      data: {
        id: tieEdgeId(tie),
        type: 'tie',
        tieType: tie.type,
        a: tie.a,
        b: tie.b,
        source: nodeId(tie.a),
        target: nodeId(tie.b),
        weight: tie.weight,
        label: formatWeight(tie.weight),
        color: style.color,
        lineStyle: style.lineStyle,
        width: tieWidth(tie.weight, minWeight, maxWeight),
      },
    });
  }
  return placeAtStart(elements);
}

/**
 * A plain network read from another tool: its nodes (as the actors of the dataset the app reads
 * it through) at the file's positions when it has them, and its edges labelled by interaction.
 */
export function networkElements(index: GraphIndex, network: PlainNetwork): ElementDefinition[] {
  const byId = new Map(network.nodes.map((node) => [node.id, node]));
  const elements = actorNodes(codedActors(index)).map((element) => {
    const node = byId.get(element.data.ref as string);
    if (!node) return element;
    // The file's own colours and sizes (GEXF, GraphML) replace those of the kind "other".
    const data = { ...element.data };
    if (node.color !== undefined) data.color = node.color;
    if (node.size !== undefined) data.size = nodeDiameter(node.size);
    return node.position
      ? { ...element, data, position: { ...node.position } }
      : { ...element, data };
  });
  for (const edge of network.edges) {
    elements.push({
      group: 'edges',
      data: {
        id: networkEdgeId(edge.id),
        ref: edge.id,
        type: 'link',
        source: nodeId(edge.source),
        target: nodeId(edge.target),
        label: edge.interaction ?? edge.label ?? '',
        ...(edge.color !== undefined && { linkColor: edge.color }),
        ...(edge.directed && { directed: true }),
      },
    });
  }
  return elements;
}

// A file's node sizes are drawn as diameters, within bounds that keep every node visible and none
// covering the graph.
const MIN_DIAMETER = 6;
const MAX_DIAMETER = 200;

/** Returns the diameter a node of a file's size is drawn with. */
export function nodeDiameter(size: number): number {
  return Math.min(MAX_DIAMETER, Math.max(MIN_DIAMETER, size));
}

/** Whether every node of a plain network comes with a position from its file. */
export function networkHasPositions(network: PlainNetwork): boolean {
  return network.nodes.length > 0 && network.nodes.every((node) => node.position !== undefined);
}
