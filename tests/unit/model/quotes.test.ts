import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkQuotes,
  findQuote,
  findTypedQuote,
  placeQuote,
  placedStatements,
  spanAfterTextEdit,
  spansFromQuotes,
} from '../../../src/model/quotes';
import type { Dataset, Statement } from '../../../src/model/schema';

const statement = (fields: Partial<Statement>): Statement => ({
  id: 's',
  actor: 'a',
  claim: 'c',
  stance: 'asserts',
  ...fields,
});

describe('findTypedQuote', () => {
  it('finds a quote whose line ends a text field made "\\n" in a text with "\\r\\n"', () => {
    const text = 'First line.\r\nSecond line.\r\nThird.';
    // What a browser's text field gives back for the words across the line end.
    const typed = 'First line.\nSecond';
    expect(findQuote(text, typed)).toBeNull();
    expect(findTypedQuote(text, typed)).toEqual({ span: [0, 19], words: 'First line.\r\nSecond' });
    expect(text.slice(0, 19)).toBe('First line.\r\nSecond');
  });

  it("is findQuote for any other quote, the text's words being the quote", () => {
    expect(findTypedQuote('no, no', 'no', 3)).toEqual({ span: [4, 6], words: 'no' });
    expect(findTypedQuote('a\nb', 'a\nb')).toEqual({ span: [0, 3], words: 'a\nb' });
    expect(findTypedQuote('a\r\nb', 'a b')).toBeNull();
  });
});

describe('findQuote', () => {
  it('finds the first occurrence, or the one nearest a place', () => {
    const text = 'no, no, no';
    expect(findQuote(text, 'no')).toEqual([0, 2]);
    expect(findQuote(text, 'no', 5)).toEqual([4, 6]);
    expect(findQuote(text, 'no', 100)).toEqual([8, 10]);
    expect(findQuote(text, 'yes')).toBeNull();
    expect(findQuote(text, '')).toBeNull();
  });

  it('counts UTF-16 code units: an emoji before the quote counts two', () => {
    const text = '🙂 Bob: “it is not”';
    expect(findQuote(text, 'it is not')).toEqual([9, 18]);
    expect(text.slice(9, 18)).toBe('it is not');
  });

  it('counts a CRLF line end as two', () => {
    expect(findQuote('Line one.\r\nBob said no.', 'Bob said no')).toEqual([11, 22]);
  });

  it('finds any part of any text at the place it was taken from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (text, x, y) => {
        const start = Math.min(x, y) % (text.length + 1);
        const end = Math.max(x, y) % (text.length + 1);
        const quote = text.slice(start, end);
        const span = findQuote(text, quote, start);
        if (quote === '') {
          expect(span).toBeNull();
          return;
        }
        expect(span).not.toBeNull();
        expect(text.slice(span![0], span![1])).toBe(quote);
        // Nearest the place it was taken from: that place itself holds it.
        expect(span![0]).toBe(start);
      }),
    );
  });
});

describe('placeQuote: where a statement is in its source, and what the quote check says', () => {
  const text = 'Alice said the bridge is unsafe. Bob said it is not.';

  it('takes a span that holds the quote', () => {
    expect(placeQuote(statement({ quote: 'it is not', span: [42, 51] }), text)).toEqual({
      span: [42, 51],
      from: 'span',
      problem: null,
    });
    // A span without a quote points at words of its own.
    expect(placeQuote(statement({ span: [0, 5] }), text)?.problem).toBeNull();
  });

  it('finds a quote without a span', () => {
    expect(placeQuote(statement({ quote: 'the bridge is unsafe' }), text)).toEqual({
      span: [11, 31],
      from: 'quote',
      problem: null,
    });
  });

  it('reports a quote the text does not hold', () => {
    expect(placeQuote(statement({ quote: 'the bridge is safe' }), text)).toEqual({
      span: null,
      from: null,
      problem: 'not-found',
    });
  });

  it('reports a span that does not hold the quote, and places the quote where it is', () => {
    expect(placeQuote(statement({ quote: 'it is not', span: [40, 49] }), text)).toEqual({
      span: [42, 51],
      from: 'quote',
      problem: 'span-mismatch',
    });
    expect(placeQuote(statement({ quote: 'gone', span: [0, 4] }), text)).toMatchObject({
      span: null,
      problem: 'span-mismatch',
    });
    expect(placeQuote(statement({ span: [40, 400] }), text)?.problem).toBe('span-mismatch');
  });

  it('has nothing to place without a text, or without quote and span', () => {
    expect(placeQuote(statement({ quote: 'it is not' }), undefined)).toBeNull();
    expect(placeQuote(statement({}), text)).toBeNull();
    expect(placeQuote(statement({ quote: '' }), text)).toBeNull();
  });
});

