// A source's text as the reader shows it: its paragraphs, the sentence around a selection, the
// names of actors in it, and the HTML of a file turned into plain text. Offsets are string indices
// of the text itself (UTF-16 code units), so what is shown maps back to spans exactly.
import type { Span } from './quotes';

/** One paragraph: `[start, end)` in the text, without the line breaks around it. */
export interface Paragraph {
  start: number;
  end: number;
}

// A line end: CRLF, LF, or a CR alone (never the CR of a CRLF on its own).
const EOL = String.raw`(?:\r\n|\n|\r(?!\n))`;
const BLANK_LINE = new RegExp(`${EOL}[ \t]*${EOL}`);
const LINE_BREAKS = new RegExp(`${EOL}+`, 'g');
const BLANK_LINES = new RegExp(`${EOL}(?:[ \t]*${EOL})+`, 'g');

/**
 * Returns the paragraphs of a text. A text with blank lines is cut at them (and keeps its single
 * line breaks inside a paragraph, as a hard-wrapped file has them); a text without any is cut at
 * every line break (an article saved one paragraph a line). Paragraphs of only spaces are left out.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const separator = BLANK_LINE.test(text) ? BLANK_LINES : LINE_BREAKS;
  const paragraphs: Paragraph[] = [];
  let start = 0;
  const push = (end: number) => {
    // A line end left at either end of a paragraph (the text's first or last) is not part of it.
    let from = start;
    while (from < end && (text[from] === '\r' || text[from] === '\n')) from++;
    while (end > from && (text[end - 1] === '\r' || text[end - 1] === '\n')) end--;
    if (text.slice(from, end).trim() !== '') paragraphs.push({ start: from, end });
  };
  for (const match of text.matchAll(new RegExp(separator.source, 'g'))) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return paragraphs;
}

// A sentence ends at . ! ? (and any closing quotes or brackets) before a space, or at a line break;
// a full stop after a lone capital letter is an initial ("U.S.", "J. Smith"), not an end.
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.!?…]+["'”’)\]]*(?=\s|$)|(?:\r\n|\n|\r)/gu;

/** Returns the sentence (or sentences) around `[start, end)`: where to look for who said it. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const stop = match.index + match[0].length;
    if (match.index >= end - 1) {
      // The first end from the selection's last character on closes the sentence.
      to = stop;
      break;
    }
    // Ends inside the selection join its sentences; ends before it open the sentence.
    if (stop <= start) from = stop;
  }
  while (from < start && /\s/.test(text.charAt(from))) from++;
  while (to > end && /\s/.test(text.charAt(to - 1))) to--;
  return [from, to];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name to look for in a text, and whose it is. */
export interface NamedThing {
  id: string;
  names: readonly string[];
}

/** One occurrence of a name in a text. */
export interface NameHit {
  id: string;
  start: number;
  end: number;
}

// Names shorter than this (an initial) would match all over a text.
const MIN_NAME_LENGTH = 2;

/**
 * Returns every occurrence of the names in `text[from, to)`, as whole words and with their case,
 * the longest name first where two overlap ("Kim Jong Un" before "Kim"), in text order.
 */
export function findNames(
  text: string,
  things: readonly NamedThing[],
  from = 0,
  to = text.length,
): NameHit[] {
  const owner = new Map<string, string>();
  for (const thing of things) {
    for (const name of thing.names) {
      const trimmed = name.trim();
      if (trimmed.length >= MIN_NAME_LENGTH && !owner.has(trimmed)) owner.set(trimmed, thing.id);
    }
  }
  if (owner.size === 0) return [];
  const names = [...owner.keys()].sort((a, b) => b.length - a.length);
  // Alternatives are tried in order, so the longest name wins at a place.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const hits: NameHit[] = [];
  const part = text.slice(from, to);
  for (const match of part.matchAll(pattern)) {
    const start = from + match.index;
    hits.push({ id: owner.get(match[0])!, start, end: start + match[0].length });
  }
  return hits;
}

/** Returns the ids of the things named in `text[from, to)`, in the order they first occur. */
export function namedIn(
  text: string,
  things: readonly NamedThing[],
  from?: number,
  to?: number,
): string[] {
  return [...new Set(findNames(text, things, from, to).map((hit) => hit.id))];
}

const STOP_WORDS = new Set(
  (
    'about above after again against also been before being between both could does doing ' +
    'down during each from further have having here into itself more most other over said ' +
    'says same should some such than that their them then there these they this those ' +
    'through under until very were what when where which while will with would your'
  ).split(' '),
);

function contentWords(text: string): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return new Set((words ?? []).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)));
}

// A claim shares at least this many content words with a sentence to be offered for it.
const MIN_SHARED_WORDS = 2;

/**
 * Returns the ids of the claims whose text shares content words (four letters or more, not a
 * common word) with `sentence`, the most shared first: the claims a sentence is likely about.
 */
export function claimsLike(
  sentence: string,
  claims: readonly { id: string; text: string }[],
): string[] {
  const words = contentWords(sentence);
  return claims
    .map((claim, order) => {
      let shared = 0;
      for (const word of contentWords(claim.text)) if (words.has(word)) shared++;
      return { id: claim.id, shared, order };
    })
    .filter((c) => c.shared >= MIN_SHARED_WORDS)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .map((c) => c.id);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tr|ul';

/**
 * Returns the readable text of an HTML document, worked out on the string alone: it is never
 * parsed into a page, so nothing in it runs or loads. Scripts, styles and comments go with their
 * content, block elements end lines, paragraphs are separated by a blank line, other tags go, and
 * character references become their characters.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|head|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/?(?:p|h[1-6]|blockquote|pre|li|tr)\b[^>]*>/gi, '\n\n')
    .replace(new RegExp(`</?(?:${BLOCK_TAGS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<\/?[a-z!?][^>]*>/gi, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Returns the occurrences of the names in `text` that no span of `covered` touches: actors named
 * where no statement is coded yet, which a coder may have missed.
 */
export function uncoveredNames(
  text: string,
  things: readonly NamedThing[],
  covered: readonly Span[],
): NameHit[] {
  const spans = [...covered].sort((a, b) => a[0] - b[0]);
  return findNames(text, things).filter(
    (hit) => !spans.some(([start, end]) => start < hit.end && end > hit.start),
  );
}
