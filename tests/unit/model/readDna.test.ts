// DNA 3 databases: DNA's own sample file, small files made here, and files that must be refused.
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { validateDataset } from '../../../src/model/parseDataset';
import { readDna } from '../../../src/model/readDna';
import type { Dataset } from '../../../src/model/schema';
import { dnaFile, smallDnaSpec } from '../../helpers/dnaFile';
import { interopBytes, needInterop } from '../interop';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

function read(bytes: Uint8Array, title?: string): Dataset {
  const result = readDna(SQL, bytes, title);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/** The rules FORMAT.md sets for spans: inside the source's text, and its text is the quote. */
function expectSpansHold(dataset: Dataset) {
  const texts = new Map((dataset.sources ?? []).map((s) => [s.id, s.text as string]));
  for (const statement of dataset.statements) {
    const [start, end] = statement.span as [number, number];
    const text = texts.get(statement.source!)!;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start < end && end <= text.length).toBe(true);
    expect(text.slice(start, end)).toBe(statement.quote);
  }
}

describe('readDna on DNA’s own sample.dna', () => {
  it('reads 14 actors, 6 claims and 40 statements', (context) => {
    needInterop(context);
    const dataset = read(interopBytes('sample.dna'), 'sample');
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.actors).toHaveLength(14);
    expect(dataset.claims).toHaveLength(6);
    expect(dataset.statements).toHaveLength(40);
    expect(dataset.actors.filter((a) => a.kind === 'person')).toHaveLength(7);
    expect(dataset.actors.filter((a) => a.kind === 'organization')).toHaveLength(7);
    expect(dataset.stances?.map((s) => [s.id, s.label, s.polarity])).toEqual([
      ['agrees', 'Agrees', 1],
      ['disagrees', 'Disagrees', -1],
    ]);
    expect(dataset.statements.filter((s) => s.stance === 'agrees')).toHaveLength(29);
    expect(dataset.sources).toHaveLength(7);
    expectSpansHold(dataset);

    const joel = dataset.actors.find((a) => a.name === 'Joel Bluestein')!;
    const eea = dataset.actors.find((a) => a.name === 'Energy and Environmental Analysis, Inc.')!;
    expect(joel).toMatchObject({ kind: 'person', Type: 'Business', memberOf: [eea.id] });
    expect(eea).toMatchObject({ kind: 'organization', Type: 'Business' });
    const first = dataset.statements[0]!;
    expect(first).toMatchObject({ actor: joel.id, stance: 'disagrees', date: '2005-01-26' });
    expect(first.quote).toMatch(/^At the gas prices we are forecasting/);
    const source = dataset.sources!.find((s) => s.id === first.source)!;
    expect(source).toMatchObject({
      title: '109-876: Bluestein, Joel-BUS-Y',
      publisher: 'Bluestein, Joel',
      published: '2005-01-26',
    });
  });
});

describe('readDna on files made here', () => {
  it('reads persons, organisations, concepts, agreement, documents and attributes', async () => {
    const dataset = read(await dnaFile(smallDnaSpec()), 'small');
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.title).toBe('small');
    expect(dataset.actors.map((a) => [a.name, a.kind, a.memberOf])).toEqual([
      ['Anna Smith', 'person', ['organization-2']],
      ['Bea Jones', 'person', ['organization-5']],
      ['Senate', 'organization', undefined],
      ['Industry Council', 'organization', undefined],
    ]);
    expect(dataset.actors[0]).toMatchObject({ Type: 'Politician' });
    expect(dataset.claims).toEqual([
      { id: 'concept-3', text: 'CO2 should be regulated.' },
      { id: 'concept-6', text: 'Climate change is real.', Type: 'Science' },
    ]);
    expect(dataset.statements.map((s) => [s.stance, s.quote])).toEqual([
      ['agrees', 'We must regulate CO2 now.'],
      ['disagrees', 'Regulation would hurt the economy.'],
      ['agrees', 'the climate is changing'],
    ]);
    expect(dataset.sources![0]).toMatchObject({
      id: 'document-1',
      title: 'Hearing on clean air',
      publisher: 'Committee on Environment',
      outlet: 'Senate',
      published: '2005-02-16',
    });
    expectSpansHold(dataset);
  });

  it('leaves out statements without an actor or concept, and says so', async () => {
    const spec = smallDnaSpec();
    spec.statements[0]!.person = '';
    spec.statements[0]!.organization = '';
    spec.statements[2]!.person = '';
    const dataset = read(await dnaFile(spec));
    expect(dataset.statements).toHaveLength(2);
    // Without a person, the organisation speaks.
    expect(dataset.statements[1]!.actor).toBe('organization-5');
    expect(dataset.description).toContain('1 statement without a person or organization');
  });

  it('refuses a statement whose coded text lies outside its document, naming it', async () => {
    const spec = smallDnaSpec();
    spec.statements[1]!.stop = 900;
    const result = readDna(SQL, await dnaFile(spec));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: 'STATEMENTS row 2',
          message: `its coded text runs from ${spec.statements[1]!.start} to 900, outside the text of document 1 (${spec.documents[0]!.text.length} characters)`,
        },
      ],
    });
  });

  it('refuses a file of another DNA version, saying which', async () => {
    const result = readDna(SQL, await dnaFile({ ...smallDnaSpec(), version: '2.0 beta 25' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.message).toBe(
      'this file was written by DNA 2.0 beta 25; Stancegraph reads the files of DNA 3 (3.0 and later)',
    );
  });

  it('refuses a database without DNA 3’s tables, naming what it found', async () => {
    const result = readDna(
      SQL,
      await dnaFile({ ...smallDnaSpec(), withoutTables: ['STATEMENTTYPES', 'SETTINGS'] }),
    );
    expect(!result.ok && result.problems[0]!.message).toMatch(
      /^this is not a DNA 3 database: it lacks the tables SETTINGS and STATEMENTTYPES \(found: ATTRIBUTEVALUES, .*VARIABLES\)$/,
    );
  });

  it('refuses a file without the four variables, naming those it has', async () => {
    const result = readDna(
      SQL,
      await dnaFile({
        ...smallDnaSpec(),
        variables: [
          { name: 'person', type: 'short text' },
          { name: 'concept', type: 'short text' },
          { name: 'agreement', type: 'boolean' },
        ],
      }),
    );
    expect(!result.ok && result.problems[0]!.message).toBe(
      'no statement type has the variables person, organization, concept and agreement; found "DNA Statement" (person, concept, agreement)',
    );
  });

  it('refuses what is no SQLite database', () => {
    const result = readDna(SQL, new TextEncoder().encode('SQLite format 3\0 but then nothing'));
    expect(!result.ok && result.problems[0]!.message).toMatch(
      /^could not be read as a DNA database/,
    );
  });
});
