// Reading a stancegraph file: JSON syntax, then the record schemas, then the rules that span
// records (unique ids, resolved references). Every problem in the file is collected, none of these
// functions throws, and file data is only ever keyed into Map/Set, so ids such as "__proto__" are
// ordinary ids.
import type { Collection } from './changes';
import {
  ActorSchema,
  ClaimSchema,
  DatasetSchema,
  FORMAT_VERSION,
  quoteValue,
  SourceSchema,
  StatementSchema,
  type Dataset,
} from './schema';
import { DEFAULT_STANCES } from './stances';

/** One reason a file is refused: where (a JSON path such as `statements[3].actor`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

type Segment = string | number;

interface Found {
  at: readonly Segment[];
  message: string;
}

/**
 * Returns a JSON path as text: `statements[3].actor`, `actors[0].memberOf[1]`, `format`; the
 * empty string for the document itself. Keys that are not plain names are bracketed and quoted.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${String(segment)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Returns the dataset in `text` when it is a valid stancegraph file, else every problem found.
 * Never throws: broken JSON and unexpected input come back as problems too.
 */
export function parseDataset(text: string): ParseResult {
  try {
    if (typeof text !== 'string') return refuse('', 'not a text');
    // Editors on Windows may save a byte order mark, which JSON.parse does not accept.
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      return refuse('', describeJsonError(body, error));
    }
    return validateDataset(value);
  } catch (error) {
    return refuse('', `could not be read: ${errorText(error)}`);
  }
}

/**
 * Returns the value itself, typed as a Dataset, when it is a valid stancegraph dataset (already
 * parsed JSON), else every problem found. The dataset is not a copy, so every field, known or
 * not, is kept as it was. Never throws.
 */
export function validateDataset(value: unknown): ParseResult {
  try {
    if (!isRecord(value)) return refuse('', 'not a JSON object');
    let found: Found[] = [];
    const result = DatasetSchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        found.push({ at: issue.path.map(toSegment), message: issue.message });
      }
    }
    const version = field(value, 'version');
    if (typeof version === 'number' && version > FORMAT_VERSION) {
      // A newer version may be laid out differently: judging its body by version 1 would bury
      // the one problem that matters under problems that are not.
      found = found.filter(
        (f) => f.at.length === 1 && (f.at[0] === 'format' || f.at[0] === 'version'),
      );
    } else {
      found.push(...checkReferences(value));
    }
    if (found.length === 0) return { ok: true, dataset: value as Dataset };
    return {
      ok: false,
      problems: sortFound(found).map((f) => ({ path: formatPath(f.at), message: f.message })),
    };
  } catch (error) {
    return refuse('', `could not be checked: ${errorText(error)}`);
  }
}

const RECORD_SCHEMAS = {
  actors: ActorSchema,
  claims: ClaimSchema,
  statements: StatementSchema,
  sources: SourceSchema,
} as const;

/**
 * Returns every problem of a dataset after an edit, by the same rules as an opened file: the
 * edited records against their record schemas, and every rule across records (ids, references,
 * spans, layout). The other records were valid before the edit and are not parsed again, so an
 * edit of a large dataset costs milliseconds.
 */
export function checkEditedDataset(dataset: Dataset, edited: ReadonlySet<object>): Problem[] {
  const found: Found[] = [];
  for (const collection of Object.keys(RECORD_SCHEMAS) as Collection[]) {
    const list: readonly unknown[] = dataset[collection] ?? [];
    list.forEach((record, index) => {
      if (typeof record !== 'object' || record === null || !edited.has(record)) return;
      const result = RECORD_SCHEMAS[collection].safeParse(record);
      if (result.success) return;
      for (const issue of result.error.issues) {
        found.push({
          at: [collection, index, ...issue.path.map(toSegment)],
          message: issue.message,
        });
      }
    });
  }
  found.push(...checkReferences(dataset as unknown as Record<string, unknown>));
  return sortFound(found).map((f) => ({ path: formatPath(f.at), message: f.message }));
}

