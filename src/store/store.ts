import { create } from 'zustand';
import type { ViewState } from '../model/urlState';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createEditSlice, type EditSlice } from './editSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createTableSlice, type TableSlice } from './tableSlice';
import { createTimelineSlice, type TimelineSlice } from './timelineSlice';
import { createSourcesSlice, type SourcesSlice } from './sourcesSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { viewStateUpdate } from './viewStateActions';

export type StoreState = DatasetSlice &
  EditSlice &
  EditorSlice &
  FiltersSlice &
  SelectionSlice &
  TableSlice &
  TimelineSlice &
  SourcesSlice &
  ViewSlice & {
    /** Applies the view state of a link (view, filters, selection, layout) in one update. */
    applyViewState: (viewState: ViewState) => void;
  };

/**
 * The app's one store, made of slices; actions call pure functions of model/. Nothing of it is
 * persisted by zustand: the session (app/sessionSync) and the URL carry what outlives a page.
 */
export const useStore = create<StoreState>()((set, get, api) => ({
  ...createDatasetSlice(set, get, api),
  ...createEditSlice(set, get, api),
  ...createEditorSlice(set, get, api),
  ...createFiltersSlice(set, get, api),
  ...createSelectionSlice(set, get, api),
  ...createTableSlice(set, get, api),
  ...createTimelineSlice(set, get, api),
  ...createSourcesSlice(set, get, api),
  ...createViewSlice(set, get, api),
  applyViewState: (viewState) => set((state) => viewStateUpdate(state, viewState)),
}));

// The actor view's metrics code loads on use: whichever way the store enters the actor view (a
// click, a link, a restored session, a dataset opened in it), it is fetched then, once.
useStore.subscribe((state) => {
  if (state.view === 'actors' && !state.metricsReady) void state.requestMetrics();
});
