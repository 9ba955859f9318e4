import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as idb from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/model/filters';
import type { ViewState } from '../../../src/model/viewState';
import { DEFAULT_VIEW_STATE } from '../../../src/model/viewState';
import {
  SESSION_VERSION,
  clearSession,
  loadSession,
  saveDatasetText,
  saveLayout,
  saveSession,
  saveViewState,
  type SavedSession,
} from '../../../src/store/persistence';
import { migrateSession } from '../../../src/store/sessionSchema';

// Every write goes through IDBObjectStore.put: watched, so tests can see which keys a save
// writes, and made to fail in single tests the way a full disk does; otherwise the real thing.
const puts = () => vi.mocked(IDBObjectStore.prototype.put);
const writtenKeys = () => puts().mock.calls.map((call) => call[1]);
function failNextWrite(error: DOMException) {
  puts().mockImplementationOnce(() => {
    throw error;
  });
}

const TEXT = readFileSync(join(import.meta.dirname, '../../fixtures/minimal.valid.json'), 'utf8');

const VIEW: ViewState = {
  view: 'actors',
  actorLevel: 'attribute:party',
  tieMode: 'conflict',
  duplicates: 'week',
  normalisation: 'jaccard',
  tieMinWeight: 0.25,
  sizeBy: 'betweenness',
  colourBy: 'community',
  layout: 'circle',
  filters: {
    ...DEFAULT_FILTERS,
    hiddenStances: ['doubts'],
    hiddenKinds: ['state'],
    dateFrom: '2024-10',
    contestedOnly: true,
  },
  selection: { type: 'tie', a: 'kp', b: 'ru' },
  focusDepth: 2,
  sidePanel: 'sources',
  openSourceId: 'time',
  showMentions: true,
};

const OTHER_VIEW: ViewState = {
  view: 'claims',
  actorLevel: 'actors',
  tieMode: 'both',
  duplicates: 'overall',
  normalisation: 'none',
  tieMinWeight: 0,
  sizeBy: 'none',
  colourBy: 'kind',
  layout: 'grid',
  filters: DEFAULT_FILTERS,
  selection: { type: 'claim', id: 'c1' },
  focusDepth: 0,
  sidePanel: 'filters',
  openSourceId: null,
  showMentions: false,
};

const SAVED: SavedSession = {
  version: SESSION_VERSION,
  savedAt: '2025-01-02T03:04:05.000Z',
  source: { kind: 'file', name: 'troops.json' },
  datasetText: TEXT,
  unsavedEdits: false,
  viewState: VIEW,
  layout: null,
};

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

beforeEach(async () => {
  await clearSession();
});

