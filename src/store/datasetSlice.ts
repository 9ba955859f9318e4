import type { StateCreator } from 'zustand';
import { buildGraphIndex, type GraphIndex } from '../model/graphIndex';
import type { Dataset } from '../model/schema';
import type { StoreState } from './store';

export interface DatasetState {
  /** The loaded dataset's lookup tables; null until the first dataset has loaded. */
  index: GraphIndex | null;
  /** Bumped on every load, so views can tell a new dataset from the same one. */
  datasetVersion: number;
}

export interface DatasetActions {
  /** Replaces the loaded dataset with an already validated one. */
  loadDataset: (dataset: Dataset) => void;
}

export type DatasetSlice = DatasetState & DatasetActions;

export const initialDatasetState: DatasetState = { index: null, datasetVersion: 0 };

export const createDatasetSlice: StateCreator<StoreState, [], [], DatasetSlice> = (set) => ({
  ...initialDatasetState,
  loadDataset: (dataset) =>
    set((state) => ({
      index: buildGraphIndex(dataset),
      datasetVersion: state.datasetVersion + 1,
      selection: null,
      focusDepth: 0,
    })),
});
