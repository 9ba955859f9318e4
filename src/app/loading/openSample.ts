import type { ViewPositions } from '../../model/positions';
import type { FileReadResult } from '../../model/readDataset';
import type { ViewState } from '../../model/viewState';
import { useStore } from '../../store/store';
import { SAMPLE_TEXT } from '../sampleDataset';
import { notifyDatasetLoaded } from './openDataset';
import { readInWorker } from './readInWorker';

/**
 * Loads the built-in sample dataset, validated like any file (in the worker). `keepFailure` leaves
 * a message about a file that could not be opened on screen: at start-up the sample stands in.
 * `positions` are a saved session's arrangement of it.
 */
export async function openSample({
  keepFailure = false,
  positions = null,
  viewState = null,
}: {
  keepFailure?: boolean;
  positions?: ViewPositions | null;
  viewState?: ViewState | null;
} = {}): Promise<void> {
  let result: FileReadResult;
  try {
    ({ result } = await readInWorker(SAMPLE_TEXT, () => {}));
  } catch (error) {
    // Never left hanging: start-up waits for this.
    const message = error instanceof Error ? error.message : String(error);
    useStore.getState().failLoading({
      title: 'The sample dataset could not be read',
      problems: [{ path: '', message }],
    });
    return;
  }
  if (!result.ok || 'table' in result) {
    // Only a broken build gets here: a unit test guards the sample.
    useStore.getState().failLoading({
      title: 'The sample dataset is broken',
      problems: result.ok ? [] : result.problems,
    });
    return;
  }
  const failure = useStore.getState().loadFailure;
  useStore
    .getState()
    .loadDataset(result.dataset, { source: { kind: 'sample' }, positions, viewState });
  if (keepFailure && failure) useStore.getState().failLoading(failure);
  notifyDatasetLoaded(null, { kind: 'sample' });
}
