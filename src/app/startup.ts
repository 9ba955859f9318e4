import { layoutOf, positionsOfLayout } from '../model/positions';
import type { ViewState } from '../model/viewState';
import {
  loadSession,
  saveSession,
  type SavedSession,
  type StorageStatus,
} from '../store/persistence';
import { useStore } from '../store/store';
import { pickViewState } from '../store/viewStateActions';
import { dataLinkOf, openDataLink } from './loading/dataLink';
import {
  LINK_DATA_LABEL,
  onDatasetLoaded,
  openLinkData,
  openSavedText,
} from './loading/openDataset';
import { openSample } from './loading/openSample';
import { startSessionSync } from './sessionSync';
import { hashViewState, startUrlSync } from './urlSync';
import { listenForKeys } from './keys';
import { mayReplaceDataset } from './replaceGuard';

/** Saves every dataset the user opens, and says so when the browser cannot keep it. */
function rememberOpenedDatasets(showStorageStatus: (status: StorageStatus) => void): void {
  onDatasetLoaded((text, source) => {
    const state = useStore.getState();
    void saveSession({
      source,
      // Null only for the sample as it ships: an edited sample comes back as text.
      datasetText: text,
      unsavedEdits: state.unsavedEdits,
      viewState: pickViewState(state),
      layout: state.index ? (layoutOf(state.index.dataset, state.positions) ?? null) : null,
    }).then(showStorageStatus);
  });
}

/** Opens a saved session's dataset in `viewState`; resolves to whether it loaded. */
async function openSession(session: SavedSession, viewState: ViewState | null): Promise<boolean> {
  const restored = {
    positions: session.layout ? positionsOfLayout(session.layout) : null,
    unsavedEdits: session.unsavedEdits,
    viewState,
  };
  if (session.datasetText) return openSavedText(session.datasetText, session.source, restored);
  if (session.source.kind !== 'sample') return false;
  await openSample(restored);
  return true;
}

/** Opens a link's dataset followed within the page, after asking if edits would be lost. */
async function openFollowedLinkData(payload: string, viewState: ViewState): Promise<void> {
  if (await mayReplaceDataset(LINK_DATA_LABEL.toLowerCase()))
    await openLinkData(payload, { viewState });
}

/**
 * Opens what the app starts with: the dataset of a link (`?data=` or a hash with data), else the
 * one open when the tab was last closed, else the built-in sample; then the view state of the URL
 * hash, or the saved one. A link never replaces edits that were never exported without asking:
 * they come back first, and the question is asked over them.
 */
export async function startApp(): Promise<void> {
  listenForKeys({ history: true });
  const showStorageStatus = (status: StorageStatus) =>
    useStore.getState().setNotice(status.ok ? null : status.message);
  // From the first dataset on, including the one the app starts with.
  rememberOpenedDatasets(showStorageStatus);
  // The view of the link, else of the saved session, is the view the dataset opens in.
  const linkView = hashViewState();
  const link = dataLinkOf(window.location);
  const { session, status } = await loadSession();
  if (!status.ok) useStore.getState().setNotice(status.message);
  const savedView = session?.viewState ?? null;

  let loaded = false;
  if (link) {
    if (session?.unsavedEdits) loaded = await openSession(session, savedView);
    const label = link.kind === 'address' ? link.url : LINK_DATA_LABEL.toLowerCase();
    if (await mayReplaceDataset(label))
      loaded = (await openDataLink(link, { viewState: linkView })) || loaded;
  } else if (session) {
    loaded = await openSession(session, linkView ?? savedView);
  }
  // A failed link or saved session still leaves the sample on screen, behind the message.
  if (!loaded) await openSample({ keepFailure: true, viewState: linkView ?? savedView });

  startUrlSync({
    onLinkData: (payload, viewState) => void openFollowedLinkData(payload, viewState),
  });
  startSessionSync(useStore, { onStatus: showStorageStatus });
}
