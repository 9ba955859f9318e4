import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isActorLevel, type ActorLevel } from '../../../src/model/actorLevel';
import { NORMALISATIONS, TIE_MODES } from '../../../src/model/actorNetwork';
import { DUPLICATES } from '../../../src/model/duplicates';
import { DEFAULT_FILTERS, type FilterState } from '../../../src/model/filters';
import { isColourBy, SIZE_BY, type ColourBy } from '../../../src/model/nodeAppearance';
import { ACTOR_KINDS, isRealDate } from '../../../src/model/schema';
import type { Selection } from '../../../src/model/selection';
import { decodeViewState, encodeViewState, type ViewState } from '../../../src/model/urlState';
import { DEFAULT_VIEW_STATE } from '../../../src/model/viewState';
import { LAYOUT_NAMES } from '../../../src/model/view';

const DEFAULTS: ViewState = DEFAULT_VIEW_STATE;

const VIEWS = ['claims', 'actors'] as const;

// Ids are free text in a file: mix printable unicode with the characters a URL gives meaning to.
const awkward = fc.constantFrom(':', '&', '#', '=', ' ', '%', '+', '?', '/', '"', ',', '[', ']');
const textId = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.oneof(awkward, fc.constantFrom('a', 'é', '中', '😀', '👩‍👩‍👧', '%20')) }),
);

const selectionArb: fc.Arbitrary<Selection> = fc.oneof(
  fc.constant(null),
  fc.record({ type: fc.constantFrom('actor', 'claim', 'statement'), id: textId }),
  fc.record({ type: fc.constant('tie'), a: textId, b: textId }),
);

// Real dates, full or partial, as FORMAT.md writes them.
const dateArb = fc
  .record({
    date: fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    precision: fc.constantFrom(4, 7, 10),
  })
  .map(({ date, precision }) => date.toISOString().slice(0, precision));

const filtersArb: fc.Arbitrary<FilterState> = fc.record({
  hiddenStances: fc.array(textId, { maxLength: 4 }),
  hiddenKinds: fc.subarray([...ACTOR_KINDS]),
  dateFrom: fc.option(dateArb, { nil: null }),
  dateTo: fc.option(dateArb, { nil: null }),
  includeUndated: fc.boolean(),
  contestedOnly: fc.boolean(),
  hideIsolated: fc.boolean(),
  showAffiliations: fc.boolean(),
  showUntied: fc.boolean(),
});

// A minimum weight from 0 with up to four decimals, made by one division so it prints as written.
const minWeightArb = fc
  .record({ whole: fc.integer({ min: 0, max: 999_999 }), part: fc.integer({ min: 0, max: 9999 }) })
  .map(({ whole, part }) => (whole * 10_000 + part) / 10_000);

const attributeName = textId.filter((id) => id.length > 0);
const actorLevelArb: fc.Arbitrary<ActorLevel> = fc.oneof(
  fc.constantFrom<ActorLevel>('actors', 'organisations'),
  attributeName.map((key): ActorLevel => `attribute:${key}`),
);
const colourByArb: fc.Arbitrary<ColourBy> = fc.oneof(
  fc.constantFrom<ColourBy>('kind', 'community'),
  attributeName.map((key): ColourBy => `attribute:${key}`),
);

const viewStateArb: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom(...VIEWS),
    actorLevel: actorLevelArb,
    tieMode: fc.constantFrom(...TIE_MODES),
    duplicates: fc.constantFrom(...DUPLICATES),
    normalisation: fc.constantFrom(...NORMALISATIONS),
    tieMinWeight: minWeightArb,
    sizeBy: fc.constantFrom(...SIZE_BY),
    colourBy: colourByArb,
    layout: fc.constantFrom(...LAYOUT_NAMES),
    filters: filtersArb,
    selection: selectionArb,
    focusDepth: fc.integer({ min: 0, max: 3 }),
    sidePanel: fc.constantFrom('filters', 'sources'),
    openSourceId: fc.option(
      textId.filter((id) => id !== ''),
      { nil: null },
    ),
    showMentions: fc.boolean(),
  })
  // A focus needs something to focus on.
  .map((state) => (state.selection ? state : { ...state, focusDepth: 0 }));

// The app's defaults vary too: a link without a layout keeps the user's persisted layout.
const defaultsArb: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  actorLevel: actorLevelArb,
  tieMode: fc.constantFrom(...TIE_MODES),
  duplicates: fc.constantFrom(...DUPLICATES),
  normalisation: fc.constantFrom(...NORMALISATIONS),
  tieMinWeight: fc.integer({ min: 0, max: 20 }),
  sizeBy: fc.constantFrom(...SIZE_BY),
  colourBy: colourByArb,
  layout: fc.constantFrom(...LAYOUT_NAMES),
  filters: fc.constant(DEFAULT_FILTERS),
  selection: fc.constant(null),
  focusDepth: fc.constant(0),
  sidePanel: fc.constant('filters'),
  openSourceId: fc.constant(null),
  showMentions: fc.constant(false),
});

