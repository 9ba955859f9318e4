// The CSV export: one row per shown statement, for spreadsheets (Excel, LibreOffice, Google Sheets)
// and for tools that read a table of edges.
import Papa from 'papaparse';
import type { ActorGrouping } from './actorLevel';
import type { Visibility } from './filters';
import { polarityOf, type GraphIndex } from './graphIndex';
import { sourceLabel } from './exportJson';
import { METRIC_NAMES, type NodeMetrics } from './nodeAppearance';
import { DEFAULT_STANCES } from './stances';
import { stanceStyles } from './styleTable';

/** The columns of the statements table, in order. */
export const STATEMENT_COLUMNS = [
  'statement_id',
  'actor',
  'actor_id',
  'stance',
  'stance_label',
  'polarity',
  'stance_color',
  'claim',
  'claim_id',
  'date',
  'place',
  'quote',
  'source',
  'source_url',
  'note',
] as const;

/** The columns the actor view adds: the node each statement counts for, and its metrics. */
export const NODE_COLUMNS = [
  'node',
  'node_id',
  'node_degree',
  'node_weighted_degree',
  'node_betweenness',
  'node_eigenvector',
  'node_community',
] as const;

/** The actor view a CSV export comes from: its level, and its metrics when they are computed. */
export interface ActorViewColumns {
  readonly grouping: ActorGrouping;
  readonly metrics: NodeMetrics | null;
}

/** The NODE_COLUMNS cells of one statement's actor: empty where a metric is unknown. */
function nodeCells(actorId: string, view: ActorViewColumns): (string | number)[] {
  const nodeId = view.grouping.nodeOf.get(actorId);
  const node = nodeId === undefined ? undefined : view.grouping.nodes.get(nodeId);
  if (!node) return NODE_COLUMNS.map(() => '');
  const { metrics } = view;
  return [
    node.label,
    node.id,
    ...METRIC_NAMES.map((metric) => metrics?.values[metric].get(node.id) ?? ''),
    metrics?.community.get(node.id) ?? '',
  ];
}

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
 *
 * From the actor view (`actorView` given), NODE_COLUMNS follow: the node of the chosen level the
 * statement counts for (its name and id) and that node's metrics in the network as drawn.
 */
export function statementsCsv(
  index: GraphIndex,
  visibility: Visibility,
  actorView?: ActorViewColumns,
): string {
  const rows: (string | number)[][] = [];
  // A stance's colour as the file writes it. A custom vocabulary's stance with a default id and
  // no colour is drawn in a colour of the palette, not the default's: that colour is written, so
  // that read back (as the default stance) it is drawn the same.
  const drawn = new Map(stanceStyles(index.stances).map((style) => [style.id, style.color]));
  const colourOf = (id: string) => {
    const own = index.stanceById.get(id)?.color;
    if (own !== undefined) return own;
    return DEFAULT_STANCES.some((s) => s.id === id) ? (drawn.get(id) ?? '') : '';
  };
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
      colourOf(statement.stance),
      claim?.text ?? '',
      statement.claim,
      statement.date ?? '',
      statement.place ?? '',
      statement.quote ?? '',
      source ? sourceLabel(source) : (statement.source ?? ''),
      source?.url ?? '',
      statement.note ?? '',
      ...(actorView ? nodeCells(statement.actor, actorView) : []),
    ]);
  }
  const fields = actorView ? [...STATEMENT_COLUMNS, ...NODE_COLUMNS] : [...STATEMENT_COLUMNS];
  const csv = Papa.unparse(
    { fields, data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // papaparse ends a header-only table with a line break, and no other: drop it, so a reader
  // sees no empty record. (A cell holding a line break is quoted, so this is never inside one.)
  return `\uFEFF${csv.endsWith('\r\n') ? csv.slice(0, -2) : csv}`;
}