beforeEach(() => {
  vi.spyOn(IDBObjectStore.prototype, 'put');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('saveSession / loadSession', () => {
  it('round-trips the text, the source and the view state', async () => {
    const before = Date.now();
    const status = await saveSession({
      source: { kind: 'file', name: 'troops.json' },
      datasetText: TEXT,
      viewState: VIEW,
    });
    expect(status).toEqual({ ok: true });

    const { session, status: loaded } = await loadSession();
    expect(loaded).toEqual({ ok: true });
    expect(session).toMatchObject({
      version: SESSION_VERSION,
      source: { kind: 'file', name: 'troops.json' },
      datasetText: TEXT,
      viewState: VIEW,
    });
    expect(Date.parse(session!.savedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it.each([
    [{ kind: 'sample' } as const, null],
    [{ kind: 'text' } as const, TEXT],
    [{ kind: 'url', url: 'https://example.org/data.json' } as const, TEXT],
  ])('keeps a %o source', async (source, datasetText) => {
    await saveSession({ source, datasetText, viewState: VIEW });
    const { session } = await loadSession();
    expect(session?.source).toEqual(source);
    expect(session?.datasetText).toBe(datasetText);
  });

  it('keeps a text byte for byte, however large', async () => {
    // An odd text (BOM, CRLF, non-ASCII, 2 MB): what is saved is what the user opened.
    const text = `\uFEFF{"format":"stancegraph"}\r\n${'é🙂'.repeat(700_000)}`;
    await saveSession({ source: { kind: 'text' }, datasetText: text, viewState: VIEW });
    expect((await loadSession()).session?.datasetText).toBe(text);
  });

  it('replaces the previous session', async () => {
    await saveSession({ source: { kind: 'text' }, datasetText: 'old', viewState: VIEW });
    await saveSession({ source: { kind: 'sample' }, datasetText: null, viewState: OTHER_VIEW });
    const { session } = await loadSession();
    expect(session).toMatchObject({
      source: { kind: 'sample' },
      datasetText: null,
      viewState: OTHER_VIEW,
    });
  });

  it('loads nothing when nothing was saved', async () => {
    expect(await loadSession()).toEqual({ session: null, status: { ok: true } });
  });
});

describe('saveDatasetText / saveLayout', () => {
  const LAYOUT = {
    claims: { a: [1, 2] as [number, number] },
    actors: { b: [-3.5, 4] as [number, number] },
  };

  it('an edited dataset replaces the text and the edits flag, and keeps the view and layout', async () => {
    await saveSession({
      source: { kind: 'sample' },
      datasetText: null,
      viewState: VIEW,
      layout: LAYOUT,
    });
    expect(
      await saveDatasetText({ source: { kind: 'sample' }, datasetText: TEXT, unsavedEdits: true }),
    ).toEqual({ ok: true });
    const { session } = await loadSession();
    expect(session).toMatchObject({
      source: { kind: 'sample' },
      datasetText: TEXT,
      unsavedEdits: true,
      viewState: VIEW,
      layout: LAYOUT,
    });
  });

  it('positions replace the layout alone', async () => {
    await saveSession({ source: { kind: 'text' }, datasetText: TEXT, viewState: VIEW });
    expect((await loadSession()).session?.layout).toBeNull();
    expect(await saveLayout(LAYOUT)).toEqual({ ok: true });
    const { session } = await loadSession();
    expect(session).toMatchObject({ datasetText: TEXT, viewState: VIEW, layout: LAYOUT });
  });

  it('says so when storage is full, in words about the edits', async () => {
    failNextWrite(quotaError());
    expect(
      await saveDatasetText({ source: { kind: 'text' }, datasetText: TEXT, unsavedEdits: true }),
    ).toEqual({
      ok: false,
      reason: 'full',
      message: 'Browser storage is full: your edits will not come back after a reload.',
    });
  });
});

describe('saveViewState', () => {
  it('replaces the view state and leaves the dataset alone', async () => {
    await saveSession({ source: { kind: 'text' }, datasetText: TEXT, viewState: VIEW });
    puts().mockClear();

    expect(await saveViewState(OTHER_VIEW)).toEqual({ ok: true });

    // The text was not written again: one write, of the view-state key.
    expect(writtenKeys()).toEqual(['viewState']);
    expect(puts().mock.calls[0]?.[0]).toEqual(OTHER_VIEW);
    const { session } = await loadSession();
    expect(session).toMatchObject({
      source: { kind: 'text' },
      datasetText: TEXT,
      viewState: OTHER_VIEW,
    });
  });

  it('stores a view state without a session but loads no session from it', async () => {
    expect(await saveViewState(VIEW)).toEqual({ ok: true });
    expect((await loadSession()).session).toBeNull();
  });
});

describe('migrateSession', () => {
  // What versions 1 to 3 saved: no actor network choices, and weights that counted claims.
  const { actorLevel, duplicates, normalisation, sizeBy, colourBy, ...VIEW_V3 } = {
    ...VIEW,
    tieMinWeight: 3,
  };
  const NETWORK_DEFAULTS = {
    actorLevel: 'actors',
    duplicates: 'overall',
    normalisation: 'none',
    sizeBy: 'none',
    colourBy: 'kind',
  } as const;
  const { unsavedEdits: _edits, layout: _layout, ...SAVED_V2 } = SAVED;

  it('lifts a version-3 session to the network choices that draw what it drew', () => {
    expect([actorLevel, duplicates, normalisation, sizeBy, colourBy]).not.toEqual(
      Object.values(NETWORK_DEFAULTS),
    );
    expect(migrateSession({ ...SAVED, version: 3, viewState: VIEW_V3 })).toEqual({
      ...SAVED,
      viewState: { ...VIEW_V3, ...NETWORK_DEFAULTS },
    });
    // A minimum of 1 claim drew every tie; so does 0, which means "every tie" now.
    expect(
      migrateSession({ ...SAVED, version: 3, viewState: { ...VIEW_V3, tieMinWeight: 1 } }),
    ).toEqual({ ...SAVED, viewState: { ...VIEW_V3, ...NETWORK_DEFAULTS, tieMinWeight: 0 } });
  });

  it('lifts a version-1 session, which drew every tie, to a minimum that draws every tie', () => {
    const viewV1: Partial<typeof VIEW_V3> = { ...VIEW_V3 };
    delete viewV1.tieMinWeight;
    expect(migrateSession({ ...SAVED_V2, version: 1, viewState: viewV1 })).toEqual({
      ...SAVED,
      viewState: { ...VIEW_V3, ...NETWORK_DEFAULTS, tieMinWeight: 0 },
    });
    // A version-1 session that somehow has the fields keeps them; a broken one gets the defaults.
    expect(migrateSession({ ...SAVED_V2, version: 1 })).toEqual(SAVED);
    expect(migrateSession({ ...SAVED_V2, version: 1, viewState: 'broken' })).toEqual({
      ...SAVED,
      viewState: DEFAULT_VIEW_STATE,
    });
  });

  it('lifts a version-2 session: no edits to keep, no positions saved', () => {
    expect(migrateSession({ ...SAVED_V2, version: 2 })).toEqual(SAVED);
  });

  it('accepts a current session as it is', () => {
    expect(migrateSession(SAVED)).toEqual(SAVED);
    expect(migrateSession({ ...SAVED, source: { kind: 'sample' }, datasetText: null })).toEqual({
      ...SAVED,
      source: { kind: 'sample' },
      datasetText: null,
    });
  });

  it('drops unknown extra keys', () => {
    expect(migrateSession({ ...SAVED, extra: 1, viewState: { ...VIEW, zoom: 2 } })).toEqual(SAVED);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'session'],
    ['an array', [SAVED]],
    ['an empty object', {}],
    ['no version', { ...SAVED, version: undefined }],
    ['a string version', { ...SAVED, version: '1' }],
    ['a fractional version', { ...SAVED, version: 1.5 }],
    ['version 0', { ...SAVED, version: 0 }],
    ['a negative version', { ...SAVED, version: -1 }],
    ['a future version', { ...SAVED, version: SESSION_VERSION + 1 }],
    ['an unknown source kind', { ...SAVED, source: { kind: 'ftp' } }],
    ['a file without a name', { ...SAVED, source: { kind: 'file' } }],
    ['a url source without its url', { ...SAVED, source: { kind: 'url', url: '' } }],
    ['no text for a file', { ...SAVED, datasetText: null }],
    ['a text that is not a string', { ...SAVED, datasetText: 42 }],
    ['a bad timestamp', { ...SAVED, savedAt: 'yesterday' }],
    ['unsaved edits that are not a boolean', { ...SAVED, unsavedEdits: 'yes' }],
    ['a layout that is not positions', { ...SAVED, layout: { claims: { a: [1] } } }],
  ])('returns null for %s without throwing', (_name, raw) => {
    expect(() => migrateSession(raw)).not.toThrow();
    expect(migrateSession(raw)).toBeNull();
  });

  // The view state is read as a link's is (model/viewState): a broken field takes its default,
  // the rest of the session (the dataset above all) comes back.
  it.each([
    ['no view state', undefined, {}],
    ['an unknown view', { ...VIEW, view: 'map' }, { view: 'claims' }],
    ['an unknown layout', { ...VIEW, layout: 'spiral' }, { layout: 'fcose' }],
    ['a focus depth too deep', { ...VIEW, focusDepth: 9 }, { focusDepth: 0 }],
    ['a negative minimum tie weight', { ...VIEW, tieMinWeight: -1 }, { tieMinWeight: 0 }],
    ['a minimum with five decimals', { ...VIEW, tieMinWeight: 1.23456 }, { tieMinWeight: 0 }],
    ['an unknown tie type', { ...VIEW, tieMode: 'friendship' }, { tieMode: 'both' }],
    ['an unknown actor level', { ...VIEW, actorLevel: 'persons' }, { actorLevel: 'actors' }],
    [
      'an attribute level without a name',
      { ...VIEW, actorLevel: 'attribute:' },
      { actorLevel: 'actors' },
    ],
    ['an unknown duplicates setting', { ...VIEW, duplicates: 'daily' }, { duplicates: 'overall' }],
    ['an unknown normalisation', { ...VIEW, normalisation: 'max' }, { normalisation: 'none' }],
    ['an unknown size metric', { ...VIEW, sizeBy: 'pagerank' }, { sizeBy: 'none' }],
    ['an unknown colouring', { ...VIEW, colourBy: 'party' }, { colourBy: 'kind' }],
    [
      'a broken selection',
      { ...VIEW, selection: { type: 'tie', a: 'x' } },
      { selection: null, focusDepth: 0 },
    ],
    [
      'an impossible date',
      { ...VIEW, filters: { ...VIEW.filters, dateTo: '2025-02-30' } },
      { filters: { ...VIEW.filters, dateTo: null } },
    ],
    [
      'an unknown actor kind',
      { ...VIEW, filters: { ...VIEW.filters, hiddenKinds: ['alien', 'state'] } },
      { filters: { ...VIEW.filters, hiddenKinds: ['state'] } },
    ],
  ])('keeps the session with %s, that field at its default', (_name, viewState, expected) => {
    const session = migrateSession({ ...SAVED, viewState });
    const base = viewState === undefined ? DEFAULT_VIEW_STATE : VIEW;
    expect(session).toEqual({ ...SAVED, viewState: { ...base, ...expected } });
  });

  it('returns null for objects whose getters throw', () => {
    const hostile = {
      get version(): number {
        throw new Error('boom');
      },
    };
    expect(migrateSession(hostile)).toBeNull();
  });

  it('loads nothing from a stored session it cannot read, without throwing', async () => {
    await idb.setMany(
      [
        ['meta', { version: 99, savedAt: SAVED.savedAt, source: SAVED.source }],
        ['datasetText', TEXT],
        ['viewState', VIEW],
      ],
      idb.createStore('stancegraph', 'session'),
    );
    expect(await loadSession()).toEqual({ session: null, status: { ok: true } });
  });
});

describe('every save', () => {
  it('commits its transaction at once, so a save made as the page goes is not lost with it', async () => {
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    await saveDatasetText({ source: { kind: 'text' }, datasetText: TEXT, unsavedEdits: true });
    await saveViewState(VIEW);
    await saveLayout(null);
    expect(commit).toHaveBeenCalledTimes(3);
    expect(writtenKeys()).toEqual(['meta', 'datasetText', 'viewState', 'layout']);
  });
});

describe('when a write fails', () => {
  it('saveSession reports it, and the previous dataset is not brought back', async () => {
    await saveSession({ source: { kind: 'text' }, datasetText: 'previous', viewState: VIEW });
    failNextWrite(quotaError());

    const status = await saveSession({
      source: { kind: 'file', name: 'huge.json' },
      datasetText: TEXT,
      viewState: OTHER_VIEW,
    });

    expect(status).toEqual({
      ok: false,
      reason: 'full',
      message: 'Browser storage is full: the dataset will not come back after a reload.',
    });
    expect(await loadSession()).toEqual({ session: null, status: { ok: true } });
  });

  it('saveViewState reports it and keeps the saved session', async () => {
    await saveSession({ source: { kind: 'text' }, datasetText: TEXT, viewState: VIEW });
    failNextWrite(quotaError());

    const status = await saveViewState(OTHER_VIEW);

    expect(status).toMatchObject({ ok: false, reason: 'full' });
    expect((await loadSession()).session?.viewState).toEqual(VIEW);
  });

  it('reports any other storage failure as an error, with its message', async () => {
    failNextWrite(new DOMException('disk on fire', 'UnknownError'));
    const status = await saveViewState(VIEW);
    expect(status).toMatchObject({ ok: false, reason: 'error' });
    expect(!status.ok && status.message).toContain('disk on fire');
  });

  it('reports storage blocked by a SecurityError as unavailable', async () => {
    failNextWrite(new DOMException('blocked', 'SecurityError'));
    expect(await saveViewState(VIEW)).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('without IndexedDB (private mode, blocked storage)', () => {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', undefined);
  });

  it('saves report unavailable and say the app still works', async () => {
    for (const status of [
      await saveSession({ source: { kind: 'text' }, datasetText: TEXT, viewState: VIEW }),
      await saveViewState(VIEW),
    ]) {
      expect(status).toMatchObject({ ok: false, reason: 'unavailable' });
      expect(!status.ok && status.message).toMatch(/still works.*will not remember the dataset/);
    }
  });

  it('load returns no session and the status, without throwing', async () => {
    const { session, status } = await loadSession();
    expect(session).toBeNull();
    expect(status).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('clearSession does nothing and does not throw', async () => {
    await expect(clearSession()).resolves.toBeUndefined();
  });
});

describe('clearSession', () => {
  it('forgets the dataset and the view state', async () => {
    await saveSession({ source: { kind: 'text' }, datasetText: TEXT, viewState: VIEW });
    await saveViewState(OTHER_VIEW);
    await clearSession();
    expect(await loadSession()).toEqual({ session: null, status: { ok: true } });
    // A session saved afterwards does not pick up the forgotten view state.
    await saveSession({ source: { kind: 'sample' }, datasetText: null, viewState: VIEW });
    expect((await loadSession()).session?.viewState).toEqual(VIEW);
  });
});
