import type { StateCreator } from 'zustand';
import type { Selection } from '../model/selection';
import type { StoreState } from './store';

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

export const createSelectionSlice: StateCreator<StoreState, [], [], SelectionSlice> = (set) => ({
  ...initialSelectionState,
  select: (selection) =>
    set(
      selection
        ? { selection, unknownSelection: null }
        : { selection, focusDepth: 0, unknownSelection: null },
    ),
  setFocusDepth: (depth) =>
    set({ focusDepth: Math.max(0, Math.min(MAX_FOCUS_DEPTH, Math.round(depth))) }),
  clearSelection: () =>
    set((state) => (state.focusDepth > 0 ? { focusDepth: 0 } : { selection: null })),
  dismissUnknownSelection: () => set({ unknownSelection: null }),
});
