import type { StateCreator } from 'zustand';
import type { Selection } from '../model/selection';
import type { StoreState } from './store';
import { tableTabOf } from './tableSlice';

import { MAX_FOCUS_DEPTH } from '../model/viewState';

export { MAX_FOCUS_DEPTH };

export interface SelectionState {
  selection: Selection;
  /** 0: the whole graph; 1–3: only the selection's neighbourhood of that depth. */
  focusDepth: number;
  /**
   * What a link (or a saved session) asked to select that the dataset does not have; the screen
   * says so until something is selected or the note is dismissed.
   */
  unknownSelection: NonNullable<Selection> | null;
}

export interface SelectionActions {
  select: (selection: Selection) => void;
  setFocusDepth: (depth: number) => void;
  /** Escape: drops the focus first, then the selection. */
  clearSelection: () => void;
  dismissUnknownSelection: () => void;
}

export type SelectionSlice = SelectionState & SelectionActions;

export const initialSelectionState: SelectionState = {
  selection: null,
  focusDepth: 0,
  unknownSelection: null,
};

/** The store update that asks the graph to fit what it shows (a focus changed what that is). */
const refit = (state: StoreState) => ({ fitRequest: state.fitRequest + 1 });

export const createSelectionSlice: StateCreator<StoreState, [], [], SelectionSlice> = (set) => ({
  ...initialSelectionState,
  // While focused, another selection is another neighbourhood: the camera fits it. Selecting
  // anything answers a link's unknown selection. The table (open or not) turns to the tab that
  // lists it, so that opening the table shows what was just selected.
  select: (selection) =>
    set((state) => {
      const refitted = state.focusDepth > 0 ? refit(state) : {};
      if (!selection) return { selection, focusDepth: 0, unknownSelection: null, ...refitted };
      const tab = tableTabOf(selection);
      return { selection, unknownSelection: null, ...refitted, ...(tab ? { tableTab: tab } : {}) };
    }),
  // Focus fits the focused neighbourhood; leaving it fits the whole graph again.
  setFocusDepth: (depth) =>
    set((state) => {
      const focusDepth = Math.max(0, Math.min(MAX_FOCUS_DEPTH, Math.round(depth)));
      return focusDepth === state.focusDepth ? {} : { focusDepth, ...refit(state) };
    }),
  clearSelection: () =>
    set((state) =>
      state.focusDepth > 0 ? { focusDepth: 0, ...refit(state) } : { selection: null },
    ),
  dismissUnknownSelection: () => set({ unknownSelection: null }),
});
