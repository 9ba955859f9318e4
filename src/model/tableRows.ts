// The rows and columns of the data table (statements, actors, claims): plain values, built from
// the index and what the filters show. Sorting, the filter box and rendering are the table's.
import { isContested } from './filters';
import { STATEMENT_FIELDS } from './formatRules';
import type { GraphIndex } from './graphIndex';
import { normalizeForSearch } from './search';
import { KIND_STYLES } from './styleTable';
import type { TieEdge } from './tieEdges';

/** What a cell holds: text, a count, or nothing (sorted last). */
export type CellValue = string | number | undefined;

export type ColumnKind = 'text' | 'long-text' | 'number' | 'date';

export interface TableColumn {
  /** Unique among the table's columns; attribute columns are "attr:" + the field's name. */
  readonly id: string;
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface TableRow {
  /** The id of the actor, claim or statement of the row. */
  readonly id: string;
  /** One value per column, in the columns' order. */
  readonly values: readonly CellValue[];
  /** Every cell's text, normalized as the search normalizes (lower case, no accents). */
  readonly search: string;
}

export interface TableData {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

/**
 * A column of the actor table computed elsewhere (say a centrality metric of the actor network):
 * its header and the value of each actor. The table takes any number of them after its own.
 */
export interface ActorValueColumn {
  readonly column: TableColumn;
  readonly value: (actorId: string) => CellValue;
}

// Beyond this many attribute columns the rest are left out: a file with a field per row must not
// make thousands of columns.
const MAX_ATTRIBUTE_COLUMNS = 12;

/**
 * Returns the names of the fields of `records` that hold a string, number or boolean and are not
 * among `known`, in order of first appearance, at most MAX_ATTRIBUTE_COLUMNS.
 */
export function attributeNames(
  records: readonly Record<string, unknown>[],
  known: ReadonlySet<string>,
): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (known.has(name) || seen.has(name) || !isAttributeValue(value)) continue;
      seen.add(name);
      names.push(name);
      if (names.length === MAX_ATTRIBUTE_COLUMNS) return names;
    }
  }
  return names;
}

const isAttributeValue = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * A record's attribute as a cell: its text as written, numbers and booleans too (a year or a page
 * number is shown "1995", not "1,995"), other types left out.
 */
function attributeValue(record: Record<string, unknown>, name: string): CellValue {
  const value = Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
  return isAttributeValue(value) ? String(value) : undefined;
}

// Headers show a field's name with a capital ("role" → "Role"); the id keeps it as written.
const attributeColumns = (names: readonly string[]): TableColumn[] =>
  names.map((name) => ({
    id: `attr:${name}`,
    header: name.charAt(0).toUpperCase() + name.slice(1),
    kind: 'text',
  }));

/**
 * How a count or a metric is shown in the table, at most three decimals ("1,234", "0.125"); the
 * filter box finds it so, and as the plain digits.
 */
export const numberText = (value: number): string => value.toLocaleString('en-US');

function rowOf(id: string, cells: CellValue[]): TableRow {
  // A blank text is no value: it sorts last, like a missing one.
  const values = cells.map((value) =>
    typeof value === 'string' && value.trim() === '' ? undefined : value,
  );
  const texts: string[] = [];
  for (const value of values) {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'number') texts.push(numberText(value), String(value));
  }
  return { id, values, search: normalizeForSearch(texts.join(' \u0000 ')) };
}

/**
 * Returns every statement of the dataset as a row (Actor, Stance, Claim, Date, Place, Quote,
 * Source, then the statements' other plain fields such as `note`), in file order. Built once per
 * dataset; the rows shown are picked from it by id.
 */
export function statementTable(index: GraphIndex): TableData {
  const { statements } = index.dataset;
  const attributes = attributeNames(statements, STATEMENT_FIELDS);
  const columns: TableColumn[] = [
    { id: 'actor', header: 'Actor', kind: 'text' },
    { id: 'stance', header: 'Stance', kind: 'text' },
    { id: 'claim', header: 'Claim', kind: 'long-text' },
    { id: 'date', header: 'Date', kind: 'date' },
    { id: 'place', header: 'Place', kind: 'text' },
    { id: 'quote', header: 'Quote', kind: 'long-text' },
    { id: 'source', header: 'Source', kind: 'text' },
    ...attributeColumns(attributes),
  ];
  const rows = statements.map((statement) => {
    const source = statement.source ? index.sourceById.get(statement.source) : undefined;
    return rowOf(statement.id, [
      index.actorById.get(statement.actor)?.name ?? statement.actor,
      index.stanceById.get(statement.stance)?.label ?? statement.stance,
      index.claimById.get(statement.claim)?.text ?? statement.claim,
      statement.date,
      statement.place,
      statement.quote,
      source ? (source.title ?? source.publisher ?? source.id) : statement.source,
      ...attributes.map((name) => attributeValue(statement, name)),
    ]);
  });
  return { columns, rows };
}

