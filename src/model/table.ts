// A table of statements read from a spreadsheet (CSV, TSV or XLSX): a header row and data rows of
// text cells, each row with the number a spreadsheet shows for it. Turning it into a dataset needs
// the user's choices (see columnMapping.ts), so reading stops here.
import Papa from 'papaparse';
import type { Problem } from './parseDataset';

/** One data row: its number as a spreadsheet counts rows (the header is row 1), and its cells. */
export interface TableRow {
  number: number;
  /** As many cells as the header has columns; a missing cell is "". */
  cells: string[];
}

/** A problem of one row (and, when known, one column) of a table. */
export interface RowProblem {
  row: number;
  /** The column's header, or undefined when the problem is the row's. */
  column?: string;
  message: string;
}

/** A spreadsheet of statements, one row per statement, as read from a file. */
export interface StatementTable {
  /** The file's name, without its extension: the title the dataset gets. */
  title: string;
  format: 'csv' | 'tsv' | 'xlsx';
  /** Column names from the first row, made unique and never blank. */
  headers: string[];
  rows: TableRow[];
  /** Rows that cannot be read whatever the mapping (more cells than the header has columns). */
  problems: RowProblem[];
}

export type TableResult = { ok: true; table: StatementTable } | { ok: false; problems: Problem[] };

/** Returns a row problem as the app words it: `row 14, Date: "31/02/2015" is not a date`. */
export function describeRowProblem(problem: RowProblem): string {
  const where =
    problem.column === undefined ? `row ${problem.row}` : `row ${problem.row}, ${problem.column}`;
  return `${where}: ${problem.message}`;
}

/**
 * Returns the table in CSV or TSV text: the first non-empty row gives the headers. The delimiter is
 * a tab for TSV, else guessed (comma, semicolon, tab or bar), so European spreadsheets' semicolon
 * files read too. A quote that is never closed refuses the file, naming its row. Never throws.
 */
export function readDelimitedTable(
  text: string,
  title: string,
  format: 'csv' | 'tsv',
): TableResult {
  try {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const parsed = Papa.parse<string[]>(body, {
      delimiter: format === 'tsv' ? '\t' : '',
      delimitersToGuess: [',', ';', '\t', '|'],
      skipEmptyLines: false,
    });
    const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
    if (unclosed) {
      const row = (unclosed.row ?? 0) + 1;
      return refuse(
        `row ${row}: a quoted cell is never closed (a " is missing), so the rest of the file cannot be read`,
      );
    }
    return tableOf(parsed.data, title, format);
  } catch (error) {
    return refuse(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A cell of a spreadsheet as a reader gives it. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/**
 * Returns the table in the rows of a spreadsheet's first sheet. Dates become ISO days (a time of
 * day is dropped), numbers and booleans their text. Never throws.
 */
export function sheetTable(rows: readonly (readonly SheetCell[])[], title: string): TableResult {
  try {
    return tableOf(
      rows.map((row) => row.map(cellText)),
      title,
      'xlsx',
    );
  } catch (error) {
    return refuse(`could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  }
  return String(cell);
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function tableOf(
  records: readonly (readonly string[])[],
  title: string,
  format: StatementTable['format'],
): TableResult {
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex === -1) return refuse('the file has no rows: a header row is needed');
  const rawHeaders = records[headerIndex]!;
  // Trailing blank header cells (a spreadsheet's used range often runs wider) are dropped.
  let width = rawHeaders.length;
  while (width > 0 && rawHeaders[width - 1]!.trim() === '') width--;
  const headers = uniqueHeaders(rawHeaders.slice(0, width));

  const rows: TableRow[] = [];
  const problems: RowProblem[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (isBlank(cells)) continue;
    const number = i + 1;
    let used = cells.length;
    while (used > width && cells[used - 1]!.trim() === '') used--;
    if (used > width) {
      problems.push({
        row: number,
        message: `has ${used} cells, but the header row names ${width} columns`,
      });
    }
    const row = cells.slice(0, width);
    while (row.length < width) row.push('');
    rows.push({ number, cells: row });
  }
  if (rows.length === 0)
    return refuse(
      `row ${headerIndex + 1} is the header, and no row below it holds a statement: there is nothing to import`,
    );
  return { ok: true, table: { title, format, headers, rows, problems } };
}

/** Returns the headers trimmed, blanks named "Column N", repeats suffixed " (2)", " (3)"… */
function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  return raw.map((cell, i) => {
    const base = cell.trim() === '' ? `Column ${i + 1}` : cell.trim();
    let name = base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`;
    seen.add(name);
    return name;
  });
}

function refuse(message: string): TableResult {
  return { ok: false, problems: [{ path: '', message }] };
}
