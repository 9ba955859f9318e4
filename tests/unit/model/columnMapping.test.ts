// From a table of statements to a dataset: column guessing, stance values, row problems, ids, and
// the app's own CSV export read back to the same statements.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import {
  buildDataset,
  dateOrderOf,
  defaultStanceChoice,
  emptyMapping,
  guessMapping,
  suggestStanceChoices,
  type ColumnMapping,
  type StanceChoice,
  type TableChoices,
} from '../../../src/model/columnMapping';
import { statementsCsv } from '../../../src/model/exportCsv';
import { buildGraphIndex, polarityOf } from '../../../src/model/graphIndex';
import { validateDataset } from '../../../src/model/parseDataset';
import { readDna } from '../../../src/model/readDna';
import { stancesOf } from '../../../src/model/stances';
import { stanceStyles } from '../../../src/model/styleTable';
import type { Dataset } from '../../../src/model/schema';
import {
  describeRowProblem,
  readDelimitedTable,
  type StatementTable,
} from '../../../src/model/table';
import { interopBytes, needInterop } from '../interop';
import { seed, seedIndex, shown } from '../testData';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(join(here, '../../fixtures/tables', name), 'utf8');

function table(text: string, title = 'Test'): StatementTable {
  const result = readDelimitedTable(text, title, 'csv');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.table;
}

/** The choices the dialog starts with: guessed columns and suggested stances. */
function guessed(t: StatementTable, overrides: Partial<TableChoices> = {}): TableChoices {
  const mapping = overrides.mapping ?? guessMapping(t.headers);
  const order = dateOrderOf(t, mapping);
  return {
    mapping,
    stances: suggestStanceChoices(t, mapping),
    dateOrder: order === 'dmy' || order === 'mdy' ? order : null,
    skipRows: new Set(),
    ...overrides,
  };
}

function headersOf(mapping: ColumnMapping, headers: string[]) {
  return Object.fromEntries(
    Object.entries(mapping)
      .filter(([, column]) => column !== null)
      .map(([field, column]) => [field, headers[column!]]),
  );
}

describe('guessMapping', () => {
  it('reads our own headers: the CSV export and the template', () => {
    const exported = table(statementsCsv(seedIndex, shown(seedIndex, {}))).headers;
    expect(headersOf(guessMapping(exported), exported)).toEqual({
      actor: 'actor',
      claim: 'claim',
      stance: 'stance',
      date: 'date',
      place: 'place',
      quote: 'quote',
      source: 'source',
      note: 'note',
    });
    const template = readFileSync(join(here, '../../../public/stancegraph-template.csv'), 'utf8');
    const headers = table(template).headers;
    expect(headersOf(guessMapping(headers), headers)).toEqual({
      actor: 'actor',
      actorKind: 'actor_kind',
      memberOf: 'member_of',
      claim: 'claim',
      stance: 'stance',
      date: 'date',
      place: 'place',
      quote: 'quote',
      source: 'source',
      note: 'note',
    });
  });

  it('reads DNA’s export: person, organization, concept, agreement', () => {
    const headers = [
      'id',
      'time',
      'docId',
      'person',
      'organization',
      'concept',
      'agreement',
      'text',
    ];
    expect(headersOf(guessMapping(headers), headers)).toEqual({
      actor: 'person',
      memberOf: 'organization',
      claim: 'concept',
      stance: 'agreement',
      date: 'time',
      quote: 'text',
    });
  });

  it('reads common words, without regard to case, spaces or punctuation', () => {
    const headers = [
      'Speaker',
      'PARTY',
      'Topic',
      'Position',
      'Statement Text',
      'When?',
      'Comments',
    ];
    expect(headersOf(guessMapping(headers), headers)).toEqual({
      actor: 'Speaker',
      memberOf: 'PARTY',
      claim: 'Topic',
      stance: 'Position',
      quote: 'Statement Text',
      date: 'When?',
      note: 'Comments',
    });
  });

  it('gives no column to two fields, and no field a column it does not name', () => {
    const headers = ['claim', 'position', 'misc', 'x'];
    const mapping = guessMapping(headers);
    expect(headersOf(mapping, headers)).toEqual({ claim: 'claim', stance: 'position' });
    expect(guessMapping([])).toEqual(emptyMapping());
  });
});

