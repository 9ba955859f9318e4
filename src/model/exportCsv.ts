// The CSV export: one row per shown statement, for spreadsheets (Excel, LibreOffice, Google Sheets)
// and for tools that read a table of edges.
import Papa from 'papaparse';
import type { Visibility } from './filters';
import { polarityOf, type GraphIndex } from './graphIndex';
import { sourceLabel } from './exportJson';

/** The columns of the statements table, in order. */
export const STATEMENT_COLUMNS = [
  'statement_id',
  'actor',
  'actor_id',
  'stance',
  'stance_label',
  'polarity',
  'claim',
  'claim_id',
  'date',
  'place',
  'quote',
  'source',
  'source_url',
  'note',
] as const;

// Spreadsheets run a cell that starts with one of these as a formula, even from a CSV file, so a
// quote such as `=HYPERLINK("http://evil", "click")` in a dataset would become live in the user's
// spreadsheet (CSV / formula injection, OWASP). A leading apostrophe makes the cell plain text.
// papaparse's own default pattern, /^[=+\-@\t\r].*$/, misses cells that also contain a line break
// (`.` stops at the break and `$` is not multi-line), so the pattern is given here. Only text is
// guarded: polarity is written as a number, and "-1" there is data, not a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Returns the shown statements as CSV text (RFC 4180): a UTF-8 byte order mark (so spreadsheets
 * read non-Latin names right), a header row of STATEMENT_COLUMNS, then one row per shown statement
 * in file order, CRLF line ends and no line end after the last row. `actor` is the actor's name,
 * `claim` the claim's text, `source` the source's publisher and title. Text cells that a
 * spreadsheet would run as a formula get a leading apostrophe.
 */
export function statementsCsv(index: GraphIndex, visibility: Visibility): string {
  const rows: (string | number)[][] = [];
  for (const statement of index.dataset.statements) {
    if (!visibility.statements.has(statement.id)) continue;
    const actor = index.actorById.get(statement.actor);
    const claim = index.claimById.get(statement.claim);
    const source =
      statement.source === undefined ? undefined : index.sourceById.get(statement.source);
    rows.push([
      statement.id,
      actor?.name ?? '',
      statement.actor,
      statement.stance,
      index.stanceById.get(statement.stance)?.label ?? '',
      polarityOf(index, statement),
      claim?.text ?? '',
      statement.claim,
      statement.date ?? '',
      statement.place ?? '',
      statement.quote ?? '',
      source ? sourceLabel(source) : (statement.source ?? ''),
      source?.url ?? '',
      statement.note ?? '',
    ]);
  }
  const csv = Papa.unparse(
    { fields: [...STATEMENT_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // papaparse ends a header-only table with a line break, and no other: drop it, so a reader
  // sees no empty record. (A cell holding a line break is quoted, so this is never inside one.)
  return `\uFEFF${csv.endsWith('\r\n') ? csv.slice(0, -2) : csv}`;
}