const ACTOR_FIELDS = new Set(['id', 'name', 'kind', 'memberOf', 'aliases']);

/**
 * Returns the shown actors as rows (Name, Kind, their other plain fields such as role and country,
 * Statements shown, Ties drawn in the actor view, then `extra` columns), in file order. Without
 * `ties` (null) there is no Ties column.
 */
export function actorTable(
  index: GraphIndex,
  shownActors: ReadonlySet<string>,
  shownStatements: ReadonlySet<string>,
  ties: readonly TieEdge[] | null,
  extra: readonly ActorValueColumn[] = [],
): TableData {
  const actors = index.dataset.actors;
  const attributes = attributeNames(actors, ACTOR_FIELDS);
  const columns: TableColumn[] = [
    { id: 'name', header: 'Name', kind: 'text' },
    { id: 'kind', header: 'Kind', kind: 'text' },
    ...attributeColumns(attributes),
    { id: 'statements', header: 'Statements', kind: 'number' },
    ...(ties ? [{ id: 'ties', header: 'Ties', kind: 'number' } as const] : []),
    ...extra.map(({ column }) => column),
  ];
  const tieCount = new Map<string, number>();
  for (const tie of ties ?? []) {
    tieCount.set(tie.a, (tieCount.get(tie.a) ?? 0) + 1);
    tieCount.set(tie.b, (tieCount.get(tie.b) ?? 0) + 1);
  }
  const rows: TableRow[] = [];
  for (const actor of actors) {
    if (!shownActors.has(actor.id)) continue;
    let statements = 0;
    for (const statement of index.statementsByActor.get(actor.id) ?? []) {
      if (shownStatements.has(statement.id)) statements++;
    }
    rows.push(
      rowOf(actor.id, [
        actor.name,
        KIND_STYLES[actor.kind].label,
        ...attributes.map((name) => attributeValue(actor, name)),
        statements,
        ...(ties ? [tieCount.get(actor.id) ?? 0] : []),
        ...extra.map(({ value }) => value(actor.id)),
      ]),
    );
  }
  return { columns, rows };
}

const CLAIM_FIELDS = new Set(['id', 'text', 'about']);

/**
 * Returns the shown claims as rows (Text, the shown statements on it per stance of the
 * vocabulary, all shown statements, Contested, then its other plain fields such as topic), in file
 * order. Contested is a fact of all its statements, as the filter of that name counts it.
 */
export function claimTable(
  index: GraphIndex,
  shownClaims: ReadonlySet<string>,
  shownStatements: ReadonlySet<string>,
): TableData {
  const claims = index.dataset.claims;
  const attributes = attributeNames(claims, CLAIM_FIELDS);
  const stanceColumn = new Map(index.stances.map((stance, i) => [stance.id, i]));
  const columns: TableColumn[] = [
    { id: 'text', header: 'Claim', kind: 'long-text' },
    ...index.stances.map((stance): TableColumn => ({
      id: `stance:${stance.id}`,
      header: stance.label,
      kind: 'number',
    })),
    { id: 'statements', header: 'Statements', kind: 'number' },
    { id: 'contested', header: 'Contested', kind: 'text' },
    ...attributeColumns(attributes),
  ];
  const rows: TableRow[] = [];
  for (const claim of claims) {
    if (!shownClaims.has(claim.id)) continue;
    const perStance = index.stances.map(() => 0);
    let statements = 0;
    for (const statement of index.statementsByClaim.get(claim.id) ?? []) {
      if (!shownStatements.has(statement.id)) continue;
      statements++;
      const column = stanceColumn.get(statement.stance);
      if (column !== undefined) perStance[column]!++;
    }
    rows.push(
      rowOf(claim.id, [
        claim.text,
        ...perStance,
        statements,
        isContested(index, claim.id) ? 'yes' : 'no',
        ...attributes.map((name) => attributeValue(claim, name)),
      ]),
    );
  }
  return { columns, rows };
}

/**
 * Returns the rows that hold every word of the query, each anywhere in the row ("putin agrees"),
 * ignoring case and accents; all rows for a blank query.
 */
export function filterRows(rows: readonly TableRow[], query: string): readonly TableRow[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.search.includes(word)));
}
