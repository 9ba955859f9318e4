// Property tests: whatever a file contains, parseDataset answers (never throws) with a dataset
// that keeps every field, or with a non-empty list of well-formed problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, type ParseResult } from '../../../src/model';
import { fixtureCases, readFixture } from './fixtureFiles';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

const TOP_LEVEL =
  /^(format|version|title|description|stances|sources|actors|claims|statements|layout)\b/;
const ODD_IDS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '',
  ' ',
  'a',
  'c1',
  's1',
  'asserts',
];

const validTexts = fixtureCases('valid').map((name) =>
  readFixture(name, 'valid').replace(/^\uFEFF/, ''),
);

/** Asserts the shape every answer must have, and returns it. */
function expectWellFormed(result: ParseResult, text: string): ParseResult {
  if (result.ok) {
    // Nothing is lost: the dataset writes back to the very JSON it was read from.
    expect(JSON.stringify(result.dataset)).toBe(
      JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, ''))),
    );
    return result;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  const seen = new Set<string>();
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message).not.toBe('');
    expect(problem.path === '' || TOP_LEVEL.test(problem.path)).toBe(true);
    const key = `${problem.path}\n${problem.message}`;
    expect(seen.has(key), `reported twice: ${key}`).toBe(false);
    seen.add(key);
  }
  return result;
}

function parseSafely(text: string): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseDataset(text);
  }).not.toThrow();
  return expectWellFormed(result!, text);
}

/** Returns the path of every value in the document, the document itself first. */
function pathsOf(value: Json, at: Segment[] = []): Segment[][] {
  const paths = [at];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...at, i])));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) paths.push(...pathsOf(value[key]!, [...at, key]));
  }
  return paths;
}

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'oddId'; pick: number; id: string }
  | { op: 'insert'; pick: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
  fc.record({ op: fc.constant('oddId' as const), pick: fc.nat(), id: fc.constantFrom(...ODD_IDS) }),
  fc.record({
    op: fc.constant('insert' as const),
    pick: fc.nat(),
    key: fc.oneof(fc.constantFrom(...ODD_IDS), fc.string()),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
);

// Sets an own property even for "__proto__", as JSON.parse would.
function setOwn(target: { [key: string]: Json }, key: string, value: Json) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function mutate(document: Json, m: Mutation): Json {
  const paths = pathsOf(document);
  const path = paths[m.pick % paths.length]!;
  // A copy: fast-check reuses the values it generated, which must not change under it.
  const value = 'value' in m ? (JSON.parse(JSON.stringify(m.value)) as Json) : null;
  const fresh: Json = m.op === 'oddId' ? m.id : value;
  if (path.length === 0) return m.op === 'insert' || m.op === 'delete' ? document : fresh;
  let parent: Json = document;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<Segment, Json>)[segment]!;
  const last = path[path.length - 1]!;
  const container = parent as Json[] & { [key: string]: Json };
  if (m.op === 'delete') {
    if (Array.isArray(container)) container.splice(last as number, 1);
    else delete container[last as string];
  } else if (m.op === 'insert') {
    const target = container[last as string]!;
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      setOwn(target, m.key, value);
    else if (Array.isArray(target)) target.push(value);
    // Never a named key on an array: it is not JSON (and "constructor" would break splice).
    else if (Array.isArray(container)) container.push(value);
    else setOwn(container, m.key, value);
  } else if (Array.isArray(container)) {
    container[last as number] = fresh;
  } else {
    setOwn(container, last as string, fresh);
  }
  return document;
}

const RECORD_LISTS = ['actors', 'claims', 'sources', 'statements'];
const ID_FIELDS = ['id', 'actor', 'claim', 'source', 'memberOf', 'about'];

function recordsOf(document: Json): { [key: string]: Json }[] {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return [];
  return RECORD_LISTS.flatMap((key) => {
    const list = document[key];
    return Array.isArray(list) ? (list as { [key: string]: Json }[]) : [];
  });
}

/** Returns the ids of the actors, claims, sources and statements of a document. */
function idsOf(document: Json): string[] {
  return recordsOf(document).flatMap((record) =>
    typeof record['id'] === 'string' ? [record['id']] : [],
  );
}

/** Returns every string value of a document. */
function stringsOf(value: Json, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => stringsOf(item, into));
  else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((item) => stringsOf(item, into));
  }
  return into;
}

/** Renames an id wherever it is defined or referred to (stance ids aside). */
function renameId(document: Json, from: string, to: string) {
  // Saved positions are keyed by actor and claim id (docs/FORMAT.md, Layout).
  const layout = (document as { [key: string]: Json })['layout'];
  for (const positions of Object.values(layout && typeof layout === 'object' ? layout : {})) {
    if (!positions || typeof positions !== 'object' || Array.isArray(positions)) continue;
    if (!Object.prototype.hasOwnProperty.call(positions, from)) continue;
    const position = positions[from]!;
    delete positions[from];
    setOwn(positions, to, position);
  }
  for (const record of recordsOf(document)) {
    for (const key of ID_FIELDS) {
      const value = record[key];
      if (value === from) record[key] = to;
      else if (Array.isArray(value)) record[key] = value.map((item) => (item === from ? to : item));
    }
  }
}

describe('parseDataset on any input', () => {
  it('answers random mutations of valid datasets with a dataset or with problems', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...validTexts),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (text, mutations) => {
          let document = JSON.parse(text) as Json;
          for (const m of mutations) document = mutate(document, m);
          parseSafely(JSON.stringify(document));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('loads a valid dataset whose ids are all renamed to odd ones such as "__proto__"', () => {
    const cases = validTexts.flatMap((text) => {
      const document = JSON.parse(text) as Json;
      return idsOf(document).map((id) => ({ text, id }));
    });
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom(...ODD_IDS), ({ text, id }, odd) => {
        const document = JSON.parse(text) as Json;
        fc.pre(!stringsOf(document).has(odd));
        renameId(document, id, odd);
        expect(parseSafely(JSON.stringify(document)).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses truncated files', () => {
    fc.assert(
      fc.property(fc.constantFrom(...validTexts), fc.nat(), (text, cut) => {
        const result = parseSafely(text.slice(0, cut % text.trimEnd().length));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('answers random text and random JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.string()), (text) => {
        parseSafely(text);
      }),
      { numRuns: 500 },
    );
  });

  it('locates every JSON syntax error by line and column', () => {
    fc.assert(
      fc.property(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom('', '{', '}', ',', '"', ':', '\n', 'x', '[', ']'),
        (json, at, insert) => {
          const cut = at % (json.length + 1);
          const text = json.slice(0, cut) + insert + json.slice(cut + (insert === '' ? 1 : 0));
          const result = parseSafely(text);
          if (result.ok) return;
          const first = result.problems[0]!;
          if (first.message.startsWith('not valid JSON')) {
            expect(first.message).toMatch(
              /^not valid JSON: (.+ \(line \d+, column \d+\)|the file is empty)$/,
            );
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
