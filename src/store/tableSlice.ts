import type { StateCreator } from 'zustand';
import type { StoreState } from './store';

/** The tabs of the data table. */
export type TableTab = 'statements' | 'actors' | 'claims';

export interface TableState {
  /** Whether the table of what the graph shows is open below the graph. */
  tableOpen: boolean;
  tableTab: TableTab;
}

export interface TableActions {
  setTableOpen: (open: boolean) => void;
  setTableTab: (tab: TableTab) => void;
}

export type TableSlice = TableState & TableActions;

export const initialTableState: TableState = { tableOpen: false, tableTab: 'statements' };

export const createTableSlice: StateCreator<StoreState, [], [], TableSlice> = (set) => ({
  ...initialTableState,
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setTableTab: (tableTab) => set({ tableTab }),
});
