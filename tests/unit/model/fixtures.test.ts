import { describe, expect, it } from 'vitest';
import { parseDataset, type Problem } from '../../../src/model';
import { fixtureCases, readFixture } from './fixtureFiles';

const NOT_A_DATE = 'is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)';
const SPAN_SHAPE = 'expected [start, end]: two whole numbers from 0, start before end';
const POSITION_SHAPE = 'expected a position [x, y]: two finite numbers';
const NOT_A_COLOUR = 'is not a CSS colour (use a colour name, #rrggbb, rgb(), hsl() or hwb())';

// Every problem each invalid fixture must produce, and no other.
const INVALID: ReadonlyArray<readonly [string, readonly Problem[]]> = [
  [
    'not-json',
    [
      {
        path: '',
        message:
          'not valid JSON: expected a property name in double quotes, found "}" (line 7, column 1)',
      },
    ],
  ],
  ['empty', [{ path: '', message: 'not valid JSON: the file is empty' }]],
  ['not-object', [{ path: '', message: 'not a JSON object' }]],
  ['format-missing', [{ path: 'format', message: 'required field is missing' }]],
  ['format-wrong', [{ path: 'format', message: 'format must be "stancegraph"' }]],
  [
    'version-2',
    [{ path: 'version', message: 'version 2 is not supported (this app reads version 1)' }],
  ],
  ['actors-missing', [{ path: 'actors', message: 'required field is missing' }]],
  ['claims-missing', [{ path: 'claims', message: 'required field is missing' }]],
  ['statements-missing', [{ path: 'statements', message: 'required field is missing' }]],
  [
    'required-field-missing',
    [
      { path: 'actors[1].name', message: 'required field is missing' },
      { path: 'statements[0].stance', message: 'required field is missing' },
    ],
  ],
  [
    'wrong-type',
    [
      { path: 'title', message: 'expected a string, got boolean' },
      { path: 'actors[0].name', message: 'expected a string, got number' },
      { path: 'claims[0].about', message: 'expected an array, got string' },
      { path: 'statements[0].quote', message: 'expected a string, got null' },
      { path: 'statements[2]', message: 'expected an object, got string' },
    ],
  ],
  [
    'duplicate-actor-ids',
    [{ path: 'actors[1].id', message: 'id "a" is already used by actors[0]' }],
  ],
  [
    'actor-claim-id-clash',
    [{ path: 'claims[0].id', message: 'id "a" is already used by actors[0]' }],
  ],
  [
    'duplicate-statement-ids',
    [{ path: 'statements[1].id', message: 'id "s1" is already used by statements[0]' }],
  ],
  [
    'duplicate-source-ids',
    [{ path: 'sources[1].id', message: 'id "time" is already used by sources[0]' }],
  ],
  [
    'unknown-statement-actor',
    [
      { path: 'statements[0].actor', message: 'no actor with id "zed"' },
      { path: 'statements[1].actor', message: '"c1" is a claim, not an actor' },
    ],
  ],
  [
    'unknown-statement-claim',
    [
      { path: 'statements[0].claim', message: 'no claim with id "c9"' },
      { path: 'statements[1].claim', message: '"b" is an actor, not a claim' },
    ],
  ],
  [
    'unknown-stance',
    [
      {
        path: 'statements[0].stance',
        message: 'no stance with id "praises" in the vocabulary in force',
      },
    ],
  ],
  ['unknown-source', [{ path: 'statements[1].source', message: 'no source with id "bbc"' }]],
  ['unknown-memberof', [{ path: 'actors[0].memberOf[1]', message: 'no actor with id "eu"' }]],
  ['unknown-about', [{ path: 'claims[0].about[0]', message: 'no actor with id "nobody"' }]],
  [
    'unknown-kind',
    [
      {
        path: 'actors[0].kind',
        message: 'unknown kind "alien" (expected person, state, organization, group or other)',
      },
    ],
  ],
  [
    'malformed-date',
    [
      { path: 'sources[0].published', message: `"17 October 2024" ${NOT_A_DATE}` },
      { path: 'statements[0].date', message: `"sometime" ${NOT_A_DATE}` },
    ],
  ],
  [
    'impossible-date',
    [
      { path: 'sources[0].published', message: '"2024-13" is not a real date' },
      { path: 'statements[0].date', message: '"2024-02-30" is not a real date' },
      { path: 'statements[1].date', message: '"2023-02-29" is not a real date' },
    ],
  ],
  [
    'bad-url',
    [
      { path: 'sources[0].url', message: '"ftp://x" is not an http or https URL' },
      { path: 'sources[1].url', message: '"javascript:alert(1)" is not an http or https URL' },
    ],
  ],
  [
    'custom-vocabulary-duplicate-id',
    [{ path: 'stances[2].id', message: 'id "supports" is already used by stances[0]' }],
  ],
  [
    'custom-vocabulary-bad-polarity',
    [
      { path: 'stances[0].polarity', message: 'polarity must be -1, 0 or 1' },
      { path: 'stances[1].polarity', message: 'polarity must be -1, 0 or 1' },
      { path: 'stances[2].polarity', message: 'polarity must be -1, 0 or 1' },
    ],
  ],
  [
    'stance-colour-not-css',
    [
      {
        path: 'stances[1].color',
        message: `"red; background: url(javascript:alert(1))" ${NOT_A_COLOUR}`,
      },
      { path: 'stances[2].color', message: `"#12345" ${NOT_A_COLOUR}` },
    ],
  ],
  // The vocabulary is unreadable, so the statements' stances cannot be judged: one problem only.
  ['custom-vocabulary-not-array', [{ path: 'stances', message: 'expected an array, got string' }]],
  [
    'stance-not-in-custom-vocabulary',
    [
      {
        path: 'statements[0].stance',
        message:
          'no stance with id "asserts" in the vocabulary in force' +
          ' (the file\'s own "stances" replace the default ones)',
      },
    ],
  ],
  [
    'span-outside-text',
    [
      {
        path: 'statements[0].span',
        message: "[12, 9999] is outside the source's text (60 characters)",
      },
    ],
  ],
  [
    'span-not-quote',
    [
      {
        path: 'statements[0].span',
        message: 'the source\'s text at [0, 20] is "Alice said: the brid", not the quote',
      },
    ],
  ],
  [
    'span-without-text',
    [
      { path: 'statements[0].span', message: 'the source "blank" has no text to point into' },
      { path: 'statements[2].span', message: 'a span needs a source whose text it points into' },
    ],
  ],
  [
    'span-malformed',
    [
      { path: 'statements[0].span', message: SPAN_SHAPE },
      { path: 'statements[1].span[0]', message: SPAN_SHAPE },
      { path: 'statements[2].span', message: SPAN_SHAPE },
    ],
  ],
  [
    'layout-unknown-id',
    [{ path: 'layout.claims.zed', message: 'no actor or claim with id "zed"' }],
  ],
  [
    'layout-malformed',
    [
      { path: 'layout.claims.c1', message: POSITION_SHAPE },
      { path: 'layout.actors.a', message: POSITION_SHAPE },
      { path: 'layout.actors.b[0]', message: POSITION_SHAPE },
    ],
  ],
  [
    'many-problems',
    [
      { path: 'sources[0].url', message: '"ftp://example.org/a.txt" is not an http or https URL' },
      { path: 'actors[0].memberOf[0]', message: 'no actor with id "org"' },
      { path: 'actors[1].id', message: 'id "a" is already used by actors[0]' },
      {
        path: 'actors[1].kind',
        message: 'unknown kind "alien" (expected person, state, organization, group or other)',
      },
      { path: 'actors[2].name', message: 'required field is missing' },
      { path: 'claims[0].text', message: 'required field is missing' },
      { path: 'statements[0].actor', message: 'no actor with id "zed"' },
      {
        path: 'statements[0].stance',
        message: 'no stance with id "praises" in the vocabulary in force',
      },
      { path: 'statements[0].date', message: '"2024-02-30" is not a real date' },
      { path: 'statements[1].claim', message: 'no claim with id "c2"' },
      { path: 'statements[1].source', message: 'no source with id "nowhere"' },
    ],
  ],
];