describe('stance values', () => {
  it('maps yes, 1, true, agree to a positive stance and no, 0, false, disagree to a negative one', () => {
    for (const value of ['yes', 'Yes', '1', 'true', 'TRUE', 'agree', ' agree ']) {
      expect(defaultStanceChoice(value)).toEqual({ kind: 'default', id: 'agrees' });
    }
    for (const value of ['no', 'No', '0', 'false', 'disagree', 'Disagrees']) {
      expect(defaultStanceChoice(value)).toEqual({ kind: 'default', id: 'denies' });
    }
  });

  it('takes the default stances by id or label, and leaves anything else to be chosen', () => {
    expect(defaultStanceChoice('doubts')).toEqual({ kind: 'default', id: 'doubts' });
    expect(defaultStanceChoice('Evaluates')).toEqual({ kind: 'default', id: 'evaluates' });
    for (const value of ['maybe', '2', 'partly', '']) {
      expect(defaultStanceChoice(value)).toEqual({ kind: 'unchosen' });
    }
  });

  it('suggests a stance of its own, with its polarity, from a polarity column', () => {
    const t = table(
      'actor,claim,stance,polarity\nA,C,backs,1\nB,C,rejects,-1\nC,C,odd,1\nD,C,odd,0\n',
    );
    const choices = suggestStanceChoices(t, guessMapping(t.headers));
    expect(choices.get('backs')).toEqual({ kind: 'own', polarity: 1 });
    expect(choices.get('rejects')).toEqual({ kind: 'own', polarity: -1 });
    // Two polarities for one value: the user must choose.
    expect(choices.get('odd')).toEqual({ kind: 'unchosen' });
  });

  it('keeps the default vocabulary, or makes a custom one of the stances used', () => {
    const t = table('actor,claim,stance\nA,C,yes\nB,C,maybe\nC,C,no\n');
    const own = new Map<string, StanceChoice>([
      ['yes', { kind: 'default', id: 'agrees' }],
      ['no', { kind: 'default', id: 'denies' }],
      ['maybe', { kind: 'own', polarity: 0 }],
    ]);
    const { dataset, problems } = buildDataset(t, guessed(t, { stances: own }));
    expect(problems).toEqual([]);
    expect(dataset.stances).toEqual([
      expect.objectContaining({ id: 'agrees', polarity: 1 }),
      expect.objectContaining({ id: 'denies', polarity: -1 }),
      { id: 'maybe', label: 'maybe', polarity: 0 },
    ]);
    expect(dataset.statements.map((s) => s.stance)).toEqual(['agrees', 'maybe', 'denies']);
    expect(validateDataset(dataset).ok).toBe(true);

    const plain = buildDataset(
      t,
      guessed(t, { stances: new Map([...own, ['maybe', { kind: 'default', id: 'evaluates' }]]) }),
    );
    expect(plain.dataset.stances).toBeUndefined();
  });
});

