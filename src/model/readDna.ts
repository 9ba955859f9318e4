// Reading a Discourse Network Analyzer database (DNA 3, a SQLite file) as a stancegraph dataset.
// DNA codes statements in documents: for the statement type with the variables person,
// organization, concept and agreement, persons become actors of kind person (members of their
// organisations), organisations actors of kind organization, concepts claims, and agreement a
// vocabulary of two stances, Agrees (+1) and Disagrees (-1). Documents become sources with their
// text; each statement's quote is its coded text, with its span in that text.
//
// The SQLite engine (sql.js) is handed in by the caller, which loads its WebAssembly only when a
// .dna file is opened.
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { FORMAT_NAME, FORMAT_VERSION, STATEMENT_FIELDS } from './formatRules';
import { validateDataset, type Problem } from './parseDataset';
import type { ReadResult } from './readDataset';
import type { Actor, Claim, Dataset, Source, StanceDef, Statement } from './schema';
import { DEFAULT_STANCES } from './stances';

/** The variables a statement type needs, by name, for DNA's usual coding of stances. */
export const DNA_VARIABLES = ['person', 'organization', 'concept', 'agreement'] as const;

/** The tables of DNA 3 this reader uses. */
const DNA3_TABLES = [
  'SETTINGS',
  'STATEMENTTYPES',
  'VARIABLES',
  'DOCUMENTS',
  'STATEMENTS',
  'ENTITIES',
  'DATASHORTTEXT',
  'DATABOOLEAN',
  'DATAINTEGER',
  'DATALONGTEXT',
  'ATTRIBUTEVARIABLES',
  'ATTRIBUTEVALUES',
] as const;

const color = (id: string) => DEFAULT_STANCES.find((s) => s.id === id)?.color;

/** The vocabulary of DNA's agreement qualifier. */
export const DNA_STANCES: readonly StanceDef[] = [
  { id: 'agrees', label: 'Agrees', polarity: 1, color: color('agrees') ?? '#009E73' },
  { id: 'disagrees', label: 'Disagrees', polarity: -1, color: color('denies') ?? '#D55E00' },
];

type Row = Record<string, SqlValue>;

function rows(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const out: Row[] = [];
    while (statement.step()) out.push(statement.getAsObject() as Row);
    return out;
  } finally {
    statement.free();
  }
}

function text(value: SqlValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Uint8Array) return '';
  return String(value);
}

function num(value: SqlValue | undefined): number {
  return typeof value === 'number' ? value : Number(text(value));
}

function refuse(message: string, path = ''): ReadResult {
  return { ok: false, problems: [{ path, message }] };
}

/** Returns a list for a message: "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * Returns the dataset in a DNA 3 database (the bytes of a .dna file), else why it cannot be read:
 * not a SQLite database, a DNA file of another version, or no statement type with the variables
 * person, organization, concept and agreement (the message says what was found), or a statement
 * whose coded text lies outside its document (naming the statement). Never throws.
 */
export function readDna(SQL: SqlJsStatic, bytes: Uint8Array, title?: string): ReadResult {
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    return readDatabase(db, title);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse(`could not be read as a DNA database: ${reason}`);
  } finally {
    db?.close();
  }
}

