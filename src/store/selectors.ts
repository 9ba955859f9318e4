import { actorGrouping, effectiveActorLevel, type ActorGrouping } from '../model/actorLevel';
import { networkCounts, type NetworkCounts, type TieMode } from '../model/actorNetwork';
import { countOf } from '../model/countOf';
import { ACTOR_KINDS } from '../model/formatRules';
import type { ActorKind } from '../model/schema';
import { memoizeLast } from '../model/memoizeLast';
import { shownGroupCounts, statementGroups, type StatementGroups } from '../model/statementGroups';
import { computeVisibility, type Visibility } from '../model/filters';
import { focusActorsView, focusClaimsView, neighbourhood } from '../model/focus';
import type { PlainNetwork } from '../model/network';
import { positionsKey } from '../model/positions';
import type { GraphIndex } from '../model/graphIndex';
import {
  actorViewNodes,
  countDrawn,
  effectiveColourBy,
  nodeColours,
  nodeSizes,
  type ActorViewNode,
  type ColourBy,
  type NodeColours,
  type NodeMetrics,
  type SizeBy,
} from '../model/nodeAppearance';
import { buildSearchIndex, type SearchIndex } from '../model/search';
import {
  drawnTies,
  drawnTiesNote,
  partnersOfUntied,
  tieColumns,
  type DrawnTies,
  type TieColumns,
  type TieEdge,
} from '../model/tieEdges';
import { compareStrings } from '../model/ties';
import { metricsModule } from './metricsModule';
import type { StoreState } from './store';

const visibilityOf = memoizeLast(computeVisibility);
const searchIndexOf = memoizeLast(buildSearchIndex);

// A network read from another tool has no statements, which the filters' own "Hide isolated
// nodes" counts: it would hide every node. Its edges decide it instead (networkShownOf).
const networkFiltersOf = memoizeLast((filters: StoreState['filters']): StoreState['filters'] => ({
  ...filters,
  hideIsolated: false,
}));

/** What the filters leave shown; derived, never stored. */
export const selectVisibility = (state: StoreState): Visibility | null =>
  state.index
    ? visibilityOf(state.index, state.network ? networkFiltersOf(state.filters) : state.filters)
    : null;

const groupingOf = memoizeLast((index: GraphIndex, level: StoreState['actorLevel']) =>
  actorGrouping(index, effectiveActorLevel(index, level)),
);

/**
 * The nodes of the actor view at the chosen level ("Actors as") and which node each actor counts
 * for; a level the dataset does not have (an attribute from an old link) falls back to actors.
 */
export const selectActorGrouping = (state: StoreState): ActorGrouping | null =>
  state.index ? groupingOf(state.index, state.actorLevel) : null;

const countsOf = memoizeLast(
  (
    index: GraphIndex,
    grouping: ActorGrouping,
    duplicates: StoreState['duplicates'],
    visibility: Visibility,
  ) => networkCounts(index, grouping.nodeOf, duplicates, visibility.statements),
);

/** The raw counts of the actor network over the shown statements, at the chosen level. */
export const selectNetworkCounts = (state: StoreState): NetworkCounts | null => {
  const grouping = selectActorGrouping(state);
  const visibility = selectVisibility(state);
  return state.index && grouping && visibility
    ? countsOf(state.index, grouping, state.duplicates, visibility)
    : null;
};

// No ties, one object, so selectors stay referentially stable before a dataset loads.
const NO_TIES: TieColumns = { nodeIds: [], a: [], b: [], columns: [] };

const tieColumnsOf = memoizeLast(tieColumns);

/** The weights of the networks the chosen tie type draws, normalised as chosen. */
const selectTieColumns = (state: StoreState): TieColumns => {
  const counts = selectNetworkCounts(state);
  return counts ? tieColumnsOf(counts, state.tieMode, state.normalisation) : NO_TIES;
};

const drawnTiesOf = memoizeLast(drawnTies);

/** The ties the actor view draws: its tie type and minimum weight, within the drawing cap. */
export const selectDrawnTies = (state: StoreState): DrawnTies =>
  drawnTiesOf(selectTieColumns(state), state.tieMinWeight);

export const selectTieEdges = (state: StoreState): TieEdge[] => selectDrawnTies(state).edges;