/** Asserts that a decoded state is one the app can use, whatever the hash was. */
function expectWellFormed(state: ViewState): void {
  expect(VIEWS).toContain(state.view);
  expect(isActorLevel(state.actorLevel)).toBe(true);
  expect(TIE_MODES).toContain(state.tieMode);
  expect(DUPLICATES).toContain(state.duplicates);
  expect(NORMALISATIONS).toContain(state.normalisation);
  expect(Number.isFinite(state.tieMinWeight) && state.tieMinWeight >= 0).toBe(true);
  expect(SIZE_BY).toContain(state.sizeBy);
  expect(isColourBy(state.colourBy)).toBe(true);
  expect(LAYOUT_NAMES).toContain(state.layout);
  for (const kind of state.filters.hiddenKinds) expect(ACTOR_KINDS).toContain(kind);
  for (const stance of state.filters.hiddenStances) expect(typeof stance).toBe('string');
  for (const date of [state.filters.dateFrom, state.filters.dateTo]) {
    if (date !== null) expect(isRealDate(date)).toBe(true);
  }
  for (const flag of [
    'includeUndated',
    'contestedOnly',
    'hideIsolated',
    'showAffiliations',
  ] as const)
    expect(typeof state.filters[flag]).toBe('boolean');
  expect([0, 1, 2, 3]).toContain(state.focusDepth);
  if (state.selection === null) expect(state.focusDepth).toBe(0);
  else if (state.selection.type === 'tie') {
    expect(typeof state.selection.a).toBe('string');
    expect(typeof state.selection.b).toBe('string');
  } else {
    expect(['actor', 'claim', 'statement']).toContain(state.selection.type);
    expect(typeof state.selection.id).toBe('string');
  }
}

