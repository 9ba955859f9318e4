import type { StateCreator } from 'zustand';
import { applyChange, invertChange, type Change } from '../model/changes';
import type { Edit, EditOutcome } from '../model/edits';
import type { LayoutName } from '../model/view';
import { buildGraphIndex } from '../model/graphIndex';
import { positionsAt, samePositions, type Positions, type ViewPositions } from '../model/positions';
import { selectPositionsKey } from './selectors';
import type { StoreState } from './store';
import { existingSelection } from './viewStateActions';

/** One step of the history: an edit of the dataset, or a new arrangement of one view's nodes. */
export type HistoryEntry =
  | { kind: 'change'; change: Change }
  | {
      kind: 'layout';
      label: string;
      key: string;
      before: Positions;
      after: Positions;
      /** The layout choice before and after, when the step is one (Layout: Grid). */
      layouts?: { before: LayoutName; after: LayoutName };
    };

/** How many steps Undo can go back; older ones are forgotten. */
export const MAX_HISTORY = 500;

export interface EditState {
  /** Where each view's nodes are; positions of deleted nodes stay, so Undo puts them back. */
  positions: ViewPositions;
  /** Steps Undo can take back, the latest last. */
  past: readonly HistoryEntry[];
  /** Steps Redo can take again, the next last. */
  future: readonly HistoryEntry[];
  /** Whether the dataset has changed since it was opened or last exported as JSON. */
  unsavedEdits: boolean;
  /** Bumped by every edit, undo and redo, so the session knows when to save the dataset again. */
  revision: number;
}

export interface EditActions {
  /**
   * Applies an edit through the one edit path (model/edits): on success the dataset, history
   * and graph follow; on refusal nothing changes. Returns the outcome for the form to show.
   */
  edit: (edit: Edit) => Promise<EditOutcome>;
  undo: () => void;
  redo: () => void;
  /**
   * Records where a view's nodes are. With a label (Re-run layout, a drag) it is a step of the
   * history; without one (the first layout of a dataset, a new node placed) it is not.
   */
  setPositions: (key: string, positions: Positions, label?: string) => void;
  /** The dataset was exported as JSON: its edits are no longer at risk. */
  markExported: () => void;
}

export type EditSlice = EditState & EditActions;

export const initialEditState: EditState = {
  positions: { claims: new Map(), actors: new Map() },
  past: [],
  future: [],
  unsavedEdits: false,
  revision: 0,
};

function bounded(entries: readonly HistoryEntry[]): readonly HistoryEntry[] {
  return entries.length > MAX_HISTORY ? entries.slice(entries.length - MAX_HISTORY) : entries;
}

/** The store update that applies a change to the dataset (forwards or, inverted, backwards). */
function changedDataset(state: StoreState, change: Change): Partial<StoreState> {
  if (!state.index) return {};
  const index = buildGraphIndex(applyChange(state.index.dataset, change));
  const selection = existingSelection(index, state.selection);
  return {
    index,
    selection,
    focusDepth: selection ? state.focusDepth : 0,
    unsavedEdits: true,
    revision: state.revision + 1,
  };
}

/** The store update that takes one history step, forwards (redo) or backwards (undo). */
function step(state: StoreState, entry: HistoryEntry, backwards: boolean): Partial<StoreState> {
  if (entry.kind === 'change') {
    return changedDataset(state, backwards ? invertChange(entry.change) : entry.change);
  }
  // The menu says the layout the nodes on screen are in; the positions are there, so nothing
  // lays out. A step of another view (or level) than the one on screen leaves the menu alone.
  const layouts = entry.key === selectPositionsKey(state) ? entry.layouts : undefined;
  return {
    positions: { ...state.positions, [entry.key]: backwards ? entry.before : entry.after },
    ...(layouts && { layout: backwards ? layouts.before : layouts.after }),
  };
}

export const createEditSlice: StateCreator<StoreState, [], [], EditSlice> = (set, get) => ({
  ...initialEditState,
  edit: async (edit) => {
    // The edit path needs the format's validator (zod): loaded with the first edit, not the page.
    const { applyEdit } = await import('../model/edits');
    const { index, network } = get();
    if (!index || network) {
      const message = network
        ? 'a network read from another tool cannot be edited'
        : 'no dataset is open';
      return { ok: false, problems: [{ path: '', field: null, message }] };
    }
    const outcome = applyEdit(index.dataset, edit);
    if (outcome.ok) {
      const entry: HistoryEntry = { kind: 'change', change: outcome.change };
      set((state) => ({
        ...changedDataset(state, outcome.change),
        past: bounded([...state.past, entry]),
        future: [],
      }));
    }
    return outcome;
  },
  undo: () =>
    set((state) => {
      const entry = state.past.at(-1);
      if (!entry) return {};
      return {
        ...step(state, entry, true),
        past: state.past.slice(0, -1),
        future: [...state.future, entry],
      };
    }),
  redo: () =>
    set((state) => {
      const entry = state.future.at(-1);
      if (!entry) return {};
      return {
        ...step(state, entry, false),
        past: bounded([...state.past, entry]),
        future: state.future.slice(0, -1),
      };
    }),
  setPositions: (key, positions, label) =>
    set((state) => {
      const before = positionsAt(state.positions, key);
      if (samePositions(before, positions)) return {};
      const next = { positions: { ...state.positions, [key]: positions } };
      if (label === undefined) return next;
      const from = state.layoutChosenFrom;
      const entry: HistoryEntry = {
        kind: 'layout',
        label,
        key,
        before,
        after: positions,
        ...(from !== null &&
          from !== state.layout && { layouts: { before: from, after: state.layout } }),
      };
      return {
        ...next,
        past: bounded([...state.past, entry]),
        future: [],
        layoutChosenFrom: null,
      };
    }),
  markExported: () => set({ unsavedEdits: false }),
});

/** What Undo would take back, in words ("Rename actor …"), or null when there is nothing. */
export function historyLabel(entry: HistoryEntry | undefined): string | null {
  if (!entry) return null;
  return entry.kind === 'change' ? entry.change.label : entry.label;
}
