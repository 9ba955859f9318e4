import { useRef, type PointerEvent } from 'react';
import { boundsOf, type Histogram } from '../../model/timeline';

interface Props {
  histogram: Histogram;
  /** The date filter's range as day numbers (±Infinity for an open side). */
  range: { start: number; end: number };
  /** Whether a date range is set at all (else every bar is in range and no brush is drawn). */
  rangeSet: boolean;
  labelId: string;
  summaryId: string;
  /** A drag moved the range to these bounds. */
  onRange: (from: string, to: string) => void;
  onDragChange: (dragging: boolean) => void;
}

// The drawing's own units: each bar is BAR wide, the chart HEIGHT high; the SVG stretches to the
// width of its box (bars have no text to distort).
const BAR = 10;
const HEIGHT = 100;
const GAP = 1.5;

/**
 * The bars of the timeline, stacked by polarity (for at the bottom, then neutral, then against),
 * with the date range drawn over them. Dragging across it sets the range to the bars it covers;
 * a click sets it to one bar. The From/To fields and the window buttons do the same by keyboard.
 */
export function HistogramChart({
  histogram,
  range,
  rangeSet,
  labelId,
  summaryId,
  onRange,
  onDragChange,
}: Props) {
  const { bins, max } = histogram;
  const svgRef = useRef<SVGSVGElement>(null);
  const dragStart = useRef<number | null>(null);
  const lastBounds = useRef<string>('');
  const width = bins.length * BAR;
  const scale = max === 0 ? 0 : (HEIGHT - 4) / max;

  const binAt = (clientX: number): number => {
    const box = svgRef.current!.getBoundingClientRect();
    const share = box.width === 0 ? 0 : (clientX - box.left) / box.width;
    return Math.max(0, Math.min(bins.length - 1, Math.floor(share * bins.length)));
  };
  const applyDrag = (bin: number) => {
    const first = Math.min(dragStart.current!, bin);
    const last = Math.max(dragStart.current!, bin);
    const { from, to } = boundsOf(bins[first]!.start, bins[last]!.end);
    // Only a change of bars is a new range: the pointer moves many times within one bar.
    const key = `${from}/${to}`;
    if (key === lastBounds.current) return;
    lastBounds.current = key;
    onRange(from, to);
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragStart.current = binAt(event.clientX);
    lastBounds.current = '';
    onDragChange(true);
    applyDrag(dragStart.current);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (dragStart.current !== null) applyDrag(binAt(event.clientX));
  };
  const endDrag = () => {
    if (dragStart.current === null) return;
    dragStart.current = null;
    onDragChange(false);
  };

  const firstIn = bins.findIndex((bin) => bin.end >= range.start);
  const lastIn = bins.findLastIndex((bin) => bin.start <= range.end);
  const brush =
    rangeSet && firstIn >= 0 && lastIn >= firstIn
      ? { x: firstIn * BAR, width: (lastIn - firstIn + 1) * BAR }
      : null;

  return (
    <svg
      ref={svgRef}
      className="histogram"
      role="img"
      aria-labelledby={labelId}
      aria-describedby={summaryId}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
    >
      {brush && (
        <rect className="histogram-range" x={brush.x} y={0} width={brush.width} height={HEIGHT} />
      )}
      {bins.map((bin, i) => {
        const inRange = bin.end >= range.start && bin.start <= range.end;
        let y = HEIGHT;
        const part = (count: number, className: string) => {
          if (count === 0) return null;
          const height = count * scale;
          y -= height;
          return (
            <rect
              className={className}
              x={i * BAR + GAP / 2}
              y={y}
              width={BAR - GAP}
              height={height}
            />
          );
        };
        return (
          <g key={bin.start} className={inRange ? 'histogram-bar' : 'histogram-bar out-of-range'}>
            {part(bin.positive, 'polarity-for')}
            {part(bin.neutral, 'polarity-neutral')}
            {part(bin.negative, 'polarity-against')}
          </g>
        );
      })}
      {brush && (
        <rect
          className="histogram-range-outline"
          x={brush.x}
          y={0.5}
          width={brush.width}
          height={HEIGHT - 1}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
