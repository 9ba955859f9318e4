import { decodeViewState, encodeViewState, type ViewState } from '../model/urlState';
import { useStore, type StoreState } from '../store/store';
import { pickViewState } from '../store/viewStateActions';
import { linkDataOf } from './share/linkData';

const defaults = (): ViewState => pickViewState(useStore.getInitialState());

/** The view state a URL hash describes; what it leaves out is the default (the layout in use). */
export function viewStateOfHash(hash: string): ViewState {
  // A link without a layout keeps the layout in use.
  const fallback = { ...defaults(), layout: useStore.getState().layout };
  return decodeViewState(hash, fallback);
}

/** The view state the URL hash describes, or null when the address has no hash. */
export function hashViewState(): ViewState | null {
  if (window.location.hash.length <= 1) return null;
  return viewStateOfHash(window.location.hash);
}

/** The URL hash (without '#') of a view state: only what differs from the defaults. */
export function hashOfViewState(viewState: ViewState): string {
  return encodeViewState(viewState, defaults());
}

/** The URL hash (without '#') of a state's view: what a copied link carries. */
export function viewHashOf(state: StoreState): string {
  return hashOfViewState(pickViewState(state));
}

/** The URL hash (without '#') of the view on screen. */
export function currentViewHash(): string {
  return viewHashOf(useStore.getState());
}

/** What to do with a dataset carried by a link followed within the page. */
export type LinkDataHandler = (payload: string, viewState: ViewState) => void;

/**
 * Keeps the URL hash and the store's view state in step from now on, so a copied link reopens the
 * same view and a reload keeps it. A hash that brings a dataset (followed within the page) goes
 * to `onLinkData`; a page without one shows only its own data. Returns a function that stops it.
 */
export function startUrlSync({ onLinkData }: { onLinkData?: LinkDataHandler } = {}): () => void {
  let lastHash: string | null = null;
  const writeHash = () => {
    const state = useStore.getState();
    // A date range that Play or a drag is moving is written once it settles, not every frame:
    // the change that ends the move (Pause, the drop) writes it.
    if (state.playing || state.draggingDates) return;
    const hash = viewHashOf(state);
    if (hash === lastHash) return;
    lastHash = hash;
    // replaceState fires no hashchange, so this never loops back into applyHashViewState.
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    window.history.replaceState(null, '', url);
  };
  // Someone edits the address, or follows a link within the page.
  const applyHashViewState = () => {
    const viewState = hashViewState();
    if (!viewState) return;
    const payload = linkDataOf(window.location.hash);
    if (payload !== null && onLinkData) {
      // The next change writes the view back without the data, whatever becomes of it.
      lastHash = null;
      onLinkData(payload, viewState);
    } else useStore.getState().applyViewState(viewState);
  };
  writeHash();
  // Written in the change itself: a reload or a copied address right after it must have it.
  const unsubscribe = useStore.subscribe(writeHash);
  window.addEventListener('hashchange', applyHashViewState);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', applyHashViewState);
  };
}
