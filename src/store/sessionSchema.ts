// Validation of saved sessions, and the migration path between their versions. Loaded only when a
// session is read, so zod stays out of the page's first load.
import { z } from 'zod';
import { LayoutSchema } from '../model/schema';
import { DEFAULT_VIEW_STATE, readViewState } from '../model/viewState';
import {
  isRecord,
  SESSION_VERSION,
  type RawSession,
  type SavedSession,
  type SessionSource,
} from './persistence';

// The view state is read the way a link's is (model/viewState): valid fields kept, the rest default.
const viewStateSchema = z.unknown().transform((value) => readViewState(value, DEFAULT_VIEW_STATE));

const sourceSchema: z.ZodType<SessionSource> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sample') }),
  z.object({ kind: z.literal('file'), name: z.string() }),
  z.object({ kind: z.literal('text') }),
  z.object({ kind: z.literal('new') }),
  z.object({ kind: z.literal('url'), url: z.string().min(1) }),
]);

const sessionSchema: z.ZodType<SavedSession> = z
  .object({
    version: z.literal(SESSION_VERSION),
    savedAt: z.iso.datetime(),
    source: sourceSchema,
    datasetText: z.string().nullable(),
    unsavedEdits: z.boolean(),
    viewState: viewStateSchema,
    layout: LayoutSchema.nullable(),
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
  // Version 3 saved edited datasets and node positions; earlier sessions had neither.
  2: (v2) => ({ ...v2, unsavedEdits: false, layout: null }),
  // Version 4 added the actor network's choices, at the values that draw what version 3 drew
  // (each claim counted once per pair, no normalisation, plain nodes). Weights there were whole
  // numbers of claims from 1, so a minimum of 1 drew every tie: it becomes 0, the new default.
  3: (v3) => {
    if (!isRecord(v3.viewState)) return v3;
    const { tieMinWeight, ...rest } = v3.viewState;
    return {
      ...v3,
      viewState: {
        actorLevel: 'actors',
        duplicates: 'overall',
        normalisation: 'none',
        sizeBy: 'none',
        colourBy: 'kind',
        tieMinWeight: tieMinWeight === 1 ? 0 : tieMinWeight,
        ...rest,
      },
    };
  },
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