function readDatabase(db: Database, title: string | undefined): ReadResult {
  const tables = new Set(
    rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => text(r.name)),
  );
  const version = tables.has('SETTINGS')
    ? text(rows(db, "SELECT Value FROM SETTINGS WHERE Property = 'version'")[0]?.Value)
    : '';
  const lacking = DNA3_TABLES.filter((t) => !tables.has(t));
  if (version !== '' && !version.startsWith('3.')) {
    return refuse(
      `this file was written by DNA ${version}; Stancegraph reads the files of DNA 3 (3.0 and later)`,
    );
  }
  if (lacking.length > 0) {
    const found = [...tables].sort();
    return refuse(
      `this is not a DNA 3 database: it lacks the table${lacking.length > 1 ? 's' : ''} ` +
        `${listed(lacking)} (found: ${found.length > 0 ? listed(found) : 'no tables'})`,
    );
  }

  // The statement type to read: the first with all four variables.
  const variables = rows(
    db,
    'SELECT v.ID, v.Variable, v.DataType, v.StatementTypeId, t.Label FROM VARIABLES v ' +
      'JOIN STATEMENTTYPES t ON t.ID = v.StatementTypeId ORDER BY t.ID, v.ID',
  );
  const byType = new Map<number, { label: string; vars: Row[] }>();
  for (const v of variables) {
    const type = num(v.StatementTypeId);
    const entry = byType.get(type) ?? { label: text(v.Label), vars: [] };
    entry.vars.push(v);
    byType.set(type, entry);
  }
  const chosen = [...byType].find(([, { vars }]) =>
    DNA_VARIABLES.every((name) => vars.some((v) => text(v.Variable) === name)),
  );
  if (!chosen) {
    const found = [...byType.values()].map(
      ({ label, vars }) => `"${label}" (${vars.map((v) => text(v.Variable)).join(', ')})`,
    );
    return refuse(
      `no statement type has the variables ${listed([...DNA_VARIABLES])}; found ` +
        (found.length > 0 ? listed(found) : 'no statement types'),
    );
  }
  const [typeId, { label: typeLabel, vars }] = chosen;
  const variable = (name: string) => vars.find((v) => text(v.Variable) === name)!;
  const person = variable('person');
  const organization = variable('organization');
  const concept = variable('concept');
  const agreement = variable('agreement');
  for (const v of [person, organization, concept]) {
    if (text(v.DataType) !== 'short text') {
      return refuse(
        `the variable ${text(v.Variable)} of "${typeLabel}" is ${text(v.DataType)}, not short text`,
      );
    }
  }
  const agreementType = text(agreement.DataType);
  if (agreementType !== 'boolean' && agreementType !== 'integer') {
    return refuse(
      `the variable agreement of "${typeLabel}" is ${agreementType}, not boolean or integer`,
    );
  }

  // Entities and their attributes (Type, Alias, Notes…), by entity id.
  const entities = new Map<number, { variable: number; value: string }>();
  for (const e of rows(db, 'SELECT ID, VariableId, Value FROM ENTITIES')) {
    entities.set(num(e.ID), { variable: num(e.VariableId), value: text(e.Value).trim() });
  }
  const attributes = new Map<number, [string, string][]>();
  for (const a of rows(
    db,
    'SELECT av.EntityId, v.AttributeVariable, av.AttributeValue FROM ATTRIBUTEVALUES av ' +
      'JOIN ATTRIBUTEVARIABLES v ON v.ID = av.AttributeVariableId ORDER BY v.ID',
  )) {
    const value = text(a.AttributeValue).trim();
    if (value === '') continue;
    const list = attributes.get(num(a.EntityId)) ?? [];
    list.push([text(a.AttributeVariable), value]);
    attributes.set(num(a.EntityId), list);
  }

  // Every value of every statement of the type.
  const shortText = new Map<number, Map<number, number>>();
  for (const d of rows(
    db,
    'SELECT d.StatementId, d.VariableId, d.Entity FROM DATASHORTTEXT d ' +
      'JOIN STATEMENTS s ON s.ID = d.StatementId WHERE s.StatementTypeId = ?',
    [typeId],
  )) {
    const map = shortText.get(num(d.StatementId)) ?? new Map<number, number>();
    map.set(num(d.VariableId), num(d.Entity));
    shortText.set(num(d.StatementId), map);
  }
  const numbers = new Map<number, Map<number, number>>();
  for (const table of ['DATABOOLEAN', 'DATAINTEGER']) {
    for (const d of rows(
      db,
      `SELECT d.StatementId, d.VariableId, d.Value FROM ${table} d ` +
        'JOIN STATEMENTS s ON s.ID = d.StatementId WHERE s.StatementTypeId = ?',
      [typeId],
    )) {
      const map = numbers.get(num(d.StatementId)) ?? new Map<number, number>();
      map.set(num(d.VariableId), num(d.Value));
      numbers.set(num(d.StatementId), map);
    }
  }
  const longText = new Map<number, Map<number, string>>();
  for (const d of rows(
    db,
    'SELECT d.StatementId, d.VariableId, d.Value FROM DATALONGTEXT d ' +
      'JOIN STATEMENTS s ON s.ID = d.StatementId WHERE s.StatementTypeId = ?',
    [typeId],
  )) {
    const map = longText.get(num(d.StatementId)) ?? new Map<number, string>();
    map.set(num(d.VariableId), text(d.Value));
    longText.set(num(d.StatementId), map);
  }

  const documents = new Map<number, Row>();
  for (const d of rows(
    db,
    'SELECT ID, Title, Text, Author, Source, Section, Notes, Type, Date FROM DOCUMENTS ORDER BY ID',
  )) {
    documents.set(num(d.ID), d);
  }

  const problems: Problem[] = [];
  const actors = new Map<number, Actor>();
  const claims = new Map<number, Claim>();
  const sources = new Map<number, Source>();
  const statements: Statement[] = [];
  let leftOut = 0;

  const personVar = num(person.ID);
  const organizationVar = num(organization.ID);
  const conceptVar = num(concept.ID);
  const agreementVar = num(agreement.ID);
  const extraVars = vars.filter((v) => !DNA_VARIABLES.includes(text(v.Variable) as never));

  const entityActor = (entityId: number | undefined, kind: 'person' | 'organization') => {
    if (entityId === undefined) return undefined;
    const entity = entities.get(entityId);
    if (!entity || entity.value === '') return undefined;
    let actor = actors.get(entityId);
    if (!actor) {
      actor = { id: `${kind}-${entityId}`, name: entity.value, kind };
      addAttributes(actor, attributes.get(entityId), ACTOR_FIELDS);
      actors.set(entityId, actor);
    }
    return actor;
  };

  for (const s of rows(
    db,
    'SELECT ID, DocumentId, Start, Stop FROM STATEMENTS WHERE StatementTypeId = ? ORDER BY ID',
    [typeId],
  )) {
    const id = num(s.ID);
    const path = `STATEMENTS row ${id}`;
    const values = shortText.get(id) ?? new Map<number, number>();
    const personActor = entityActor(values.get(personVar), 'person');
    const organizationActor = entityActor(values.get(organizationVar), 'organization');
    const actor = personActor ?? organizationActor;
    if (personActor && organizationActor) {
      const list = personActor.memberOf ?? [];
      if (!list.includes(organizationActor.id))
        personActor.memberOf = [...list, organizationActor.id];
    }
    const conceptId = values.get(conceptVar);
    const conceptEntity = conceptId === undefined ? undefined : entities.get(conceptId);
    if (!actor || !conceptEntity || conceptEntity.value === '') {
      // DNA lets a coder leave variables empty; such a statement says nothing about a claim.
      leftOut++;
      continue;
    }
    let claim = claims.get(conceptId!);
    if (!claim) {
      claim = { id: `concept-${conceptId}`, text: conceptEntity.value };
      addAttributes(claim, attributes.get(conceptId!), CLAIM_FIELDS);
      claims.set(conceptId!, claim);
    }

    const documentId = num(s.DocumentId);
    const document = documents.get(documentId);
    if (!document) {
      problems.push({ path, message: `its document ${documentId} is not in the file` });
      continue;
    }
    const body = text(document.Text);
    const start = num(s.Start);
    const stop = num(s.Stop);
    if (
      !Number.isInteger(start) ||
      !Number.isInteger(stop) ||
      start < 0 ||
      start >= stop ||
      stop > body.length
    ) {
      problems.push({
        path,
        message:
          `its coded text runs from ${start} to ${stop}, outside the text of document ` +
          `${documentId} (${body.length} characters)`,
      });
      continue;
    }
    let source = sources.get(documentId);
    if (!source) {
      source = sourceOf(document, documentId);
      sources.set(documentId, source);
    }
    const agreed = numbers.get(id)?.get(agreementVar) ?? 1;
    const statement: Statement = {
      id: `statement-${id}`,
      actor: actor.id,
      claim: claim.id,
      stance: agreed > 0 ? 'agrees' : 'disagrees',
      quote: body.slice(start, stop),
      source: source.id,
      span: [start, stop],
    };
    if (source.published !== undefined) statement.date = source.published;
    for (const v of extraVars) {
      const vid = num(v.ID);
      const name = text(v.Variable);
      if (STATEMENT_FIELDS.has(name)) continue;
      const entity = values.get(vid);
      const value =
        entity !== undefined
          ? entities.get(entity)?.value
          : (longText.get(id)?.get(vid) ?? numbers.get(id)?.get(vid));
      if (value === undefined || value === '') continue;
      if (name === 'note' && typeof value === 'string') statement.note = value;
      else define(statement, name, value);
    }
    statements.push(statement);
  }
  if (problems.length > 0) return { ok: false, problems };

  const dataset: Dataset = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: title && title !== '' ? title : 'DNA database',
    description:
      `Read from a DNA ${version || '3'} database: statement type "${typeLabel}".` +
      (leftOut > 0
        ? ` ${leftOut} statement${leftOut === 1 ? '' : 's'} without a person or organization, or ` +
          'without a concept, were left out.'
        : ''),
    stances: DNA_STANCES.map((s) => ({ ...s })),
    sources: [...sources.values()],
    // Persons first, then organisations, each in the order DNA lists its entities.
    actors: [...actors.values()].sort(
      (a, b) => Number(a.kind !== 'person') - Number(b.kind !== 'person') || entityOrder(a, b),
    ),
    claims: [...claims.values()].sort(entityOrder),
    statements,
  };
  const checked = validateDataset(dataset);
  return checked.ok ? { ok: true, dataset: checked.dataset, network: null } : checked;
}

