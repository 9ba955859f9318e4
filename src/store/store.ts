import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ViewState } from '../model/urlState';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { viewStateUpdate } from './viewStateActions';

export type StoreState = DatasetSlice &
  FiltersSlice &
  SelectionSlice &
  ViewSlice & {
    /** Applies the view state of a link (view, filters, selection, layout) in one update. */
    applyViewState: (viewState: ViewState) => void;
  };

// What outlives a session in localStorage: only the layout choice. Bump the version and add a
// migration when the persisted shape changes.
const PERSIST_VERSION = 1;

/** The app's one store, made of slices; actions call pure functions of model/. */
export const useStore = create<StoreState>()(
  persist(
    (...args) => ({
      ...createDatasetSlice(...args),
      ...createFiltersSlice(...args),
      ...createSelectionSlice(...args),
      ...createViewSlice(...args),
      applyViewState: (viewState) => args[0]((state) => viewStateUpdate(state, viewState)),
    }),
    {
      name: 'stancegraph.preferences',
      version: PERSIST_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ layout: state.layout }),
      migrate: (persisted) => persisted as { layout: StoreState['layout'] },
    },
  ),
);