describe('invalid fixtures', () => {
  it('every tests/fixtures/*.invalid.json has an entry in the table, and every entry a file', () => {
    expect(INVALID.map(([name]) => name).sort()).toEqual(fixtureCases('invalid'));
  });

  it.each(INVALID)('%s.invalid.json is refused with exactly its problems', (name, expected) => {
    const result = parseDataset(readFixture(name, 'invalid'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const problem of expected) expect(result.problems).toContainEqual(problem);
    expect(result.problems).toHaveLength(expected.length);
  });

  it('reports the problems in document order, fields in the order of FORMAT.md', () => {
    const result = parseDataset(readFixture('many-problems', 'invalid'));
    const expected = INVALID.find(([name]) => name === 'many-problems')?.[1];
    expect(result).toEqual({ ok: false, problems: expected });
  });
});

describe('valid fixtures', () => {
  const cases = fixtureCases('valid');

  it('there are valid fixtures to load', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'minimal',
        'empty-arrays',
        'custom-vocabulary',
        'unknown-fields',
        'partial-dates',
        'proto-ids',
        'text-spans-layout',
      ]),
    );
  });

  it.each(cases)('%s.valid.json loads, every field kept', (name) => {
    const text = readFixture(name, 'valid');
    const result = parseDataset(text);
    expect(result).toEqual({ ok: true, dataset: expect.anything() });
    if (!result.ok) return;
    expect(JSON.stringify(result.dataset)).toBe(
      JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, ''))),
    );
  });
});
