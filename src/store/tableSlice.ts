import type { StateCreator } from 'zustand';
import type { Selection } from '../model/selection';
import type { StoreState } from './store';

/** The tabs of the data table. */
export type TableTab = 'statements' | 'actors' | 'claims';

/** The tab that lists what a selection names, if any (a tie has no row). */
export function tableTabOf(selection: Selection): TableTab | null {
  if (selection?.type === 'statement') return 'statements';
  if (selection?.type === 'actor') return 'actors';
  if (selection?.type === 'claim') return 'claims';
  return null;
}

/** A tab's sort: by these columns (ids), in order. */
export type TableSort = readonly { readonly id: string; readonly desc: boolean }[];

export interface TableState {
  /** Whether the table of what the graph shows is open below the graph. */
  tableOpen: boolean;
  tableTab: TableTab;
  /** The text of the table's filter box, and each tab's sort: kept while the table is closed. */
  tableQuery: string;
  tableSorting: Readonly<Record<TableTab, TableSort>>;
}

export interface TableActions {
  setTableOpen: (open: boolean) => void;
  setTableTab: (tab: TableTab) => void;
  setTableQuery: (query: string) => void;
  setTableSorting: (tab: TableTab, sort: TableSort) => void;
}

export type TableSlice = TableState & TableActions;

export const initialTableState: TableState = {
  tableOpen: false,
  tableTab: 'statements',
  tableQuery: '',
  tableSorting: { statements: [], actors: [], claims: [] },
};

export const createTableSlice: StateCreator<StoreState, [], [], TableSlice> = (set, get) => ({
  ...initialTableState,
  // On a narrow screen the table and the timeline share the room below the graph: opening one
  // closes the other there (a wide screen always shows the timeline, whatever timelineOpen says).
  setTableOpen: (tableOpen) => set(tableOpen ? { tableOpen, timelineOpen: false } : { tableOpen }),
  setTableTab: (tableTab) => set({ tableTab }),
  setTableQuery: (tableQuery) => set({ tableQuery }),
  setTableSorting: (tab, sort) => set({ tableSorting: { ...get().tableSorting, [tab]: sort } }),
});