const layoutPartnersOf = memoizeLast((ties: TieColumns, drawn: readonly TieEdge[]) => {
  let pairs: [string, string][] | null = null;
  return () => (pairs ??= partnersOfUntied(ties, drawn));
});

/**
 * What the actor view's layout pulls together besides the drawn ties (see partnersOfUntied): a
 * function, worked out once and only when a layout asks, as a date window changes the ties at
 * every step of Play and no layout runs then.
 */
export const selectLayoutPartners = (state: StoreState) =>
  layoutPartnersOf(selectTieColumns(state), selectTieEdges(state));

/** What the actor view says when it draws only the strongest ties; null otherwise. */
export const selectTieNote = (state: StoreState): string | null =>
  state.view === 'actors' && !state.network ? drawnTiesNote(selectDrawnTies(state)) : null;

const visibleNodesOf = memoizeLast(
  (grouping: ActorGrouping, visibility: Visibility): ReadonlySet<string> => {
    // Coded actors are the nodes themselves: the same set, so nothing downstream recomputes.
    if (grouping.level === 'actors') return visibility.actors;
    const nodes = new Set<string>();
    for (const actor of visibility.actors) {
      const node = grouping.nodeOf.get(actor);
      if (node !== undefined) nodes.add(node);
    }
    return nodes;
  },
);

/**
 * The key of the positions the graph shows now: the view's, or in the actor view its level's (a
 * network read from another tool is drawn as the claims view).
 */
export const selectPositionsKey = (state: StoreState): string => {
  if (state.network || state.view !== 'actors') return positionsKey('claims', null);
  return positionsKey('actors', selectActorGrouping(state)?.level ?? null);
};

/** The nodes of the actor view that the filters leave: those with at least one shown member. */
export const selectVisibleNodes = (state: StoreState): ReadonlySet<string> | null => {
  const grouping = selectActorGrouping(state);
  const visibility = selectVisibility(state);
  return grouping && visibility ? visibleNodesOf(grouping, visibility) : null;
};

const focusedClaimsViewOf = memoizeLast(focusClaimsView);

/** What the claims view shows: the filters' visibility, narrowed to the focus when one is set. */
export const selectShownVisibility = (state: StoreState): Visibility | null => {
  const visibility = selectVisibility(state);
  if (!state.index || !visibility || state.focusDepth === 0 || !state.selection) return visibility;
  return focusedClaimsViewOf(state.index, visibility, state.selection, state.focusDepth);
};

/** What the actor view shows: its nodes (actors, or groups at another level) and their ties. */
export interface ActorsViewShown {
  /** Node ids: actor ids, or group ids at an attribute level. */
  readonly actors: ReadonlySet<string>;
  readonly ties: readonly TieEdge[];
}

const networkNodesOf = memoizeLast(
  (
    visibleNodes: ReadonlySet<string>,
    ties: TieEdge[],
    hideUntied: boolean,
  ): ReadonlySet<string> => {
    if (!hideUntied) return visibleNodes;
    const tied = new Set(ties.flatMap((t) => [t.a, t.b]));
    return new Set([...visibleNodes].filter((id) => tied.has(id)));
  },
);

/**
 * The nodes of the actor network as drawn before any focus: those the filters leave, less those
 * without a drawn tie unless they are asked for ("Show them"). The metrics and communities are
 * computed on this network, so a node's rank counts only the nodes one sees.
 */
export const selectNetworkNodes = (state: StoreState): ReadonlySet<string> | null => {
  const visibleNodes = selectVisibleNodes(state);
  if (!visibleNodes) return null;
  const { filters } = state;
  return networkNodesOf(
    visibleNodes,
    selectTieEdges(state),
    filters.hideIsolated || !filters.showUntied,
  );
};

const kindsOf = memoizeLast((grouping: ActorGrouping, nodes: ReadonlySet<string>) => {
  const present = new Set<string>();
  for (const id of nodes) {
    const kind = grouping.nodes.get(id)?.kind;
    if (kind) present.add(kind);
  }
  return ACTOR_KINDS.filter((kind) => present.has(kind));
});

