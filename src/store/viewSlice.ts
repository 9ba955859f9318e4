import type { StateCreator } from 'zustand';
import type { ActorLevel } from '../model/actorLevel';
import type { Normalisation, TieMode } from '../model/actorNetwork';
import type { Duplicates } from '../model/duplicates';
import type { ColourBy, SizeBy } from '../model/nodeAppearance';
import type { DrawProgress, LayoutName, ViewName } from '../model/view';
import { DEFAULT_VIEW_STATE, isMinWeight } from '../model/viewState';
import { loadMetrics } from './metricsModule';
import type { StoreState } from './store';

export interface ViewState {
  view: ViewName;
  /** The actor view's level: which node each actor's statements count for ("Actors as"). */
  actorLevel: ActorLevel;
  tieMode: TieMode;
  /** Which statements the actor network counts (DNA's duplicates setting). */
  duplicates: Duplicates;
  normalisation: Normalisation;
  /**
   * The actor view draws ties whose weight is at least this by size (more when too many would
   * be drawn); 0 draws every tie.
   */
  tieMinWeight: number;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** True once the metrics code (graphology, loaded on use) is there; see metricsModule.ts. */
  metricsReady: boolean;
  layout: LayoutName;
  /** True while the graph is being built or laid out (drives aria-busy). */
  busy: boolean;
  /** Bumped by the Fit button; the graph canvas fits the view when it changes. */
  fitRequest: number;
  /** Bumped by "Re-run layout" and by choosing a layout; the graph lays out again when it changes. */
  layoutRequest: number;
  /**
   * The layout chosen before the one whose positions have not come yet: the history step those
   * positions make takes the choice back with them (editSlice); null when none is awaited.
   */
  layoutChosenFrom: LayoutName | null;
  /** What the graph says about itself, e.g. that a large graph got ForceAtlas2. */
  graphNote: string | null;
  /** How far a large drawing has come while it is built (the graph reports it); null when shown. */
  drawProgress: DrawProgress | null;
  /**
   * Null while the graph draws line patterns (dashes, dots); else how many edges in view it takes
   * for lines to be drawn solid (the graph says when that changes).
   */
  solidLinesAbove: number | null;
}

export interface ViewActions {
  setView: (view: ViewName) => void;
  setActorLevel: (level: ActorLevel) => void;
  setTieMode: (mode: TieMode) => void;
  setDuplicates: (duplicates: Duplicates) => void;
  setNormalisation: (normalisation: Normalisation) => void;
  /** Sets the minimum weight of drawn ties; anything but a number from 0 with up to four decimals is ignored. */
  setTieMinWeight: (weight: number) => void;
  setSizeBy: (sizeBy: SizeBy) => void;
  setColourBy: (colourBy: ColourBy) => void;
  /** Loads the metrics code if it is not there yet (the actor view needs it); resolves when done. */
  requestMetrics: () => Promise<void>;
  setLayout: (layout: LayoutName) => void;
  setBusy: (busy: boolean) => void;
  requestFit: () => void;
  requestLayout: () => void;
  setGraphNote: (note: string | null) => void;
  setDrawProgress: (progress: DrawProgress | null) => void;
  setSolidLinesAbove: (edges: number | null) => void;
}

export type ViewSlice = ViewState & ViewActions;

export const initialViewState: ViewState = {
  view: DEFAULT_VIEW_STATE.view,
  actorLevel: DEFAULT_VIEW_STATE.actorLevel,
  tieMode: DEFAULT_VIEW_STATE.tieMode,
  duplicates: DEFAULT_VIEW_STATE.duplicates,
  normalisation: DEFAULT_VIEW_STATE.normalisation,
  tieMinWeight: DEFAULT_VIEW_STATE.tieMinWeight,
  sizeBy: DEFAULT_VIEW_STATE.sizeBy,
  colourBy: DEFAULT_VIEW_STATE.colourBy,
  metricsReady: false,
  layout: DEFAULT_VIEW_STATE.layout,
  busy: true,
  fitRequest: 0,
  layoutRequest: 0,
  layoutChosenFrom: null,
  graphNote: null,
  drawProgress: null,
  solidLinesAbove: null,
};

export const createViewSlice: StateCreator<StoreState, [], [], ViewSlice> = (set, get) => ({
  ...initialViewState,
  // A selection belongs to one view's elements; switching view drops it.
  setView: (view) =>
    set((state) => (state.view === view ? {} : { view, selection: null, focusDepth: 0 })),
  // Another level has other nodes: a selection of one of them means nothing at the next.
  setActorLevel: (actorLevel) =>
    set((state) =>
      state.actorLevel === actorLevel ? {} : { actorLevel, selection: null, focusDepth: 0 },
    ),
  setTieMode: (tieMode) => set({ tieMode }),
  setDuplicates: (duplicates) => set({ duplicates }),
  setNormalisation: (normalisation) => set({ normalisation }),
  setTieMinWeight: (tieMinWeight) => {
    if (isMinWeight(tieMinWeight)) set({ tieMinWeight });
  },
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setColourBy: (colourBy) => set({ colourBy }),
  requestMetrics: () =>
    get().metricsReady
      ? Promise.resolve()
      : loadMetrics().then(
          // Several requests may wait for the one load; the first to hear of it says so.
          () => {
            if (!get().metricsReady) set({ metricsReady: true });
          },
          // Without the metrics code nodes keep their plain size and colour; nothing else needs it.
          () => undefined,
        ),
  // Choosing a layout lays the graph out with it; a layout that arrives with a link or a saved
  // view (applyViewState) is only the choice, so it never throws away a saved arrangement.
  setLayout: (layout) =>
    set((state) =>
      state.layout === layout
        ? {}
        : {
            layout,
            layoutRequest: state.layoutRequest + 1,
            layoutChosenFrom: state.layoutChosenFrom ?? state.layout,
          },
    ),
  setBusy: (busy) => set({ busy }),
  requestFit: () => set((state) => ({ fitRequest: state.fitRequest + 1 })),
  requestLayout: () => set((state) => ({ layoutRequest: state.layoutRequest + 1 })),
  setGraphNote: (graphNote) => set({ graphNote }),
  setDrawProgress: (drawProgress) => set({ drawProgress }),
  setSolidLinesAbove: (solidLinesAbove) => set({ solidLinesAbove }),
});
