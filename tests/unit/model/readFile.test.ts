// Telling the format of a file from its first bytes and its name, and reading each format the app
// opens through one entry point, as the worker does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { FORMATS_READ } from '../../../src/model/fileFormats';
import { readFile, sniffFormat, titleOfFile } from '../../../src/model/readDataset';
import { dnaFile, smallDnaSpec } from '../../helpers/dnaFile';
import { xlsxFile } from '../../helpers/xlsxFile';
import { fixtureText, interopBytes, needInterop } from '../interop';

const readers = { sqlite: () => initSqlJs() };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it('tells formats by their first bytes, whatever the name', () => {
    expect(sniffFormat('x.bin', bytes('SQLite format 3\0rest'))).toEqual({ format: 'dna' });
    expect(sniffFormat('x', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({
      format: 'xlsx',
    });
    expect(sniffFormat('graph.xml', bytes('<?xml version="1.0"?>\n<!-- hi -->\n<gexf>'))).toEqual({
      format: 'gexf',
    });
    expect(sniffFormat(undefined, '  <graphml xmlns="x">')).toEqual({ format: 'graphml' });
    expect(sniffFormat('data.txt.json', bytes('\uFEFF {"format":1}'))).toEqual({ format: 'json' });
    expect(sniffFormat(undefined, '[{"data":{}}]')).toEqual({ format: 'json' });
  });

  it('goes by the name when the content says nothing clear', () => {
    expect(sniffFormat('broken.json', bytes('nonsense'))).toEqual({ format: 'json' });
    expect(sniffFormat('broken.gexf', bytes(''))).toEqual({ format: 'gexf' });
    expect(sniffFormat('a.CSV', bytes('{not json'))).toEqual({ format: 'csv' });
    expect(sniffFormat('a.tsv', bytes('a\tb'))).toEqual({ format: 'tsv' });
    expect(sniffFormat(undefined, 'actor,claim,stance\nA,B,yes')).toEqual({ format: 'csv' });
    expect(sniffFormat('export.txt', bytes('actor\tclaim\tstance\nA\tB\tyes'))).toEqual({
      format: 'csv',
    });
    expect(sniffFormat('data.txt', bytes('{"format":"stancegraph"}'))).toEqual({ format: 'json' });
  });

  it('refuses anything else, naming the formats read', () => {
    expect(sniffFormat('report.pdf', bytes('%PDF-1.4'))).toEqual({
      problem: `this file is in none of the formats Stancegraph reads: ${FORMATS_READ}`,
    });
    expect(sniffFormat(undefined, 'hello')).toEqual({
      problem: `this text is in none of the formats Stancegraph reads: ${FORMATS_READ}`,
    });
    expect(sniffFormat('a.xml', bytes('<svg/>'))).toEqual({
      problem: `this XML file is neither GEXF nor GraphML (its first element is <svg>); Stancegraph reads ${FORMATS_READ}`,
    });
    expect(sniffFormat('fake.dna', bytes('hello'))).toEqual({
      problem:
        'this is no DNA database: DNA 3 files are SQLite databases, and this one does not start like one',
    });
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffFormat('old.xls', xls)).toMatchObject({
      problem: expect.stringMatching(/^this is an old Excel workbook/),
    });
  });

  it('names a file by its name without the extension', () => {
    expect(titleOfFile('sample.dna')).toBe('sample');
    expect(titleOfFile('my data.v2.csv')).toBe('my data.v2');
    expect(titleOfFile('README')).toBe('README');
    expect(titleOfFile(undefined)).toBe('');
  });
});

