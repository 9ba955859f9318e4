// Ranges of a text (highlights, mentions, a range being coded) laid out as nested pieces, so each
// can be drawn as an element around its words. Ranges that nest become nested elements; a range
// that crosses another, or a paragraph end, is cut, and only its first piece starts it.

/** A range to draw: `[start, end)` of the text, and a key that says what it is. */
export interface TextRange {
  key: string;
  start: number;
  end: number;
}

/** A run of text inside a piece. */
export interface TextRun {
  type: 'text';
  start: number;
  end: number;
}

/** One piece of a range: the part of it between two cuts, with what lies inside. */
export interface RangePiece {
  type: 'range';
  key: string;
  start: number;
  end: number;
  /** Whether the piece starts its range (the other pieces continue it). */
  first: boolean;
  children: Piece[];
}

export type Piece = TextRun | RangePiece;

/**
 * Returns the pieces of `[from, to)` (a paragraph) with the ranges that reach into it nested
 * inside one another: a range that starts earlier, or starts with another and ends later, holds
 * it; ranges with the same start and end nest in the order given. Empty ranges are left out.
 */
export function nestRanges(from: number, to: number, ranges: readonly TextRange[]): Piece[] {
  const inside = ranges
    .map((range, order) => ({ range, order }))
    .filter(({ range }) => range.start < to && range.end > from && range.start < range.end)
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end || a.order - b.order)
    .map(({ range }) => range);

  const cuts = new Set([from, to]);
  for (const range of inside) {
    cuts.add(Math.max(from, range.start));
    cuts.add(Math.min(to, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);

  const root: Piece[] = [];
  const open: { range: TextRange; piece: RangePiece }[] = [];
  const childrenOfTop = () => open.at(-1)?.piece.children ?? root;

  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    // Already in nesting order: what covers this run, outermost first.
    const covering = inside.filter((range) => range.start <= start && range.end >= end);
    let kept = 0;
    while (kept < open.length && kept < covering.length && open[kept]!.range === covering[kept])
      kept++;
    open.length = kept;
    for (const range of covering.slice(kept)) {
      const piece: RangePiece = {
        type: 'range',
        key: range.key,
        start,
        end: start,
        first: start === range.start,
        children: [],
      };
      childrenOfTop().push(piece);
      open.push({ range, piece });
    }
    for (const { piece } of open) piece.end = end;
    childrenOfTop().push({ type: 'text', start, end });
  }
  return root;
}