const dataset: Pick<Dataset, 'sources' | 'statements'> = {
  sources: [
    { id: 'minutes', text: '🙂 Alice said the bridge is unsafe.\r\nBob said it is not.' },
    { id: 'untyped' },
  ],
  statements: [
    statement({ id: 's1', source: 'minutes', quote: 'the bridge is unsafe', span: [14, 34] }),
    statement({ id: 's2', source: 'minutes', quote: 'it is fine' }),
    statement({ id: 's3', source: 'minutes', quote: 'it is not', span: [40, 49] }),
    statement({ id: 's4', source: 'untyped', quote: 'anything' }),
    statement({ id: 's5', quote: 'no source' }),
    statement({ id: 's6', source: 'minutes', quote: 'Bob said it is not' }),
  ],
};

describe('checkQuotes', () => {
  it('lists quotes not found and spans that do not hold their quote, in dataset order', () => {
    expect(checkQuotes(dataset)).toEqual([
      { statementId: 's2', sourceId: 'minutes', kind: 'not-found' },
      { statementId: 's3', sourceId: 'minutes', kind: 'span-mismatch' },
    ]);
  });

  it('lists nothing for a dataset whose quotes are all where they say', () => {
    expect(checkQuotes(spansFromQuotes({ ...dataset, statements: [] }).dataset)).toEqual([]);
    const fixed = spansFromQuotes({
      ...dataset,
      statements: dataset.statements.filter((s) => s.id !== 's2'),
    });
    expect(checkQuotes(fixed.dataset)).toEqual([]);
  });
});

describe('placedStatements', () => {
  it("places a source's statements, overlapping ones included", () => {
    expect(placedStatements(dataset.statements, dataset.sources![0]!)).toEqual([
      { statementId: 's1', span: [14, 34] },
      { statementId: 's3', span: [46, 55] },
      { statementId: 's6', span: [37, 55] },
    ]);
  });
});

describe('spansFromQuotes', () => {
  it('gives every found quote its span, keeps a right one, and names the quotes not found', () => {
    const { dataset: spanned, notFound } = spansFromQuotes(dataset);
    expect(spanned.statements.map((s) => s.span)).toEqual([
      [14, 34],
      undefined,
      [46, 55],
      undefined,
      undefined,
      [37, 55],
    ]);
    expect(notFound).toEqual(['s2']);
    expect(spanned.statements[4]).toBe(dataset.statements[4]); // no source: untouched
    expect(dataset.statements[2]!.span).toEqual([40, 49]); // the input stays as it was
  });
});

describe('spanAfterTextEdit', () => {
  const before = 'One. Two words here. Three.';
  const span = [5, 19] as const; // "Two words here"

  it('keeps a span before the change and moves one after it', () => {
    expect(spanAfterTextEdit(before, `${before} Four.`, span, undefined)).toEqual([5, 19]);
    expect(spanAfterTextEdit(before, `Zero. ${before}`, span, undefined)).toEqual([11, 25]);
    expect(spanAfterTextEdit(before, before.replace('One', '1'), span, undefined)).toEqual([3, 17]);
  });

  it('looks again for words the change cut into, and gives up when they are gone', () => {
    expect(spanAfterTextEdit(before, 'Two words here. One.', span, 'Two words here')).toEqual([
      0, 14,
    ]);
    expect(spanAfterTextEdit(before, 'One. Two here. Three.', span, 'Two words here')).toBeNull();
  });

  it('follows line ends changed from LF to CRLF', () => {
    const lf = 'Title\nBody one.\nBody two: the quote.';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(spanAfterTextEdit(lf, crlf, [26, 35], 'the quote')).toEqual([28, 37]);
    expect(crlf.slice(28, 37)).toBe('the quote');
  });
});
