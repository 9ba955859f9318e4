import { useStore } from '../../store/store';
import { parseSampleDataset } from '../sampleDataset';
import { notifyDatasetLoaded } from './openDataset';

/**
 * Loads the built-in sample dataset. `keepFailure` leaves a message about a file that could not
 * be opened on screen (at start-up, the sample stands in for it).
 */
export function openSample({ keepFailure = false } = {}): void {
  const result = parseSampleDataset();
  if (!result.ok) {
    // Only a broken build gets here: a unit test guards the sample.
    useStore
      .getState()
      .failLoading({ title: 'The sample dataset is broken', problems: result.problems });
    return;
  }
  const failure = useStore.getState().loadFailure;
  useStore.getState().loadDataset(result.dataset, { source: { kind: 'sample' } });
  if (keepFailure && failure) useStore.getState().failLoading(failure);
  notifyDatasetLoaded(null, { kind: 'sample' });
}
