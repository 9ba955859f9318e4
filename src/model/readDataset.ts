// What a file holds, whatever the format: the format is told by the file's first bytes and its
// name, then the reader of that format runs. Readers of the formats that need a large library
// (sql.js, the XLSX and XML readers) are imported only when a file of theirs is opened.
import type { SqlJsStatic } from 'sql.js';
import { isCytoscapeJson, readCytoscapeJson, type PlainNetwork } from './network';
import { parseDataset, validateDataset, type Problem } from './parseDataset';
import { FORMATS_READ } from './fileFormats';
import type { Dataset } from './schema';
import type { StatementTable, TableResult } from './table';

/** A file read as one of the formats the app opens: a stancegraph dataset, or a plain network. */
export type ReadResult =
  { ok: true; dataset: Dataset; network: PlainNetwork | null } | { ok: false; problems: Problem[] };

/**
 * A file read as anything the app opens: a dataset or network (as ReadResult), or a table of
 * statements, which needs the user to map its columns before it is a dataset.
 */
export type FileReadResult = ReadResult | { ok: true; table: StatementTable };

export type FileFormat = 'json' | 'gexf' | 'graphml' | 'dna' | 'csv' | 'tsv' | 'xlsx';

/**
 * Returns what a file's text holds: a stancegraph dataset, or a Cytoscape.js JSON network (with
 * the dataset the rest of the app reads it through), else every problem found. Never throws.
 */
export function readDatasetText(text: string): ReadResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // parseDataset words and locates JSON syntax errors the same way in every browser.
    const result = parseDataset(body);
    return result.ok ? { ...result, network: null } : result;
  }
  if (isCytoscapeJson(value)) return readCytoscapeJson(value);
  const result = validateDataset(value);
  return result.ok ? { ...result, network: null } : result;
}

const SQLITE = 'SQLite format 3\0';
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function extensionOf(name: string | undefined): string {
  const dot = name?.lastIndexOf('.') ?? -1;
  return dot === -1 || name === undefined ? '' : name.slice(dot).toLowerCase();
}

/** Returns the file's name without its extension (the title a converted dataset gets). */
export function titleOfFile(name: string | undefined): string {
  if (name === undefined) return '';
  const ext = extensionOf(name);
  return (ext === '' ? name : name.slice(0, -ext.length)).trim();
}

/** The format the first element of XML text names, if it is one the app reads. */
function xmlRoot(text: string): 'gexf' | 'graphml' | string | undefined {
  // Past the XML declaration, comments and a DOCTYPE: the first real tag.
  const match = /<([A-Za-z_][\w.:-]*)/.exec(
    text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''),
  );
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
  return local;
}

/** Whether text without a name looks like a table: a first line split by commas, tabs or semicolons. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  return [',', '\t', ';'].some((d) => lines[0]!.split(d).length >= 3);
}

export type Sniffed = { format: FileFormat } | { problem: string };

/**
 * Returns the format of a file from its first bytes and its name: a SQLite database is a DNA file,
 * a ZIP archive an XLSX workbook, JSON text (starting with { or [) stancegraph or Cytoscape JSON,
 * XML text GEXF or GraphML by its first element; .csv and .tsv files are tables. When the content
 * says nothing clear, the name's extension decides, so that a broken file of a known format gets
 * that format's message. Anything else is refused with a message naming the formats read.
 */
export function sniffFormat(name: string | undefined, head: Uint8Array | string): Sniffed {
  const ext = extensionOf(name);
  const bytes = typeof head === 'string' ? undefined : head;
  // The first few thousand characters tell; a 50 MB text need not be scanned for that.
  const text =
    typeof head === 'string'
      ? head.slice(0, 4096)
      : new TextDecoder('utf-8').decode(head.subarray(0, 4096));
  if (bytes && text.startsWith(SQLITE)) return { format: 'dna' };
  if (bytes && startsWithBytes(bytes, ZIP)) return { format: 'xlsx' };
  if (bytes && startsWithBytes(bytes, OLE)) {
    return {
      problem:
        'this is an old Excel workbook (.xls) or another Office file: save it as .xlsx or as CSV ' +
        'and open that',
    };
  }
  if (ext === '.csv') return { format: 'csv' };
  if (ext === '.tsv' || ext === '.tab') return { format: 'tsv' };
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return { format: 'json' };
  if (start.startsWith('<')) {
    const root = xmlRoot(start);
    if (root === 'gexf' || root === 'graphml') return { format: root };
    if (ext === '.gexf' || ext === '.graphml')
      return { format: ext === '.gexf' ? 'gexf' : 'graphml' };
    return {
      problem: `this XML file is neither GEXF nor GraphML (its first element is <${root ?? '?'}>); Stancegraph reads ${FORMATS_READ}`,
    };
  }
  switch (ext) {
    case '.json':
    case '.cyjs':
      return { format: 'json' };
    case '.gexf':
      return { format: 'gexf' };
    case '.graphml':
      return { format: 'graphml' };
    case '.dna':
      return {
        problem:
          'this is no DNA database: DNA 3 files are SQLite databases, and this one does not start like one',
      };
    case '.xlsx':
      return {
        problem:
          'this is no XLSX workbook: an .xlsx file is a ZIP archive, and this one does not start like one',
      };
  }
  // Text without a telling name (pasted, or a .txt export) that is laid out as a table.
  if ((name === undefined || ext === '.txt') && looksDelimited(start)) return { format: 'csv' };
  const what = name === undefined ? 'this text' : 'this file';
  return { problem: `${what} is in none of the formats Stancegraph reads: ${FORMATS_READ}` };
}

