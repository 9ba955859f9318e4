// From a table of statements (one row per statement) to a dataset, by the user's choices: which
// column holds which field, which stance each value of the stance column stands for, and how
// slashed dates are written. Pure functions: the Map columns dialog calls them on every change.
import { drawnColour, readCssColour } from './cssColour';
import { isHttpUrl } from './formatRules';
import { ACTOR_KINDS, FORMAT_NAME, FORMAT_VERSION } from './formatRules';
import type { Actor, ActorKind, Claim, Dataset, Source, StanceDef, Statement } from './schema';
import { DEFAULT_STANCES } from './stances';
import type { RowProblem, StatementTable } from './table';
import { readDateCell, slashedDateOrder, type DayOrder } from './tableDates';

/** The fields a column can hold, in the order the dialog lists them. */
export const FIELDS = [
  'actor',
  'actorKind',
  'memberOf',
  'claim',
  'stance',
  'date',
  'place',
  'quote',
  'source',
  'note',
] as const;

export type Field = (typeof FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<Field, string>> = {
  actor: 'Actor',
  actorKind: 'Actor kind',
  memberOf: 'Member of',
  claim: 'Claim',
  stance: 'Stance',
  date: 'Date',
  place: 'Place',
  quote: 'Quote',
  source: 'Source',
  note: 'Note',
};

/** Without these three a row is no statement. */
export const REQUIRED_FIELDS: readonly Field[] = ['actor', 'claim', 'stance'];

/** Which column (by index into the headers) holds each field; null: none. */
export type ColumnMapping = Record<Field, number | null>;

// Header words per field, compared without case, spaces or punctuation ("Actor kind" = actorkind).
// Ours first (the app's CSV export and template), then DNA's export (person, organization,
// concept, agreement), then common words. A column is given to the first field that names it.
const HEADER_WORDS: Readonly<Record<Field, readonly string[]>> = {
  actor: ['actor', 'actorname', 'person', 'speaker', 'name', 'who', 'author'],
  actorKind: ['actorkind', 'kind', 'actortype'],
  memberOf: [
    'memberof',
    'organization',
    'organisation',
    'party',
    'affiliation',
    'group',
    'org',
    'faction',
  ],
  claim: ['claim', 'claimtext', 'concept', 'proposition', 'issue', 'topic', 'frame', 'category'],
  stance: ['stance', 'agreement', 'position', 'polarity', 'attitude', 'opinion', 'direction'],
  date: ['date', 'day', 'when', 'published', 'datetime', 'time'],
  place: ['place', 'location', 'where', 'city'],
  quote: ['quote', 'text', 'quotation', 'excerpt', 'statement', 'statementtext', 'words'],
  source: ['source', 'sourcetitle', 'document', 'article', 'publication', 'outlet', 'medium'],
  note: ['note', 'notes', 'comment', 'comments', 'remark', 'remarks'],
};

function headerWord(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Returns a mapping with no column for any field. */
export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(FIELDS.map((field) => [field, null])) as ColumnMapping;
}

/**
 * Returns the column guessed for each field from the headers alone: our own column names, DNA's
 * (person, organization, concept, agreement) and common words (speaker, party, position, text…).
 * Case, spaces and punctuation do not count. No column is given to two fields; a field whose words
 * name no column gets none.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const words = headers.map(headerWord);
  const mapping = emptyMapping();
  const used = new Set<number>();
  // By rank first: a field's best word beats another field's weaker one (for "position" beside
  // "claim": claim takes "claim", and "position" is left to stance).
  const longest = Math.max(...FIELDS.map((f) => HEADER_WORDS[f].length));
  for (let rank = 0; rank < longest; rank++) {
    for (const field of FIELDS) {
      if (mapping[field] !== null) continue;
      const word = HEADER_WORDS[field][rank];
      if (word === undefined) continue;
      const column = words.findIndex((w, i) => w === word && !used.has(i));
      if (column === -1) continue;
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

/** What a value of the stance column stands for: a default stance, or a stance of its own. */
export type StanceChoice =
  { kind: 'default'; id: string } | { kind: 'own'; polarity: -1 | 0 | 1 } | { kind: 'unchosen' };

const POSITIVE = new Set([
  'yes',
  'y',
  '1',
  '+1',
  'true',
  'agree',
  'agreed',
  'pro',
  'for',
  'support',
  'supports',
  'positive',
]);
const NEGATIVE = new Set([
  'no',
  'n',
  '0',
  '-1',
  'false',
  'disagree',
  'disagrees',
  'disagreed',
  'contra',
  'con',
  'against',
  'oppose',
  'opposes',
  'negative',
]);

/** The default stances that stand for "yes" and for "no". */
export const POSITIVE_STANCE = 'agrees';
export const NEGATIVE_STANCE = 'denies';

/**
 * Returns the stance a value of the stance column stands for unless the user says otherwise: a
 * default stance named by its id or label (asserts, Denies…); yes, 1, true, agree and the like →
 * Agrees; no, 0, false, disagree and the like → Denies; anything else must be chosen.
 */
export function defaultStanceChoice(value: string): StanceChoice {
  const word = value.trim().toLowerCase();
  const named = DEFAULT_STANCES.find((s) => s.id === word || s.label.toLowerCase() === word);
  if (named) return { kind: 'default', id: named.id };
  if (POSITIVE.has(word)) return { kind: 'default', id: POSITIVE_STANCE };
  if (NEGATIVE.has(word)) return { kind: 'default', id: NEGATIVE_STANCE };
  return { kind: 'unchosen' };
}

/** Returns the distinct values of a column, trimmed, blanks left out, in the order first met. */
export function distinctValues(table: StatementTable, column: number | null): string[] {
  if (column === null) return [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const value = (row.cells[column] ?? '').trim();
    if (value !== '') seen.add(value);
  }
  return [...seen];
}

/** Returns the column named exactly `header`, or -1. */
function columnNamed(table: StatementTable, header: string): number {
  return table.headers.indexOf(header);
}

/**
 * Returns, per value of the stance column, the one non-blank text a column beside it holds for
 * that value in every row, or no entry when rows disagree (or the column is missing or is the
 * stance column itself).
 */
function sameBeside(
  table: StatementTable,
  stanceColumn: number | null,
  header: string,
): Map<string, string> {
  const column = columnNamed(table, header);
  const out = new Map<string, string>();
  if (column === -1 || stanceColumn === null || column === stanceColumn) return out;
  const mixed = new Set<string>();
  for (const row of table.rows) {
    const value = (row.cells[stanceColumn] ?? '').trim();
    const beside = cellOf(row.cells, column).trim();
    if (value === '' || beside === '' || mixed.has(value)) continue;
    const before = out.get(value);
    if (before === undefined) out.set(value, beside);
    else if (before !== beside) {
      out.delete(value);
      mixed.add(value);
    }
  }
  return out;
}

function polarityNumber(text: string | undefined): -1 | 0 | 1 | undefined {
  // The app's export writes -1 as "-1"; a spreadsheet may write it with a minus sign or a plus.
  const value = text === undefined ? NaN : Number(text.replace('\u2212', '-'));
  return value === -1 || value === 0 || value === 1 ? value : undefined;
}

/**
 * Returns the default choice for every distinct value of the stance column. A table with a
 * `polarity` column (the app's own CSV export; `stance_label` beside it) says what each value is:
 * a value stays a default stance only when it names one (by id or label) with that polarity and,
 * when the table labels it, that label; any other value with one polarity in every row is a stance
 * of its own with that polarity, so a custom vocabulary comes back as it was ("disagrees" stays
 * itself, not Denies). Without a polarity, defaultStanceChoice suggests (yes → Agrees, no →
 * Denies…).
 */
export function suggestStanceChoices(
  table: StatementTable,
  mapping: ColumnMapping,
): Map<string, StanceChoice> {
  const choices = new Map<string, StanceChoice>();
  const polarities = sameBeside(table, mapping.stance, 'polarity');
  const labels = sameBeside(table, mapping.stance, 'stance_label');
  for (const value of distinctValues(table, mapping.stance)) {
    const polarity = polarityNumber(polarities.get(value));
    if (polarity === undefined) {
      choices.set(value, defaultStanceChoice(value));
      continue;
    }
    const word = value.toLowerCase();
    const label = labels.get(value)?.toLowerCase();
    const named = DEFAULT_STANCES.find(
      (s) =>
        (s.id === word || s.label.toLowerCase() === word) &&
        s.polarity === polarity &&
        (label === undefined || label === s.label.toLowerCase()),
    );
    choices.set(value, named ? { kind: 'default', id: named.id } : { kind: 'own', polarity });
  }
  return choices;
}

/** Everything the user chose, beyond the table itself. */
export interface TableChoices {
  mapping: ColumnMapping;
  /** By value of the stance column (trimmed); a value without an entry is unchosen. */
  stances: ReadonlyMap<string, StanceChoice>;
  /** How slashed dates are written; null until chosen (needed only when there are some). */
  dateOrder: DayOrder | null;
  /** Row numbers the user chose to leave out. */
  skipRows: ReadonlySet<number>;
}

/** Returns how the slashed dates of the date column read, when that column has any. */
export function dateOrderOf(table: StatementTable, mapping: ColumnMapping) {
  return slashedDateOrder(distinctValues(table, mapping.date));
}

// The app's CSV export guards cells a spreadsheet would run as formulas with a leading apostrophe;
// reading such a file back removes it again.
const GUARDED = /^'(?=[=+\-@\t\r])/;

function cellOf(cells: readonly string[], column: number | null): string {
  if (column === null) return '';
  return (cells[column] ?? '').replace(GUARDED, '');
}

const KIND_WORDS: ReadonlyMap<string, ActorKind> = new Map([
  ...ACTOR_KINDS.map((kind) => [kind, kind] as const),
  ['organisation', 'organization'],
]);

/** Returns an id made of the text's letters and digits, lower case: "Sierra Club" → sierra-club. */
function slug(text: string, fallback: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return base === '' ? fallback : base;
}

/** Hands out ids that are unique in one id space: the first wish, else wish-2, wish-3… */
class IdSpace {
  private readonly used = new Set<string>();
  take(wish: string): string {
    let id = wish;
    for (let n = 2; this.used.has(id); n++) id = `${wish}-${n}`;
    this.used.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
}

/**
 * Returns the ids of an id column of the app's own export (actor_id, claim_id) by the name beside
 * them, when the column exists and names and ids go one to one; else undefined (ids are made).
 */
function exportIds(
  table: StatementTable,
  rows: readonly { cells: string[] }[],
  header: string,
  nameColumn: number | null,
): Map<string, string> | undefined {
  const idColumn = columnNamed(table, header);
  if (idColumn === -1 || nameColumn === null || idColumn === nameColumn) return undefined;
  const idByName = new Map<string, string>();
  const nameById = new Map<string, string>();
  for (const { cells } of rows) {
    const name = cellOf(cells, nameColumn).trim();
    const id = cellOf(cells, idColumn).trim();
    if (name === '') continue;
    if (id === '') return undefined;
    if ((idByName.get(name) ?? id) !== id || (nameById.get(id) ?? name) !== name) return undefined;
    idByName.set(name, id);
    nameById.set(id, name);
  }
  return idByName;
}

export interface TableBuild {
  /** The dataset of the rows that can be read and are not skipped. */
  dataset: Dataset;
  /** Every problem of the rows not skipped, by row, then by field; empty when all can be read. */
  problems: RowProblem[];
  /** Rows that become statements. */
  statementRows: number;
  /** Required fields without a column: nothing can be imported until each has one. */
  missing: Field[];
}

/**
 * Returns the dataset a table of statements makes with the user's choices, and every problem of
 * every row not skipped, each naming its row and column ("row 14, Date: "31/02/2015" is not a
 * date"). Actors are made from the distinct values of the Actor column (and of Member of, as
 * organisations when they are no actor themselves), claims from those of Claim, sources from those
 * of Source; ids from their names (the app's own export keeps its actor_id, claim_id and
 * statement_id). Stance values chosen as default stances keep the default vocabulary; any stance
 * of its own makes a custom vocabulary of the stances used. The dataset always has statements only
 * for rows without problems; callers load it only when `problems` is empty.
 */
export function buildDataset(table: StatementTable, choices: TableChoices): TableBuild {
  const { mapping, stances, dateOrder, skipRows } = choices;
  const problems: RowProblem[] = [];
  const problem = (row: number, field: Field | undefined, message: string) =>
    problems.push({
      row,
      ...(field !== undefined && { column: FIELD_LABELS[field] }),
      message,
    });

  const missing = REQUIRED_FIELDS.filter((field) => mapping[field] === null);
  const tableProblemRows = new Set<number>();
  for (const p of table.problems) {
    if (skipRows.has(p.row)) continue;
    problems.push(p);
    tableProblemRows.add(p.row);
  }

  interface Row {
    number: number;
    cells: string[];
    actor: string;
    claim: string;
    stance: string;
    kind?: ActorKind;
    memberOf: string[];
    date?: string;
  }
  const good: Row[] = [];
  const rows = table.rows.filter((row) => !skipRows.has(row.number));
  for (const { number, cells } of rows) {
    const before = problems.length;
    const text = (field: Field) => cellOf(cells, mapping[field]).trim();
    const required = (field: Field) => {
      const value = text(field);
      if (mapping[field] !== null && value === '') problem(number, field, 'the cell is empty');
      return value;
    };
    const actor = required('actor');
    const claim = required('claim');
    const stanceValue = required('stance');
    let stance = '';
    if (stanceValue !== '') {
      const choice = stances.get(stanceValue) ?? { kind: 'unchosen' };
      if (choice.kind === 'unchosen') {
        problem(number, 'stance', `${JSON.stringify(stanceValue)} has no stance chosen`);
      } else stance = stanceValue;
    }
    const kindText = text('actorKind');
    let kind: ActorKind | undefined;
    if (kindText !== '') {
      kind = KIND_WORDS.get(kindText.toLowerCase());
      if (kind === undefined) {
        problem(
          number,
          'actorKind',
          `${JSON.stringify(kindText)} is not a kind (person, state, organization, group or other)`,
        );
      }
    }
    const dateText = text('date');
    let date: string | undefined;
    if (dateText !== '') {
      const read = readDateCell(dateText, dateOrder);
      if (read.ok) date = read.date;
      else problem(number, 'date', read.message);
    }
    const memberOf = text('memberOf')
      .split(';')
      .map((name) => name.trim())
      .filter((name) => name !== '' && name !== actor);
    if (problems.length === before && !tableProblemRows.has(number)) {
      good.push({
        number,
        cells,
        actor,
        claim,
        stance,
        memberOf,
        ...(kind && { kind }),
        ...(date && { date }),
      });
    }
  }
  problems.sort((a, b) => a.row - b.row);

  // Without an actor, claim and stance column no row is a statement.
  const usable = missing.length > 0 ? [] : good;
  return {
    dataset: datasetOf(table, choices, usable),
    problems,
    statementRows: usable.length,
    missing,
  };

  function datasetOf(
    table: StatementTable,
    { mapping, stances }: TableChoices,
    good: readonly Row[],
  ): Dataset {
    const ids = new IdSpace();
    const exportedStanceIds = columnNamed(table, 'stance_label') !== -1;
    const actorIds = exportIds(table, good, 'actor_id', mapping.actor);
    const claimIds = exportIds(table, good, 'claim_id', mapping.claim);
    const sharedIds =
      actorIds &&
      claimIds &&
      [...actorIds.values()].some((id) => [...claimIds.values()].includes(id));

    // Actors: who spoke first, in row order, then the groups they belong to that never spoke.
    const actors = new Map<string, Actor>();
    const addActor = (name: string, kind: ActorKind, wish: string | undefined) => {
      const existing = actors.get(name);
      if (existing) return existing;
      const actor: Actor = { id: ids.take(wish ?? slug(name, 'actor')), name, kind };
      actors.set(name, actor);
      return actor;
    };
    const claims = new Map<string, Claim>();
    for (const row of good) {
      const actor = addActor(
        row.actor,
        row.kind ?? 'other',
        sharedIds ? undefined : actorIds?.get(row.actor),
      );
      if (row.kind && actor.kind === 'other') actor.kind = row.kind;
    }
    for (const row of good) {
      for (const group of row.memberOf) addActor(group, 'organization', undefined);
    }
    for (const row of good) {
      if (claims.has(row.claim)) continue;
      const wish = sharedIds ? undefined : claimIds?.get(row.claim);
      claims.set(row.claim, { id: ids.take(wish ?? slug(row.claim, 'claim')), text: row.claim });
    }
    for (const row of good) {
      const actor = actors.get(row.actor)!;
      for (const group of row.memberOf) {
        const groupId = actors.get(group)!.id;
        const list = actor.memberOf ?? [];
        if (!list.includes(groupId)) actor.memberOf = [...list, groupId];
      }
    }

    // Stances: the default ones keep their ids; a value of its own gets an id of its own.
    // The app's own export (it has stance_label) writes stance ids: a stance of its own keeps its
    // id, unless a default stance in use has it. Other tables get ids made from their words.
    const stanceIds = new Map<string, string>();
    const own: StanceDef[] = [];
    const usedDefaults = new Set<string>();
    for (const row of good) {
      const choice = stances.get(row.stance);
      if (choice?.kind === 'default') usedDefaults.add(choice.id);
    }
    const stanceSpace = new IdSpace();
    for (const s of DEFAULT_STANCES) {
      if (usedDefaults.has(s.id) || !exportedStanceIds) stanceSpace.take(s.id);
    }
    for (const row of good) {
      if (stanceIds.has(row.stance)) continue;
      const choice = stances.get(row.stance)!;
      if (choice.kind === 'default') {
        stanceIds.set(row.stance, choice.id);
      } else if (choice.kind === 'own') {
        const id = stanceSpace.take(exportedStanceIds ? row.stance : slug(row.stance, 'stance'));
        stanceIds.set(row.stance, id);
        const color = colourOf(row);
        own.push({ id, label: labelOf(row), polarity: choice.polarity, ...(color && { color }) });
      }
    }
    // A default stance the table draws in another colour (the app's export writes each stance's
    // colour) keeps that colour: the vocabulary is then written out, defaults included.
    const recoloured = new Map<string, string>();
    for (const row of good) {
      const choice = stances.get(row.stance);
      if (choice?.kind !== 'default' || recoloured.has(choice.id)) continue;
      const colour = colourOf(row);
      const standard = DEFAULT_STANCES.find((s) => s.id === choice.id)?.color;
      if (colour && drawnColour(colour) !== drawnColour(standard))
        recoloured.set(choice.id, colour);
    }
    const vocabulary =
      own.length === 0 && recoloured.size === 0
        ? undefined
        : [
            ...DEFAULT_STANCES.filter((s) => usedDefaults.has(s.id)).map((s) => ({
              ...s,
              ...(recoloured.has(s.id) && { color: recoloured.get(s.id)! }),
            })),
            ...own,
          ];

    // Sources: one per distinct value of the Source column, with a URL from a source_url or url
    // column when it has one.
    const sources = new Map<string, Source>();
    const sourceIds = new IdSpace();
    const urlColumn = [columnNamed(table, 'source_url'), columnNamed(table, 'url')].find(
      (c) => c !== -1,
    );
    const statementIds = exportStatementIds(table, good);
    const statementSpace = new IdSpace();
    const statements: Statement[] = good.map((row, i) => {
      const statement: Statement = {
        id: statementSpace.take(statementIds?.[i] ?? `s${i + 1}`),
        actor: actors.get(row.actor)!.id,
        claim: claims.get(row.claim)!.id,
        stance: stanceIds.get(row.stance)!,
      };
      if (row.date !== undefined) statement.date = row.date;
      const place = cellOf(row.cells, mapping.place).trim();
      if (place !== '') statement.place = place;
      const quote = cellOf(row.cells, mapping.quote);
      if (quote.trim() !== '') statement.quote = quote;
      const sourceName = cellOf(row.cells, mapping.source).trim();
      if (sourceName !== '') {
        let source = sources.get(sourceName);
        if (!source) {
          source = { id: sourceIds.take(slug(sourceName, 'source')), title: sourceName };
          sources.set(sourceName, source);
        }
        const url = urlColumn === undefined ? '' : cellOf(row.cells, urlColumn).trim();
        if (source.url === undefined && url !== '' && isHttpUrl(url)) source.url = url;
        statement.source = source.id;
      }
      const note = cellOf(row.cells, mapping.note);
      if (note.trim() !== '') statement.note = note;
      return statement;
    });

    return {
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      ...(table.title !== '' && { title: table.title }),
      ...(vocabulary && { stances: vocabulary }),
      ...(sources.size > 0 && { sources: [...sources.values()] }),
      actors: [...actors.values()],
      claims: [...claims.values()],
      statements,
    };

    /** A stance of its own keeps the colour of the export's stance_color, when it is one. */
    function colourOf(row: Row): string | undefined {
      const colourColumn = columnNamed(table, 'stance_color');
      const colour = colourColumn === -1 ? '' : cellOf(row.cells, colourColumn).trim();
      return colour !== '' && readCssColour(colour).ok ? colour : undefined;
    }

    /** A stance of its own is labelled by the export's stance_label when the table has it. */
    function labelOf(row: Row): string {
      const labelColumn = columnNamed(table, 'stance_label');
      const label = labelColumn === -1 ? '' : cellOf(row.cells, labelColumn).trim();
      return label !== '' ? label : row.stance;
    }
  }
}

/** The statement_id column of the app's own export, when every row has one and none repeats. */
function exportStatementIds(
  table: StatementTable,
  rows: readonly { cells: string[] }[],
): string[] | undefined {
  const column = columnNamed(table, 'statement_id');
  if (column === -1) return undefined;
  const ids = rows.map(({ cells }) => cellOf(cells, column).trim());
  return ids.every((id) => id !== '') && new Set(ids).size === ids.length ? ids : undefined;
}
