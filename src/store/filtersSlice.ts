import type { StateCreator } from 'zustand';
import { DEFAULT_FILTERS, type FilterState } from '../model/filters';
import type { ActorKind } from '../model/schema';
import type { StoreState } from './store';

export interface FiltersState {
  filters: FilterState;
}

export interface FiltersActions {
  toggleStance: (stanceId: string) => void;
  toggleKind: (kind: ActorKind) => void;
  setDateRange: (from: string | null, to: string | null) => void;
  setFilter: <
    K extends
      'includeUndated' | 'contestedOnly' | 'hideIsolated' | 'showAffiliations' | 'showUntied',
  >(
    key: K,
    value: FilterState[K],
  ) => void;
  resetFilters: () => void;
}

export type FiltersSlice = FiltersState & FiltersActions;

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const createFiltersSlice: StateCreator<StoreState, [], [], FiltersSlice> = (set) => ({
  filters: DEFAULT_FILTERS,
  toggleStance: (stanceId) =>
    set(({ filters }) => ({
      filters: { ...filters, hiddenStances: toggled(filters.hiddenStances, stanceId) },
    })),
  toggleKind: (kind) =>
    set(({ filters }) => ({
      filters: { ...filters, hiddenKinds: toggled(filters.hiddenKinds, kind) },
    })),
  // A date range set by hand (typed, dragged, cleared) stops Play.
  setDateRange: (dateFrom, dateTo) =>
    set(({ filters }) => ({ filters: { ...filters, dateFrom, dateTo }, playing: false })),
  // Hiding the isolated nodes fits the view to what is left (and showing them, to all of it).
  setFilter: (key, value) =>
    set((state) => ({
      filters: { ...state.filters, [key]: value },
      ...((key === 'hideIsolated' || key === 'showUntied') && value !== state.filters[key]
        ? { fitRequest: state.fitRequest + 1 }
        : {}),
    })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS, playing: false }),
});
