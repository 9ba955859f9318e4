// The JSON export of what is shown: a valid stancegraph file with exactly the shown records, every
// unknown field kept, no reference left dangling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportShownDataset, serializeDataset, sourceLabel } from '../../../src/model/exportJson';
import { computeVisibility, type FilterState, type Visibility } from '../../../src/model/filters';
import { buildGraphIndex, type GraphIndex } from '../../../src/model/graphIndex';
import { validateDataset } from '../../../src/model/parseDataset';
import { ACTOR_KINDS, type Dataset } from '../../../src/model/schema';
import { load, seed, seedIndex, shown } from '../testData';
import { readFixture } from './fixtureFiles';

function expectValid(dataset: Dataset): void {
  const result = validateDataset(dataset);
  expect(result.ok ? [] : result.problems).toEqual([]);
}

/** Asserts that the export holds exactly the shown records, in file order. */
function expectExactly(index: GraphIndex, visibility: Visibility, exported: Dataset): void {
  const { dataset } = index;
  expect(exported.actors.map((a) => a.id)).toEqual(
    dataset.actors.filter((a) => visibility.actors.has(a.id)).map((a) => a.id),
  );
  expect(exported.claims.map((c) => c.id)).toEqual(
    dataset.claims.filter((c) => visibility.claims.has(c.id)).map((c) => c.id),
  );
  expect(exported.statements.map((s) => s.id)).toEqual(
    dataset.statements.filter((s) => visibility.statements.has(s.id)).map((s) => s.id),
  );
}

/** Asserts that every memberOf, about and source reference of the dataset resolves. */
function expectNoDangling(dataset: Dataset): void {
  const actorIds = new Set(dataset.actors.map((a) => a.id));
  const sourceIds = new Set((dataset.sources ?? []).map((s) => s.id));
  for (const actor of dataset.actors)
    for (const id of actor.memberOf ?? []) expect(actorIds).toContain(id);
  for (const claim of dataset.claims)
    for (const id of claim.about ?? []) expect(actorIds).toContain(id);
  for (const statement of dataset.statements)
    if (statement.source !== undefined) expect(sourceIds).toContain(statement.source);
}

describe('exportShownDataset over the seed', () => {
  it('with nothing hidden, gives back the dataset as it is', () => {
    const exported = exportShownDataset(seedIndex, shown(seedIndex, {}));
    expectValid(exported);
    expect(exported).toEqual(seed);
    // Even the order of the top-level fields.
    expect(Object.keys(exported)).toEqual(Object.keys(seed));
  });

  it('with a stance hidden, holds exactly the shown statements and still validates', () => {
    const visibility = shown(seedIndex, { hiddenStances: ['asserts'] });
    const exported = exportShownDataset(seedIndex, visibility);
    expectValid(exported);
    expectExactly(seedIndex, visibility, exported);
    expect(exported.statements.length).toBe(seed.statements.length - 7);
    expect(exported.statements.some((s) => s.stance === 'asserts')).toBe(false);
    // Actors and claims stay (hideIsolated is off): only statements were hidden.
    expect(exported.actors).toHaveLength(seed.actors.length);
    expect(exported.claims).toHaveLength(seed.claims.length);
  });

  it('with a kind hidden, drops memberOf and about entries naming the hidden actors', () => {
    const visibility = shown(seedIndex, { hiddenKinds: ['state'] });
    const exported = exportShownDataset(seedIndex, visibility);
    expectValid(exported);
    expectExactly(seedIndex, visibility, exported);
    expectNoDangling(exported);
    expect(exported.actors.some((a) => a.kind === 'state')).toBe(false);

    const zelensky = exported.actors.find((a) => a.id === 'zelensky');
    // Was ["ukraine"]: the key stays, empty.
    expect(zelensky?.memberOf).toEqual([]);
    const rutte = exported.actors.find((a) => a.id === 'rutte');
    expect(rutte?.memberOf).toEqual(['nato']);
    // Was ["kim-jong-un", "north-korea", "russia"].
    const arms = exported.claims.find((c) => c.id === 'nk-arms-for-russia');
    expect(arms?.about).toEqual(['kim-jong-un']);
    const troops = exported.claims.find((c) => c.id === 'nk-troops-for-russia');
    expect(troops?.about).toEqual([]);
    // The statements of the hidden states are gone with them.
    expect(exported.statements.every((s) => visibility.actors.has(s.actor))).toBe(true);
  });

  it('with isolated nodes hidden, holds exactly the remaining actors and claims', () => {
    const visibility = shown(seedIndex, {
      hiddenStances: ['asserts', 'agrees'],
      hideIsolated: true,
      showAffiliations: false,
    });
    const exported = exportShownDataset(seedIndex, visibility);
    expectValid(exported);
    expectExactly(seedIndex, visibility, exported);
    expectNoDangling(exported);
    expect(exported.actors.length).toBeLessThan(seed.actors.length);
    expect(exported.claims.length).toBeLessThan(seed.claims.length);
  });

  it('leaves the loaded dataset untouched and shares no object with it', () => {
    const before = structuredClone(seed);
    const exported = exportShownDataset(seedIndex, shown(seedIndex, { hiddenKinds: ['state'] }));
    expect(seed).toEqual(before);
    const zelensky = exported.actors.find((a) => a.id === 'zelensky');
    expect(zelensky).not.toBe(seed.actors[0]);
    zelensky?.aliases?.push('changed');
    expect(seed.actors[0]?.aliases).not.toContain('changed');
  });

  it('serializes to text that parses back to the same dataset', () => {
    const visibility = shown(seedIndex, { hiddenStances: ['denies'], hiddenKinds: ['group'] });
    const exported = exportShownDataset(seedIndex, visibility);
    const text = serializeDataset(exported);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "stancegraph",\n')).toBe(true);
    const again = load(text);
    expect(again).toEqual(exported);
    expect(again.actors).toHaveLength(visibility.actors.size);
    expect(again.claims).toHaveLength(visibility.claims.size);
    expect(again.statements).toHaveLength(visibility.statements.size);
  });
});

