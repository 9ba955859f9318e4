import { describe, expect, it } from 'vitest';
import { formatPath, parseDataset, validateDataset, type ParseResult } from '../../../src/model';
import { readFixture } from './fixtureFiles';

const minimal = () => JSON.parse(readFixture('minimal', 'valid')) as Record<string, unknown>;

function problemsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected the data to be refused');
  return result.problems;
}

describe('unknown fields', () => {
  it('survive parsing at every level: the dataset deep-equals the input', () => {
    const text = readFixture('unknown-fields', 'valid');
    const result = parseDataset(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const input: unknown = JSON.parse(text);
    expect(result.dataset).toEqual(input);
    expect(result.dataset['x-generator']).toEqual({
      name: 'another tool',
      build: [1, 2, 3],
      nested: { deep: [{ ok: true }, null] },
    });
    expect(result.dataset.actors[0]?.['wikidata']).toBe('Q1');
    expect(result.dataset.statements[0]?.['offsets']).toEqual([10, 42]);
    expect(result.dataset.stances?.[0]?.['glyph']).toBe('+');
  });

  it('keep a "__proto__" field as an ordinary field, polluting nothing', () => {
    const result = parseDataset(readFixture('unknown-fields', 'valid'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getOwnPropertyDescriptor(result.dataset, '__proto__')?.value).toEqual({
      polluted: true,
    });
    expect(Object.getPrototypeOf(result.dataset)).toBe(Object.prototype);
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(JSON.stringify(result.dataset)).toContain('"__proto__":{"polluted":true}');
  });

  it('validateDataset returns the very object it was given', () => {
    const input = minimal();
    const result = validateDataset(input);
    expect(result.ok && result.dataset).toBe(input);
  });
});

describe('ids that are names of Object.prototype', () => {
  it('resolve like any other id', () => {
    expect(parseDataset(readFixture('proto-ids', 'valid')).ok).toBe(true);
  });

  it('are still checked: unknown and repeated ones are reported', () => {
    const data = minimal();
    data['actors'] = [
      { id: '__proto__', name: 'P', kind: 'person' },
      { id: '__proto__', name: 'Q', kind: 'person', memberOf: ['constructor'] },
    ];
    data['statements'] = [
      { id: 's1', actor: 'toString', claim: 'hasOwnProperty', stance: 'valueOf' },
    ];
    expect(problemsOf(validateDataset(data))).toEqual([
      { path: 'actors[1].id', message: 'id "__proto__" is already used by actors[0]' },
      { path: 'actors[1].memberOf[0]', message: 'no actor with id "constructor"' },
      { path: 'statements[0].actor', message: 'no actor with id "toString"' },
      { path: 'statements[0].claim', message: 'no claim with id "hasOwnProperty"' },
      {
        path: 'statements[0].stance',
        message: 'no stance with id "valueOf" in the vocabulary in force',
      },
    ]);
  });
});

describe('not JSON', () => {
  it.each([
    ['{"a": }', 'unexpected "}" (line 1, column 7)'],
    ['{\n  "a": 1,\n}', 'expected a property name in double quotes, found "}" (line 3, column 1)'],
    ["{'a': 1}", 'expected a property name in double quotes, found "\'" (line 1, column 2)'],
    ['{"a" 1}', 'expected ":" after a property name, found "1" (line 1, column 6)'],
    ['{"a": 01}', 'expected "," or "}", found "1" (line 1, column 8)'],
    ['[1 2]', 'expected "," or "]", found "2" (line 1, column 4)'],
    ['{"a": NaN}', 'unexpected "N" (line 1, column 7)'],
    ['{"a": -}', 'a malformed number (line 1, column 7)'],
    ['{"a":1', 'the text ends too early (line 1, column 7)'],
    ['{\n"a": "b', 'a string is not closed (line 2, column 6)'],
    [
      '{"a": "x\ny"}',
      'a line break inside a string (is a closing quote missing?) (line 1, column 9)',
    ],
    ['{"a": "\\x"}', 'a bad escape sequence in a string (line 1, column 8)'],
    ['{"a": "\\u12"}', 'a bad escape sequence in a string (line 1, column 8)'],
    ['{"a": "\t"}', 'a control character "\\t" inside a string (line 1, column 8)'],
    ['{} {}', 'unexpected "{" after the end of the data (line 1, column 4)'],
    ['', 'the file is empty'],
    [' \n\t ', 'the file is empty'],
  ])('%j: not valid JSON: %s', (text, where) => {
    expect(parseDataset(text)).toEqual({
      ok: false,
      problems: [{ path: '', message: `not valid JSON: ${where}` }],
    });
  });

  it('a leading byte order mark is not an error', () => {
    expect(parseDataset(`\uFEFF${JSON.stringify(minimal())}`).ok).toBe(true);
  });
});

describe('the document', () => {
  it.each([['[]'], ['null'], ['"stancegraph"'], ['1'], ['true']])(
    '%s is not a JSON object',
    (text) => {
      expect(problemsOf(parseDataset(text))).toEqual([{ path: '', message: 'not a JSON object' }]);
    },
  );

  it('refuses a text that is not a string without throwing', () => {
    expect(problemsOf(parseDataset(42 as unknown as string))).toEqual([
      { path: '', message: 'not a text' },
    ]);
  });

  it('reports format, version and every missing list of an unrelated JSON object', () => {
    expect(problemsOf(parseDataset('{"elements": []}'))).toEqual([
      { path: 'format', message: 'required field is missing' },
      { path: 'version', message: 'required field is missing' },
      { path: 'actors', message: 'required field is missing' },
      { path: 'claims', message: 'required field is missing' },
      { path: 'statements', message: 'required field is missing' },
    ]);
  });

  it.each([
    [0, 'version 0 is not supported (this app reads version 1)'],
    [1.5, 'version 1.5 is not supported (this app reads version 1)'],
    ['1', 'expected a number, got string'],
    [null, 'expected a number, got null'],
  ])('version %j: %s', (version, message) => {
    expect(problemsOf(validateDataset({ ...minimal(), version }))).toEqual([
      { path: 'version', message },
    ]);
  });

  it('a higher version is judged by its header only, the rest being another format', () => {
    const data = { ...minimal(), format: 'other', version: 3, actors: 'x' };
    expect(problemsOf(validateDataset(data))).toEqual([
      { path: 'format', message: 'format must be "stancegraph"' },
      { path: 'version', message: 'version 3 is not supported (this app reads version 1)' },
    ]);
  });

  it('checks references even when the file has structural problems', () => {
    const data = minimal();
    data['format'] = 'graph';
    data['claims'] = [{ id: 'c1' }];
    data['statements'] = [{ id: 's1', actor: 'nobody', claim: 'c1', stance: 'asserts', date: 7 }];
    expect(problemsOf(validateDataset(data))).toEqual([
      { path: 'format', message: 'format must be "stancegraph"' },
      { path: 'claims[0].text', message: 'required field is missing' },
      { path: 'statements[0].actor', message: 'no actor with id "nobody"' },
      { path: 'statements[0].date', message: 'expected a string, got number' },
    ]);
  });

  it('does not judge references into a list it cannot read', () => {
    const data: Record<string, unknown> = { ...minimal(), actors: {}, sources: 'none' };
    (data['statements'] as Record<string, unknown>[])[0]!['source'] = 'src';
    expect(problemsOf(validateDataset(data))).toEqual([
      { path: 'sources', message: 'expected an array, got string' },
      { path: 'actors', message: 'expected an array, got object' },
    ]);
  });
});

describe('records', () => {
  it('reports a wrong-typed kind as a type problem', () => {
    const data = minimal();
    data['actors'] = [{ id: 'a', name: 'A', kind: 3 }];
    data['statements'] = [];
    expect(problemsOf(validateDataset(data))).toEqual([
      { path: 'actors[0].kind', message: 'expected a string, got number' },
    ]);
  });

  it('quotes a long value shortened', () => {
    const data = minimal();
    (data['statements'] as Record<string, unknown>[])[0]!['actor'] = 'x'.repeat(500);
    expect(problemsOf(validateDataset(data))).toEqual([
      { path: 'statements[0].actor', message: `no actor with id "${'x'.repeat(60)}…"` },
    ]);
  });

  it('accepts every kind and every polarity of the format', () => {
    const data = minimal();
    data['actors'] = ['person', 'state', 'organization', 'group', 'other'].map((kind, i) => ({
      id: `a${i}`,
      name: kind,
      kind,
    }));
    data['stances'] = [-1, 0, 1].map((polarity) => ({ id: `p${polarity}`, label: 'P', polarity }));
    data['statements'] = [];
    expect(validateDataset(data).ok).toBe(true);
  });

  it('with an empty custom vocabulary, no stance is in force', () => {
    const data = { ...minimal(), stances: [] };
    expect(problemsOf(validateDataset(data)).map((p) => p.path)).toEqual([
      'statements[0].stance',
      'statements[1].stance',
    ]);
  });

  it.each([
    ['https://time.com/6978370/', true],
    ['HTTP://EXAMPLE.ORG', true],
    ['http://localhost:8080/a?b=c#d', true],
    ['http://', false],
    ['ftp://x', false],
    ['javascript:alert(1)', false],
    ['mailto:a@b.c', false],
    ['example.org', false],
    [' http://example.org', false],
  ])('url %j is accepted: %s', (url, accepted) => {
    const data = { ...minimal(), sources: [{ id: 'src', url }] };
    const result = validateDataset(data);
    if (accepted) expect(result.ok).toBe(true);
    else
      expect(problemsOf(result)).toEqual([
        { path: 'sources[0].url', message: `${JSON.stringify(url)} is not an http or https URL` },
      ]);
  });
});

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['format'], 'format'],
    [['statements', 3, 'actor'], 'statements[3].actor'],
    [['actors', 0, 'memberOf', 1], 'actors[0].memberOf[1]'],
    [['x', 'a b', '1'], 'x["a b"]["1"]'],
  ])('%j -> %j', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
