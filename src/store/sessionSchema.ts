// Validation of saved sessions, and the migration path between their versions. Loaded only when a
// session is read, so zod stays out of the page's first load.
import { z } from 'zod';
import { ACTOR_KINDS, isRealDate } from '../model/formatRules';
import type { ViewState } from '../model/urlState';
import { LAYOUT_NAMES } from '../model/view';
import {
  isRecord,
  SESSION_VERSION,
  type RawSession,
  type SavedSession,
  type SessionSource,
} from './persistence';
import { MAX_FOCUS_DEPTH } from './selectionSlice';

const dateSchema = z.string().refine(isRealDate).nullable();

// Typed against ViewState, so a field added to the view state fails type-checking here until it
// is saved too (and SESSION_VERSION is bumped if old sessions lack it).
const viewStateSchema: z.ZodType<ViewState> = z.object({
  view: z.enum(['claims', 'actors']),
  tieMode: z.enum(['agreement', 'conflict', 'both']),
  tieMinWeight: z.int().min(1),
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

// Step n lifts a session of version n to version n + 1; the result is validated against the
// current schema only.
const MIGRATIONS: Readonly<Partial<Record<number, (session: RawSession) => RawSession>>> = {
  // Version 2 added the actor view's minimum tie weight; version 1 drew every tie.
  1: (v1) => ({
    ...v1,
    viewState: isRecord(v1.viewState) ? { tieMinWeight: 1, ...v1.viewState } : v1.viewState,
  }),
};

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
