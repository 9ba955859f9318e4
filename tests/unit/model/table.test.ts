// Reading spreadsheets into tables: headers, rows and their numbers, and what cannot be read.
import { describe, expect, it } from 'vitest';
import { readDelimitedTable, sheetTable } from '../../../src/model/table';

describe('readDelimitedTable', () => {
  it('numbers rows as a spreadsheet does, skipping blank rows and padding short ones', () => {
    const result = readDelimitedTable(
      '\uFEFFa,b,c\r\n1,2,3\r\n\r\n4,5\r\n,,\r\n6,"7\n8",9',
      'T',
      'csv',
    );
    expect(result).toEqual({
      ok: true,
      table: {
        title: 'T',
        format: 'csv',
        headers: ['a', 'b', 'c'],
        rows: [
          { number: 2, cells: ['1', '2', '3'] },
          { number: 4, cells: ['4', '5', ''] },
          { number: 6, cells: ['6', '7\n8', '9'] },
        ],
        problems: [],
      },
    });
  });

  it('names blank headers and tells repeated ones apart', () => {
    const result = readDelimitedTable('date, ,date,note,,\nx,y,z,w', 'T', 'csv');
    expect(result.ok && result.table.headers).toEqual(['date', 'Column 2', 'date (2)', 'note']);
  });

  it('reports a row with more cells than the header has columns', () => {
    const result = readDelimitedTable('a,b\n1,2\n3,4,5\n6,7,,', 'T', 'csv');
    expect(result.ok && result.table.problems).toEqual([
      { row: 3, message: 'has 3 cells, but the header row names 2 columns' },
    ]);
  });

  it('guesses semicolons and reads TSV by tabs', () => {
    const semicolons = readDelimitedTable('actor;claim;stance\nA;"B, C";yes', 'T', 'csv');
    expect(semicolons.ok && semicolons.table.rows[0]!.cells).toEqual(['A', 'B, C', 'yes']);
    const tabs = readDelimitedTable('actor\tclaim\tstance\nA, B\tC\tno', 'T', 'tsv');
    expect(tabs.ok && tabs.table.rows[0]!.cells).toEqual(['A, B', 'C', 'no']);
  });

  it('refuses a quote that is never closed, naming its row, and an empty file', () => {
    expect(
      readDelimitedTable('actor,claim,stance\nAnn,"Claim A,yes\nBob,Claim B,no\n', 'T', 'csv'),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message:
            'row 2: a quoted cell is never closed (a " is missing), so the rest of the file cannot be read',
        },
      ],
    });
    expect(readDelimitedTable('\n \n', 'T', 'csv')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'the file has no rows: a header row is needed' }],
    });
    expect(readDelimitedTable('\nactor,claim,stance\n,,\n', 'T', 'csv')).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          message:
            'row 2 is the header, and no row below it holds a statement: there is nothing to import',
        },
      ],
    });
  });
});

describe('sheetTable', () => {
  it('turns dates into ISO days and numbers and booleans into text', () => {
    const result = sheetTable(
      [
        ['Actor', 'Date', 'Agree', null],
        [null, null, null, null],
        ['A', new Date(Date.UTC(2020, 3, 6, 12)), true, null],
        ['B', 43928, false, 'x'],
      ],
      'W',
    );
    expect(result).toEqual({
      ok: true,
      table: {
        title: 'W',
        format: 'xlsx',
        headers: ['Actor', 'Date', 'Agree'],
        rows: [
          { number: 3, cells: ['A', '2020-04-06', 'true'] },
          { number: 4, cells: ['B', '43928', 'false'] },
        ],
        problems: [{ row: 4, message: 'has 4 cells, but the header row names 3 columns' }],
      },
    });
  });
});
