import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  affiliationKey,
  computeVisibility,
  isContested,
  kindCounts,
  stanceCounts,
  type FilterState,
} from '../../../src/model/filters';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';

// A small world: two states and an alliance, people who speak for them, a group, a silent
// organisation, and an actor and a claim whose ids are Object.prototype names.
const dataset: Dataset = {
  format: 'stancegraph',
  version: 1,
  actors: [
    { id: 'ua', name: 'Ukraine', kind: 'state' },
    { id: 'ru', name: 'Russia', kind: 'state' },
    { id: 'nato', name: 'NATO', kind: 'organization' },
    // The repeated memberOf entry is one tie.
    { id: 'zel', name: 'Zelenskyy', kind: 'person', memberOf: ['ua', 'ua'] },
    { id: 'stolt', name: 'Stoltenberg', kind: 'person', memberOf: ['nato'] },
    { id: 'peskov', name: 'Peskov', kind: 'person', memberOf: ['ru'] },
    { id: 'officials', name: 'Ukrainian officials', kind: 'group', memberOf: ['ua'] },
    { id: 'silent', name: 'Silent NGO', kind: 'organization' },
    { id: '__proto__', name: 'Proto', kind: 'other' },
  ],
  claims: [
    { id: 'c1', text: 'Troops are coming' },
    { id: 'c2', text: 'Aid will continue' },
    { id: 'c3', text: 'The talks are under way' },
    { id: 'constructor', text: 'A claim named constructor' },
    { id: 'c5', text: 'Nobody spoke of this' },
  ],
  statements: [
    { id: 's1', actor: 'zel', claim: 'c1', stance: 'asserts', date: '2024-10-17' },
    { id: 's2', actor: 'peskov', claim: 'c1', stance: 'denies', date: '2024-10' },
    { id: 's3', actor: 'stolt', claim: 'c2', stance: 'asserts', date: '2024-06' },
    { id: 's4', actor: 'officials', claim: 'c2', stance: 'agrees' },
    { id: 's5', actor: 'nato', claim: 'c3', stance: 'evaluates', date: '2024' },
    { id: 's6', actor: '__proto__', claim: 'constructor', stance: 'doubts', date: '2023-12-31' },
  ],
};
const index = buildGraphIndex(dataset);

const ALL_ACTORS = [
  'ua',
  'ru',
  'nato',
  'zel',
  'stolt',
  'peskov',
  'officials',
  'silent',
  '__proto__',
];
const ALL_CLAIMS = ['c1', 'c2', 'c3', 'constructor', 'c5'];
const ALL_TIES = [
  affiliationKey('zel', 'ua'),
  affiliationKey('stolt', 'nato'),
  affiliationKey('peskov', 'ru'),
  affiliationKey('officials', 'ua'),
];

function visible(filters: Partial<FilterState>) {
  const v = computeVisibility(index, { ...DEFAULT_FILTERS, ...filters });
  return {
    actors: [...v.actors].sort(),
    claims: [...v.claims].sort(),
    statements: [...v.statements].sort(),
    affiliations: [...v.affiliations].sort(),
  };
}

const sorted = (ids: string[]) => [...ids].sort();

describe('DEFAULT_FILTERS', () => {
  it('shows everything, undated statements and affiliations included', () => {
    expect(DEFAULT_FILTERS).toEqual({
      hiddenStances: [],
      hiddenKinds: [],
      dateFrom: null,
      dateTo: null,
      includeUndated: true,
      contestedOnly: false,
      hideIsolated: false,
      showAffiliations: true,
      showUntied: false,
    });
    expect(visible({})).toEqual({
      actors: sorted(ALL_ACTORS),
      claims: sorted(ALL_CLAIMS),
      statements: ['s1', 's2', 's3', 's4', 's5', 's6'],
      affiliations: sorted(ALL_TIES),
    });
  });
});

describe('affiliationKey', () => {
  it('tells apart ids that a separator would confuse, and keeps direction', () => {
    expect(affiliationKey('a|b', 'c')).not.toBe(affiliationKey('a', 'b|c'));
    expect(affiliationKey('a', 'b')).not.toBe(affiliationKey('b', 'a'));
    expect(affiliationKey('__proto__', 'constructor')).toBe(
      affiliationKey('__proto__', 'constructor'),
    );
  });
});

describe('isContested', () => {
  it('needs a +1 and a -1 statement on the claim', () => {
    expect(isContested(index, 'c1')).toBe(true);
    expect(isContested(index, 'c2')).toBe(false); // only +1
    expect(isContested(index, 'c3')).toBe(false); // only 0
    expect(isContested(index, 'constructor')).toBe(false); // only -1
    expect(isContested(index, 'c5')).toBe(false); // no statement
    expect(isContested(index, 'unknown')).toBe(false);
  });

  it('looks at all statements, whatever the filters hide', () => {
    // Hiding "denies" leaves c1 without a visible -1, yet it stays contested.
    expect(visible({ hiddenStances: ['denies'], contestedOnly: true }).claims).toEqual(['c1']);
  });
});

