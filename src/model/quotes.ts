// Quotes in their sources' texts: where each statement's words are (its span, or where its quote
// is found), the quote check, and how spans follow when a quote or a source's text changes. All
// offsets are string indices as JavaScript counts them (UTF-16 code units), end exclusive, as
// docs/FORMAT.md defines `span`: an emoji counts twice, a CRLF line end counts as two.
import type { Dataset, Source, Statement } from './schema';

/** `[start, end)` in a source's text. */
export type Span = readonly [number, number];

/** What the quote check says of a statement: its quote is not in the text, or its span is off. */
export type QuoteProblemKind = 'not-found' | 'span-mismatch';

/** Where a statement's words are in its source's text, and what the quote check says of them. */
export interface QuotePlace {
  /** Where its highlight goes; null when its words are not in the text. */
  span: Span | null;
  /** Whether `span` is the statement's own span or where its quote was found. */
  from: 'span' | 'quote' | null;
  problem: QuoteProblemKind | null;
}

/** One statement the quote check lists. */
export interface QuoteProblem {
  statementId: string;
  sourceId: string;
  kind: QuoteProblemKind;
}

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

/** Whether `span` is a well-formed span inside a text of `length` code units. */
export function spanFits(span: unknown, length: number): span is Span {
  return (
    Array.isArray(span) &&
    span.length === 2 &&
    isWhole(span[0]) &&
    isWhole(span[1]) &&
    span[0] >= 0 &&
    span[0] < span[1] &&
    span[1] <= length
  );
}

/**
 * Returns the span of the occurrence of `quote` in `text` that starts nearest to `near` (the first
 * one when `near` is not given), or null when the text does not hold the quote.
 */
export function findQuote(text: string, quote: string, near?: number): Span | null {
  if (quote === '') return null;
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (near === undefined) {
      best = at;
      break;
    }
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    // Occurrences only get further away once past `near`.
    if (at > near) break;
  }
  return best < 0 ? null : [best, best + quote.length];
}

/**
 * findQuote for a quote typed in a text field: a browser's field keeps line ends as "\n" alone,
 * so a quote of a text with "\r\n" line ends is also looked for with those. Returns where it is
 * and the text's own words there (what the statement is to keep), or null.
 */
export function findTypedQuote(
  text: string,
  quote: string,
  near?: number,
): { span: Span; words: string } | null {
  let span = findQuote(text, quote, near);
  if (!span && text.includes('\r\n') && quote.includes('\n') && !quote.includes('\r'))
    span = findQuote(text, quote.replace(/\n/g, '\r\n'), near);
  return span ? { span, words: text.slice(span[0], span[1]) } : null;
}

/**
 * Returns where a statement's words are in its source's text: its span when it holds the quote,
 * else where the quote is found; and the quote check's verdict. Null when there is nothing to
 * place (the source has no text, or the statement neither quotes nor points into it).
 */
export function placeQuote(statement: Statement, text: string | undefined): QuotePlace | null {
  if (text === undefined) return null;
  const { quote, span } = statement;
  const hasQuote = quote !== undefined && quote !== '';
  if (span !== undefined) {
    const fits = spanFits(span, text.length);
    if (fits && (!hasQuote || text.slice(span[0], span[1]) === quote))
      return { span, from: 'span', problem: null };
    const found = hasQuote ? findQuote(text, quote, fits ? span[0] : undefined) : null;
    return { span: found, from: found ? 'quote' : null, problem: 'span-mismatch' };
  }
  if (!hasQuote) return null;
  const found = findQuote(text, quote);
  return found
    ? { span: found, from: 'quote', problem: null }
    : { span: null, from: null, problem: 'not-found' };
}

/** The text of each source that has one, by id. */
export function sourceTexts(dataset: Pick<Dataset, 'sources'>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const source of dataset.sources ?? []) {
    if (source.text !== undefined && !texts.has(source.id)) texts.set(source.id, source.text);
  }
  return texts;
}

/**
 * Returns the statements the quote check lists, in dataset order: those whose quote is not found
 * in their source's text, and those whose span does not hold their quote. Statements without a
 * source, or whose source has no text, cannot be checked and are not listed.
 */
export function checkQuotes(dataset: Pick<Dataset, 'sources' | 'statements'>): QuoteProblem[] {
  const texts = sourceTexts(dataset);
  const problems: QuoteProblem[] = [];
  for (const statement of dataset.statements) {
    if (statement.source === undefined) continue;
    const place = placeQuote(statement, texts.get(statement.source));
    if (place?.problem)
      problems.push({ statementId: statement.id, sourceId: statement.source, kind: place.problem });
  }
  return problems;
}

/** A placed statement of one source: its id and where its highlight goes. */
export interface PlacedStatement {
  statementId: string;
  span: Span;
}

/** Returns the statements of a source that have a place in its text, in dataset order. */
export function placedStatements(
  statements: readonly Statement[],
  source: Pick<Source, 'id' | 'text'>,
): PlacedStatement[] {
  const placed: PlacedStatement[] = [];
  for (const statement of statements) {
    if (statement.source !== source.id) continue;
    const span = placeQuote(statement, source.text)?.span;
    if (span) placed.push({ statementId: statement.id, span });
  }
  return placed;
}

/**
 * Returns where a span goes when its source's text changes from `before` to `after`: text before
 * the change keeps its place, text after it moves by the change's length; a span the change cuts
 * into is looked for again (its quote, else its old words, nearest its old place). Null when its
 * words are gone.
 */
export function spanAfterTextEdit(
  before: string,
  after: string,
  span: Span,
  quote: string | undefined,
): Span | null {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const [start, end] = span;
  if (end <= prefix) return span;
  const changedEnd = before.length - suffix;
  if (start >= changedEnd) {
    const shift = after.length - before.length;
    return [start + shift, end + shift];
  }
  const words = quote !== undefined && quote !== '' ? quote : before.slice(start, end);
  return findQuote(after, words, start);
}

/**
 * Returns the dataset with a span on every statement whose quote is found in its source's text
 * (nearest its old span, if it had one), and the ids of the statements whose quote is not found.
 * A statement's other fields, and everything else of the dataset, stay as they are.
 */
export function spansFromQuotes<D extends Pick<Dataset, 'sources' | 'statements'>>(
  dataset: D,
): { dataset: D; notFound: string[] } {
  const texts = sourceTexts(dataset);
  const notFound: string[] = [];
  const statements = dataset.statements.map((statement) => {
    const text = statement.source === undefined ? undefined : texts.get(statement.source);
    const { quote } = statement;
    if (text === undefined || quote === undefined || quote === '') return statement;
    const span = findQuote(text, quote, statement.span?.[0]);
    if (!span) {
      notFound.push(statement.id);
      return statement;
    }
    return { ...statement, span: [span[0], span[1]] as [number, number] };
  });
  return { dataset: { ...dataset, statements }, notFound };
}
