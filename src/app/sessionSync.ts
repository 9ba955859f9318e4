import type { StoreApi } from 'zustand';
import type { FilterState } from '../model/filters';
import { sameSelection } from '../model/selection';
import { layoutOf } from '../model/positions';
import type { ViewState } from '../model/viewState';
import {
  saveDatasetText,
  saveLayout,
  saveViewState,
  type StorageStatus,
} from '../store/persistence';
import { useStore, type StoreState } from '../store/store';
import { pickViewState } from '../store/viewStateActions';

/** How long the view state must rest before it is saved: one write per burst of clicks. */
export const SESSION_SAVE_DELAY_MS = 300;

export interface SessionSyncOptions {
  /** Debounce delay in milliseconds. */
  delayMs?: number;
  /** Where the view state goes; must not reject (saveViewState never does). */
  save?: (viewState: ViewState) => Promise<StorageStatus>;
  /** Where an edited dataset goes; must not reject (saveDatasetText never does). */
  saveText?: typeof saveDatasetText;
  /** Where node positions go; must not reject (saveLayout never does). */
  savePositions?: typeof saveLayout;
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
 * Every field is compared, so one added to the view state later is compared too.
 */
export function sameViewState(a: ViewState, b: ViewState): boolean {
  const { filters: filtersA, selection: selectionA, ...restA } = a;
  const { filters: filtersB, selection: selectionB, ...restB } = b;
  const keys = new Set([...Object.keys(restA), ...Object.keys(restB)]) as Set<keyof typeof restA>;
  for (const key of keys) if (restA[key] !== restB[key]) return false;
  return sameSelection(selectionA, selectionB) && sameFilters(filtersA, filtersB);
}

/**
 * Calls `save` a while after `watch` last returned something new (compared with `same`), and at
 * once when flushed. Returns the subscriber and the flush and cancel of the pending save.
 */
function debounced<T>(
  initial: T,
  same: (a: T, b: T) => boolean,
  delayMs: number,
  save: (value: T) => void,
) {
  let latest = initial;
  let saved = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    cancel();
    if (same(latest, saved)) return;
    saved = latest;
    save(saved);
  };
  return {
    /** Takes a new value; nothing happens when it is the same as the last one. */
    next(value: T) {
      if (same(value, latest)) return;
      latest = value;
      cancel();
      timer = setTimeout(flush, delayMs);
    },
    /** Forgets the pending value: what is current now counts as saved (a new dataset loaded). */
    reset(value: T) {
      cancel();
      latest = value;
      saved = value;
    },
    flush,
    cancel,
  };
}

/**
 * Saves what a reload or a reopened tab needs, a short while after it stops changing: the view
 * state, the dataset after edits (with whether they were exported), and where the nodes are.
 * Saves at once when the page is hidden or closed, since a pending timer would die with it. A
 * newly opened dataset is saved whole elsewhere (startup); this starts over from it. Returns a
 * function that stops it and drops any pending save (so nothing is written after, say, the
 * session is cleared).
 */
export function startSessionSync(
  store: Pick<StoreApi<StoreState>, 'getState' | 'subscribe'> = useStore,
  options: SessionSyncOptions = {},
): () => void {
  const {
    delayMs = SESSION_SAVE_DELAY_MS,
    save = saveViewState,
    saveText = saveDatasetText,
    savePositions = saveLayout,
    onStatus,
  } = options;
  const report = (saving: Promise<StorageStatus>) =>
    void saving.then((status) => onStatus?.(status));
  const first = store.getState();

  // The state it starts from is the one just loaded (or the defaults): nothing to save yet.
  const viewState = debounced(pickViewState(first), sameViewState, delayMs, (value) =>
    report(save(value)),
  );
  // Every edit, undo and redo bumps the revision; exporting clears unsavedEdits.
  const edits = debounced(
    { revision: first.revision, unsavedEdits: first.unsavedEdits },
    (a, b) => a.revision === b.revision && a.unsavedEdits === b.unsavedEdits,
    delayMs,
    () => {
      const state = store.getState();
      if (!state.index) return;
      report(
        saveText({
          source: state.source,
          datasetText: JSON.stringify(state.index.dataset),
          unsavedEdits: state.unsavedEdits,
        }),
      );
    },
  );
  const positions = debounced(
    first.positions,
    (a, b) => a === b,
    delayMs,
    (value) => {
      const { index } = store.getState();
      if (index) report(savePositions(layoutOf(index.dataset, value) ?? null));
    },
  );
  let datasetVersion = first.datasetVersion;

  const unsubscribe = store.subscribe((state) => {
    if (state.datasetVersion !== datasetVersion) {
      // A new dataset: it is saved whole as it opens; only later changes are this sync's.
      datasetVersion = state.datasetVersion;
      edits.reset({ revision: state.revision, unsavedEdits: state.unsavedEdits });
      positions.reset(state.positions);
    } else {
      edits.next({ revision: state.revision, unsavedEdits: state.unsavedEdits });
      positions.next(state.positions);
    }
    // Other changes (busy, hover, fit requests) neither save nor postpone a pending save.
    viewState.next(pickViewState(state));
  });

  const flushAll = () => {
    viewState.flush();
    edits.flush();
    positions.flush();
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') flushAll();
  };
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', onVisibilityChange);

  return () => {
    unsubscribe();
    viewState.cancel();
    edits.cancel();
    positions.cancel();
    window.removeEventListener('pagehide', flushAll);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
