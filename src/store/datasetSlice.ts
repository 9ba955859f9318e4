import type { StateCreator } from 'zustand';
import { DEFAULT_FILTERS } from '../model/filters';
import { buildGraphIndex, type GraphIndex } from '../model/graphIndex';
import type { PlainNetwork } from '../model/network';
import type { Problem } from '../model/parseDataset';
import { splitLayout, type Point, type ViewPositions } from '../model/positions';
import type { Dataset } from '../model/schema';
import type { StatementTable } from '../model/table';
import type { SessionSource } from './persistence';
import type { StoreState } from './store';
import { viewStateUpdate } from './viewStateActions';
import type { ViewState } from '../model/viewState';

/** Where the loaded dataset came from; remembered for the next visit. */
export type DatasetSource = SessionSource;

/** A file that could not be opened: what it was and every problem found in it. */
export interface LoadFailure {
  title: string;
  problems: readonly Problem[];
  /**
   * The text that could not be opened, when nothing else holds it (a saved session's dataset,
   * which the next save replaces): the message offers it as a download, so it is never lost.
   */
  unopened?: { readonly name: string; readonly text: string };
}

/** A spreadsheet waiting for the user to map its columns: the table and where it came from. */
export interface PendingTable {
  table: StatementTable;
  /** How the file is named in messages: its name, or "The pasted text". */
  label: string;
  source: DatasetSource;
}

export interface DatasetState {
  /** The loaded dataset's lookup tables; null until the first dataset has loaded. */
  index: GraphIndex | null;
  /** Set when the dataset is a plain network read from another tool (nodes and edges). */
  network: PlainNetwork | null;
  source: DatasetSource;
  /** Bumped on every load, so views can tell a new dataset from the same one. */
  datasetVersion: number;
  /** A file being opened: what it is and how far along. */
  loading: { label: string; phase: 'reading' | 'validating' } | null;
  loadFailure: LoadFailure | null;
  /** A short message about something that did not work but did not stop the app (storage). */
  notice: string | null;
  /** A spreadsheet of statements read, waiting for the Map columns dialog; null when none. */
  pendingTable: PendingTable | null;
}

export interface DatasetActions {
  /**
   * Replaces the loaded dataset with an already validated one, with an empty history. Its
   * `layout` becomes the positions of its nodes (`positions`, say a saved session's, take
   * precedence); `unsavedEdits` is for a restored session whose edits were never exported.
   */
  loadDataset: (
    dataset: Dataset,
    options?: {
      network?: PlainNetwork | null;
      source?: DatasetSource;
      positions?: ViewPositions | null;
      unsavedEdits?: boolean;
      /** The view to open it in (a link's, a saved session's); its selection if it exists. */
      viewState?: ViewState | null;
    },
  ) => void;
  startLoading: (label: string) => void;
  setLoadPhase: (phase: 'reading' | 'validating') => void;
  /** Ends a load that failed; the dataset already loaded stays as it is. */
  failLoading: (failure: LoadFailure) => void;
  dismissLoadFailure: () => void;
  /** Ends a load with a table: the Map columns dialog opens; the dataset on screen stays. */
  askForMapping: (pending: PendingTable) => void;
  /** Closes the Map columns dialog (after Import or Cancel). */
  closeMapping: () => void;
  setNotice: (notice: string | null) => void;
}

export type DatasetSlice = DatasetState & DatasetActions;

export const initialDatasetState: DatasetState = {
  index: null,
  network: null,
  source: { kind: 'sample' },
  datasetVersion: 0,
  loading: null,
  loadFailure: null,
  notice: null,
  pendingTable: null,
};

/** A plain network's own positions (from its file) as the claims view's, where it is drawn. */
function networkPositions(network: PlainNetwork): ViewPositions {
  const claims = new Map<string, Point>();
  for (const node of network.nodes) if (node.position) claims.set(node.id, node.position);
  return { claims, actors: new Map() };
}

export const createDatasetSlice: StateCreator<StoreState, [], [], DatasetSlice> = (set) => ({
  ...initialDatasetState,
  loadDataset: (dataset, options = {}) =>
    set((state) => {
      const split = splitLayout(dataset);
      const update: Partial<StoreState> = {
        index: buildGraphIndex(split.dataset),
        positions:
          options.positions ??
          (options.network ? networkPositions(options.network) : split.positions),
        past: [],
        future: [],
        unsavedEdits: options.unsavedEdits ?? false,
        revision: 0,
        editor: null,
        // Busy until the new dataset is drawn (the graph says when).
        busy: true,
        network: options.network ?? null,
        source: options.source ?? { kind: 'sample' },
        datasetVersion: state.datasetVersion + 1,
        loading: null,
        loadFailure: null,
        // A new dataset starts unfiltered and unselected; a restored session re-applies its view.
        filters: DEFAULT_FILTERS,
        selection: null,
        focusDepth: 0,
        playing: false,
        unknownSelection: null,
        // A plain network has no claims: the claims view is the only one that draws it.
        view: options.network ? 'claims' : state.view,
      };
      // Applied in the same update, so the first picture is already the asked-for view.
      if (!options.viewState) return update;
      const viewed = { ...update, ...viewStateUpdate({ ...state, ...update }, options.viewState) };
      return options.network ? { ...viewed, view: 'claims' } : viewed;
    }),
  startLoading: (label) => set({ loading: { label, phase: 'reading' }, loadFailure: null }),
  setLoadPhase: (phase) =>
    set((state) => (state.loading ? { loading: { ...state.loading, phase } } : {})),
  // With no dataset on screen, nothing will be drawn: the graph is no longer busy.
  failLoading: (loadFailure) =>
    set((state) => ({ loading: null, loadFailure, ...(state.index === null && { busy: false }) })),
  dismissLoadFailure: () => set({ loadFailure: null }),
  askForMapping: (pendingTable) => set({ loading: null, loadFailure: null, pendingTable }),
  closeMapping: () => set({ pendingTable: null }),
  setNotice: (notice) => set({ notice }),
});
