import { decodeViewState, encodeViewState, type ViewState } from '../model/urlState';
import { useStore } from '../store/store';
import { pickViewState } from '../store/viewStateActions';

/** The longest a change waits for an idle moment before the URL shows it. */
const URL_WRITE_TIMEOUT_MS = 300;

const defaults = (): ViewState => pickViewState(useStore.getInitialState());

/** The view state the URL hash describes, or null when the address has no hash. */
export function hashViewState(): ViewState | null {
  if (window.location.hash.length <= 1) return null;
  // A link without a layout keeps the layout in use.
  const fallback = { ...defaults(), layout: useStore.getState().layout };
  return decodeViewState(window.location.hash, fallback);
}

/** Applies the view state of the URL hash to the store (someone edited the address). */
function applyHashViewState(): void {
  const viewState = hashViewState();
  if (viewState) useStore.getState().applyViewState(viewState);
}

/**
 * Keeps the URL hash and the store's view state in step from now on, so a copied link reopens the
 * same view and a reload keeps it. Returns a function that stops it.
 */
export function startUrlSync(): () => void {
  let lastHash: string | null = null;
  const writeHash = () => {
    const state = useStore.getState();
    // A date range that Play or a drag is moving is written once it settles, not every frame:
    // the change that ends the move (Pause, the drop) writes it.
    if (state.playing || state.draggingDates) return;
    const hash = encodeViewState(pickViewState(state), defaults());
    if (hash === lastHash) return;
    lastHash = hash;
    // replaceState fires no hashchange, so this never loops back into applyHashViewState.
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    window.history.replaceState(null, '', url);
  };
  writeHash();
  // Written when the page is idle, not inside the change: replaceState costs a few milliseconds,
  // which a step of a moving date window should spend drawing. A burst of changes writes once.
  let scheduled = false;
  const scheduleWrite = () => {
    if (scheduled) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      writeHash();
    };
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(run, { timeout: URL_WRITE_TIMEOUT_MS });
    else setTimeout(run, 0);
  };
  const unsubscribe = useStore.subscribe(scheduleWrite);
  // Someone edits the address, or follows a link within the page.
  window.addEventListener('hashchange', applyHashViewState);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', applyHashViewState);
  };
}
