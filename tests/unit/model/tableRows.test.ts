import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';
import {
  actorTable,
  attributeNames,
  claimTable,
  filterRows,
  statementTable,
  type TableData,
} from '../../../src/model/tableRows';
import { seedIndex, shown } from '../testData';

const dataset: Dataset = {
  format: 'stancegraph',
  version: 1,
  sources: [{ id: 'src', title: 'Evening News', publisher: 'TV' }],
  actors: [
    { id: 'a', name: 'Ana Pérez', kind: 'person', role: 'Minister', country: 'ESP', score: 3 },
    { id: 'b', name: 'Bob', kind: 'state', memberOf: ['a'], aliases: ['B'], active: true },
  ],
  claims: [
    { id: 'c1', text: 'Prices rise', topic: 'economy' },
    { id: 'c2', text: 'Nobody spoke of this' },
  ],
  statements: [
    {
      id: 's1',
      actor: 'a',
      claim: 'c1',
      stance: 'asserts',
      date: '2024-10',
      place: 'Madrid',
      quote: 'They rise',
      source: 'src',
      note: 'on TV',
      span: [0, 3],
      year: 1995,
      page: 1234,
    },
    { id: 's2', actor: 'b', claim: 'c1', stance: 'denies', note: '  ' },
    { id: 's3', actor: 'b', claim: 'c1', stance: 'denies', extra: { nested: true } },
  ],
} as Dataset;
const index = buildGraphIndex(dataset);

/** The cells of a row by column header. */
function cellsOf(table: TableData, id: string): Record<string, unknown> {
  const row = table.rows.find((r) => r.id === id)!;
  return Object.fromEntries(table.columns.map((column, i) => [column.header, row.values[i]]));
}

describe('attributes', () => {
  it('are the plain fields beyond the known ones, in order of first appearance', () => {
    expect(
      attributeNames(dataset.actors, new Set(['id', 'name', 'kind', 'memberOf', 'aliases'])),
    ).toEqual(['role', 'country', 'score', 'active']);
  });

  it('are at most twelve', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, i]));
    expect(attributeNames([many], new Set())).toHaveLength(12);
  });
});

describe('the statements table', () => {
  it('lists every statement with actor, stance, claim, date, place, quote, source, note', () => {
    const table = statementTable(index);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Actor',
      'Stance',
      'Claim',
      'Date',
      'Place',
      'Quote',
      'Source',
      'Note',
      'Year',
      'Page',
    ]);
    expect(cellsOf(table, 's1')).toEqual({
      Actor: 'Ana Pérez',
      Stance: 'Asserts',
      Claim: 'Prices rise',
      Date: '2024-10',
      Place: 'Madrid',
      Quote: 'They rise',
      Source: 'Evening News',
      Note: 'on TV',
      // Numbers in the file's own fields are shown as written: a year is no count.
      Year: '1995',
      Page: '1234',
    });
    expect(cellsOf(table, 's2').Date).toBeUndefined();
    // A blank text is no value (it sorts last, like a missing one).
    expect(cellsOf(table, 's2').Note).toBeUndefined();
    expect(table.rows.map((r) => r.id)).toEqual(['s1', 's2', 's3']);
  });
});

describe('the actors table', () => {
  it('counts the shown statements and the ties of each shown actor', () => {
    const ties = [{ a: 'a', b: 'b', type: 'conflict' as const, weight: 1 }];
    const table = actorTable(index, new Set(['a', 'b']), new Set(['s1', 's2']), ties);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Name',
      'Kind',
      'Role',
      'Country',
      'Score',
      'Active',
      'Statements',
      'Ties',
    ]);
    expect(cellsOf(table, 'a')).toMatchObject({
      Kind: 'Person',
      Statements: 1,
      Ties: 1,
      Score: '3',
    });
    expect(cellsOf(table, 'b')).toMatchObject({ Statements: 1, Active: 'true', Role: undefined });
  });

  it('lists only the shown actors and takes more columns after its own', () => {
    const metric = {
      column: { id: 'degree', header: 'Degree', kind: 'number' as const },
      value: (id: string) => (id === 'b' ? 0.5 : undefined),
    };
    const table = actorTable(index, new Set(['b']), new Set(), [], [metric]);
    expect(table.rows.map((r) => r.id)).toEqual(['b']);
    expect(cellsOf(table, 'b').Degree).toBe(0.5);
  });
});

describe('the claims table', () => {
  it('counts shown statements per stance, says whether the claim is contested', () => {
    const table = claimTable(index, new Set(['c1', 'c2']), new Set(['s1', 's2']));
    expect(table.columns.slice(0, 2).map((c) => c.header)).toEqual(['Claim', 'Asserts']);
    expect(cellsOf(table, 'c1')).toMatchObject({
      Asserts: 1,
      Denies: 1,
      Statements: 2,
      Contested: 'yes',
      Topic: 'economy',
    });
    expect(cellsOf(table, 'c2')).toMatchObject({ Statements: 0, Contested: 'no' });
  });

  it('has as many rows as the filters show claims in the sample', () => {
    const visibility = shown(seedIndex, { contestedOnly: true });
    const table = claimTable(seedIndex, visibility.claims, visibility.statements);
    expect(table.rows).toHaveLength(visibility.claims.size);
    expect(table.rows.length).toBeLessThan(seedIndex.dataset.claims.length);
  });
});

describe('the filter box', () => {
  it('keeps the rows with the text anywhere, ignoring case and accents', () => {
    const rows = statementTable(index).rows;
    expect(filterRows(rows, 'perez').map((r) => r.id)).toEqual(['s1']);
    expect(filterRows(rows, 'DENIES').map((r) => r.id)).toEqual(['s2', 's3']);
    expect(filterRows(rows, '  ')).toBe(rows);
    expect(filterRows(rows, 'nowhere')).toEqual([]);
  });

  it('keeps the rows with every word, each in any column', () => {
    const rows = statementTable(index).rows;
    expect(filterRows(rows, 'bob denies').map((r) => r.id)).toEqual(['s2', 's3']);
    expect(filterRows(rows, 'denies  bob').map((r) => r.id)).toEqual(['s2', 's3']);
    expect(filterRows(rows, 'ana denies')).toEqual([]);
  });

  it('finds numbers as shown and as digits', () => {
    expect(filterRows(statementTable(index).rows, '1995').map((r) => r.id)).toEqual(['s1']);
    const actors = actorTable(index, new Set(['a', 'b']), new Set(['s1', 's2', 's3']), null, [
      {
        column: { id: 'big', header: 'Big', kind: 'number' },
        value: (id) => (id === 'a' ? 1234 : 5),
      },
    ]);
    expect(filterRows(actors.rows, '1,234').map((r) => r.id)).toEqual(['a']);
    expect(filterRows(actors.rows, '1234').map((r) => r.id)).toEqual(['a']);
  });
});
