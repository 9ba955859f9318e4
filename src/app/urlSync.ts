import { decodeViewState, encodeViewState, type ViewState } from '../model/urlState';
import { useStore } from '../store/store';
import { pickViewState } from '../store/viewStateActions';

/**
 * Keeps the URL hash and the store's view state in step, so a copied link reopens the same view
 * and a reload keeps it. Returns a function that stops it.
 */
export function startUrlSync(): () => void {
  const defaults: ViewState = pickViewState(useStore.getInitialState());

  const applyHash = () => {
    const state = useStore.getState();
    // A link without a layout keeps the user's persisted layout choice.
    const fallback = { ...defaults, layout: state.layout };
    useStore.getState().applyViewState(decodeViewState(window.location.hash, fallback));
  };

  applyHash();

  let lastHash = window.location.hash.replace(/^#/, '');
  const unsubscribe = useStore.subscribe((state) => {
    const hash = encodeViewState(pickViewState(state), defaults);
    if (hash === lastHash) return;
    lastHash = hash;
    // replaceState fires no hashchange, so this never loops back into applyHash.
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    window.history.replaceState(null, '', url);
  });

  window.addEventListener('hashchange', applyHash);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', applyHash);
  };
}
