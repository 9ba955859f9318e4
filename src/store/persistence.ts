import { clear, createStore, getMany, promisifyRequest } from 'idb-keyval';
import type { Layout } from '../model/schema';
import type { ViewState } from '../model/viewState';

/** The shape of what is saved; bump it and add a step to MIGRATIONS when the shape changes. */
export const SESSION_VERSION = 4;

/** Where the open dataset came from, so the app can say so and re-open it the same way. */
export type SessionSource =
  | { kind: 'sample' }
  | { kind: 'file'; name: string }
  | { kind: 'text' }
  | { kind: 'new' }
  | { kind: 'url'; url: string };

/**
 * What is saved: the dataset as the user opened it or last edited it (the text, so export and
 * re-open lose nothing), where it came from, the view state and where the nodes are.
 */
export interface SavedSession {
  version: number;
  /** ISO timestamp of the last save of the dataset. */
  savedAt: string;
  source: SessionSource;
  /** Null for the sample as it ships with the app (an edited sample is saved as text). */
  datasetText: string | null;
  /** Whether the dataset has edits that were never exported as JSON. */
  unsavedEdits: boolean;
  viewState: ViewState;
  /** Node positions per view, as a file's `layout` holds them; null when none were saved. */
  layout: Layout | null;
}

/** Whether browser storage took the write; the message is written for the user. */
export type StorageStatus =
  { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'error'; message: string };

// idb-keyval opens the database lazily, so creating the store touches no IndexedDB at import
// time (and so never throws where IndexedDB is missing). idb-keyval creates the object store only
// when it creates the database: no other code may use the 'stancegraph' database.
const sessionStore = createStore('stancegraph', 'session');

/**
 * Writes the entries in one transaction and commits it at once. A write made as the page is
 * hidden or reloaded (the session's last save) would otherwise wait for the transaction to end
 * on its own, and the page could be gone by then: an edit saved just before a reload was lost.
 */
function putAll(entries: readonly [IDBValidKey, unknown][]): Promise<void> {
  return sessionStore('readwrite', (store) => {
    for (const [key, value] of entries) store.put(value, key);
    // Optional: a browser without commit() (before 2021) ends the transaction on its own.
    store.transaction.commit?.();
    return promisifyRequest(store.transaction);
  });
}

// Four keys, so that the view-state saves that follow every click, and the positions saved after
// a drag, never rewrite the dataset text (which can be tens of megabytes).
const META_KEY = 'meta';
const TEXT_KEY = 'datasetText';
const VIEW_KEY = 'viewState';
const LAYOUT_KEY = 'layout';

const OK: StorageStatus = { ok: true };

export type RawSession = Record<string, unknown>;

/** Whether a value read from storage is a plain object (storage may hold anything). */
export function isRecord(value: unknown): value is RawSession {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorName(error: unknown): string {
  return isRecord(error) && typeof error.name === 'string' ? error.name : '';
}

function errorMessage(error: unknown): string {
  if (isRecord(error) && typeof error.message === 'string' && error.message) return error.message;
  return String(error);
}

function unavailable(): StorageStatus {
  return {
    ok: false,
    reason: 'unavailable',
    message:
      'This browser does not let the app store data (private browsing or blocked storage): ' +
      'the app still works, but it will not remember the dataset after a reload.',
  };
}

/** Turns whatever IndexedDB threw into a status the UI can show; `what` names what is not kept. */
function failure(error: unknown, what: string): StorageStatus {
  const name = errorName(error);
  // NS_ERROR_DOM_QUOTA_REACHED: older Firefox's name for the same thing.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return {
      ok: false,
      reason: 'full',
      message: `Browser storage is full: ${what} will not come back after a reload.`,
    };
  // Storage blocked by the user's settings or a sandboxed frame.
  if (name === 'SecurityError') return unavailable();
  return {
    ok: false,
    reason: 'error',
    message: `Browser storage failed (${errorMessage(error)}): ${what} may not come back after a reload.`,
  };
}

function hasIndexedDB(): boolean {
  return typeof indexedDB !== 'undefined' && indexedDB !== null;
}

function metaOf(session: Pick<SavedSession, 'source' | 'unsavedEdits'>) {
  return {
    version: SESSION_VERSION,
    savedAt: new Date().toISOString(),
    source: session.source,
    unsavedEdits: session.unsavedEdits,
  };
}