describe('computeVisibility, one filter at a time', () => {
  it('hides the statements of a hidden stance, and nothing else', () => {
    const v = visible({ hiddenStances: ['denies', 'doubts'] });
    expect(v.statements).toEqual(['s1', 's3', 's4', 's5']);
    expect(v.actors).toEqual(sorted(ALL_ACTORS));
    expect(v.claims).toEqual(sorted(ALL_CLAIMS));
  });

  it('hides actors of a hidden kind, their statements and their ties', () => {
    const v = visible({ hiddenKinds: ['person'] });
    expect(v.actors).toEqual(sorted(['ua', 'ru', 'nato', 'officials', 'silent', '__proto__']));
    expect(v.statements).toEqual(['s4', 's5', 's6']);
    expect(v.claims).toEqual(sorted(ALL_CLAIMS));
    expect(v.affiliations).toEqual([affiliationKey('officials', 'ua')]);
  });

  it('hides a tie when its target is of a hidden kind', () => {
    const v = visible({ hiddenKinds: ['state'] });
    expect(v.affiliations).toEqual([affiliationKey('stolt', 'nato')]);
    expect(v.statements).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
  });

  it('keeps statements whose partial date shares a day with the range', () => {
    // s2 is "2024-10", which overlaps a range starting on 2024-10-17; s5 is the whole of 2024.
    expect(visible({ dateFrom: '2024-10-17' }).statements).toEqual(['s1', 's2', 's4', 's5']);
    // s1 is 2024-10-17 itself, and s2's October overlaps a range ending on 2024-10-01.
    expect(visible({ dateTo: '2024-10-01' }).statements).toEqual(['s2', 's3', 's4', 's5', 's6']);
    expect(visible({ dateFrom: '2024-10-18', dateTo: '2024-10-31' }).statements).toEqual([
      's2',
      's4',
      's5',
    ]);
  });

  it('takes partial bounds as their whole period, at both edges', () => {
    expect(visible({ dateFrom: '2024', dateTo: '2024' }).statements).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
    ]);
    expect(visible({ dateFrom: '2023-12', dateTo: '2023-12' }).statements).toEqual(['s4', 's6']);
    expect(visible({ dateFrom: '2024-07', dateTo: '2024-09' }).statements).toEqual(['s4', 's5']);
    expect(visible({ dateTo: '2024-06', includeUndated: false }).statements).toEqual([
      's3',
      's5',
      's6',
    ]);
  });

  it('shows undated statements without a range, and with one only if includeUndated', () => {
    expect(visible({ includeUndated: false }).statements).toContain('s4');
    expect(visible({ dateFrom: '2024-01-01' }).statements).toContain('s4');
    expect(visible({ dateFrom: '2024-01-01', includeUndated: false }).statements).not.toContain(
      's4',
    );
    expect(visible({ dateTo: '2030', includeUndated: false }).statements).toEqual([
      's1',
      's2',
      's3',
      's5',
      's6',
    ]);
  });

  it('treats a bound that is not a real date as open', () => {
    expect(visible({ dateFrom: '', dateTo: '2024-13', includeUndated: false }).statements).toEqual([
      's1',
      's2',
      's3',
      's4',
      's5',
      's6',
    ]);
    expect(visible({ dateFrom: '', dateTo: '2024-06-30' }).statements).toEqual([
      's3',
      's4',
      's5',
      's6',
    ]);
  });

  it('keeps only contested claims and their statements with contestedOnly', () => {
    const v = visible({ contestedOnly: true });
    expect(v.claims).toEqual(['c1']);
    expect(v.statements).toEqual(['s1', 's2']);
    expect(v.actors).toEqual(sorted(ALL_ACTORS));
  });

  it('removes the ties but no node when affiliations are off', () => {
    const v = visible({ showAffiliations: false });
    expect(v.affiliations).toEqual([]);
    expect(v.actors).toEqual(sorted(ALL_ACTORS));
  });
});

