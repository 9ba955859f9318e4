import {
  actorsViewElements,
  claimsViewElementsOfLast,
  networkElements,
  selectionElementIds,
} from '../../cytoscape/elements';
import type { Scene } from '../../cytoscape/scene';
import type { Theme } from '../../cytoscape/stylesheet';
import {
  actorsViewPredicate,
  claimsViewPredicate,
  networkPredicate,
} from '../../cytoscape/visibility';
import { memoizeLast } from '../../model/memoizeLast';
import { positionsAt } from '../../model/positions';
import {
  selectActorGrouping,
  selectActorsViewShown,
  selectActorViewNodes,
  selectLayoutPartners,
  selectNetworkShown,
  selectPositionsKey,
  selectShownGroupCounts,
  selectShownVisibility,
  selectStatementGroups,
  selectTieEdges,
} from '../../store/selectors';
import type { StoreState } from '../../store/store';

// Each part of the scene is remembered for the inputs it comes from, so a store change that does
// not touch a part hands the graph the very same object, which it skips at once.
const claimsElementsOf = claimsViewElementsOfLast();
const actorsElementsOf = memoizeLast(actorsViewElements);
const networkElementsOf = memoizeLast(networkElements);
const claimsShownOf = memoizeLast(claimsViewPredicate);
const actorsShownOf = memoizeLast(actorsViewPredicate);
const networkShownOf = memoizeLast(networkPredicate);
const selectedOf = memoizeLast(selectionElementIds);

/** What the graph should show for the store's state; null before a dataset has loaded. */
export function sceneOf(state: StoreState, theme: Theme): Scene | null {
  const { index, network, view } = state;
  if (!index) return null;
  // A plain network is drawn once, in the claims view's place.
  let elements: Scene['elements'];
  let isShown: Scene['isShown'];
  let layoutPartners: Scene['layoutPartners'];
  if (network) {
    elements = networkElementsOf(index, network);
    isShown = networkShownOf(selectNetworkShown(state)!);
  } else if (view === 'claims') {
    elements = claimsElementsOf(
      index,
      selectStatementGroups(state)!,
      selectShownGroupCounts(state),
    );
    isShown = claimsShownOf(selectShownVisibility(state)!);
  } else {
    // The nodes of the chosen level, coloured and sized as chosen.
    elements = actorsElementsOf(
      index,
      selectTieEdges(state),
      selectActorViewNodes(state) ?? undefined,
    );
    isShown = actorsShownOf(selectActorsViewShown(state)!.actors);
    layoutPartners = selectLayoutPartners(state);
  }
  // Another level ("Actors as") is another set of nodes: a drawing of its own, laid out anew
  // unless its nodes have places already; every other choice of the actor view keeps the nodes.
  const drawing = network
    ? 'network'
    : view === 'actors'
      ? `actors:${selectActorGrouping(state)?.level ?? ''}`
      : view;
  // Each level keeps its own places: the coded actors' would be meaningless for organisations.
  const key = selectPositionsKey(state);
  return {
    generation: `${state.datasetVersion}:${drawing}`,
    positionsKey: key,
    elements,
    isShown,
    selected: selectedOf(state.selection, selectStatementGroups(state) ?? undefined),
    positions: positionsAt(state.positions, key),
    layoutPartners,
    layout: state.layout,
    layoutRequest: state.layoutRequest,
    fitRequest: state.fitRequest,
    theme,
  };
}
