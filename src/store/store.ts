import { create } from 'zustand';
import type { ViewState } from '../model/urlState';
import { createDatasetSlice, type DatasetSlice } from './datasetSlice';
import { createEditSlice, type EditSlice } from './editSlice';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createTableSlice, type TableSlice } from './tableSlice';
import { createTimelineSlice, type TimelineSlice } from './timelineSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';
import { viewStateUpdate } from './viewStateActions';

export type StoreState = DatasetSlice &
  EditSlice &
  EditorSlice &
  FiltersSlice &
  SelectionSlice &
  TableSlice &
  TimelineSlice &
  ViewSlice & {
    /** Applies the view state of a link (view, filters, selection, layout) in one update. */
    applyViewState: (viewState: ViewState) => void;
  };

/**
 * The app's one store, made of slices; actions call pure functions of model/. Nothing of it is
 * persisted by zustand: the session (app/sessionSync) and the URL carry what outlives a page.
 */
export const useStore = create<StoreState>()((...args) => ({
  ...createDatasetSlice(...args),
  ...createEditSlice(...args),
  ...createEditorSlice(...args),
  ...createFiltersSlice(...args),
  ...createSelectionSlice(...args),
  ...createTableSlice(...args),
  ...createTimelineSlice(...args),
  ...createViewSlice(...args),
  applyViewState: (viewState) => args[0]((state) => viewStateUpdate(state, viewState)),
}));