function entityOrder(a: { id: string }, b: { id: string }): number {
  return Number(a.id.split('-').at(-1)) - Number(b.id.split('-').at(-1));
}

const ACTOR_FIELDS = new Set(['id', 'name', 'kind', 'role', 'memberOf', 'aliases', 'country']);
const CLAIM_FIELDS = new Set(['id', 'text', 'about', 'topic']);

/** Sets a field whose name comes from the file; defineProperty keeps "__proto__" a plain field. */
function define(record: object, key: string, value: unknown): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Entity attributes become fields of the actor or claim; a name taken by a field gets " (DNA)". */
function addAttributes(
  record: object,
  list: readonly [string, string][] | undefined,
  reserved: ReadonlySet<string>,
): void {
  for (const [name, value] of list ?? []) {
    define(record, reserved.has(name) ? `${name} (DNA)` : name, value);
  }
}

function sourceOf(document: Row, id: number): Source {
  const source: Source = { id: `document-${id}` };
  const title = text(document.Title).trim();
  if (title !== '') source.title = title;
  // DNA's Author is who issued the document (a witness, a journalist): the citation names them.
  const author = text(document.Author).trim();
  if (author !== '') source.publisher = author;
  const published = dayOf(document.Date);
  if (published !== undefined) source.published = published;
  source.text = text(document.Text);
  for (const [field, key] of [
    ['Source', 'outlet'],
    ['Section', 'section'],
    ['Type', 'type'],
    ['Notes', 'notes'],
  ] as const) {
    const value = text(document[field]).trim();
    if (value !== '') define(source, key, value);
  }
  return source;
}

/** DNA 3 keeps a document's date as seconds since 1970 (UTC). */
function dayOf(value: SqlValue | undefined): string | undefined {
  const seconds = num(value);
  if (!Number.isFinite(seconds)) return undefined;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  return date.toISOString().slice(0, 10);
}
