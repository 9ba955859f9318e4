import { useStore } from '../../store/store';
import { notifyDatasetLoaded } from './openDataset';

/** Opens a new, empty dataset with a title, remembered like any opened dataset. */
export async function createNewDataset(title: string): Promise<void> {
  // With the edit path, which the new dataset is made for.
  const { emptyDataset } = await import('../../model/edits');
  const dataset = emptyDataset(title);
  useStore.getState().loadDataset(dataset, { source: { kind: 'new' } });
  notifyDatasetLoaded(JSON.stringify(dataset), { kind: 'new' });
}
