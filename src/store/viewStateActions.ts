import type { GraphIndex } from '../model/graphIndex';
import type { Selection } from '../model/selection';
import type { ViewState } from '../model/urlState';
import type { ViewName } from '../model/view';
import type { StoreState } from './store';

/** Returns the selection if it names something in the dataset, else null (stale or edited links). */
export function existingSelection(index: GraphIndex | null, selection: Selection): Selection {
  if (!index || !selection) return null;
  switch (selection.type) {
    case 'actor':
      return index.actorById.has(selection.id) ? selection : null;
    case 'claim':
      return index.claimById.has(selection.id) ? selection : null;
    case 'statement':
      return index.statementById.has(selection.id) ? selection : null;
    case 'tie':
      return index.actorById.has(selection.a) && index.actorById.has(selection.b)
        ? selection
        : null;
  }
}

/** Whether a selection names something the view draws: ties and actors, or actors, claims and statements. */
export function selectionFitsView(selection: NonNullable<Selection>, view: ViewName): boolean {
  if (view === 'actors') return selection.type === 'actor' || selection.type === 'tie';
  return selection.type !== 'tie';
}

/** The view state of the store, as a link carries it. */
export function pickViewState(state: StoreState): ViewState {
  const { view, tieMode, tieMinWeight, layout, filters, selection, focusDepth } = state;
  return { view, tieMode, tieMinWeight, layout, filters, selection, focusDepth };
}

/**
 * Returns the store update that applies a view state. A selection of something the dataset does
 * not have is dropped and kept as `unknownSelection`, so the screen can say so (a link made with
 * other data); one that only does not fit the view is dropped quietly.
 */
export function viewStateUpdate(state: StoreState, next: ViewState): Partial<StoreState> {
  const selection = existingSelection(state.index, next.selection);
  const fitsView = selection === null || selectionFitsView(selection, next.view);
  return {
    unknownSelection: selection === null && state.index ? next.selection : null,
    view: next.view,
    tieMode: next.tieMode,
    tieMinWeight: next.tieMinWeight,
    layout: next.layout,
    filters: next.filters,
    selection: fitsView ? selection : null,
    focusDepth: fitsView && selection ? next.focusDepth : 0,
  };
}
