import type { TieMode } from './actorNetwork';
import { drawnColour } from './cssColour';
import type { ActorKind, StanceDef } from './schema';
import type { TieEdgeType } from './tieEdges';

/** How one stance is drawn; the graph's stylesheet and the legend both read this table. */
export interface StanceStyle {
  readonly id: string;
  readonly label: string;
  readonly polarity: -1 | 0 | 1;
  /** `#rrggbb`, or `rgba(r,g,b,a)` when not opaque: a form Cytoscape, canvas and SVG draw alike. */
  readonly color: string;
  /** Negative stances are dashed and neutral ones dotted, so the difference never rests on colour. */
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
}

/** How one kind of actor is drawn (Cytoscape shape names are plain strings here). */
export interface KindStyle {
  readonly label: string;
  readonly shape: string;
  readonly color: string;
}

// Okabe–Ito: distinguishable under the common colour-vision deficiencies. Used for custom stances
// that bring no colour of their own.
const FALLBACK_STANCE_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#999999',
  '#F0E442',
];

const LINE_STYLE_BY_POLARITY = { 1: 'solid', 0: 'dotted', '-1': 'dashed' } as const;

/**
 * Returns the drawing style of each stance of a vocabulary, in the vocabulary's order. A stance's
 * own colour (any CSS colour; the file keeps its text) is turned into the one form every renderer
 * reads alike, here, so the graph, the legends and exported images take the same value; a stance
 * without a readable colour gets one of the fallback palette.
 */
export function stanceStyles(stances: readonly StanceDef[]): StanceStyle[] {
  return stances.map((stance, i) => ({
    id: stance.id,
    label: stance.label,
    polarity: stance.polarity,
    color: drawnColour(stance.color) ?? FALLBACK_STANCE_COLORS[i % FALLBACK_STANCE_COLORS.length]!,
    lineStyle: LINE_STYLE_BY_POLARITY[stance.polarity],
  }));
}

// Paul Tol's "bright" scheme, colour-blind safe; shapes differ too, so kind never rests on colour.
export const KIND_STYLES: Readonly<Record<ActorKind, KindStyle>> = {
  person: { label: 'Person', shape: 'ellipse', color: '#4477AA' },
  state: { label: 'State', shape: 'hexagon', color: '#228833' },
  organization: { label: 'Organization', shape: 'diamond', color: '#AA3377' },
  // Plain octagon: cytoscape-svg cannot draw the rounded one, and SVG export must match the screen.
  group: { label: 'Group', shape: 'octagon', color: '#EE6677' },
  other: { label: 'Other', shape: 'ellipse', color: '#777777' },
};

/** Claims are the only rectangles in the graph. */
export const CLAIM_STYLE: KindStyle = {
  label: 'Claim',
  shape: 'round-rectangle',
  color: '#F3EBD3',
};

/** Derived actor ties in the actor view; co-occurrence takes no side, so neither colour. */
export const TIE_STYLES = {
  agreement: { label: 'Agreement', color: '#009E73', lineStyle: 'solid' },
  conflict: { label: 'Conflict', color: '#D55E00', lineStyle: 'dashed' },
  cooccurrence: { label: 'Co-occurrence', color: '#6C7A89', lineStyle: 'solid' },
} as const;

/** The kinds of tie a tie type draws, with the legend's words for them. */
export function tieLegend(mode: TieMode): { type: TieEdgeType; label: string }[] {
  switch (mode) {
    case 'cooccurrence':
    case 'agreement':
    case 'conflict':
      return [{ type: mode, label: TIE_STYLES[mode].label }];
    case 'subtract':
      // One network, drawn by the sign of each tie.
      return [
        { type: 'agreement', label: 'More agreement than conflict' },
        { type: 'conflict', label: 'More conflict than agreement' },
      ];
    case 'both':
      return (['agreement', 'conflict'] as const).map((type) => ({
        type,
        label: TIE_STYLES[type].label,
      }));
  }
}

export const AFFILIATION_STYLE = {
  label: 'Member of',
  color: '#A0A0A0',
  lineStyle: 'solid',
} as const;