describe('readFile', () => {
  it('reads stancegraph JSON and keeps its text', async () => {
    const text = fixtureText('minimal.valid.json');
    const { result, text: kept } = await readFile(
      { name: 'm.json', content: bytes(text) },
      readers,
    );
    expect(result.ok && 'dataset' in result && result.dataset.actors).toHaveLength(2);
    expect(kept).toBe(text);
  });

  it('words a broken JSON file as before', async () => {
    const { result } = await readFile({ name: 'b.json', content: bytes('{"format": ') }, readers);
    expect(!result.ok && result.problems[0]!.message).toMatch(/^not valid JSON/);
  });

  it('reads a DNA file, keeping the dataset’s JSON for the session', async () => {
    const { result, text } = await readFile(
      { name: 'small.dna', content: await dnaFile(smallDnaSpec()) },
      readers,
    );
    expect(result.ok && 'dataset' in result && result.dataset.title).toBe('small');
    expect(JSON.parse(text!).statements).toHaveLength(3);
  });

  it('reads the real files of other tools', async (context) => {
    needInterop(context);
    const dna = await readFile(
      { name: 'sample.dna', content: interopBytes('sample.dna') },
      readers,
    );
    expect(dna.result.ok && 'dataset' in dna.result && dna.result.dataset.statements).toHaveLength(
      40,
    );
    const gexf = await readFile(
      { name: 'les-miserables.gexf', content: interopBytes('les-miserables.gexf') },
      readers,
    );
    expect(gexf.result.ok && 'network' in gexf.result && gexf.result.network?.nodes).toHaveLength(
      77,
    );
    const cyjs = await readFile(
      { name: 'x.cyjs', content: interopBytes('cytoscape-desktop-6000-elements.cyjs') },
      readers,
    );
    expect(cyjs.result.ok && 'network' in cyjs.result && cyjs.result.network?.edges).toHaveLength(
      5845,
    );
  });

  it('reads GEXF and GraphML as plain networks, keeping their text', async () => {
    for (const name of ['small.gexf', 'small.graphml']) {
      const text = fixtureText(`interop/${name}`);
      const { result, text: kept } = await readFile({ name, content: bytes(text) }, readers);
      expect(result.ok && 'network' in result && result.network !== null).toBe(true);
      expect(kept).toBe(text);
      // A saved session gives the text back with the title, not the name: it must read the same.
      const again = await readFile({ content: kept!, title: 'small' }, readers);
      expect(again.result).toEqual(result);
    }
  });

  it('reads CSV, TSV and XLSX as tables for the Map columns dialog', async () => {
    const csv = await readFile(
      { name: 'votes.csv', content: bytes('actor,claim,stance\nA,B,yes') },
      readers,
    );
    expect(csv).toEqual({
      result: {
        ok: true,
        table: {
          title: 'votes',
          format: 'csv',
          headers: ['actor', 'claim', 'stance'],
          rows: [{ number: 2, cells: ['A', 'B', 'yes'] }],
          problems: [],
        },
      },
      text: null,
    });
    const tsv = await readFile({ name: 'v.tsv', content: bytes('actor\tclaim\nA\tB') }, readers);
    expect(tsv.result.ok && 'table' in tsv.result && tsv.result.table.rows[0]!.cells).toEqual([
      'A',
      'B',
    ]);
    const xlsx = await readFile(
      {
        name: 'w.xlsx',
        content: xlsxFile([
          ['actor', 'date'],
          ['A', new Date(Date.UTC(2020, 0, 2))],
        ]),
      },
      readers,
    );
    expect(xlsx.result.ok && 'table' in xlsx.result && xlsx.result.table.rows).toEqual([
      { number: 2, cells: ['A', '2020-01-02'] },
    ]);
  });

  it('reads a CSV saved by Excel in Windows-1252', async () => {
    const latin = new Uint8Array([
      ...bytes('actor,claim\n'),
      0x4a,
      0xfc,
      0x72,
      0x67,
      0x65,
      0x6e,
      ...bytes(',x'),
    ]);
    const { result } = await readFile({ name: 'w.csv', content: latin }, readers);
    expect(result.ok && 'table' in result && result.table.rows[0]!.cells[0]).toBe('Jürgen');
  });

  it('refuses a workbook that is not one, and any other file', async () => {
    const broken = await readFile(
      { name: 'b.xlsx', content: xlsxFile([['a']]).subarray(0, 100) },
      readers,
    );
    expect(!broken.result.ok && broken.result.problems[0]!.message).toMatch(
      /^could not be read as an XLSX workbook/,
    );
    const other = await readFile(
      { name: 'p.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      readers,
    );
    expect(!other.result.ok && other.result.problems[0]!.message).toContain(FORMATS_READ);
  });
});

describe('the spreadsheet template', () => {
  it('is a CSV the Map columns dialog reads without a choice to make', async () => {
    const text = readFileSync(
      resolve(__dirname, '../../../public/stancegraph-template.csv'),
      'utf8',
    );
    const { result } = await readFile({ name: 'stancegraph-template.csv', content: text }, readers);
    if (!result.ok || !('table' in result)) throw new Error('not a table');
    const { buildDataset, guessMapping, suggestStanceChoices } =
      await import('../../../src/model/columnMapping');
    const mapping = guessMapping(result.table.headers);
    const build = buildDataset(result.table, {
      mapping,
      stances: suggestStanceChoices(result.table, mapping),
      dateOrder: null,
      skipRows: new Set(),
    });
    expect(build.problems).toEqual([]);
    expect(build.dataset.statements).toHaveLength(1);
    expect(build.dataset.actors.map((a) => [a.name, a.kind])).toEqual([
      ['Jens Stoltenberg', 'person'],
      ['NATO', 'organization'],
    ]);
  });
});
