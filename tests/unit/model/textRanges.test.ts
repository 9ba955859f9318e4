import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestRanges, type Piece, type TextRange } from '../../../src/model/textRanges';

/** The pieces as a string: [key …] around text runs, `+` marking a piece that continues its range. */
function draw(pieces: readonly Piece[], text: string): string {
  return pieces
    .map((piece) =>
      piece.type === 'text'
        ? text.slice(piece.start, piece.end)
        : `[${piece.first ? '' : '+'}${piece.key} ${draw(piece.children, text)}]`,
    )
    .join('');
}

const TEXT = 'abcdefghij';
const drawn = (ranges: TextRange[], from = 0, to = TEXT.length) =>
  draw(nestRanges(from, to, ranges), TEXT);

describe('nestRanges', () => {
  it('gives one run for a text without ranges', () => {
    expect(drawn([])).toBe('abcdefghij');
  });

  it('nests a range inside one that holds it, and ranges with the same words in their order', () => {
    expect(
      drawn([
        { key: 'in', start: 3, end: 5 },
        { key: 'out', start: 1, end: 8 },
      ]),
    ).toBe('a[out bc[in de]fgh]ij');
    expect(
      drawn([
        { key: 'x', start: 2, end: 4 },
        { key: 'y', start: 2, end: 4 },
      ]),
    ).toBe('ab[x [y cd]]efghij');
  });

  it('cuts a range that crosses another: its next piece continues it', () => {
    expect(
      drawn([
        { key: 'a', start: 0, end: 6 },
        { key: 'b', start: 4, end: 9 },
      ]),
    ).toBe('[a abcd[b ef]][+b ghi]j');
  });

  it('cuts ranges at the paragraph: a range from an earlier one continues', () => {
    expect(drawn([{ key: 'a', start: 0, end: 6 }], 4, 8)).toBe('[+a ef]gh');
    expect(
      drawn(
        [
          { key: 'a', start: 5, end: 20 },
          { key: 'e', start: 3, end: 3 },
        ],
        4,
        8,
      ),
    ).toBe('e[a fgh]');
  });

  it('covers the paragraph once, in order, and starts each range exactly once', () => {
    const rangeArb = fc
      .tuple(fc.nat(12), fc.nat(12))
      .map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) }));
    fc.assert(
      fc.property(
        fc.array(rangeArb, { maxLength: 6 }),
        fc.nat(4),
        fc.nat(12),
        (spans, from, to) => {
          const end = Math.max(from, to);
          const ranges = spans.map((span, i) => ({ key: `r${i}`, ...span }));
          const pieces = nestRanges(from, end, ranges);
          const runs: [number, number][] = [];
          const pieceSpans = new Map<string, [number, number][]>();
          const firsts = new Map<string, number>();
          const walk = (list: readonly Piece[], parent: { start: number; end: number } | null) => {
            for (const piece of list) {
              if (parent) expect(piece.start >= parent.start && piece.end <= parent.end).toBe(true);
              if (piece.type === 'text') runs.push([piece.start, piece.end]);
              else {
                pieceSpans.set(piece.key, [
                  ...(pieceSpans.get(piece.key) ?? []),
                  [piece.start, piece.end],
                ]);
                if (piece.first) firsts.set(piece.key, (firsts.get(piece.key) ?? 0) + 1);
                walk(piece.children, piece);
              }
            }
          };
          walk(pieces, null);
          // The runs tile [from, end) in order.
          let at = from;
          for (const [s, e] of runs) {
            expect(s).toBe(at);
            expect(e).toBeGreaterThan(s);
            at = e;
          }
          expect(at).toBe(end > from ? end : from);
          for (const range of ranges) {
            const clipped = [Math.max(from, range.start), Math.min(end, range.end)] as const;
            const inside = range.start < range.end && clipped[0] < clipped[1];
            const covered = (pieceSpans.get(range.key) ?? []).reduce((n, [s, e]) => n + e - s, 0);
            expect(covered).toBe(inside ? clipped[1] - clipped[0] : 0);
            expect(firsts.get(range.key) ?? 0).toBe(inside && range.start >= from ? 1 : 0);
          }
        },
      ),
    );
  });
});
