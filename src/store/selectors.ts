import { countOf } from '../model/countOf';
import { memoizeLast } from '../model/memoizeLast';
import { computeVisibility, type Visibility } from '../model/filters';
import { focusActorsView, focusClaimsView, neighbourhood } from '../model/focus';
import type { PlainNetwork } from '../model/network';
import type { GraphIndex } from '../model/graphIndex';
import { buildSearchIndex, type SearchIndex } from '../model/search';
import { drawnTies, drawnTiesNote, type DrawnTies, type TieEdge } from '../model/tieEdges';
import { tieWeights, type TieWeights } from '../model/ties';
import type { StoreState } from './store';

const visibilityOf = memoizeLast(computeVisibility);
// No ties, one object, so selectors stay referentially stable before a dataset loads.
const NO_TIES: TieWeights = { actorIds: [], a: [], b: [], agreement: [], conflict: [] };

const tieWeightsOf = memoizeLast((index: GraphIndex, visibility: Visibility) =>
  tieWeights(index, visibility.statements),
);
const searchIndexOf = memoizeLast(buildSearchIndex);

/** What the filters leave shown; derived, never stored. */
export const selectVisibility = (state: StoreState): Visibility | null =>
  state.index ? visibilityOf(state.index, state.filters) : null;

/** The weights of the actor ties derived from the shown statements. */
const selectTieWeights = (state: StoreState): TieWeights => {
  const visibility = selectVisibility(state);
  return state.index && visibility ? tieWeightsOf(state.index, visibility) : NO_TIES;
};

const drawnTiesOf = memoizeLast(drawnTies);

/** The ties the actor view draws: its selector and minimum weight, within the drawing cap. */
export const selectDrawnTies = (state: StoreState): DrawnTies =>
  drawnTiesOf(selectTieWeights(state), state.tieMode, state.tieMinWeight);

export const selectTieEdges = (state: StoreState): TieEdge[] => selectDrawnTies(state).edges;

/** What the actor view says when it draws only the strongest ties; null otherwise. */
export const selectTieNote = (state: StoreState): string | null =>
  state.view === 'actors' && !state.network ? drawnTiesNote(selectDrawnTies(state)) : null;

const focusedClaimsViewOf = memoizeLast(focusClaimsView);

/** What the claims view shows: the filters' visibility, narrowed to the focus when one is set. */
export const selectShownVisibility = (state: StoreState): Visibility | null => {
  const visibility = selectVisibility(state);
  if (!state.index || !visibility || state.focusDepth === 0 || !state.selection) return visibility;
  return focusedClaimsViewOf(state.index, visibility, state.selection, state.focusDepth);
};

/** What the actor view shows: its actors and the ties between them. */
export interface ActorsViewShown {
  readonly actors: ReadonlySet<string>;
  readonly ties: readonly TieEdge[];
}

const actorsViewShownOf = memoizeLast(
  (
    visibility: Visibility,
    ties: TieEdge[],
    hideIsolated: boolean,
    selection: StoreState['selection'],
    focusDepth: number,
  ): ActorsViewShown => {
    let actors: ReadonlySet<string> = visibility.actors;
    if (hideIsolated) {
      const tied = new Set(ties.flatMap((t) => [t.a, t.b]));
      actors = new Set([...actors].filter((id) => tied.has(id)));
    }
    if (focusDepth > 0 && selection) actors = focusActorsView(actors, ties, selection, focusDepth);
    return { actors, ties: ties.filter((t) => actors.has(t.a) && actors.has(t.b)) };
  },
);

export const selectActorsViewShown = (state: StoreState): ActorsViewShown | null => {
  const visibility = selectVisibility(state);
  if (!visibility) return null;
  const { filters, selection, focusDepth } = state;
  return actorsViewShownOf(
    visibility,
    selectTieEdges(state),
    filters.hideIsolated,
    selection,
    focusDepth,
  );
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
    if (!shown) return 'Loading…';
    return `${countOf(shown.actors.size, 'actor', 'actors')} · ${countOf(shown.ties.length, 'tie', 'ties')}`;
  }
  const visibility = selectShownVisibility(state);
  if (!visibility) return 'Loading…';
  return [
    countOf(visibility.actors.size, 'actor', 'actors'),
    countOf(visibility.claims.size, 'claim', 'claims'),
    countOf(visibility.statements.size, 'statement', 'statements'),
  ].join(' · ');
};
