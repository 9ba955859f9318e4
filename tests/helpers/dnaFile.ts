// Writes small DNA 3 databases (the SQLite files of the Discourse Network Analyzer) with sql.js,
// laid out as DNA 3.0 lays out its own (see sample.dna), for tests of the DNA reader.
import initSqlJs from 'sql.js';

export interface DnaDocument {
  id: number;
  title: string;
  text: string;
  author?: string;
  source?: string;
  /** Seconds since 1970, UTC, as DNA keeps dates. */
  date: number;
}

export interface DnaStatement {
  id: number;
  document: number;
  start: number;
  stop: number;
  person?: string;
  organization?: string;
  concept?: string;
  agreement?: 0 | 1;
}

export interface DnaFileSpec {
  version?: string;
  /** The variables of statement type 1; DNA's own are person, organization, concept, agreement. */
  variables?: { name: string; type: 'short text' | 'boolean' | 'integer' | 'long text' }[];
  documents: DnaDocument[];
  statements: DnaStatement[];
  /** Entity attributes: variable name → entity value → attribute name → value. */
  attributes?: Record<string, Record<string, Record<string, string>>>;
  /** Tables to drop once written (a file of another version, or no DNA file at all). */
  withoutTables?: string[];
}

const SCHEMA: Record<string, string> = {
  SETTINGS: 'CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT NOT NULL)',
  CODERS: 'CREATE TABLE CODERS(ID INTEGER NOT NULL PRIMARY KEY, Name TEXT NOT NULL)',
  DOCUMENTS:
    'CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY, Title TEXT NOT NULL, Text TEXT NOT NULL, ' +
    "Coder INTEGER, Author TEXT NOT NULL DEFAULT '', Source TEXT NOT NULL DEFAULT '', " +
    "Section TEXT NOT NULL DEFAULT '', Notes TEXT NOT NULL DEFAULT '', Type TEXT NOT NULL DEFAULT '', " +
    'Date INTEGER NOT NULL)',
  STATEMENTTYPES:
    'CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY, Label TEXT NOT NULL, ' +
    'Red INTEGER NOT NULL DEFAULT 0, Green INTEGER NOT NULL DEFAULT 0, Blue INTEGER NOT NULL DEFAULT 0)',
  VARIABLES:
    'CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY, Variable TEXT NOT NULL, ' +
    "DataType TEXT NOT NULL DEFAULT 'short text', StatementTypeId INTEGER)",
  STATEMENTS:
    'CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER, ' +
    'DocumentId INTEGER, Start INTEGER NOT NULL, Stop INTEGER NOT NULL, Coder INTEGER)',
  DATABOOLEAN:
    'CREATE TABLE DATABOOLEAN(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, ' +
    'VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 1)',
  DATAINTEGER:
    'CREATE TABLE DATAINTEGER(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, ' +
    'VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 0)',
  ENTITIES:
    'CREATE TABLE ENTITIES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, ' +
    "Value TEXT NOT NULL DEFAULT '', Red INTEGER, Green INTEGER, Blue INTEGER, ChildOf INTEGER)",
  DATASHORTTEXT:
    'CREATE TABLE DATASHORTTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, ' +
    'VariableId INTEGER NOT NULL, Entity INTEGER NOT NULL)',
  DATALONGTEXT:
    'CREATE TABLE DATALONGTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, ' +
    "VariableId INTEGER NOT NULL, Value TEXT DEFAULT '')",
  ATTRIBUTEVARIABLES:
    'CREATE TABLE ATTRIBUTEVARIABLES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, ' +
    'AttributeVariable TEXT NOT NULL)',
  ATTRIBUTEVALUES:
    'CREATE TABLE ATTRIBUTEVALUES(ID INTEGER PRIMARY KEY NOT NULL, EntityId INTEGER NOT NULL, ' +
    "AttributeVariableId INTEGER NOT NULL, AttributeValue TEXT NOT NULL DEFAULT '')",
};

const DNA_VARIABLES = [
  { name: 'person', type: 'short text' },
  { name: 'organization', type: 'short text' },
  { name: 'concept', type: 'short text' },
  { name: 'agreement', type: 'boolean' },
] as const;