function refuse(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function toSegment(key: PropertyKey): Segment {
  return typeof key === 'symbol' ? String(key) : key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Reads only own properties, so a missing field never resolves to something on Object.prototype.
function field(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function arrayField(record: Record<string, unknown>, key: string): readonly unknown[] | undefined {
  const value = field(record, key);
  return Array.isArray(value) ? value : undefined;
}

// ---------------------------------------------------------------------------------------------
// Rules across records

/**
 * Registers the string ids of `list` (the array at top-level `key`) in `space`, reporting each id
 * already there. Returns the ids of this list.
 */
function collectIds(
  list: readonly unknown[],
  key: string,
  space: Map<string, string>,
  found: Found[],
): Set<string> {
  const ids = new Set<string>();
  list.forEach((item, index) => {
    if (!isRecord(item)) return;
    const id = field(item, 'id');
    if (typeof id !== 'string') return;
    const first = space.get(id);
    if (first === undefined) space.set(id, `${key}[${index}]`);
    else
      found.push({
        at: [key, index, 'id'],
        message: `id ${quoteValue(id)} is already used by ${first}`,
      });
    ids.add(id);
  });
  return ids;
}

function checkReferences(root: Record<string, unknown>): Found[] {
  const found: Found[] = [];
  const actors = arrayField(root, 'actors');
  const claims = arrayField(root, 'claims');
  const statements = arrayField(root, 'statements');
  const sources = arrayField(root, 'sources');
  const stances = field(root, 'stances');

  // An id set is undefined when its list is unreadable: references into it cannot be judged.
  const entities = new Map<string, string>(); // actors and claims share one id space
  const actorIds = actors && collectIds(actors, 'actors', entities, found);
  const claimIds = claims && collectIds(claims, 'claims', entities, found);
  const sourceIds =
    field(root, 'sources') === undefined
      ? new Set<string>()
      : sources && collectIds(sources, 'sources', new Map(), found);
  if (statements) collectIds(statements, 'statements', new Map(), found);
  const customVocabulary = Array.isArray(stances);
  const sourceTexts = textsOf(sources);
  const stanceIds =
    stances === undefined
      ? new Set(DEFAULT_STANCES.map((stance) => stance.id))
      : Array.isArray(stances)
        ? collectIds(stances, 'stances', new Map(), found)
        : undefined;

  const checkActor = (ref: unknown, at: Segment[]) => {
    if (typeof ref !== 'string' || !actorIds || actorIds.has(ref)) return;
    const message = claimIds?.has(ref)
      ? `${quoteValue(ref)} is a claim, not an actor`
      : `no actor with id ${quoteValue(ref)}`;
    found.push({ at, message });
  };
  const checkActorList = (record: Record<string, unknown>, key: string, at: Segment[]) => {
    arrayField(record, key)?.forEach((ref, index) => checkActor(ref, [...at, key, index]));
  };

  actors?.forEach((actor, index) => {
    if (isRecord(actor)) checkActorList(actor, 'memberOf', ['actors', index]);
  });
  claims?.forEach((claim, index) => {
    if (isRecord(claim)) checkActorList(claim, 'about', ['claims', index]);
  });
  statements?.forEach((statement, index) => {
    if (!isRecord(statement)) return;
    const at = (key: string): Segment[] => ['statements', index, key];
    checkActor(field(statement, 'actor'), at('actor'));

    const claim = field(statement, 'claim');
    if (typeof claim === 'string' && claimIds && !claimIds.has(claim)) {
      const message = actorIds?.has(claim)
        ? `${quoteValue(claim)} is an actor, not a claim`
        : `no claim with id ${quoteValue(claim)}`;
      found.push({ at: at('claim'), message });
    }

    const stance = field(statement, 'stance');
    if (typeof stance === 'string' && stanceIds && !stanceIds.has(stance)) {
      const replaced = customVocabulary && DEFAULT_STANCES.some((s) => s.id === stance);
      found.push({
        at: at('stance'),
        message:
          `no stance with id ${quoteValue(stance)} in the vocabulary in force` +
          (replaced ? ' (the file\'s own "stances" replace the default ones)' : ''),
      });
    }

    const source = field(statement, 'source');
    if (typeof source === 'string' && sourceIds && !sourceIds.has(source)) {
      found.push({ at: at('source'), message: `no source with id ${quoteValue(source)}` });
    }
    const spanProblem = checkSpan(statement, sourceTexts);
    if (spanProblem) found.push({ at: at('span'), message: spanProblem });
  });
  found.push(...checkLayout(field(root, 'layout'), actorIds, claimIds));
  return found;
}

/** The text of every source that has one, by id (first of a repeated id). */
function textsOf(sources: readonly unknown[] | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  sources?.forEach((source) => {
    if (!isRecord(source)) return;
    const id = field(source, 'id');
    const text = field(source, 'text');
    if (typeof id === 'string' && typeof text === 'string' && !texts.has(id)) texts.set(id, text);
  });
  return texts;
}

const isSpan = (value: unknown): value is [number, number] =>
  Array.isArray(value) &&
  value.length === 2 &&
  value.every((n) => Number.isInteger(n) && n >= 0) &&
  (value[0] as number) < (value[1] as number);

/**
 * Returns what is wrong with a statement's `span` against its source's text (docs/FORMAT.md,
 * Statement), or null. A malformed span is the record schema's to report.
 */
function checkSpan(
  statement: Record<string, unknown>,
  sourceTexts: ReadonlyMap<string, string>,
): string | null {
  const span = field(statement, 'span');
  if (!isSpan(span)) return null;
  const source = field(statement, 'source');
  if (typeof source !== 'string') return 'a span needs a source whose text it points into';
  const text = sourceTexts.get(source);
  if (text === undefined) return `the source ${quoteValue(source)} has no text to point into`;
  const [start, end] = span;
  if (end > text.length)
    return `[${start}, ${end}] is outside the source's text (${text.length} characters)`;
  const quote = field(statement, 'quote');
  if (typeof quote === 'string' && text.slice(start, end) !== quote)
    return `the source's text at [${start}, ${end}] is ${quoteValue(text.slice(start, end))}, not the quote`;
  return null;
}

/** Every `layout` position must name an actor or a claim (docs/FORMAT.md, Layout). */
function checkLayout(
  layout: unknown,
  actorIds: ReadonlySet<string> | undefined,
  claimIds: ReadonlySet<string> | undefined,
): Found[] {
  if (!isRecord(layout) || !actorIds || !claimIds) return [];
  const found: Found[] = [];
  for (const view of ['claims', 'actors']) {
    const positions = field(layout, view);
    if (!isRecord(positions)) continue;
    for (const id of Object.keys(positions)) {
      if (!actorIds.has(id) && !claimIds.has(id))
        found.push({
          at: ['layout', view, id],
          message: `no actor or claim with id ${quoteValue(id)}`,
        });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Order of the problems: by place in the document, fields in the order docs/FORMAT.md lists them.

const TOP_LEVEL_ORDER: readonly string[] = [
  'format',
  'version',
  'title',
  'description',
  'stances',
  'sources',
  'actors',
  'claims',
  'statements',
  'layout',
];

const FIELD_ORDER: ReadonlyMap<string, readonly string[]> = new Map([
  ['stances', ['id', 'label', 'polarity', 'color']],
  ['sources', ['id', 'title', 'publisher', 'published', 'url', 'text']],
  ['actors', ['id', 'name', 'kind', 'role', 'memberOf', 'aliases', 'country']],
  ['claims', ['id', 'text', 'about', 'topic']],
  [
    'statements',
    ['id', 'actor', 'claim', 'stance', 'date', 'place', 'quote', 'source', 'note', 'span'],
  ],
]);

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

function comparePaths(a: readonly Segment[], b: readonly Segment[]): number {
  const length = Math.min(a.length, b.length);
  for (let depth = 0; depth < length; depth++) {
    const x = a[depth];
    const y = b[depth];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x !== 'string' || typeof y !== 'string') return 0;
    if (depth === 0) return rank(TOP_LEVEL_ORDER, x) - rank(TOP_LEVEL_ORDER, y);
    const order = depth === 2 && typeof a[0] === 'string' ? FIELD_ORDER.get(a[0]) : undefined;
    // Fields docs/FORMAT.md does not order keep the order they were found in (the sort is stable).
    return order ? rank(order, x) - rank(order, y) : 0;
  }
  return a.length - b.length;
}

function sortFound(found: Found[]): Found[] {
  return [...found].sort((a, b) => comparePaths(a.at, b.at));
}

// ---------------------------------------------------------------------------------------------
// Where JSON breaks. Engines word (and locate) syntax errors differently, so the first error is
// found here by a small scanner of the JSON grammar; it runs only on text JSON.parse refused.

interface SyntaxFault {
  offset: number;
  reason: string;
}

function describeJsonError(text: string, error: unknown): string {
  const fault = findSyntaxFault(text);
  if (!fault) return `not valid JSON: ${errorText(error)}`;
  if (fault.reason === EMPTY) return `not valid JSON: ${EMPTY}`;
  const lines = text.slice(0, fault.offset).split('\n');
  const column = (lines[lines.length - 1] ?? '').length + 1;
  return `not valid JSON: ${fault.reason} (line ${lines.length}, column ${column})`;
}

const EMPTY = 'the file is empty';
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  return JSON.stringify(String.fromCodePoint(code));
}

/** Returns the first syntax fault of `text` as JSON, or undefined when it is valid JSON. */
function findSyntaxFault(text: string): SyntaxFault | undefined {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';

  const skipSpace = () => {
    while (i < n && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const fault = (reason: string): SyntaxFault =>
    i >= n ? { offset: n, reason: 'the text ends too early' } : { offset: i, reason };
  const scanString = (): SyntaxFault | undefined => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c === '\\') {
        const next = text.charAt(i + 1);
        if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else if (next === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else return fault('a bad escape sequence in a string');
        continue;
      }
      if (c === '\n' || c === '\r')
        return fault('a line break inside a string (is a closing quote missing?)');
      if (c < ' ') return fault(`a control character ${describeChar(text, i)} inside a string`);
      i++;
    }
    return { offset: start, reason: 'a string is not closed' };
  };

  for (;;) {
    skipSpace();
    if (state === 'value') {
      if (i >= n && stack.length === 0) return { offset: i, reason: EMPTY };
      const c = text.charAt(i);
      if (c === '{' || c === '[') {
        i++;
        stack.push(c);
        skipSpace();
        const close = c === '{' ? '}' : ']';
        if (text.charAt(i) === close) {
          i++;
          stack.pop();
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
      } else if (c === '"') {
        const bad = scanString();
        if (bad) return bad;
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match) return fault('a malformed number');
        i += match[0].length;
        state = 'after';
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return fault(`unexpected ${describeChar(text, i)}`);
        i += word.length;
        state = 'after';
      }
    } else if (state === 'key') {
      if (text.charAt(i) !== '"') {
        return fault(`expected a property name in double quotes, found ${describeChar(text, i)}`);
      }
      const bad = scanString();
      if (bad) return bad;
      skipSpace();
      if (text.charAt(i) !== ':')
        return fault(`expected ":" after a property name, found ${describeChar(text, i)}`);
      i++;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        return i < n
          ? fault(`unexpected ${describeChar(text, i)} after the end of the data`)
          : undefined;
      }
      const close = top === '{' ? '}' : ']';
      const c = text.charAt(i);
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if (c === close) {
        i++;
        stack.pop();
      } else {
        return fault(`expected "," or "${close}", found ${describeChar(text, i)}`);
      }
    }
  }
}
