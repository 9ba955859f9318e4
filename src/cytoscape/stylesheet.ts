import type { StylesheetJson } from 'cytoscape';
import { AFFILIATION_STYLE, CLAIM_STYLE } from '../model/styleTable';
import { CLAIM_WIDTH } from './elements';

export type Theme = 'light' | 'dark';

const PALETTE = {
  light: {
    text: '#1F2328',
    outline: '#FFFFFF',
    claimText: '#2B2416',
    claimBorder: '#8C7A4B',
    accent: '#0B57D0',
  },
  dark: {
    text: '#E6E6E6',
    outline: '#15171A',
    claimText: '#F4EEDC',
    claimBorder: '#B59F63',
    accent: '#8AB4F8',
  },
} as const;

const DARK_CLAIM_FILL = '#3A3424';

/** How claim boxes are filled and bordered in a theme (the exported image's legend draws one). */
export function claimBoxColors(theme: Theme): { fill: string; border: string } {
  return {
    fill: theme === 'dark' ? DARK_CLAIM_FILL : CLAIM_STYLE.color,
    border: PALETTE[theme].claimBorder,
  };
}

// Thousands of curved edges with arrowheads are the costliest part of a frame; in the claims view
// the direction needs no arrow (an edge always runs from an actor to a claim box). A dense graph
// (layouts.ts) gets these edges only.
const simpleEdgeStyle: StylesheetJson = [
  {
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
  },
  // A haystack edge cannot turn back to its node: a network's self-loops (few) stay curves.
  { selector: 'edge:loop', style: { 'curve-style': 'bezier' } },
];
// A large graph's claim boxes shrink too: at that size the graph is read by its shape, and a
// box's text is in the details panel.
const largeGraphStyle: StylesheetJson = [
  ...simpleEdgeStyle,
  {
    selector: 'node[type = "claim"]',
    style: {
      width: 44,
      height: 28,
      'font-size': 8,
      'text-max-width': '40px',
      'text-wrap': 'ellipsis',
    },
  },
];

/**
 * The graph's stylesheet. Colours, shapes and line styles come from element data, which
 * elements.ts fills from the style table (model/styleTable.ts) that the legend reads too; the
 * stylesheet itself lists no stance.
 */
export function buildStylesheet(theme: Theme, large = false, dense = false): StylesheetJson {
  const c = PALETTE[theme];
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: c.text,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 12,
        // Labels are not drawn while they would be unreadably small: the costliest part of a frame.
        'min-zoomed-font-size': 5,
      },
    },
    {
      selector: 'node[type = "actor"]',
      style: {
        shape: 'data(shape)' as never,
        'background-color': 'data(color)',
        width: 26,
        height: 26,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': c.outline,
        'text-outline-width': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
      },
    },
    {
      // A plain network's node with a size from its file (GEXF, GraphML), or the actor view's
      // node sized by a metric (every node of the actor view carries a size, 26 when plain).
      selector: 'node[type = "actor"][size]',
      style: { width: 'data(size)', height: 'data(size)' },
    },
    {
      selector: 'node[type = "claim"]',
      style: {
        shape: 'round-rectangle',
        'background-color': theme === 'dark' ? DARK_CLAIM_FILL : 'data(color)',
        'border-width': 1,
        'border-color': c.claimBorder,
        color: c.claimText,
        width: CLAIM_WIDTH,
        height: 'data(height)',
        'font-size': 12,
        'text-wrap': 'wrap',
        'text-max-width': `${CLAIM_WIDTH - 14}px`,
        'text-valign': 'center',
        'text-halign': 'center',
        'line-height': 1.2,
      },
    },
    {
      selector: 'edge',
      style: { width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' },
    },
    {
      // Statements and ties carry their colour and line style; affiliations do not.
      selector: 'edge[color]',
      style: {
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as never,
        'line-dash-pattern': [6, 4],
        'target-arrow-color': 'data(color)',
      },
    },
    {
      // Statements repeated by one actor on one claim with one stance: one edge, its count shown.
      selector: 'edge[type = "statement"][count]',
      style: {
        width: 'data(width)',
        label: 'data(countLabel)',
        'font-size': 11,
        'font-weight': 'bold',
        color: c.text,
        'text-outline-color': c.outline,
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge[type = "affiliation"]',
      style: {
        width: 1,
        'line-color': AFFILIATION_STYLE.color,
        'line-style': 'solid',
        'target-arrow-shape': 'none',
        'curve-style': 'straight',
        opacity: 0.8,
      },
    },
    {
      selector: 'edge[type = "tie"]',
      style: {
        width: 'data(width)',
        'target-arrow-shape': 'none',
        label: 'data(label)',
        'font-size': 10,
        color: c.text,
        'text-outline-color': c.outline,
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
      },
    },
    {
      // A network from another tool: curves, so that parallel edges and self-loops show (a
      // dense one gets the simple edges below, as every dense graph does).
      selector: 'edge[type = "link"]',
      style: {
        width: 1,
        'curve-style': 'bezier',
        'line-color': AFFILIATION_STYLE.color,
        'target-arrow-color': AFFILIATION_STYLE.color,
        opacity: 0.5,
        'target-arrow-shape': 'none',
      },
    },
    {
      // An edge its file gives a direction (GEXF, GraphML) points to its target.
      selector: 'edge[type = "link"][?directed]',
      style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 },
    },
    {
      // A plain network's edge with a colour from its file (GEXF).
      selector: 'edge[type = "link"][linkColor]',
      style: { 'line-color': 'data(linkColor)', 'target-arrow-color': 'data(linkColor)' },
    },
    ...(large ? largeGraphStyle : dense ? simpleEdgeStyle : []),
    { selector: '.faded', style: { opacity: 0.12 } },
    {
      // A hovered node's neighbourhood, drawn above the rest with a halo (enableHoverHighlight).
      selector: '.highlighted',
      style: {
        'underlay-color': c.accent,
        'underlay-opacity': 0.45,
        'underlay-padding': 5,
        'z-index': 10,
      },
    },
    // An actor's halo follows its round-ish shape; a claim's box keeps a rounded rectangle.
    { selector: 'node[type = "actor"].highlighted', style: { 'underlay-shape': 'ellipse' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': c.accent, 'border-style': 'solid' },
    },
    {
      selector: 'edge:selected',
      style: { width: 5, 'overlay-color': c.accent, 'overlay-opacity': 0.18, 'overlay-padding': 4 },
    },
  ];
}
