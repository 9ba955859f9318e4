import type { StateCreator } from 'zustand';
import type { TieMode } from '../model/tieEdges';
import type { LayoutName, ViewName } from '../model/view';
import { DEFAULT_VIEW_STATE } from '../model/viewState';
import type { StoreState } from './store';

export interface ViewState {
  view: ViewName;
  tieMode: TieMode;
  /** The actor view draws ties on at least this many claims (more when too many would be drawn). */
  tieMinWeight: number;
  layout: LayoutName;
  /** True while the graph is being built or laid out (drives aria-busy). */
  busy: boolean;
  /** Bumped by the Fit button; the graph canvas fits the view when it changes. */
  fitRequest: number;
  /** Bumped by "Re-run layout" and by choosing a layout; the graph lays out again when it changes. */
  layoutRequest: number;
  /** What the graph says about itself, e.g. that a large graph got a draft layout. */
  graphNote: string | null;
}

export interface ViewActions {
  setView: (view: ViewName) => void;
  setTieMode: (mode: TieMode) => void;
  /** Sets the minimum weight of drawn ties; anything but a whole number from 1 up is ignored. */
  setTieMinWeight: (weight: number) => void;
  setLayout: (layout: LayoutName) => void;
  setBusy: (busy: boolean) => void;
  requestFit: () => void;
  requestLayout: () => void;
  setGraphNote: (note: string | null) => void;
}

export type ViewSlice = ViewState & ViewActions;

export const initialViewState: ViewState = {
  view: DEFAULT_VIEW_STATE.view,
  tieMode: DEFAULT_VIEW_STATE.tieMode,
  tieMinWeight: DEFAULT_VIEW_STATE.tieMinWeight,
  layout: DEFAULT_VIEW_STATE.layout,
  busy: true,
  fitRequest: 0,
  layoutRequest: 0,
  graphNote: null,
};

export const createViewSlice: StateCreator<StoreState, [], [], ViewSlice> = (set) => ({
  ...initialViewState,
  // A selection belongs to one view's elements; switching view drops it.
  setView: (view) =>
    set((state) => (state.view === view ? {} : { view, selection: null, focusDepth: 0 })),
  setTieMode: (tieMode) => set({ tieMode }),
  setTieMinWeight: (tieMinWeight) => {
    if (Number.isInteger(tieMinWeight) && tieMinWeight >= 1) set({ tieMinWeight });
  },
  // Choosing a layout lays the graph out with it; a layout that arrives with a link or a saved
  // view (applyViewState) is only the choice, so it never throws away a saved arrangement.
  setLayout: (layout) =>
    set((state) =>
      state.layout === layout ? {} : { layout, layoutRequest: state.layoutRequest + 1 },
    ),
  setBusy: (busy) => set({ busy }),
  requestFit: () => set((state) => ({ fitRequest: state.fitRequest + 1 })),
  requestLayout: () => set((state) => ({ layoutRequest: state.layoutRequest + 1 })),
  setGraphNote: (graphNote) => set({ graphNote }),
});