/** What the file reader needs from outside the model: the SQLite engine, loaded on demand. */
export interface FileReaders {
  sqlite: () => Promise<SqlJsStatic>;
}

export interface ReadFileInput {
  /** The file's name; undefined for pasted text, a saved session or a link without one. */
  name?: string;
  /** The file's bytes, or its text when it came as text. */
  content: Uint8Array | string;
  /** The title a converted file gets when it has none of its own; else the name's. */
  title?: string;
}

/**
 * Returns what a file holds, in any format the app reads, with the text to keep for a session:
 * the file's own text for JSON, GEXF and GraphML (read again the same way), the dataset's JSON for
 * a DNA file, nothing for a table (it is kept once its columns are mapped). Never throws.
 */
export async function readFile(
  input: ReadFileInput,
  readers: FileReaders,
): Promise<{ result: FileReadResult; text: string | null }> {
  try {
    return await read(input, readers);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { result: refuse(`could not be read: ${reason}`), text: null };
  }
}

function refuse(message: string, path = ''): ReadResult {
  return { ok: false, problems: [{ path, message }] };
}

/** Text of a spreadsheet export: UTF-8, else Windows-1252 (what Excel writes "CSV" in). */
function tableText(content: Uint8Array | string): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

async function read(
  { name, content, title: givenTitle }: ReadFileInput,
  readers: FileReaders,
): Promise<{ result: FileReadResult; text: string | null }> {
  const sniffed = sniffFormat(name, content);
  if ('problem' in sniffed) return { result: refuse(sniffed.problem), text: null };
  const title = givenTitle ?? titleOfFile(name);
  const asText = () =>
    typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);

  switch (sniffed.format) {
    case 'json': {
      const text = asText();
      return { result: readDatasetText(text), text };
    }
    case 'gexf':
    case 'graphml': {
      const text = asText();
      const { readGexf, readGraphml } = await import('./readXmlNetwork');
      const reader = sniffed.format === 'gexf' ? readGexf : readGraphml;
      return { result: reader(text, title || undefined), text };
    }
    case 'dna': {
      if (typeof content === 'string')
        return { result: refuse('a DNA database cannot be pasted as text'), text: null };
      const [{ readDna }, SQL] = await Promise.all([import('./readDna'), readers.sqlite()]);
      const result = readDna(SQL, content, title || undefined);
      return { result, text: result.ok ? JSON.stringify(result.dataset) : null };
    }
    case 'csv':
    case 'tsv': {
      const { readDelimitedTable } = await import('./table');
      return tableResult(
        readDelimitedTable(tableText(content), title || 'Pasted table', sniffed.format),
      );
    }
    case 'xlsx': {
      if (typeof content === 'string')
        return { result: refuse('a workbook cannot be pasted as text'), text: null };
      return tableResult(await readWorkbook(content, title || 'Workbook'));
    }
  }
}

function tableResult(result: TableResult): { result: FileReadResult; text: null } {
  return { result: result.ok ? { ok: true, table: result.table } : result, text: null };
}

/** Reads the first sheet of an XLSX workbook with read-excel-file, loaded only for it. */
async function readWorkbook(bytes: Uint8Array, title: string): Promise<TableResult> {
  const [{ readSheet }, { sheetTable }] = await Promise.all([
    import('read-excel-file/universal'),
    import('./table'),
  ]);
  let rows: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    rows = (await readSheet(buffer as ArrayBuffer)) as unknown[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: `could not be read as an XLSX workbook: ${reason}` }],
    };
  }
  return sheetTable(rows as Parameters<typeof sheetTable>[0], title);
}