/**
 * Saves the dataset, its source, the view state and the positions, replacing any earlier
 * session. Returns the storage status; never throws.
 */
export async function saveSession(
  session: Pick<SavedSession, 'source' | 'datasetText' | 'viewState'> &
    Partial<Pick<SavedSession, 'unsavedEdits' | 'layout'>>,
): Promise<StorageStatus> {
  if (!hasIndexedDB()) return unavailable();
  const { unsavedEdits = false, layout = null } = session;
  try {
    // One transaction: a session is never half-written (new text under an old source).
    await putAll([
      [META_KEY, metaOf({ source: session.source, unsavedEdits })],
      [TEXT_KEY, session.datasetText],
      [VIEW_KEY, session.viewState],
      [LAYOUT_KEY, layout],
    ]);
    return OK;
  } catch (error) {
    // The failed transaction left the previous dataset in place; keeping it would bring back a
    // dataset the user has since replaced, under this dataset's later view-state saves.
    await clearSession();
    return failure(error, 'the dataset');
  }
}

/**
 * Saves an edited dataset's text (and whether its edits were exported) over the saved one,
 * leaving the view state and positions. Returns the storage status; never throws.
 */
export async function saveDatasetText(
  session: Pick<SavedSession, 'source' | 'unsavedEdits'> & { datasetText: string },
): Promise<StorageStatus> {
  if (!hasIndexedDB()) return unavailable();
  try {
    await putAll([
      [META_KEY, metaOf(session)],
      [TEXT_KEY, session.datasetText],
    ]);
    return OK;
  } catch (error) {
    return failure(error, 'your edits');
  }
}

/** Saves where the nodes are (a file's `layout`). Returns the storage status; never throws. */
export async function saveLayout(layout: Layout | null): Promise<StorageStatus> {
  if (!hasIndexedDB()) return unavailable();
  try {
    await putAll([[LAYOUT_KEY, layout]]);
    return OK;
  } catch (error) {
    return failure(error, 'the arrangement of the graph');
  }
}

/**
 * Saves the view state alone (cheap: the dataset text is not rewritten). Returns the storage
 * status; never throws. Without a saved session it is stored but not loaded.
 */
export async function saveViewState(viewState: ViewState): Promise<StorageStatus> {
  if (!hasIndexedDB()) return unavailable();
  try {
    await putAll([[VIEW_KEY, viewState]]);
    return OK;
  } catch (error) {
    return failure(error, 'the current view');
  }
}

/**
 * Returns the saved session, migrated to SESSION_VERSION, or null when there is none or it cannot
 * be read; the status says whether storage could be read at all. Never throws.
 */
export async function loadSession(): Promise<{
  session: SavedSession | null;
  status: StorageStatus;
}> {
  if (!hasIndexedDB()) return { session: null, status: unavailable() };
  try {
    const [meta, datasetText, viewState, layout] = await getMany<unknown>(
      [META_KEY, TEXT_KEY, VIEW_KEY, LAYOUT_KEY],
      sessionStore,
    );
    if (!isRecord(meta)) return { session: null, status: OK };
    // The validator (and zod with it) is loaded here, not with the page: the first load is lighter.
    const { migrateSession } = await import('./sessionSchema');
    const session = migrateSession({
      ...meta,
      datasetText: datasetText ?? null,
      viewState,
      layout: layout ?? null,
    });
    if (session && meta.version !== SESSION_VERSION) {
      // saveViewState writes the current shape under the stored version, so a migrated session
      // is written back at once; the text only when a step changed it.
      const entries: [string, unknown][] = [
        [META_KEY, { ...metaOf(session), savedAt: session.savedAt }],
        [VIEW_KEY, session.viewState],
        [LAYOUT_KEY, session.layout],
      ];
      if (session.datasetText !== datasetText) entries.push([TEXT_KEY, session.datasetText]);
      await putAll(entries).catch(() => undefined);
    }
    return { session, status: OK };
  } catch (error) {
    return { session: null, status: failure(error, 'the dataset') };
  }
}

/** Forgets the saved session (dataset and view state). Never throws: there is nothing to undo. */
export async function clearSession(): Promise<void> {
  if (!hasIndexedDB()) return;
  try {
    await clear(sessionStore);
  } catch {
    // Best effort: forgetting is never worth an error the user can do nothing about.
  }
}