describe('encodeViewState / decodeViewState', () => {
  it('round-trips every view state, whatever its ids hold', () => {
    fc.assert(
      fc.property(viewStateArb, defaultsArb, (state, defaults) => {
        const hash = encodeViewState(state, defaults);
        expect(decodeViewState(hash, defaults)).toEqual(state);
        expect(decodeViewState(`#${hash}`, defaults)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips the awkward cases by name', () => {
    const cases: ViewState[] = [
      { ...DEFAULTS, selection: { type: 'actor', id: 'a:b&c=d#e f' }, focusDepth: 2 },
      { ...DEFAULTS, selection: { type: 'statement', id: '' } },
      { ...DEFAULTS, selection: { type: 'claim', id: 'tie:["x","y"]' } },
      { ...DEFAULTS, view: 'actors', selection: { type: 'tie', a: 'a","b', b: '中 😀' } },
      { ...DEFAULTS, selection: { type: 'tie', a: '', b: ':' }, focusDepth: 3 },
      {
        ...DEFAULTS,
        filters: { ...DEFAULTS.filters, hiddenStances: ['a&hide=b', '', '%41', '+ '] },
      },
    ];
    for (const state of cases) {
      expect(decodeViewState(encodeViewState(state, DEFAULTS), DEFAULTS)).toEqual(state);
    }
  });

  it('writes nothing for the defaults, so the plain app has a plain address', () => {
    fc.assert(
      fc.property(defaultsArb, (defaults) => {
        expect(encodeViewState(defaults, defaults)).toBe('');
        expect(decodeViewState('', defaults)).toEqual(defaults);
        expect(decodeViewState('#', defaults)).toEqual(defaults);
      }),
    );
  });

  it('writes only what differs from the defaults', () => {
    const hash = encodeViewState(
      { ...DEFAULTS, filters: { ...DEFAULT_FILTERS, contestedOnly: true } },
      DEFAULTS,
    );
    expect([...new URLSearchParams(hash).keys()]).toEqual(['contested']);
  });

  it('writes a focus only with a selection', () => {
    const hash = encodeViewState({ ...DEFAULTS, focusDepth: 2 }, DEFAULTS);
    expect(new URLSearchParams(hash).has('focus')).toBe(false);
    const withSelection = encodeViewState(
      { ...DEFAULTS, selection: { type: 'claim', id: 'c1' }, focusDepth: 2 },
      DEFAULTS,
    );
    expect(new URLSearchParams(withSelection).get('focus')).toBe('2');
  });
});

describe('decodeViewState on hand-edited or broken links', () => {
  it('never throws on any string and always returns a usable state', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({
            unit: fc.oneof(
              awkward,
              fc.constantFrom('view', 'select', 'tie', 'focus', 'hide', '%E0', 'actor'),
            ),
          }),
        ),
        defaultsArb,
        (hash, defaults) => {
          expectWellFormed(decodeViewState(hash, defaults));
          expectWellFormed(decodeViewState(`#${hash}`, defaults));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    '%',
    '%E0%A4%A',
    '&&&==',
    'view=map',
    'view=',
    'ties=none',
    'layout=cola',
    'layout=__proto__',
    'focus=2',
    'select=',
    'select=actor',
    'select=bogus:x',
    'select=tie:not json',
    'select=tie:["a"]',
    'select=tie:["a","b","c"]',
    'select=tie:[1,2]',
    'select=tie:{"a":"x","b":"y"}',
    'from=2024-02-30',
    'to=2024-13',
    'from=yesterday',
    'hideKind=alien',
    'hideKind=__proto__',
    'undated=maybe',
    'contested=yes',
    'tieMin=-2',
    'tieMin=.5',
    'tieMin=1.23456',
    'tieMin=01',
    'tieMin=many',
    'tieMin=1e3',
    'tieMin=10000000',
    'as=persons',
    'as=attribute:',
    'duplicates=daily',
    'norm=max',
    'size=pagerank',
    'colour=party',
    'colour=attribute:',
  ])('falls back to the defaults for %j', (hash) => {
    expect(decodeViewState(hash, DEFAULTS)).toEqual(DEFAULTS);
    expect(decodeViewState(`#${hash}`, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('keeps the valid parts of a partly broken link', () => {
    const state = decodeViewState(
      'view=actors&layout=cola&ties=conflict&hideKind=alien&hideKind=state&hide=denies',
      DEFAULTS,
    );
    expect(state).toEqual({
      ...DEFAULTS,
      view: 'actors',
      tieMode: 'conflict',
      filters: { ...DEFAULT_FILTERS, hiddenKinds: ['state'], hiddenStances: ['denies'] },
    });
  });

  it('reads the actor network choices by name, and old links as they were meant', () => {
    expect(
      decodeViewState(
        'view=actors&as=attribute:party&ties=subtract&duplicates=week&norm=jaccard&tieMin=0.25&size=betweenness&colour=community',
        DEFAULTS,
      ),
    ).toEqual({
      ...DEFAULTS,
      view: 'actors',
      actorLevel: 'attribute:party',
      tieMode: 'subtract',
      duplicates: 'week',
      normalisation: 'jaccard',
      tieMinWeight: 0.25,
      sizeBy: 'betweenness',
      colourBy: 'community',
    });
    // Links from before these choices name the tie type and a whole minimum only.
    expect(decodeViewState('ties=agreement&tieMin=2', DEFAULTS)).toEqual({
      ...DEFAULTS,
      tieMode: 'agreement',
      tieMinWeight: 2,
    });
  });

  it('drops invalid dates and keeps real ones, full or partial', () => {
    expect(decodeViewState('from=2024-02-30&to=2024-03', DEFAULTS).filters).toMatchObject({
      dateFrom: null,
      dateTo: '2024-03',
    });
    expect(decodeViewState('from=2024-02-29', DEFAULTS).filters.dateFrom).toBe('2024-02-29');
    expect(decodeViewState('from=2023-02-29', DEFAULTS).filters.dateFrom).toBeNull();
    expect(decodeViewState('from=2024&to=2024-00', DEFAULTS).filters).toMatchObject({
      dateFrom: '2024',
      dateTo: null,
    });
  });

  it('reads a focus only with a selection, and only a depth from 1 to 3', () => {
    expect(decodeViewState('focus=2', DEFAULTS).focusDepth).toBe(0);
    expect(decodeViewState('select=actor:x&focus=2', DEFAULTS)).toMatchObject({
      selection: { type: 'actor', id: 'x' },
      focusDepth: 2,
    });
    for (const focus of ['4', '-1', '1.5', 'abc', 'Infinity', 'NaN']) {
      expect(decodeViewState(`select=actor:x&focus=${focus}`, DEFAULTS).focusDepth).toBe(0);
    }
    expect(decodeViewState('select=nothing&focus=2', DEFAULTS)).toMatchObject({
      selection: null,
      focusDepth: 0,
    });
  });

  it('takes the selection id after the first colon only', () => {
    expect(decodeViewState('select=claim:a:b:c', DEFAULTS).selection).toEqual({
      type: 'claim',
      id: 'a:b:c',
    });
  });
});
