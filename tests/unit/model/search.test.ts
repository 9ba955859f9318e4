import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';
import {
  buildSearchIndex,
  namesakeDetails,
  normalizeForSearch,
  search,
} from '../../../src/model/search';

const dataset: Dataset = {
  format: 'stancegraph',
  version: 1,
  actors: [
    { id: 'zel', name: 'Volodymyr Zelenskyy', kind: 'person', aliases: ['Зеленський', 'Zelensky'] },
    { id: 'campbell', name: 'Kurt Campbéll', kind: 'person' },
    {
      id: 'nato',
      name: 'NATO',
      kind: 'organization',
      aliases: ['North Atlantic Treaty Organization'],
    },
    { id: 'natalia', name: 'Natalia Natoli', kind: 'person' },
    { id: 'ua', name: 'Ukraine', kind: 'state' },
    { id: '__proto__', name: 'Proto Actor', kind: 'other' },
    { id: 'constructor', name: 'Constructor Group', kind: 'group' },
  ],
  claims: [
    { id: 'c1', text: 'NATO is expanding eastwards' },
    { id: 'c2', text: 'Ukraine will join NATO' },
    { id: 'c3', text: 'Zelenskyy   met   Campbell in Kyiv' },
    { id: 'c4', text: 'The signatories of the pact' },
    { id: 'toString', text: 'Proto claims are fine' },
  ],
  statements: [],
};
const searchIndex = buildSearchIndex(buildGraphIndex(dataset));
const find = (query: string, limit?: number) =>
  search(searchIndex, query, limit).map((r) => `${r.type}:${r.id}`);

describe('normalizeForSearch', () => {
  it('lower-cases, strips accents and collapses whitespace', () => {
    expect(normalizeForSearch('  Kurt \t Campbéll\n')).toBe('kurt campbell');
    expect(normalizeForSearch('ÉLYSÉE Señor Ångström')).toBe('elysee senor angstrom');
    expect(normalizeForSearch('İstanbul')).toBe('istanbul');
    expect(normalizeForSearch('Зеленський')).toBe('зеленськии');
  });
});

