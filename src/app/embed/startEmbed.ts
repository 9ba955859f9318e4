import { dataLinkOf, openDataLink } from '../loading/dataLink';
import { openLinkData } from '../loading/openDataset';
import { openSample } from '../loading/openSample';
import { listenForKeys } from '../keys';
import { hashViewState, startUrlSync } from '../urlSync';

/**
 * Opens what an embed shows: the dataset of its link (`?data=`, or a hash with data) in the link's
 * view, else the sample behind the message saying why. An embed keeps no session: it shows its
 * link, not what the reader last opened in the app, and saves nothing.
 */
export async function startEmbed(): Promise<void> {
  listenForKeys({ history: false });
  const linkView = hashViewState();
  const link = dataLinkOf(window.location);
  const loaded = link !== null && (await openDataLink(link, { viewState: linkView }));
  if (!loaded) await openSample({ keepFailure: true, viewState: linkView });
  startUrlSync({ onLinkData: (payload, viewState) => void openLinkData(payload, { viewState }) });
}
