import type { ViewState } from '../model/urlState';
import { loadSession, saveSession, saveViewState, type StorageStatus } from '../store/persistence';
import { useStore } from '../store/store';
import { pickViewState } from '../store/viewStateActions';
import { onDatasetLoaded, openSavedText, openUrl } from './loading/openDataset';
import { openSample } from './loading/openSample';
import { startSessionSync } from './sessionSync';
import { applyHashViewState, startUrlSync } from './urlSync';

function listenForEscape(): void {
  window.addEventListener('keydown', (event) => {
    // Escape clears focus, then selection, unless a text field or menu handles it itself.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [role="combobox"], [role="dialog"]')) return;
    useStore.getState().clearSelection();
  });
}

/** Saves every dataset the user opens, and says so when the browser cannot keep it. */
function rememberOpenedDatasets(showStorageStatus: (status: StorageStatus) => void): void {
  onDatasetLoaded((text, source) => {
    void saveSession({
      source,
      datasetText: source.kind === 'sample' ? null : text,
      viewState: pickViewState(useStore.getState()),
    }).then(showStorageStatus);
  });
}

/**
 * Opens what the app starts with: the dataset of a `?data=` link, else the one open when the tab
 * was last closed, else the built-in sample; then the view state of the URL hash, or the saved one.
 */
export async function startApp(): Promise<void> {
  listenForEscape();
  let savedView: ViewState | null = null;

  const link = new URLSearchParams(window.location.search).get('data');
  let loaded = link !== null && (await openUrl(link));
  if (!loaded && link === null) {
    const { session, status } = await loadSession();
    if (!status.ok) useStore.getState().setNotice(status.message);
    if (session?.datasetText) loaded = await openSavedText(session.datasetText, session.source);
    if (session) savedView = session.viewState;
  }
  // A failed link or saved session still leaves the sample on screen, behind the message.
  if (!loaded) await openSample({ keepFailure: true });

  if (window.location.hash.length > 1) applyHashViewState();
  else if (savedView) useStore.getState().applyViewState(savedView);
  startUrlSync();
  const showStorageStatus = (status: StorageStatus) =>
    useStore.getState().setNotice(status.ok ? null : status.message);
  // The view the app opened with (from the link, say) is the one a closed tab should bring back.
  void saveViewState(pickViewState(useStore.getState())).then(showStorageStatus);
  startSessionSync(useStore, { onStatus: showStorageStatus });
  rememberOpenedDatasets(showStorageStatus);
}