/** The kinds of the nodes the actor view draws (before any focus), in the legend's order. */
export const selectActorViewKinds = (state: StoreState): readonly ActorKind[] => {
  const grouping = selectActorGrouping(state);
  const nodes = selectNetworkNodes(state);
  return grouping && nodes ? kindsOf(grouping, nodes) : [];
};

const actorsViewShownOf = memoizeLast(
  (
    networkNodes: ReadonlySet<string>,
    ties: TieEdge[],
    selection: StoreState['selection'],
    focusDepth: number,
  ): ActorsViewShown => {
    let actors = networkNodes;
    if (focusDepth > 0 && selection) actors = focusActorsView(actors, ties, selection, focusDepth);
    return { actors, ties: ties.filter((t) => actors.has(t.a) && actors.has(t.b)) };
  },
);

export const selectActorsViewShown = (state: StoreState): ActorsViewShown | null => {
  const networkNodes = selectNetworkNodes(state);
  if (!networkNodes) return null;
  return actorsViewShownOf(networkNodes, selectTieEdges(state), state.selection, state.focusDepth);
};

const untiedCountOf = memoizeLast((visibleNodes: ReadonlySet<string>, ties: TieEdge[]) => {
  const tied = new Set(ties.flatMap((t) => [t.a, t.b]));
  let count = 0;
  for (const id of visibleNodes) if (!tied.has(id)) count++;
  return count;
});

/**
 * How many nodes of the actor view the filters leave without a drawn tie (shown only when asked
 * for, or never with "Hide isolated nodes"); null outside the actor view.
 */
export const selectUntiedCount = (state: StoreState): number | null => {
  if (state.view !== 'actors' || state.network || state.filters.hideIsolated) return null;
  const visibleNodes = selectVisibleNodes(state);
  return visibleNodes ? untiedCountOf(visibleNodes, selectTieEdges(state)) : null;
};