describe('computeVisibility with hideIsolated', () => {
  it('removes nodes without a statement or a tie, but keeps states their members speak for', () => {
    const v = visible({ hideIsolated: true });
    expect(v.actors).toEqual(sorted(ALL_ACTORS.filter((id) => id !== 'silent')));
    expect(v.claims).toEqual(sorted(ALL_CLAIMS.filter((id) => id !== 'c5')));
    expect(v.statements).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(v.affiliations).toEqual(sorted(ALL_TIES));
  });

  it('drops states held only by ties when affiliations are off', () => {
    const v = visible({ hideIsolated: true, showAffiliations: false });
    expect(v.actors).toEqual(sorted(['nato', 'zel', 'stolt', 'peskov', 'officials', '__proto__']));
  });

  it('drops a state once every member that tied it is hidden', () => {
    const v = visible({ hideIsolated: true, hiddenKinds: ['person'] });
    // ua keeps the officials' tie; ru loses Peskov and has nothing left.
    expect(v.actors).toEqual(sorted(['ua', 'nato', 'officials', '__proto__']));
    expect(v.affiliations).toEqual([affiliationKey('officials', 'ua')]);
  });

  it('follows the other filters: claims and actors left without visible statements go', () => {
    const v = visible({ hideIsolated: true, showAffiliations: false, dateFrom: '2024-10' });
    expect(v.statements).toEqual(['s1', 's2', 's4', 's5']);
    expect(v.claims).toEqual(['c1', 'c2', 'c3']);
    expect(v.actors).toEqual(sorted(['zel', 'peskov', 'officials', 'nato']));
  });

  it('combines with contestedOnly: only c1, its speakers and whatever stays tied', () => {
    const v = visible({ hideIsolated: true, contestedOnly: true });
    expect(v.claims).toEqual(['c1']);
    expect(v.statements).toEqual(['s1', 's2']);
    // Stoltenberg and NATO no longer speak, but their tie keeps them: they are a pair, not
    // isolated. The officials likewise keep their tie to Ukraine.
    expect(v.actors).toEqual(sorted(['zel', 'peskov', 'ua', 'ru', 'officials', 'stolt', 'nato']));
    expect(v.affiliations).toEqual(sorted(ALL_TIES));
    const bare = visible({ hideIsolated: true, contestedOnly: true, showAffiliations: false });
    expect(bare.actors).toEqual(['peskov', 'zel']);
  });

  it('does not count a tie of an actor to itself', () => {
    const selfish = buildGraphIndex({
      format: 'stancegraph',
      version: 1,
      actors: [{ id: 'x', name: 'X', kind: 'group', memberOf: ['x'] }],
      claims: [],
      statements: [],
    });
    const v = computeVisibility(selfish, { ...DEFAULT_FILTERS, hideIsolated: true });
    expect([...v.actors]).toEqual([]);
    expect([...v.affiliations]).toEqual([]);
  });
});

describe('combined filters', () => {
  it('applies every filter together', () => {
    const v = visible({
      hiddenStances: ['evaluates'],
      hiddenKinds: ['group'],
      dateFrom: '2024-06',
      includeUndated: false,
    });
    expect(v.statements).toEqual(['s1', 's2', 's3']);
    expect(v.actors).toEqual(sorted(ALL_ACTORS.filter((id) => id !== 'officials')));
    expect(v.affiliations).toEqual(
      sorted(ALL_TIES.filter((key) => key !== affiliationKey('officials', 'ua'))),
    );
  });
});

describe('stanceCounts', () => {
  it('lists every stance of the vocabulary, unused ones at 0, in its order', () => {
    const counts = stanceCounts(index, DEFAULT_FILTERS);
    expect([...counts]).toEqual([
      ['asserts', { shown: 2, total: 2 }],
      ['agrees', { shown: 1, total: 1 }],
      ['accuses', { shown: 0, total: 0 }],
      ['denies', { shown: 1, total: 1 }],
      ['doubts', { shown: 1, total: 1 }],
      ['evaluates', { shown: 1, total: 1 }],
    ]);
  });

  it('counts what the filters leave shown against the total', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      hiddenStances: ['denies'],
      hiddenKinds: ['group' as const],
    };
    const counts = stanceCounts(index, filters);
    expect(counts.get('denies')).toEqual({ shown: 0, total: 1 });
    expect(counts.get('agrees')).toEqual({ shown: 0, total: 1 });
    expect(counts.get('asserts')).toEqual({ shown: 2, total: 2 });
    // A precomputed visibility gives the same counts.
    expect(stanceCounts(index, filters, computeVisibility(index, filters))).toEqual(counts);
  });

  it('follows a custom vocabulary', () => {
    const custom = buildGraphIndex({
      format: 'stancegraph',
      version: 1,
      stances: [
        { id: 'constructor', label: 'Odd', polarity: 1 },
        { id: 'no', label: 'No', polarity: -1 },
      ],
      actors: [{ id: 'a', name: 'A', kind: 'person' }],
      claims: [{ id: 'c', text: 'C' }],
      statements: [{ id: 's', actor: 'a', claim: 'c', stance: 'constructor' }],
    });
    expect([...stanceCounts(custom, DEFAULT_FILTERS)]).toEqual([
      ['constructor', { shown: 1, total: 1 }],
      ['no', { shown: 0, total: 0 }],
    ]);
  });
});

describe('kindCounts', () => {
  it('counts actors per kind, every kind present', () => {
    expect([...kindCounts(index, DEFAULT_FILTERS)]).toEqual([
      ['person', { shown: 3, total: 3 }],
      ['state', { shown: 2, total: 2 }],
      ['organization', { shown: 2, total: 2 }],
      ['group', { shown: 1, total: 1 }],
      ['other', { shown: 1, total: 1 }],
    ]);
  });

  it('counts shown actors after hidden kinds and isolation', () => {
    const counts = kindCounts(index, {
      ...DEFAULT_FILTERS,
      hiddenKinds: ['person'],
      hideIsolated: true,
    });
    expect(counts.get('person')).toEqual({ shown: 0, total: 3 });
    expect(counts.get('state')).toEqual({ shown: 1, total: 2 });
    expect(counts.get('organization')).toEqual({ shown: 1, total: 2 });
  });
});
