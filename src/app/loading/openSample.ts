import { useStore } from '../../store/store';
import { SAMPLE_TEXT } from '../sampleDataset';
import { notifyDatasetLoaded } from './openDataset';
import { readInWorker } from './readInWorker';

/**
 * Loads the built-in sample dataset, validated like any file (in the worker). `keepFailure` leaves
 * a message about a file that could not be opened on screen: at start-up the sample stands in.
 */
export async function openSample({ keepFailure = false } = {}): Promise<void> {
  const { result } = await readInWorker(SAMPLE_TEXT, () => {});
  if (!result.ok || 'table' in result) {
    // Only a broken build gets here: a unit test guards the sample.
    useStore.getState().failLoading({
      title: 'The sample dataset is broken',
      problems: result.ok ? [] : result.problems,
    });
    return;
  }
  const failure = useStore.getState().loadFailure;
  useStore.getState().loadDataset(result.dataset, { source: { kind: 'sample' } });
  if (keepFailure && failure) useStore.getState().failLoading(failure);
  notifyDatasetLoaded(null, { kind: 'sample' });
}
