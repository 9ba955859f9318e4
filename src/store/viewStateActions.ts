import { actorGrouping, effectiveActorLevel, type ActorLevel } from '../model/actorLevel';
import type { GraphIndex } from '../model/graphIndex';
import type { Selection } from '../model/selection';
import type { ViewState } from '../model/urlState';
import type { ViewName } from '../model/view';
import type { StoreState } from './store';

/**
 * Returns the selection if it names something in the dataset, else null (stale or edited links).
 * In the actor view an actor or a tie is named by node ids of the level: an actor's id, or the id
 * of a group of an attribute's value.
 */
export function existingSelection(
  index: GraphIndex | null,
  selection: Selection,
  actorLevel: ActorLevel = 'actors',
): Selection {
  if (!index || !selection) return null;
  const level = effectiveActorLevel(index, actorLevel);
  const isNode =
    level === 'actors'
      ? (id: string) => index.actorById.has(id)
      : (id: string) => index.actorById.has(id) || actorGrouping(index, level).nodes.has(id);
  switch (selection.type) {
    case 'actor':
      return isNode(selection.id) ? selection : null;
    case 'claim':
      return index.claimById.has(selection.id) ? selection : null;
    case 'statement':
      return index.statementById.has(selection.id) ? selection : null;
    case 'tie':
      return isNode(selection.a) && isNode(selection.b) ? selection : null;
  }
}

/** Whether a selection names something the view draws: ties and actors, or actors, claims and statements. */
export function selectionFitsView(selection: NonNullable<Selection>, view: ViewName): boolean {
  if (view === 'actors') return selection.type === 'actor' || selection.type === 'tie';
  return selection.type !== 'tie';
}

/** The view state of the store, as a link carries it. */
export function pickViewState(state: StoreState): ViewState {
  const { view, layout, filters, selection, focusDepth } = state;
  const { actorLevel, tieMode, duplicates, normalisation, tieMinWeight, sizeBy, colourBy } = state;
  const { sidePanel, openSourceId, showMentions } = state;
  return {
    view,
    actorLevel,
    tieMode,
    duplicates,
    normalisation,
    tieMinWeight,
    sizeBy,
    colourBy,
    layout,
    filters,
    selection,
    focusDepth,
    sidePanel,
    openSourceId,
    showMentions,
  };
}

/**
 * Returns the store update that applies a view state. A selection of something the dataset does
 * not have is dropped and kept as `unknownSelection`, so the screen can say so (a link made with
 * other data); one that only does not fit the view is dropped quietly.
 */
export function viewStateUpdate(state: StoreState, next: ViewState): Partial<StoreState> {
  const selection = existingSelection(state.index, next.selection, next.actorLevel);
  const fitsView = selection === null || selectionFitsView(selection, next.view);
  return {
    unknownSelection: selection === null && state.index ? next.selection : null,
    view: next.view,
    actorLevel: next.actorLevel,
    tieMode: next.tieMode,
    duplicates: next.duplicates,
    normalisation: next.normalisation,
    tieMinWeight: next.tieMinWeight,
    sizeBy: next.sizeBy,
    colourBy: next.colourBy,
    layout: next.layout,
    filters: next.filters,
    selection: fitsView ? selection : null,
    focusDepth: fitsView && selection ? next.focusDepth : 0,
    sidePanel: next.sidePanel,
    openSourceId:
      next.openSourceId !== null && state.index?.sourceById.has(next.openSourceId)
        ? next.openSourceId
        : null,
    showMentions: next.showMentions,
  };
}
