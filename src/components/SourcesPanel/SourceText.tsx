import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Span } from '../../model/quotes';
import { paragraphsOf } from '../../model/sourceText';
import { nestRanges, type Piece, type TextRange } from '../../model/textRanges';
import { offsetOfPoint, pointAtOffset, spanOfRange } from './textOffsets';

/** What a range of the text is: a coded statement, an uncoded name, or the words being coded. */
export type RangeInfo =
  | {
      kind: 'statement';
      statementId: string;
      /** "Mark Rutte doubts: North Korean soldiers are fighting…" */
      label: string;
      color: string;
      lineStyle: 'solid' | 'dashed' | 'dotted';
      selected: boolean;
    }
  | { kind: 'mention'; title: string }
  | { kind: 'draft' };

interface SourceTextProps {
  text: string;
  /** The ranges to draw, each keyed into `info`. */
  ranges: readonly TextRange[];
  info: ReadonlyMap<string, RangeInfo>;
  label: string;
  /**
   * A highlight was clicked (with the highlights around the click, innermost first), or Enter
   * pressed on it.
   */
  onActivate: (statementIds: readonly string[]) => void;
  /** The words selected in the text changed (null: none). */
  onSelectWords: (span: Span | null) => void;
}

// Arrow keys move a caret through the text and, with Shift, select: coding without a mouse.
const CARET_KEYS: Readonly<Record<string, readonly [string, string]>> = {
  ArrowLeft: ['backward', 'character'],
  ArrowRight: ['forward', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary'],
};

/** The elements of one paragraph's pieces; returns them and how many highlights deep they go. */
function renderPieces(
  pieces: readonly Piece[],
  text: string,
  info: ReadonlyMap<string, RangeInfo>,
): [ReactNode[], number] {
  let height = 0;
  const nodes = pieces.map((piece): ReactNode => {
    if (piece.type === 'text') return text.slice(piece.start, piece.end);
    const [children, inner] = renderPieces(piece.children, text, info);
    const range = info.get(piece.key);
    const key = `${piece.key}@${piece.start}`;
    if (range?.kind === 'mention')
      return (
        <span key={key} className="mention" title={range.title}>
          {children}
        </span>
      );
    if (range?.kind !== 'statement')
      return (
        <span key={key} className="draft-range">
          {children}
        </span>
      );
    height = Math.max(height, inner + 1);
    // Nested highlights draw their lines one under the other, the outermost lowest.
    const style = {
      '--stance-color': range.color,
      borderBottomStyle: range.lineStyle,
      paddingBottom: `${1 + inner * 4}px`,
    } as CSSProperties;
    const className = `highlight${range.selected ? ' highlight-selected' : ''}`;
    return piece.first ? (
      <mark
        key={key}
        className={className}
        style={style}
        data-statement={range.statementId}
        role="link"
        tabIndex={0}
        aria-label={range.label}
        aria-current={range.selected ? 'true' : undefined}
      >
        {children}
      </mark>
    ) : (
      <span
        key={key}
        className={`${className} highlight-continued`}
        style={style}
        data-statement={range.statementId}
      >
        {children}
      </span>
    );
  });
  return [nodes, height];
}

/** The paragraphs with their highlights: re-rendered only when the text or its ranges change. */
const Paragraphs = memo(function Paragraphs({
  text,
  ranges,
  info,
}: Pick<SourceTextProps, 'text' | 'ranges' | 'info'>) {
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  return paragraphs.map(({ start, end }) => (
    <p key={start} data-start={start} data-end={end}>
      {renderPieces(nestRanges(start, end, ranges), text, info)[0]}
    </p>
  ));
});

/** Where the caret is drawn: relative to the text's box. */
interface CaretBox {
  left: number;
  top: number;
  height: number;
}

/**
 * A source's text as plain text (React text nodes and elements only: nothing of it is ever HTML),
 * cut into its paragraphs, with the ranges drawn around their words. Selecting words with the
 * mouse, or with Shift and the arrow keys, reports their span in the text.
 */
export function SourceText({
  text,
  ranges,
  info,
  label,
  onActivate,
  onSelectWords,
}: SourceTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<CaretBox | null>(null);
  // The caret is drawn while the keyboard moves it; a click leaves the text as it reads.
  const keyboardCaret = useRef(false);

  useEffect(
    function reportSelectedWords() {
      const onChange = () => {
        const container = ref.current;
        const selection = document.getSelection();
        if (!container || !selection || selection.rangeCount === 0) {
          onSelectWords(null);
          setCaret(null);
          return;
        }
        const range = selection.getRangeAt(0);
        const inside = container.contains(range.commonAncestorContainer);
        onSelectWords(
          inside || range.intersectsNode(container) ? spanOfRange(container, range, text) : null,
        );
        setCaret(
          keyboardCaret.current && selection.isCollapsed && inside
            ? caretBox(container, range)
            : null,
        );
      };
      document.addEventListener('selectionchange', onChange);
      return () => document.removeEventListener('selectionchange', onChange);
    },
    [text, onSelectWords],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const container = ref.current;
    const selection = document.getSelection();
    if (!container || !selection) return;
    const target = event.target as Element;
    const mark = target.closest('mark[data-statement]');
    if (event.key === 'Enter' && mark && !event.shiftKey) {
      event.preventDefault();
      onActivate([(mark as HTMLElement).dataset.statement!]);
      return;
    }
    const move = CARET_KEYS[event.key];
    if (!move || event.altKey || event.metaKey) return;
    event.preventDefault();
    keyboardCaret.current = true;
    if (selection.rangeCount === 0 || !container.contains(selection.focusNode)) {
      // The caret starts where the focus is: a highlight, or the text's first word.
      const start = mark
        ? offsetOfPoint(container, mark, 0, text.length)
        : Number(container.querySelector<HTMLElement>('p[data-start]')?.dataset.start ?? 0);
      const point = pointAtOffset(container, start);
      if (point) selection.collapse(point.node, point.offset);
    }
    const [direction, unit] = move;
    const granularity = event.ctrlKey && unit === 'character' ? 'word' : unit;
    selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
    scrollFocusIntoView(container, selection);
  };

  return (
    <div
      ref={ref}
      className="source-text"
      role="region"
      aria-label={label}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onMouseDown={() => {
        keyboardCaret.current = false;
      }}
      onClick={(event) => {
        // A drag that ends on a highlight selects words, not the highlight.
        if (!document.getSelection()?.isCollapsed) return;
        const ids: string[] = [];
        for (
          let node = (event.target as Element).closest<HTMLElement>('[data-statement]');
          node && ref.current?.contains(node);
          node = node.parentElement?.closest<HTMLElement>('[data-statement]') ?? null
        ) {
          if (!ids.includes(node.dataset.statement!)) ids.push(node.dataset.statement!);
        }
        if (ids.length > 0) onActivate(ids);
      }}
    >
      <Paragraphs text={text} ranges={ranges} info={info} />
      {caret && (
        <span
          className="source-caret"
          aria-hidden="true"
          style={{ left: caret.left, top: caret.top, height: caret.height }}
        />
      )}
    </div>
  );
}

/** Where a collapsed range is, relative to the container (whose box holds the caret). */
function caretBox(container: Element, range: Range): CaretBox | null {
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (!rect || (rect.height === 0 && rect.top === 0)) return null;
  const box = container.getBoundingClientRect();
  return { left: rect.left - box.left, top: rect.top - box.top, height: rect.height };
}

/** Scrolls the text's scrolling panel so that the selection's moving end is in view. */
function scrollFocusIntoView(container: Element, selection: Selection): void {
  if (!selection.focusNode) return;
  const range = container.ownerDocument.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  const rect = range.getBoundingClientRect();
  for (let node = container.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY !== 'auto' && overflowY !== 'scroll') continue;
    const view = node.getBoundingClientRect();
    // Room for the bar at the bottom of the panel.
    const margin = 80;
    if (rect.bottom > view.bottom - margin) node.scrollTop += rect.bottom - view.bottom + margin;
    else if (rect.top < view.top + 20) node.scrollTop -= view.top + 20 - rect.top;
    return;
  }
}