describe('buildDataset', () => {
  it('reports every row that cannot be read, by row and column, and loads only the others', () => {
    const t = table(fixture('bad-rows.csv'));
    const { problems, dataset, statementRows } = buildDataset(t, guessed(t));
    expect(problems.map(describeRowProblem)).toEqual([
      'row 3, Actor: the cell is empty',
      'row 4, Date: "31/02/2015" is not a date',
    ]);
    expect(statementRows).toBe(2);
    expect(dataset.statements).toHaveLength(2);
  });

  it('loads skipped rows on purpose', () => {
    const t = table(fixture('bad-rows.csv'));
    const skipped = buildDataset(t, guessed(t, { skipRows: new Set([3, 4]) }));
    expect(skipped.problems).toEqual([]);
    expect(skipped.dataset.actors.map((a) => a.name)).toEqual(['Ann', 'Cleo']);
    expect(validateDataset(skipped.dataset).ok).toBe(true);
  });

  it('needs an actor, claim and stance column', () => {
    const t = table('x,y\nA,B\n');
    const build = buildDataset(t, guessed(t));
    expect(build.missing).toEqual(['actor', 'claim', 'stance']);
    expect(build.statementRows).toBe(0);
  });

  it('reports unknown kinds, unchosen stances, undecided dates and rows too wide', () => {
    const t = table(
      'actor,actor kind,claim,stance,date\nA,party,C,maybe,03/04/2015\nB,person,C,yes,2015,extra\n',
    );
    const { problems } = buildDataset(t, guessed(t));
    expect(problems.map(describeRowProblem)).toEqual([
      'row 2, Stance: "maybe" has no stance chosen',
      'row 2, Actor kind: "party" is not a kind (person, state, organization, group or other)',
      'row 2, Date: "03/04/2015" could be day/month or month/day: choose how dates are written',
      'row 3: has 6 cells, but the header row names 5 columns',
    ]);
  });

  it('makes actors, groups, claims and sources from distinct values, with ids of their own', () => {
    const t = table(fixture('needs-choices.csv'));
    const mapping = { ...guessMapping(t.headers), source: 5 };
    const stances = new Map(suggestStanceChoices(t, mapping)).set('maybe', {
      kind: 'default',
      id: 'evaluates',
    });
    const { dataset, problems } = buildDataset(
      t,
      guessed(t, { mapping, stances, dateOrder: 'dmy' }),
    );
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('Test');
    expect(dataset.actors).toEqual([
      { id: 'anna-berg', name: 'Anna Berg', kind: 'other', memberOf: ['greens'] },
      { id: 'carl-dahl', name: 'Carl Dahl', kind: 'other', memberOf: ['liberals'] },
      { id: 'eva-fisk', name: 'Eva Fisk', kind: 'other', memberOf: ['greens'] },
      { id: 'greens', name: 'Greens', kind: 'organization' },
      { id: 'liberals', name: 'Liberals', kind: 'organization' },
    ]);
    expect(dataset.claims.map((c) => c.id)).toEqual([
      'coal-plants-should-close-by-2030',
      'a-carbon-tax-is-fair',
    ]);
    expect(dataset.sources).toEqual([
      { id: 'daily-post', title: 'Daily Post' },
      { id: 'morning-star', title: 'Morning Star' },
    ]);
    expect(dataset.statements[0]).toEqual({
      id: 's1',
      actor: 'anna-berg',
      claim: 'coal-plants-should-close-by-2030',
      stance: 'agrees',
      date: '2021-04-03',
      quote: 'We have to close them, and soon.',
      source: 'daily-post',
    });
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('keeps ids apart when an actor and a claim have the same name', () => {
    const t = table('actor,claim,stance\nPeace,Peace,yes\n');
    const { dataset } = buildDataset(t, guessed(t));
    expect(dataset.actors[0]!.id).toBe('peace');
    expect(dataset.claims[0]!.id).toBe('peace-2');
    expect(validateDataset(dataset).ok).toBe(true);
  });
});

/** What a statement says, with its actor, claim and source by name: what a round trip keeps. */
function said(dataset: Dataset) {
  const actor = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const claim = new Map(dataset.claims.map((c) => [c.id, c.text]));
  const source = new Map(
    (dataset.sources ?? []).map((s) => [s.id, [s.publisher, s.title].filter(Boolean).join(': ')]),
  );
  return dataset.statements.map((s) => ({
    id: s.id,
    actor: s.actor,
    actorName: actor.get(s.actor),
    claim: s.claim,
    claimText: claim.get(s.claim),
    stance: s.stance,
    date: s.date,
    place: s.place,
    quote: s.quote,
    note: s.note,
    source: s.source === undefined ? undefined : source.get(s.source),
  }));
}

describe('the app’s own CSV export', () => {
  it('reads back to the same statements, with their ids', () => {
    const csv = statementsCsv(seedIndex, shown(seedIndex, {}));
    const t = table(csv, 'seed');
    const choices = guessed(t);
    expect([...choices.stances.values()].every((c) => c.kind === 'default')).toBe(true);
    const { dataset, problems } = buildDataset(t, choices);
    expect(problems).toEqual([]);
    expect(validateDataset(dataset).ok).toBe(true);
    expect(said(dataset)).toEqual(said(seed));
  });

  it('brings a custom vocabulary back from its stance labels and polarities', () => {
    const custom: Dataset = {
      format: 'stancegraph',
      version: 1,
      stances: [
        { id: 'agrees', label: 'Agrees', polarity: 1 },
        { id: 'disagrees', label: 'Disagrees', polarity: -1 },
        { id: 'hedges', label: 'Hedges', polarity: 0 },
      ],
      actors: [
        { id: 'a', name: '=Ann', kind: 'person' },
        { id: 'b', name: 'Bob, Jr.', kind: 'person' },
      ],
      claims: [{ id: 'c', text: 'A "quoted"\nclaim' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c', stance: 'agrees', quote: '-not a formula' },
        { id: 's2', actor: 'b', claim: 'c', stance: 'disagrees', date: '2024-10' },
        { id: 's3', actor: 'b', claim: 'c', stance: 'hedges', note: '@ once' },
      ],
    };
    const index = buildGraphIndex(custom);
    const t = table(statementsCsv(index, shown(index, {})));
    const choices = guessed(t);
    // "disagrees" is a word for "no", but the file says what it is: a stance of its own.
    expect(Object.fromEntries(choices.stances)).toEqual({
      agrees: { kind: 'default', id: 'agrees' },
      disagrees: { kind: 'own', polarity: -1 },
      hedges: { kind: 'own', polarity: 0 },
    });
    const { dataset, problems } = buildDataset(t, choices);
    expect(problems).toEqual([]);
    expect(dataset.stances?.map((s) => [s.id, s.label, s.polarity])).toEqual([
      ['agrees', 'Agrees', 1],
      ['disagrees', 'Disagrees', -1],
      ['hedges', 'Hedges', 0],
    ]);
    expect(said(dataset)).toEqual(said(custom));
  });

  it('keeps a custom stance that reuses a default id with another label or polarity', () => {
    const custom: Dataset = {
      format: 'stancegraph',
      version: 1,
      stances: [
        { id: 'asserts', label: 'Claims', polarity: 1 },
        { id: 'denies', label: 'Denies', polarity: 0 },
        { id: 'Pro_Con', label: 'Pro/Con', polarity: 0 },
      ],
      actors: [{ id: 'a', name: 'Ann', kind: 'person' }],
      claims: [{ id: 'c', text: 'A claim' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c', stance: 'asserts' },
        { id: 's2', actor: 'a', claim: 'c', stance: 'denies' },
        { id: 's3', actor: 'a', claim: 'c', stance: 'Pro_Con' },
      ],
    };
    const index = buildGraphIndex(custom);
    const t = table(statementsCsv(index, shown(index, {})));
    const { dataset, problems } = buildDataset(t, guessed(t));
    expect(problems).toEqual([]);
    const meaning = (d: Dataset) =>
      d.stances?.map(({ id, label, polarity }) => [id, label, polarity]);
    expect(meaning(dataset)).toEqual(meaning(custom));
    // Drawn alike: a stance with a default id and no colour gets, written out, the colour it is
    // drawn in (the palette's for its place), not the default stance's.
    const drawn = (d: Dataset) => stanceStyles(stancesOf(d)).map((style) => style.color);
    expect(drawn(dataset)).toEqual(drawn(custom));
    expect(said(dataset)).toEqual(said(custom));
  });

  it('still suggests default stances for the words of a table without polarities', () => {
    const t = table('actor,claim,stance\nA,C,disagrees\nB,C,yes\nC,C,Doubts\n');
    expect(Object.fromEntries(suggestStanceChoices(t, guessMapping(t.headers)))).toEqual({
      disagrees: { kind: 'default', id: 'denies' },
      yes: { kind: 'default', id: 'agrees' },
      Doubts: { kind: 'default', id: 'doubts' },
    });
  });

  it('keeps a default stance named in a table with polarities when they agree', () => {
    const t = table(
      'actor,claim,stance,polarity\nA,C,Denies,-1\nB,C,agrees,1\nC,C,doubts,1\nD,C,yes,1\n',
    );
    expect(Object.fromEntries(suggestStanceChoices(t, guessMapping(t.headers)))).toEqual({
      Denies: { kind: 'default', id: 'denies' },
      agrees: { kind: 'default', id: 'agrees' },
      // The file gives Doubts another polarity, and "yes" a polarity of its own: the file's word.
      doubts: { kind: 'own', polarity: 1 },
      yes: { kind: 'own', polarity: 1 },
    });
  });
});

describe('the app’s own CSV export of real data, read back', () => {
  /** What a dataset says about its stances, as far as a CSV can carry it. */
  const vocabulary = (dataset: Dataset) =>
    stancesOf(dataset).map(({ id, label, polarity }) => ({ id, label, polarity }));

  function roundTrip(original: Dataset): Dataset {
    const index = buildGraphIndex(original);
    const t = table(statementsCsv(index, shown(index, {})), 'round trip');
    const { dataset, problems } = buildDataset(t, guessed(t));
    expect(problems).toEqual([]);
    expect(validateDataset(dataset).ok).toBe(true);
    return dataset;
  }

  it('gives the seed its statements, stances, labels, polarities and colours back', () => {
    const dataset = roundTrip(seed);
    expect(said(dataset)).toEqual(said(seed));
    // The seed uses the default vocabulary, so its colours are the defaults on both sides.
    expect(stanceStyles(stancesOf(dataset))).toEqual(stanceStyles(stancesOf(seed)));
  });

  it('gives a vocabulary of its own its colours back, as the file wrote them', () => {
    const own: Dataset = {
      ...seed,
      stances: [
        { id: 'backs', label: 'Backs', polarity: 1, color: 'rebeccapurple' },
        { id: 'opposes', label: 'Opposes', polarity: -1, color: 'rgb(170 0 0)' },
        { id: 'notes', label: 'Notes', polarity: 0 },
      ],
      statements: seed.statements.map((statement, i) => ({
        ...statement,
        stance: ['backs', 'opposes', 'notes'][i % 3]!,
      })),
    };
    const dataset = roundTrip(own);
    expect(dataset.stances).toEqual(own.stances);
  });

  it('gives default stances drawn in other colours those colours back', () => {
    // The default ids, recoloured, and one (denies) without a colour of its own: drawn in the
    // palette's colour for its place, not the default Denies colour.
    const recoloured: Dataset = {
      ...seed,
      stances: [
        { id: 'asserts', label: 'Asserts', polarity: 1, color: 'rebeccapurple' },
        { id: 'agrees', label: 'Agrees', polarity: 1, color: 'rgb(0 128 0 / 50%)' },
        { id: 'accuses', label: 'Accuses', polarity: 1 },
        { id: 'doubts', label: 'Doubts', polarity: -1, color: '#c0ffee' },
        { id: 'denies', label: 'Denies', polarity: -1 },
        { id: 'evaluates', label: 'Evaluates', polarity: 0, color: 'hwb(120 10% 20%)' },
      ],
    };
    const dataset = roundTrip(recoloured);
    const drawn = (d: Dataset) =>
      Object.fromEntries(stanceStyles(stancesOf(d)).map((s) => [s.id, s.color]));
    expect(drawn(dataset)).toEqual(drawn(recoloured));
  });

  it('gives DNA’s sample.dna its Agrees and Disagrees back, not Denies', async (context) => {
    needInterop(context);
    const SQL = await initSqlJs();
    const read = readDna(SQL, interopBytes('sample.dna'), 'sample');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const original = read.dataset;
    const dataset = roundTrip(original);
    expect(said(dataset)).toEqual(said(original));
    expect(dataset.statements.filter((s) => s.stance === 'denies')).toEqual([]);
    expect(vocabulary(dataset)).toEqual(vocabulary(original));
    const [back, before] = [buildGraphIndex(dataset), buildGraphIndex(original)];
    expect(dataset.statements.map((s) => polarityOf(back, s))).toEqual(
      original.statements.map((s) => polarityOf(before, s)),
    );
    // Disagrees, a stance of its own, keeps the colour the CSV's stance_color gives it.
    const colourOf = (d: Dataset) => d.stances?.find((s) => s.id === 'disagrees')?.color;
    expect(colourOf(dataset)).toBe(colourOf(original));
    expect(stanceStyles(stancesOf(dataset)).map((s) => s.color)).toEqual(
      stanceStyles(stancesOf(original)).map((s) => s.color),
    );
  });
});