describe('exportShownDataset keeps what it does not know', () => {
  const original = load(readFixture('unknown-fields', 'valid'));
  const index = buildGraphIndex(original);

  it('keeps unknown fields at every level, own "__proto__" fields included', () => {
    const exported = exportShownDataset(index, shown(index, {}));
    expectValid(exported);
    expect(exported).toEqual(original);
    expect(Object.hasOwn(exported, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(exported)).toBe(Object.prototype);
    expect(serializeDataset(exported)).toBe(serializeDataset(original));
    // Copies, not the loaded objects.
    expect(exported.stances).not.toBe(original.stances);
    expect(exported['x-generator']).not.toBe(original['x-generator']);
  });

  it('keeps them on the records that stay when others are hidden', () => {
    // Bob never speaks: hiding isolated nodes removes him alone.
    const exported = exportShownDataset(index, shown(index, { hideIsolated: true }));
    expectValid(exported);
    expect(exported.actors.map((a) => a.id)).toEqual(['a']);
    const text = serializeDataset(exported);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json['x-generator']).toEqual({
      name: 'another tool',
      build: [1, 2, 3],
      nested: { deep: [{ ok: true }, null] },
    });
    expect(json['constructor']).toBe('not a function');
    expect(Object.hasOwn(json, '__proto__')).toBe(true);
    expect(exported.stances).toEqual([
      { id: 'supports', label: 'Supports', polarity: 1, glyph: '+', weight: 0.5 },
    ]);
    expect(exported.sources).toEqual([{ id: 'src', language: 'en', archived: null }]);
    expect(exported.actors[0]).toMatchObject({ wikidata: 'Q1', born: 1970, tags: ['x', 1, false] });
    expect(exported.claims[0]).toMatchObject({ confidence: 0.8, about: [], extra: {} });
    expect(exported.statements[0]).toMatchObject({ coder: 'rk', offsets: [10, 42] });
  });
});

