import { layoutOf, positionsOfLayout } from '../model/positions';
import type { ViewState } from '../model/viewState';
import { loadSession, saveSession, type StorageStatus } from '../store/persistence';
import { useStore } from '../store/store';
import { pickViewState } from '../store/viewStateActions';
import { onDatasetLoaded, openSavedText, openUrl } from './loading/openDataset';
import { openSample } from './loading/openSample';
import { startSessionSync } from './sessionSync';
import { hashViewState, startUrlSync } from './urlSync';

// Fields whose keys are the user's text: Escape and Ctrl+Z there are the field's own.
const TEXT_FIELDS =
  'textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], ' +
  'input:not([type]), input[type="text"], input[type="search"], input[type="date"], ' +
  'input[type="number"], input[type="url"], input[type="email"]';

/** Whether a key press belongs to a field the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return Boolean((target as HTMLElement | null)?.closest?.(TEXT_FIELDS));
}

function listenForKeys(): void {
  window.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    // Escape clears the focus, then the selection, from anywhere but a text field or a dialog
    // (which closes itself): a button or a list in a panel included.
    if (event.key === 'Escape') {
      if (isTyping(target) || target?.closest('dialog, [role="dialog"]')) return;
      useStore.getState().clearSelection();
      return;
    }
    // Undo and redo, as everywhere: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z or Ctrl+Y; a text field keeps
    // them for its own text.
    if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(target)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      useStore.getState().undo();
    } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
      event.preventDefault();
      useStore.getState().redo();
    }
  });
}

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

/**
 * Opens what the app starts with: the dataset of a `?data=` link, else the one open when the tab
 * was last closed, else the built-in sample; then the view state of the URL hash, or the saved one.
 */
export async function startApp(): Promise<void> {
  listenForKeys();
  const showStorageStatus = (status: StorageStatus) =>
    useStore.getState().setNotice(status.ok ? null : status.message);
  // From the first dataset on, including the one the app starts with.
  rememberOpenedDatasets(showStorageStatus);
  // The view of the link, else of the saved session, is the view the dataset opens in.
  const linkView = hashViewState();
  let savedView: ViewState | null = null;

  const link = new URLSearchParams(window.location.search).get('data');
  let loaded = link !== null && (await openUrl(link, { viewState: linkView }));
  if (!loaded && link === null) {
    const { session, status } = await loadSession();
    if (!status.ok) useStore.getState().setNotice(status.message);
    savedView = session?.viewState ?? null;
    const restored = {
      positions: session?.layout ? positionsOfLayout(session.layout) : null,
      unsavedEdits: session?.unsavedEdits ?? false,
      viewState: linkView ?? savedView,
    };
    if (session?.datasetText) {
      loaded = await openSavedText(session.datasetText, session.source, restored);
    } else if (session?.source.kind === 'sample') {
      await openSample(restored);
      loaded = true;
    }
  }
  // A failed link or saved session still leaves the sample on screen, behind the message.
  if (!loaded) await openSample({ keepFailure: true, viewState: linkView ?? savedView });

  startUrlSync();
  startSessionSync(useStore, { onStatus: showStorageStatus });
}
