import { clear, createStore, getMany, set, setMany } from 'idb-keyval';
import { z } from 'zod';
import { LAYOUT_NAMES } from '../model/view';
import { ACTOR_KINDS, isRealDate } from '../model/schema';
import type { ViewState } from '../model/urlState';
import { MAX_FOCUS_DEPTH } from './selectionSlice';

/** The shape of what is saved; bump it and add a step to MIGRATIONS when the shape changes. */
export const SESSION_VERSION = 1;

/** Where the open dataset came from, so the app can say so and re-open it the same way. */
export type SessionSource =
  | { kind: 'sample' }
  | { kind: 'file'; name: string }
  | { kind: 'text' }
  | { kind: 'url'; url: string };

/**
 * What is saved: the dataset as the user opened it (the original text, so export and re-open lose
 * nothing), where it came from, and the view state.
 */
export interface SavedSession {
  version: number;
  /** ISO timestamp of the last saveSession. */
  savedAt: string;
  source: SessionSource;
  /** Null for the sample (it ships with the app). */
  datasetText: string | null;
  viewState: ViewState;
}

/** Whether browser storage took the write; the message is written for the user. */
export type StorageStatus =
  { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'error'; message: string };

// idb-keyval opens the database lazily, so creating the store touches no IndexedDB at import
// time (and so never throws where IndexedDB is missing). idb-keyval creates the object store only
// when it creates the database: no other code may use the 'stancegraph' database.
const sessionStore = createStore('stancegraph', 'session');

// Three keys, so that the view-state saves that follow every click rewrite a few hundred bytes,
// never the dataset text (which can be tens of megabytes).
const META_KEY = 'meta';
const TEXT_KEY = 'datasetText';
const VIEW_KEY = 'viewState';

const OK: StorageStatus = { ok: true };

const dateSchema = z.string().refine(isRealDate).nullable();

// Typed against ViewState, so a field added to the view state fails type-checking here until it
// is saved too (and SESSION_VERSION is bumped if old sessions lack it).
const viewStateSchema: z.ZodType<ViewState> = z.object({
  view: z.enum(['claims', 'actors']),
  tieMode: z.enum(['agreement', 'conflict', 'both']),
  layout: z.enum(LAYOUT_NAMES),
  filters: z.object({
    hiddenStances: z.array(z.string()),
    hiddenKinds: z.array(z.enum(ACTOR_KINDS)),
    dateFrom: dateSchema,
    dateTo: dateSchema,
    includeUndated: z.boolean(),
    contestedOnly: z.boolean(),
    hideIsolated: z.boolean(),
    showAffiliations: z.boolean(),
  }),
  selection: z.union([
    z.object({ type: z.enum(['actor', 'claim', 'statement']), id: z.string() }),
    z.object({ type: z.literal('tie'), a: z.string(), b: z.string() }),
    z.null(),
  ]),
  focusDepth: z.int().min(0).max(MAX_FOCUS_DEPTH),
});

const sourceSchema: z.ZodType<SessionSource> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sample') }),
  z.object({ kind: z.literal('file'), name: z.string() }),
  z.object({ kind: z.literal('text') }),
  z.object({ kind: z.literal('url'), url: z.string().min(1) }),
]);

const sessionSchema: z.ZodType<SavedSession> = z
  .object({
    version: z.literal(SESSION_VERSION),
    savedAt: z.iso.datetime(),
    source: sourceSchema,
    datasetText: z.string().nullable(),
    viewState: viewStateSchema,
  })
  // Only the sample can be re-opened without its text; any other session without it is useless.
  .refine((session) => session.source.kind === 'sample' || session.datasetText !== null);

type RawSession = Record<string, unknown>;

// Step n lifts a session of version n to version n + 1. Version 2 adds `1: (v1) => ({ ...v1, … })`
// here and bumps SESSION_VERSION; the result is validated against the current schema only.
const MIGRATIONS: Readonly<Partial<Record<number, (session: RawSession) => RawSession>>> = {};

function isRecord(value: unknown): value is RawSession {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns the saved session brought up to SESSION_VERSION, or null for anything it cannot read:
 * malformed objects, versions without a migration path, or versions newer than this app. Never
 * throws, so a corrupted store can never stop the app from starting.
 */
export function migrateSession(raw: unknown): SavedSession | null {
  try {
    if (!isRecord(raw) || typeof raw.version !== 'number' || !Number.isInteger(raw.version))
      return null;
    let session = raw;
    for (let version = raw.version; version < SESSION_VERSION; version += 1) {
      const step = MIGRATIONS[version];
      if (!step) return null;
      session = { ...step(session), version: version + 1 };
    }
    const parsed = sessionSchema.safeParse(session);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
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

/**
 * Saves the dataset as opened, its source and the view state, replacing any earlier session.
 * Returns the storage status; never throws.
 */
export async function saveSession(
  session: Omit<SavedSession, 'version' | 'savedAt'>,
): Promise<StorageStatus> {
  if (!hasIndexedDB()) return unavailable();
  const meta = {
    version: SESSION_VERSION,
    savedAt: new Date().toISOString(),
    source: session.source,
  };
  try {
    // One transaction: a session is never half-written (new text under an old source).
    await setMany(
      [
        [META_KEY, meta],
        [TEXT_KEY, session.datasetText],
        [VIEW_KEY, session.viewState],
      ],
      sessionStore,
    );
    return OK;
  } catch (error) {
    // The failed transaction left the previous dataset in place; keeping it would bring back a
    // dataset the user has since replaced, under this dataset's later view-state saves.
    await clearSession();
    return failure(error, 'the dataset');
  }
}

/**
 * Saves the view state alone (cheap: the dataset text is not rewritten). Returns the storage
 * status; never throws. Without a saved session it is stored but not loaded.
 */
export async function saveViewState(viewState: ViewState): Promise<StorageStatus> {
  if (!hasIndexedDB()) return unavailable();
  try {
    await set(VIEW_KEY, viewState, sessionStore);
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
    const [meta, datasetText, viewState] = await getMany<unknown>(
      [META_KEY, TEXT_KEY, VIEW_KEY],
      sessionStore,
    );
    if (!isRecord(meta)) return { session: null, status: OK };
    const session = migrateSession({ ...meta, datasetText: datasetText ?? null, viewState });
    if (session && meta.version !== SESSION_VERSION) {
      // saveViewState writes the current shape under the stored version, so a migrated session
      // is written back at once; the text only when a step changed it.
      const entries: [string, unknown][] = [
        [META_KEY, { version: session.version, savedAt: session.savedAt, source: session.source }],
        [VIEW_KEY, session.viewState],
      ];
      if (session.datasetText !== datasetText) entries.push([TEXT_KEY, session.datasetText]);
      await setMany(entries, sessionStore).catch(() => undefined);
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