describe('exportShownDataset references', () => {
  const dataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    title: 'Sources and members',
    sources: [
      { id: 'src-a', title: 'A story', publisher: 'Daily' },
      { id: 'src-unused', title: 'Never cited' },
      { id: 'src-b', publisher: 'Weekly' },
    ],
    actors: [
      { id: 'state', name: 'State', kind: 'state' },
      { id: 'org', name: 'Org', kind: 'organization' },
      { id: 'p', name: 'P', kind: 'person', memberOf: ['state', 'org'] },
      { id: 'q', name: 'Q', kind: 'person' },
    ],
    claims: [
      { id: 'c1', text: 'One', about: ['state', 'q'] },
      { id: 'c2', text: 'Two' },
    ],
    statements: [
      { id: 's1', actor: 'p', claim: 'c1', stance: 'asserts', source: 'src-b' },
      { id: 's2', actor: 'q', claim: 'c1', stance: 'denies', source: 'src-a' },
      { id: 's3', actor: 'q', claim: 'c2', stance: 'doubts' },
    ],
  };
  const index = buildGraphIndex(dataset);

  it('keeps the sources the kept statements cite, and those none cites, in file order', () => {
    const exported = exportShownDataset(index, shown(index, {}));
    expect(exported.sources?.map((s) => s.id)).toEqual(['src-a', 'src-unused', 'src-b']);
    const onlyDenies = exportShownDataset(index, shown(index, { hiddenStances: ['asserts'] }));
    expect(onlyDenies.sources?.map((s) => s.id)).toEqual(['src-a', 'src-unused']);
  });

  it('keeps the sources key, empty, when the sources cited are all by hidden statements', () => {
    const exported = exportShownDataset(
      index,
      shown(index, { hiddenStances: ['asserts', 'denies', 'doubts'] }),
    );
    expectValid(exported);
    expect(exported.statements).toEqual([]);
    expect(exported.sources?.map((s) => s.id)).toEqual(['src-unused']);
    const allCited = buildGraphIndex({
      ...dataset,
      sources: dataset.sources!.filter((s) => s.id !== 'src-unused'),
    });
    const none = exportShownDataset(
      allCited,
      shown(allCited, { hiddenStances: ['asserts', 'denies', 'doubts'] }),
    );
    expect(none.sources).toEqual([]);
  });

  it('adds no sources key when the original has none', () => {
    const plain: Dataset = {
      ...dataset,
      statements: dataset.statements.map(({ source: _source, ...s }) => s),
    };
    delete plain.sources;
    const withoutSources = buildGraphIndex(plain);
    const exported = exportShownDataset(withoutSources, shown(withoutSources, {}));
    expectValid(exported);
    expect(Object.hasOwn(exported, 'sources')).toBe(false);
  });

  it('drops memberOf and about entries to actors that are not exported', () => {
    const exported = exportShownDataset(index, shown(index, { hiddenKinds: ['state'] }));
    expectValid(exported);
    expect(exported.actors.find((a) => a.id === 'p')?.memberOf).toEqual(['org']);
    expect(exported.claims.find((c) => c.id === 'c1')?.about).toEqual(['q']);
    // A claim without `about` gets none.
    expect(Object.hasOwn(exported.claims.find((c) => c.id === 'c2') ?? {}, 'about')).toBe(false);
    expect(Object.hasOwn(exported.actors.find((a) => a.id === 'q') ?? {}, 'memberOf')).toBe(false);
  });

  it('keeps memberOf between exported actors when affiliation ties are not drawn', () => {
    const exported = exportShownDataset(index, shown(index, { showAffiliations: false }));
    expect(exported.actors.find((a) => a.id === 'p')?.memberOf).toEqual(['state', 'org']);
  });

  it('leaves out a statement whose actor or claim is not exported, whatever the visibility', () => {
    const visibility: Visibility = {
      actors: new Set(['q']),
      claims: new Set(['c1', 'c2']),
      statements: new Set(['s1', 's2', 's3']),
      affiliations: new Set(),
    };
    const exported = exportShownDataset(index, visibility);
    expectValid(exported);
    expect(exported.statements.map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it('keeps a custom stance vocabulary as it is', () => {
    const custom = buildGraphIndex({
      ...dataset,
      stances: [
        { id: 'yes', label: 'Yes', polarity: 1, color: '#000' },
        { id: 'no', label: 'No', polarity: -1 },
      ],
      statements: [{ id: 's1', actor: 'p', claim: 'c1', stance: 'no' }],
    });
    const exported = exportShownDataset(custom, shown(custom, { hiddenStances: ['no'] }));
    expectValid(exported);
    expect(exported.statements).toEqual([]);
    expect(exported.stances).toEqual(custom.dataset.stances);
  });
});

describe('sourceLabel', () => {
  it('names a source by publisher and title, either alone, or its id', () => {
    expect(sourceLabel({ id: 'x', publisher: 'TIME', title: 'A story' })).toBe('TIME: A story');
    expect(sourceLabel({ id: 'x', title: 'A story' })).toBe('A story');
    expect(sourceLabel({ id: 'x', publisher: 'TIME', title: '' })).toBe('TIME');
    expect(sourceLabel({ id: 'x' })).toBe('x');
  });
});

describe('exportShownDataset properties', () => {
  const stanceIds = seedIndex.stances.map((s) => s.id);
  const date = fc.constantFrom(null, '', '2024', '2024-06', '2024-10', '2024-10-17', '2025');
  const filters: fc.Arbitrary<FilterState> = fc.record({
    hiddenStances: fc.subarray(stanceIds),
    hiddenKinds: fc.subarray([...ACTOR_KINDS]),
    dateFrom: date,
    dateTo: date,
    includeUndated: fc.boolean(),
    contestedOnly: fc.boolean(),
    hideIsolated: fc.boolean(),
    showAffiliations: fc.boolean(),
    showUntied: fc.boolean(),
  });

  it('for any filter state over the seed, exports a valid dataset of exactly what is shown', () => {
    fc.assert(
      fc.property(filters, (state) => {
        const visibility = computeVisibility(seedIndex, state);
        const exported = exportShownDataset(seedIndex, visibility);
        expectValid(exported);
        expectExactly(seedIndex, visibility, exported);
        expectNoDangling(exported);
        expect(load(serializeDataset(exported))).toEqual(exported);
      }),
      { numRuns: 200 },
    );
  });

  it('for any subsets of ids, even inconsistent ones, exports a valid dataset', () => {
    const subset = (ids: string[]) => fc.subarray(ids).map((list) => new Set(list));
    fc.assert(
      fc.property(
        subset(seed.actors.map((a) => a.id)),
        subset(seed.claims.map((c) => c.id)),
        subset(seed.statements.map((s) => s.id)),
        (actors, claims, statements) => {
          const exported = exportShownDataset(seedIndex, {
            actors,
            claims,
            statements,
            affiliations: new Set(),
          });
          expectValid(exported);
          expectNoDangling(exported);
        },
      ),
      { numRuns: 200 },
    );
  });
});
