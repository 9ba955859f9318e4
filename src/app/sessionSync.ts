import type { StoreApi } from 'zustand';
import type { FilterState } from '../model/filters';
import { sameSelection } from '../model/selection';
import type { ViewState } from '../model/urlState';
import { saveViewState, type StorageStatus } from '../store/persistence';
import { useStore, type StoreState } from '../store/store';
import { pickViewState } from '../store/viewStateActions';

/** How long the view state must rest before it is saved: one write per burst of clicks. */
export const SESSION_SAVE_DELAY_MS = 300;

export interface SessionSyncOptions {
  /** Debounce delay in milliseconds. */
  delayMs?: number;
  /** Where the view state goes; must not reject (saveViewState never does). */
  save?: (viewState: ViewState) => Promise<StorageStatus>;
  /** Told the outcome of every save, so the UI can say when storage is full or missing. */
  onStatus?: (status: StorageStatus) => void;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y))
    return x.length === y.length && x.every((item, i) => item === y[i]);
  return x === y;
}

function sameFilters(a: FilterState, b: FilterState): boolean {
  // Every key rather than a list of them, so a filter added later is compared too.
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof FilterState>;
  for (const key of keys) if (!sameValue(a[key], b[key])) return false;
  return true;
}

/**
 * Returns whether two view states are the same by value. The store builds a new view-state object
 * on every change (hover, busy, dataset), so identity would save far more often than needed.
 */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  return (
    a.view === b.view &&
    a.tieMode === b.tieMode &&
    a.tieMinWeight === b.tieMinWeight &&
    a.layout === b.layout &&
    a.focusDepth === b.focusDepth &&
    sameSelection(a.selection, b.selection) &&
    sameFilters(a.filters, b.filters)
  );
}

/**
 * Saves the store's view state to browser storage a short while after it stops changing, so a
 * reload or a reopened tab comes back to the same view. Saves at once when the page is hidden or
 * closed, since a pending timer would die with it. Returns a function that stops it and drops any
 * pending save (so nothing is written after, say, the session is cleared).
 */
export function startSessionSync(
  store: Pick<StoreApi<StoreState>, 'getState' | 'subscribe'> = useStore,
  options: SessionSyncOptions = {},
): () => void {
  const { delayMs = SESSION_SAVE_DELAY_MS, save = saveViewState, onStatus } = options;
  // The state it starts from is the one just loaded (or the defaults): nothing to save yet.
  let latest = pickViewState(store.getState());
  let saved = latest;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const flush = () => {
    cancel();
    if (sameViewState(latest, saved)) return;
    saved = latest;
    void save(saved).then((status) => onStatus?.(status));
  };

  const unsubscribe = store.subscribe((state) => {
    const next = pickViewState(state);
    // Other changes (busy, hover, fit requests) neither save nor postpone a pending save.
    if (sameViewState(next, latest)) return;
    latest = next;
    cancel();
    timer = setTimeout(flush, delayMs);
  });

  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibilityChange);

  return () => {
    unsubscribe();
    cancel();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
