// Small SVG keys drawn from the style table (model/styleTable.ts), the table the graph is drawn
// from too. The legend and the filter panel both use them, so the two can never show different
// colours or line styles for one stance or kind.
import { shapeOutline } from '../../model/shapeOutlines';
import type { StanceStyle } from '../../model/styleTable';

type LineStyle = StanceStyle['lineStyle'];

// The graph draws dashed lines with a [6, 4] pattern; dotted lines are round dots.
const DASH_ARRAY: Readonly<Record<LineStyle, string | undefined>> = {
  solid: undefined,
  dashed: '6 4',
  dotted: '0.5 4',
};

interface LineSwatchProps {
  color: string;
  lineStyle: LineStyle;
  /** Statements are arrows (actor → claim); ties and affiliations are plain lines. */
  arrow?: boolean;
  strokeWidth?: number;
  width?: number;
}

/** A short line in a stance's (or tie's) colour and line style, with an arrowhead if asked. */
export function LineSwatch({
  color,
  lineStyle,
  arrow = false,
  strokeWidth = 2,
  width = 30,
}: LineSwatchProps) {
  const lineEnd = arrow ? width - 7 : width - 1;
  return (
    <svg
      className="line-swatch"
      width={width}
      height={12}
      viewBox={`0 0 ${width} 12`}
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={1}
        y1={6}
        x2={lineEnd}
        y2={6}
        stroke={color}
        strokeWidth={strokeWidth}
        strokeDasharray={DASH_ARRAY[lineStyle]}
        strokeLinecap={lineStyle === 'dotted' ? 'round' : 'butt'}
        data-line-style={lineStyle}
      />
      {arrow && <polygon points={`${width - 8},2 ${width},6 ${width - 8},10`} fill={color} />}
    </svg>
  );
}

interface ShapeSwatchProps {
  /** A Cytoscape shape name from the style table. */
  shape: string;
  color: string;
  size?: number;
}

/** A node shape (ellipse, hexagon, diamond, octagon) filled with the kind's colour. */
export function ShapeSwatch({ shape, color, size = 14 }: ShapeSwatchProps) {
  const outline = shapeOutline(shape);
  return (
    <svg
      className="shape-swatch"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-shape={shape}
    >
      {outline.kind === 'circle' ? (
        <circle cx={8} cy={8} r={7} fill={color} />
      ) : (
        <polygon points={outline.points.map((point) => point.join(',')).join(' ')} fill={color} />
      )}
    </svg>
  );
}

/** A claim box: the only rectangle in the graph. */
export function ClaimSwatch({ color }: { color: string }) {
  return (
    <svg
      className="shape-swatch claim-swatch"
      width={24}
      height={14}
      viewBox="0 0 24 14"
      aria-hidden="true"
      focusable="false"
      data-shape="round-rectangle"
    >
      <rect x={0.5} y={0.5} width={23} height={13} rx={3} fill={color} strokeWidth={1} />
    </svg>
  );
}

/** A small key drawn in the text colour: what line width or node size stands for. */
export function KeyIcon({ kind }: { kind: 'width' | 'size' }) {
  return (
    <svg
      className="legend-width-key"
      width={30}
      height={kind === 'width' ? 12 : 16}
      viewBox={kind === 'width' ? '0 0 30 12' : '0 0 30 16'}
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'width' ? (
        <polygon points="1,5 29,1 29,11 1,7" fill="currentColor" />
      ) : (
        <>
          <circle cx={5} cy={11} r={3} fill="currentColor" />
          <circle cx={21} cy={8} r={7} fill="currentColor" />
        </>
      )}
    </svg>
  );
}
