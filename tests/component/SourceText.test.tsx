// @vitest-environment jsdom
// The reader's text and the mapping from DOM selections back to offsets of the source's text:
// across highlights, paragraphs, multi-byte characters and CRLF line ends.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SourceText, type RangeInfo } from '../../src/components/SourcesPanel/SourceText';
import {
  offsetOfPoint,
  pointAtOffset,
  spanOfRange,
} from '../../src/components/SourcesPanel/textOffsets';
import type { TextRange } from '../../src/model/textRanges';

afterEach(cleanup);

// Two paragraphs with CRLF between; an emoji, accents and a CJK character before the quotes.
const TEXT =
  'Intro 🙂 café.\r\n“We know”, Zelensky said; 北 said no 👍 here.\r\nLast line <b>x</b>.';
const quoteStart = TEXT.indexOf('We know');

const statement = (id: string, label: string): RangeInfo => ({
  kind: 'statement',
  statementId: id,
  label,
  color: '#0072B2',
  lineStyle: 'solid',
  selected: false,
});

const RANGES: TextRange[] = [
  { key: 's:a', start: quoteStart, end: TEXT.indexOf('said;') },
  { key: 's:b', start: quoteStart, end: TEXT.indexOf('no 👍') + 2 },
  { key: 's:c', start: TEXT.indexOf('Zelensky'), end: TEXT.indexOf(' here') },
];
const INFO = new Map<string, RangeInfo>([
  ['s:a', statement('a', 'Zelensky asserts: troops')],
  ['s:b', statement('b', 'Ukraine asserts: troops')],
  ['s:c', statement('c', 'Rutte doubts: troops')],
]);

function renderText() {
  const onActivate = vi.fn();
  const onSelectWords = vi.fn();
  render(
    <SourceText
      text={TEXT}
      ranges={RANGES}
      info={INFO}
      label="Text of the source"
      onActivate={onActivate}
      onSelectWords={onSelectWords}
    />,
  );
  const container = screen.getByRole('region', { name: 'Text of the source' });
  return { container, onActivate, onSelectWords };
}

/** A DOM range between two offsets, built from the rendered text nodes (as a drag makes one). */
function domRange(container: Element, start: number, end: number): Range {
  const from = pointAtOffset(container, start)!;
  const to = pointAtOffset(container, end)!;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

describe('SourceText', () => {
  it('shows the text as text in its paragraphs, markup and all, one mark per statement', () => {
    const { container } = renderText();
    expect(container.querySelectorAll('p')).toHaveLength(3);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('Last line <b>x</b>.');
    expect(container.querySelectorAll('mark')).toHaveLength(3);
    for (const name of ['Zelensky asserts: troops', 'Ukraine asserts: troops'])
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    // The paragraphs hold exactly the text: nothing is lost or added.
    for (const p of container.querySelectorAll<HTMLElement>('p'))
      expect(p.textContent).toBe(TEXT.slice(Number(p.dataset.start), Number(p.dataset.end)));
  });

  it('maps every offset to a DOM point and back, inside and across highlights', () => {
    const { container } = renderText();
    for (const p of container.querySelectorAll<HTMLElement>('p')) {
      for (let offset = Number(p.dataset.start); offset <= Number(p.dataset.end); offset++) {
        const point = pointAtOffset(container, offset)!;
        expect(offsetOfPoint(container, point.node, point.offset, TEXT.length)).toBe(offset);
      }
    }
  });

  it('reads a range over crossing highlights, emoji and a CJK character as its span', () => {
    const { container } = renderText();
    const start = TEXT.indexOf('Zelensky');
    const end = TEXT.indexOf(' here');
    expect(spanOfRange(container, domRange(container, start, end), TEXT)).toEqual([start, end]);
    expect(TEXT.slice(start, end)).toBe('Zelensky said; 北 said no 👍');
  });

  it('reads a range across paragraphs with the CRLF between them, trimmed of white space', () => {
    const { container } = renderText();
    const start = TEXT.indexOf('café');
    const end = TEXT.indexOf('”,');
    const span = spanOfRange(container, domRange(container, start - 1, end), TEXT)!;
    expect(TEXT.slice(span[0], span[1])).toBe('café.\r\n“We know');
  });

  it('reads points on elements and outside the text: paragraph ends, the container, before and after', () => {
    const { container } = renderText();
    const [first, second] = container.querySelectorAll<HTMLElement>('p');
    // The end of a paragraph, given as the paragraph and its child count.
    expect(offsetOfPoint(container, first!, first!.childNodes.length, TEXT.length)).toBe(
      Number(first!.dataset.end),
    );
    // Between paragraphs: the start of the next one.
    expect(offsetOfPoint(container, container, 1, TEXT.length)).toBe(Number(second!.dataset.start));
    // A point inside a mark given as the mark and a child index.
    const mark = container.querySelector('mark')!;
    expect(offsetOfPoint(container, mark, 0, TEXT.length)).toBe(quoteStart);
    // Before the text's box and after it.
    expect(offsetOfPoint(container, document.body, 0, TEXT.length)).toBe(0);
    const after = document.body.appendChild(document.createElement('div'));
    expect(offsetOfPoint(container, after, 0, TEXT.length)).toBe(TEXT.length);
    // A range of nothing but a line end is no words at all.
    const lineEnd = TEXT.indexOf('\r\n');
    expect(spanOfRange(container, domRange(container, lineEnd, lineEnd + 2), TEXT)).toBeNull();
  });

  it('nests highlights that share words, and continues one that crosses another', () => {
    const { container } = renderText();
    const a = container.querySelector('mark[data-statement="a"]')!;
    const b = container.querySelector('mark[data-statement="b"]')!;
    expect(b.contains(a)).toBe(true);
    // c starts inside a and b and outlasts both: one mark, then a piece after each end.
    expect(container.querySelectorAll('mark[data-statement="c"]')).toHaveLength(1);
    const pieces = container.querySelectorAll('.highlight-continued[data-statement="c"]');
    expect([...pieces].map((piece) => piece.textContent)).toEqual(['said; 北 said no', ' 👍']);
  });
});
