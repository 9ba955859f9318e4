import { dataLinkOf, openDataLink } from '../loading/dataLink';
import { openLinkData } from '../loading/openDataset';
import { openSample } from '../loading/openSample';
import { listenForKeys } from '../keys';
import { hashViewState, startUrlSync } from '../urlSync';

/**
 * Opens what an embed shows: the dataset of its link (`?data=`, or a hash with data) in the link's
 * view; an embed without one shows the sample. A link that fails leaves the graph empty under the
 * message saying why: a reader of the page around it would take any other dataset for the
 * publisher's. An embed keeps no session: it shows its link, not what the reader last opened in
 * the app, and saves nothing.
 */
export async function startEmbed(): Promise<void> {
  listenForKeys({ history: false });
  const linkView = hashViewState();
  const link = dataLinkOf(window.location);
  if (link === null) await openSample({ viewState: linkView });
  else await openDataLink(link, { viewState: linkView });
  startUrlSync({ onLinkData: (payload, viewState) => void openLinkData(payload, { viewState }) });
}
