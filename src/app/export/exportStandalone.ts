import { DEFAULT_FILTERS } from '../../model/filters';
import { networkDataset, shownNetwork } from '../../model/network';
import { datasetDigest, fillStandalonePage, pageContent } from '../../model/standalonePage';
import type { ViewState } from '../../model/viewState';
import { selectNetworkShown } from '../../store/selectors';
import { useStore } from '../../store/store';
import { pickViewState } from '../../store/viewStateActions';
import { hashOfViewState } from '../urlSync';
import { shownDataset, shownPositions } from './runExport';

/** Where the build puts the read-only page the export fills (vite.config.ts, standalonePage). */
export const STANDALONE_TEMPLATE = 'standalone.html';

/**
 * The view a page of what is shown opens in: the view on screen without the filters that left
 * records out, since the page holds only what they let through (kept, they would be choices that
 * change nothing). Filters of the drawing alone (isolated nodes, affiliations) stay.
 */
export function pageViewState(viewState: ViewState): ViewState {
  const { hideIsolated, showAffiliations } = viewState.filters;
  return { ...viewState, filters: { ...DEFAULT_FILTERS, hideIsolated, showAffiliations } };
}

/**
 * Returns the standalone page of what is shown: the app's read-only build, fetched on first use,
 * with the shown dataset (or network), its positions and the view written into it.
 */
export async function standalonePageHtml(): Promise<string> {
  const response = await fetch(new URL(STANDALONE_TEMPLATE, document.baseURI));
  if (!response.ok)
    throw new Error(
      `the page template could not be loaded (the server answered ${response.status})`,
    );
  const template = await response.text();
  const state = useStore.getState();
  const shown = selectNetworkShown(state);
  // A network read from another tool: its shown nodes and edges where they are on screen, and
  // the dataset of its nodes the app shows it through.
  const network =
    state.network && shown ? shownNetwork(state.network, shown, shownPositions()) : undefined;
  const dataset = network ? networkDataset(network) : (await shownDataset()).dataset;
  const digest = await datasetDigest(pageContent(dataset, network));
  if (digest === null) throw new Error('this browser cannot compute the digest the page needs');
  return fillStandalonePage(template, {
    format: 'stancegraph-page',
    version: 1,
    view: hashOfViewState(pageViewState(pickViewState(state))),
    digest,
    dataset,
    ...(network && { network }),
  });
}