/** Returns the bytes of a DNA 3 database holding the given documents and statements. */
export async function dnaFile(spec: DnaFileSpec): Promise<Uint8Array> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  for (const sql of Object.values(SCHEMA)) db.run(sql);
  db.run("INSERT INTO SETTINGS VALUES ('version', ?), ('date', '2022-06-10')", [
    spec.version ?? '3.0.7',
  ]);
  db.run("INSERT INTO CODERS VALUES (1, 'Admin')");
  db.run("INSERT INTO STATEMENTTYPES (ID, Label) VALUES (1, 'DNA Statement')");
  const variables = spec.variables ?? DNA_VARIABLES;
  const variableIds = new Map<string, number>();
  variables.forEach((v, i) => {
    db.run('INSERT INTO VARIABLES VALUES (?, ?, ?, 1)', [i + 1, v.name, v.type]);
    variableIds.set(v.name, i + 1);
  });
  for (const d of spec.documents) {
    db.run(
      'INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Date) VALUES (?, ?, ?, 1, ?, ?, ?)',
      [d.id, d.title, d.text, d.author ?? '', d.source ?? '', d.date],
    );
  }
  const entityIds = new Map<string, number>();
  let nextEntity = 1;
  const entity = (variable: string, value: string): number => {
    const key = `${variable}\u0000${value}`;
    let id = entityIds.get(key);
    if (id === undefined) {
      id = nextEntity++;
      db.run('INSERT INTO ENTITIES (ID, VariableId, Value) VALUES (?, ?, ?)', [
        id,
        variableIds.get(variable)!,
        value,
      ]);
      entityIds.set(key, id);
    }
    return id;
  };
  let nextData = 1;
  for (const s of spec.statements) {
    db.run('INSERT INTO STATEMENTS VALUES (?, 1, ?, ?, ?, 1)', [s.id, s.document, s.start, s.stop]);
    for (const name of ['person', 'organization', 'concept'] as const) {
      if (!variableIds.has(name)) continue;
      db.run('INSERT INTO DATASHORTTEXT VALUES (?, ?, ?, ?)', [
        nextData++,
        s.id,
        variableIds.get(name)!,
        entity(name, s[name] ?? ''),
      ]);
    }
    if (variableIds.has('agreement')) {
      db.run('INSERT INTO DATABOOLEAN VALUES (?, ?, ?, ?)', [
        nextData++,
        s.id,
        variableIds.get('agreement')!,
        s.agreement ?? 1,
      ]);
    }
  }
  let nextAttribute = 1;
  let nextValue = 1;
  for (const [variable, byEntity] of Object.entries(spec.attributes ?? {})) {
    const names = new Map<string, number>();
    for (const [value, attributes] of Object.entries(byEntity)) {
      for (const [name, attribute] of Object.entries(attributes)) {
        let attributeId = names.get(name);
        if (attributeId === undefined) {
          attributeId = nextAttribute++;
          names.set(name, attributeId);
          db.run('INSERT INTO ATTRIBUTEVARIABLES VALUES (?, ?, ?)', [
            attributeId,
            variableIds.get(variable)!,
            name,
          ]);
        }
        db.run('INSERT INTO ATTRIBUTEVALUES VALUES (?, ?, ?, ?)', [
          nextValue++,
          entity(variable, value),
          attributeId,
          attribute,
        ]);
      }
    }
  }
  for (const name of spec.withoutTables ?? []) db.run(`DROP TABLE ${name}`);
  const bytes = db.export();
  db.close();
  return bytes;
}

const HEARING =
  'Senator Smith said: We must regulate CO2 now. Ms Jones replied: Regulation would hurt the ' +
  'economy. Both agreed that the climate is changing.';

function span(text: string, quote: string): { start: number; stop: number } {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`not in the text: ${quote}`);
  return { start, stop: start + quote.length };
}

/** A small DNA file: 2 persons in 2 organisations, 2 concepts, 3 statements in one document. */
export function smallDnaSpec(): DnaFileSpec {
  return {
    documents: [
      {
        id: 1,
        title: 'Hearing on clean air',
        text: HEARING,
        author: 'Committee on Environment',
        source: 'Senate',
        date: Date.UTC(2005, 1, 16) / 1000,
      },
    ],
    statements: [
      {
        id: 1,
        document: 1,
        ...span(HEARING, 'We must regulate CO2 now.'),
        person: 'Anna Smith',
        organization: 'Senate',
        concept: 'CO2 should be regulated.',
        agreement: 1,
      },
      {
        id: 2,
        document: 1,
        ...span(HEARING, 'Regulation would hurt the economy.'),
        person: 'Bea Jones',
        organization: 'Industry Council',
        concept: 'CO2 should be regulated.',
        agreement: 0,
      },
      {
        id: 3,
        document: 1,
        ...span(HEARING, 'the climate is changing'),
        person: 'Bea Jones',
        organization: 'Industry Council',
        concept: 'Climate change is real.',
        agreement: 1,
      },
    ],
    attributes: {
      person: { 'Anna Smith': { Type: 'Politician' }, 'Bea Jones': { Type: 'Business' } },
      concept: { 'Climate change is real.': { Type: 'Science' } },
    },
  };
}