describe('search', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(search(searchIndex, '')).toEqual([]);
    expect(search(searchIndex, '   \t ')).toEqual([]);
  });

  it('ignores case and accents on both sides', () => {
    expect(find('kurt campbell')).toEqual(['actor:campbell']);
    expect(find('CAMPBÉLL')).toEqual(['actor:campbell', 'claim:c3']);
    expect(search(searchIndex, 'campbell')[0]).toEqual({
      type: 'actor',
      id: 'campbell',
      label: 'Kurt Campbéll',
      matched: 'Kurt Campbéll',
    });
  });

  it('finds Zelenskyy as "zelensky", by name and by alias', () => {
    const results = search(searchIndex, 'zelensky');
    expect(results.map((r) => r.id)).toEqual(['zel', 'c3']);
    // The alias "Zelensky" is an exact match, better than the name's word prefix.
    expect(results[0]).toEqual({
      type: 'actor',
      id: 'zel',
      label: 'Volodymyr Zelenskyy',
      matched: 'Zelensky',
    });
    expect(search(searchIndex, 'zelenskyy')[0]?.matched).toBe('Volodymyr Zelenskyy');
    expect(search(searchIndex, 'Зеленськ')[0]?.matched).toBe('Зеленський');
  });

  it('finds actors by any alias, reporting the alias that matched', () => {
    expect(search(searchIndex, 'atlantic treaty')).toEqual([
      {
        type: 'actor',
        id: 'nato',
        label: 'NATO',
        matched: 'North Atlantic Treaty Organization',
      },
    ]);
  });

  it('matches extra whitespace in the query or the text', () => {
    expect(find('  zelenskyy  met ')).toEqual(['claim:c3']);
  });

  it('ranks exact matches, then word prefixes, then substrings; actors first at equal rank', () => {
    // "nato": exact for NATO; starts a word in Natalia Natoli's surname and in two claims; only
    // a substring of "sig-nato-ries".
    expect(find('nato')).toEqual([
      'actor:nato',
      'actor:natalia',
      'claim:c1',
      'claim:c2',
      'claim:c4',
    ]);
    // A phrase is matched as a whole: a word prefix of c1 only.
    expect(find('nato is')).toEqual(['claim:c1']);
    // A whole claim text is an exact match.
    expect(find('ukraine will join nato')).toEqual(['claim:c2']);
    expect(find('ukraine')).toEqual(['actor:ua', 'claim:c2']);
    // "ato": a substring of NATO and Natoli, which rank by file order, after nothing better.
    expect(find('ato')).toEqual([
      'actor:nato',
      'actor:natalia',
      'claim:c1',
      'claim:c2',
      'claim:c4',
    ]);
    // "atories" starts no word: a plain substring of "signatories".
    expect(find('atories')).toEqual(['claim:c4']);
  });

  it('prefers a word-prefix claim over a substring actor', () => {
    const index = buildSearchIndex(
      buildGraphIndex({
        ...dataset,
        actors: [{ id: 'a', name: 'Bigraine', kind: 'person' }],
        claims: [{ id: 'c', text: 'Raine said so' }],
      }),
    );
    expect(search(index, 'raine').map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('prefers an exact claim over an actor whose name the query only starts', () => {
    const index = buildSearchIndex(
      buildGraphIndex({
        ...dataset,
        actors: [{ id: 'a', name: 'Peace Now', kind: 'group' }],
        claims: [{ id: 'c', text: 'Peace' }],
      }),
    );
    expect(search(index, 'PEACE').map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('finds a word prefix after an earlier in-word occurrence', () => {
    const index = buildSearchIndex(
      buildGraphIndex({
        ...dataset,
        actors: [
          { id: 'sub', name: 'Xkyiv', kind: 'person' },
          { id: 'pre', name: 'Xkyiv Kyiv', kind: 'person' },
        ],
        claims: [],
      }),
    );
    expect(search(index, 'kyiv').map((r) => r.id)).toEqual(['pre', 'sub']);
  });

  it('is stable: equal ranks keep file order', () => {
    const many: Dataset = {
      ...dataset,
      actors: Array.from({ length: 30 }, (_, i) => ({
        id: `p${i}`,
        name: `Person ${i}`,
        kind: 'person' as const,
      })),
      claims: [],
    };
    const ids = search(buildSearchIndex(buildGraphIndex(many)), 'person', 100).map((r) => r.id);
    expect(ids).toEqual(Array.from({ length: 30 }, (_, i) => `p${i}`));
  });

  it('returns at most limit results, 20 by default', () => {
    const many: Dataset = {
      ...dataset,
      actors: [],
      claims: Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}` })),
    };
    const index = buildSearchIndex(buildGraphIndex(many));
    expect(search(index, 'claim')).toHaveLength(20);
    expect(search(index, 'claim', 3).map((r) => r.id)).toEqual(['c0', 'c1', 'c2']);
    expect(search(index, 'claim', 0)).toEqual([]);
  });

  it('works with ids such as "__proto__" and "constructor"', () => {
    expect(find('proto')).toEqual(['actor:__proto__', 'claim:toString']);
    expect(find('constructor group')).toEqual(['actor:constructor']);
  });

  it('finds nothing when nothing contains the query', () => {
    expect(search(searchIndex, 'xyzzy')).toEqual([]);
  });
});

describe('namesakes', () => {
  const actor = (id: string, name: string, role?: string) =>
    ({ id, name, kind: 'person', ...(role && { role }) }) as const;

  it('are told apart by their roles when each has its own, else by their ids', () => {
    const details = namesakeDetails([
      actor('putin', 'Vladimir Putin', 'President of Russia'),
      actor('putin-2', 'vladimir  PUTIN', 'Chess player'),
      actor('kim', 'Kim', 'Leader'),
      actor('kim-2', 'Kim', 'Leader'),
      actor('rutte', 'Mark Rutte'),
    ]);
    expect(Object.fromEntries(details)).toEqual({
      putin: 'President of Russia',
      'putin-2': 'Chess player',
      kim: 'kim',
      'kim-2': 'kim-2',
    });
  });

  it('carry their detail into search results, and the name stays the label', () => {
    const index = buildSearchIndex(
      buildGraphIndex({
        ...dataset,
        actors: [actor('a', 'Alex Smith'), actor('b', 'Alex Smith'), actor('c', 'Alex Jones')],
        claims: [],
      }),
    );
    expect(search(index, 'alex').map((r) => [r.label, r.detail])).toEqual([
      ['Alex Smith', 'a'],
      ['Alex Smith', 'b'],
      ['Alex Jones', undefined],
    ]);
  });
});
