import { validateDataset } from '../../model/parseDataset';
import { PAGE_DATA_ID, readPageData } from '../../model/standalonePage';
import { useStore } from '../../store/store';
import { listenForKeys } from '../keys';
import { hashViewState, startUrlSync, viewStateOfHash } from '../urlSync';

const FAILED = 'The data of this page could not be read';

/**
 * Opens the data written into the page, validated as any file is (on this thread: the page may
 * start no worker), in the view it was exported in, or the one its address names since.
 */
export async function startStandalone(): Promise<void> {
  listenForKeys({ history: false });
  const store = useStore.getState();
  store.startLoading('the data of this page');
  // Let the page draw its frame and the progress first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const page = readPageData(document.getElementById(PAGE_DATA_ID)?.textContent ?? '');
  if (!page.ok) {
    store.failLoading({ title: FAILED, problems: page.problems });
    return;
  }
  const result = validateDataset(page.dataset);
  if (!result.ok) {
    store.failLoading({ title: FAILED, problems: result.problems });
    return;
  }
  store.loadDataset(result.dataset, {
    source: { kind: 'text' },
    viewState: hashViewState() ?? viewStateOfHash(page.view),
  });
  if (result.dataset.title) document.title = `${result.dataset.title} · Stancegraph`;
  startUrlSync();
}
