import type { Dataset } from '../../model/schema';
import type { PlainNetwork } from '../../model/network';
import { datasetDigest, pageContent, PAGE_DATA_ID, readPageData } from '../../model/standalonePage';
import { useStore } from '../../store/store';
import { listenForKeys } from '../keys';
import { hashViewState, startUrlSync, viewStateOfHash } from '../urlSync';

const FAILED = 'The data of this page could not be read';
const CHANGED =
  'the data of this page is not what Stancegraph wrote (it was changed after the export): ' +
  'export the page again';

/**
 * Opens the data written into the page, in the view it was exported in or the one its address
 * names since. The app validated the dataset before it wrote the page; here its digest is checked,
 * so the page opens exactly that.
 */
export async function startStandalone(): Promise<void> {
  listenForKeys({ history: false });
  const store = useStore.getState();
  store.startLoading('the data of this page');
  const page = readPageData(document.getElementById(PAGE_DATA_ID)?.textContent ?? '');
  if (!page.ok) {
    store.failLoading({ title: FAILED, problems: page.problems });
    return;
  }
  const digest = await datasetDigest(pageContent(page.dataset, page.network));
  if (digest !== null && digest !== page.digest) {
    store.failLoading({ title: FAILED, problems: [{ path: 'dataset', message: CHANGED }] });
    return;
  }
  const dataset = page.dataset as Dataset;
  try {
    store.loadDataset(dataset, {
      source: { kind: 'text' },
      viewState: hashViewState() ?? viewStateOfHash(page.view),
      // Checked by the digest with the dataset: the network the app wrote.
      network: (page.network as PlainNetwork | undefined) ?? null,
    });
  } catch (error) {
    // Only a page changed by hand, where no digest could be checked, gets here.
    const message = error instanceof Error ? error.message : String(error);
    store.failLoading({ title: FAILED, problems: [{ path: 'dataset', message }] });
    return;
  }
  if (dataset.title) document.title = `${dataset.title} · Stancegraph`;
  startUrlSync();
}