/** What a plain network shows: node and edge ids of its file. */
export interface NetworkShown {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const networkShownOf = memoizeLast(
  (
    network: PlainNetwork,
    visibility: Visibility,
    hideIsolated: boolean,
    selection: StoreState['selection'],
    focusDepth: number,
  ): NetworkShown => {
    let nodes: ReadonlySet<string> = visibility.actors;
    const edgesAmong = (shown: ReadonlySet<string>) =>
      network.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
    if (hideIsolated) {
      nodes = new Set(edgesAmong(nodes).flatMap((e) => [e.source, e.target]));
    }
    if (focusDepth > 0 && selection?.type === 'actor' && nodes.has(selection.id)) {
      const pairs = edgesAmong(nodes).map((e) => [e.source, e.target] as const);
      nodes = neighbourhood([selection.id], pairs, focusDepth);
    }
    return { nodes, edges: new Set(edgesAmong(nodes).map((e) => e.id)) };
  },
);

/** What a plain network read from another tool shows; null for stancegraph datasets. */
export const selectNetworkShown = (state: StoreState): NetworkShown | null => {
  const visibility = selectVisibility(state);
  if (!state.network || !visibility) return null;
  const { filters, selection, focusDepth } = state;
  return networkShownOf(state.network, visibility, filters.hideIsolated, selection, focusDepth);
};

export const selectSearchIndex = (state: StoreState): SearchIndex | null =>
  state.index ? searchIndexOf(state.index) : null;

/** The status line: what is shown, e.g. "9 actors · 7 claims · 12 statements" or "12 actors · 18 ties". */
export const selectStatusText = (state: StoreState): string => {
  const network = selectNetworkShown(state);
  if (network) {
    return `${countOf(network.nodes.size, 'node', 'nodes')} · ${countOf(network.edges.size, 'edge', 'edges')}`;
  }
  if (state.view === 'actors') {
    const shown = selectActorsViewShown(state);
    const grouping = selectActorGrouping(state);
    if (!shown || !grouping) return 'Loading…';
    const nodes =
      grouping.level === 'actors'
        ? countOf(shown.actors.size, 'actor', 'actors')
        : countOf(shown.actors.size, 'node', 'nodes');
    return `${nodes} · ${countOf(shown.ties.length, 'tie', 'ties')}`;
  }
  const visibility = selectShownVisibility(state);
  // No dataset and nothing coming: a page whose only dataset could not be read.
  if (!visibility) return state.busy ? 'Loading…' : 'No dataset';
  return [
    countOf(visibility.actors.size, 'actor', 'actors'),
    countOf(visibility.claims.size, 'claim', 'claims'),
    countOf(visibility.statements.size, 'statement', 'statements'),
  ].join(' · ');
};

const metricsOf = memoizeLast(
  (
    compute: NonNullable<ReturnType<typeof metricsModule>>['computeNodeMetrics'],
    networkNodes: ReadonlySet<string>,
    ties: readonly TieEdge[],
    mode: TieMode,
  ): NodeMetrics => compute([...networkNodes].sort(compareStrings), ties, mode),
);

/**
 * Every drawn node's degree, weighted degree, betweenness, eigenvector centrality and community
 * in the network of the drawn ties (before any focus, so a focus does not change a node's rank);
 * null until the metrics code has loaded.
 */
export const selectNodeMetrics = (state: StoreState): NodeMetrics | null => {
  const module = state.metricsReady ? metricsModule() : null;
  const networkNodes = selectNetworkNodes(state);
  if (!module || !networkNodes) return null;
  return metricsOf(module.computeNodeMetrics, networkNodes, selectTieEdges(state), state.tieMode);
};

const allNodeIdsOf = memoizeLast((grouping: ActorGrouping) => [...grouping.nodes.keys()]);

const effectiveColourByOf = memoizeLast(effectiveColourBy);

const coloursOf = memoizeLast(
  (
    index: GraphIndex,
    grouping: ActorGrouping,
    visibleNodes: ReadonlySet<string>,
    colourBy: ColourBy,
    metrics: NodeMetrics | null,
  ): NodeColours => nodeColours(index, grouping, [...visibleNodes], colourBy, metrics),
);

const drawnColoursOf = memoizeLast(countDrawn);

/**
 * The colour of every shown node of the actor view, and the legend of those colours. Communities
 * are those of the drawn network; an attribute's colours are given over every node the filters
 * leave, so that they stay put while a date window's step shows and hides untied nodes, and its
 * legend counts the drawn nodes.
 */
export const selectNodeColours = (state: StoreState): NodeColours | null => {
  const grouping = selectActorGrouping(state);
  const visibleNodes = selectVisibleNodes(state);
  const networkNodes = selectNetworkNodes(state);
  if (!state.index || !grouping || !visibleNodes || !networkNodes) return null;
  const colourBy = effectiveColourByOf(state.index, state.colourBy);
  if (colourBy === 'community')
    return coloursOf(state.index, grouping, networkNodes, colourBy, selectNodeMetrics(state));
  return drawnColoursOf(
    coloursOf(state.index, grouping, visibleNodes, colourBy, null),
    networkNodes,
  );
};

const viewNodesOf = memoizeLast(
  (
    grouping: ActorGrouping,
    colours: NodeColours,
    sizeBy: SizeBy,
    metrics: NodeMetrics | null,
  ): ActorViewNode[] =>
    actorViewNodes(grouping, colours, nodeSizes(allNodeIdsOf(grouping), sizeBy, metrics)),
);

/**
 * Every node of the actor view at the chosen level, hidden ones too (filters hide them by class),
 * with the colour and size the choices give it: what actorsViewElements draws.
 */
export const selectActorViewNodes = (state: StoreState): ActorViewNode[] | null => {
  const grouping = selectActorGrouping(state);
  const colours = selectNodeColours(state);
  if (!grouping || !colours) return null;
  const metrics = state.sizeBy === 'none' ? null : selectNodeMetrics(state);
  return viewNodesOf(grouping, colours, state.sizeBy, metrics);
};

const statementGroupsOf = memoizeLast(statementGroups);
const shownGroupCountsOf = memoizeLast(shownGroupCounts);

/** The statements one actor repeated on one claim with one stance (drawn as one edge each). */
export const selectStatementGroups = (state: StoreState): StatementGroups | null =>
  state.index ? statementGroupsOf(state.index) : null;

/** How many of each repeated group the claims view shows, as a key (see shownGroupCounts). */
export const selectShownGroupCounts = (state: StoreState): string => {
  const groups = selectStatementGroups(state);
  const visibility = selectShownVisibility(state);
  return groups && visibility ? shownGroupCountsOf(groups, visibility) : '';
};
