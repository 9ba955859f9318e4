import { decodeViewState, encodeViewState, type ViewState } from '../model/urlState';
import { useStore } from '../store/store';
import { pickViewState } from '../store/viewStateActions';

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
  const unsubscribe = useStore.subscribe(writeHash);
  // Someone edits the address, or follows a link within the page.
  window.addEventListener('hashchange', applyHashViewState);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', applyHashViewState);
  };
}
