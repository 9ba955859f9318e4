// Stance colours: every CSS colour a file may give is drawn alike in the graph (Cytoscape), the
// legend and exported images; one that is no colour is refused at load, naming its place.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { claimsViewElements, statementEdgeId } from '../../../src/cytoscape/elements';
import { buildStylesheet } from '../../../src/cytoscape/stylesheet';
import { drawnColour, readCssColour, type Rgba } from '../../../src/model/cssColour';
import { exportShownDataset, serializeDataset } from '../../../src/model/exportJson';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import { parseDataset } from '../../../src/model/parseDataset';
import { stanceStyles } from '../../../src/model/styleTable';
import { shown } from '../testData';

const rgba = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });

function colourOf(text: string): Rgba {
  const reading = readCssColour(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading.rgba;
}

describe('readCssColour', () => {
  it.each([
    // Hex: 3, 4, 6 and 8 digits, either case.
    ['#f00', rgba(255, 0, 0)],
    ['#F00C', rgba(255, 0, 0, 0.8)],
    ['#663399', rgba(102, 51, 153)],
    ['#66339980', rgba(102, 51, 153, 128 / 255)],
    // Names, including the one Cytoscape lacks, and the keyword transparent.
    ['rebeccapurple', rgba(102, 51, 153)],
    ['RebeccaPurple', rgba(102, 51, 153)],
    ['transparent', rgba(0, 0, 0, 0)],
    // rgb(): legacy commas, modern spaces, / alpha, percentages, none, clamping.
    ['rgb(255, 0, 0)', rgba(255, 0, 0)],
    ['rgba(255,0,0,0.5)', rgba(255, 0, 0, 0.5)],
    ['rgb(255 0 0)', rgba(255, 0, 0)],
    ['rgb(255 0 0 / 50%)', rgba(255, 0, 0, 0.5)],
    ['rgba(100% 50% 0% / .25)', rgba(255, 128, 0, 0.25)],
    ['rgb(100%, 0%, 0%)', rgba(255, 0, 0)],
    ['rgb(100% 0 none)', rgba(255, 0, 0)],
    ['rgb(300 -20 12.6)', rgba(255, 0, 13)],
    ['  RGB( 1 , 2 , 3 )  ', rgba(1, 2, 3)],
    // hsl() and hsla(), both syntaxes, with angle units; hwb().
    ['hsl(120, 100%, 50%)', rgba(0, 255, 0)],
    ['hsla(240, 100%, 50%, 0.3)', rgba(0, 0, 255, 0.3)],
    ['hsl(270 50% 40%)', rgba(102, 51, 153)],
    ['hsl(0.75turn 50 40 / 1)', rgba(102, 51, 153)],
    ['hsl(-90deg 50% 40%)', rgba(102, 51, 153)],
    ['hsl(300grad 50% 40%)', rgba(102, 51, 153)],
    ['hwb(270 20% 40%)', rgba(102, 51, 153)],
    ['hwb(0 60% 60%)', rgba(128, 128, 128)],
  ])('reads %s', (text, expected) => {
    const got = colourOf(text);
    expect({ ...got, a: Math.round(got.a * 1000) / 1000 }).toEqual({
      ...expected,
      a: Math.round(expected.a * 1000) / 1000,
    });
  });

  it.each([
    '#12345',
    '#ggg',
    'red;background:url(x)',
    'url(x)',
    'reddish',
    '',
    'rgb(255, 0)',
    'rgb(255, 0 0)',
    'rgb(100%, 0, 0)',
    'rgb(none, 0, 0)',
    'rgb(1 2 3 4)',
    'rgb(1 2 3 /)',
    'rgb(1. 2 3)',
    'hsl(120, 100, 50)',
    'hsl(10% 50% 50%)',
    'hwb(0, 10%, 10%)',
    'rgb(255 0 0) red',
  ])('refuses %j as no CSS colour', (text) => {
    const reading = readCssColour(text);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toBe(
      `${JSON.stringify(text)} is not a CSS colour (use a colour name, #rrggbb, rgb(), hsl() or hwb())`,
    );
  });

  it('says so for CSS colours it cannot draw, rather than calling them no colour', () => {
    const oklch = readCssColour('oklch(70% 0.1 200)');
    expect(!oklch.ok && oklch.message).toMatch(
      /^"oklch\(70% 0\.1 200\)" is written in oklch\(\), which this app cannot draw/,
    );
    const current = readCssColour('currentColor');
    expect(!current.ok && current.message).toMatch(/not a colour of its own/);
  });

  it('reads every name Cytoscape reads as Cytoscape does', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'n' } }] });
    const node = cy.getElementById('n');
    for (const name of ['aliceblue', 'darkslategrey', 'lightgoldenrodyellow', 'yellowgreen']) {
      node.style('background-color', name);
      const { r, g, b } = colourOf(name);
      expect(node.style('background-color')).toBe(`rgb(${r},${g},${b})`);
    }
    cy.destroy();
  });
});

describe('drawnColour', () => {
  it('gives #rrggbb for an opaque colour and rgba() for one with alpha', () => {
    expect(drawnColour('rebeccapurple')).toBe('#663399');
    expect(drawnColour('rgb(255 0 0)')).toBe('#ff0000');
    expect(drawnColour('#f00c')).toBe('rgba(255,0,0,0.8)');
    expect(drawnColour('transparent')).toBe('rgba(0,0,0,0)');
    expect(drawnColour(' #0072B2 ')).toBe('#0072B2');
    expect(drawnColour('#12345')).toBeUndefined();
    expect(drawnColour(undefined)).toBeUndefined();
  });
});

const FORMS = [
  ['rebeccapurple', 'rgb(102,51,153)'],
  ['rgb(255 0 0)', 'rgb(255,0,0)'],
  ['#f00c', 'rgba(255,0,0,0.8)'],
  ['hsl(120deg 100% 25% / 0.5)', 'rgba(0,128,0,0.5)'],
  ['hwb(240 0% 0%)', 'rgb(0,0,255)'],
  ['#0072B2', 'rgb(0,114,178)'],
] as const;

function datasetWithColours(colours: readonly string[]): string {
  return JSON.stringify({
    format: 'stancegraph',
    version: 1,
    stances: colours.map((color, i) => ({ id: `s${i}`, label: `S${i}`, polarity: 1, color })),
    actors: [{ id: 'a', name: 'Ann', kind: 'person' }],
    claims: [{ id: 'c', text: 'A claim' }],
    statements: colours.map((_, i) => ({ id: `t${i}`, actor: 'a', claim: 'c', stance: `s${i}` })),
  });
}

describe('stance colours in a dataset', () => {
  it('draws each CSS colour form in the graph as the legend and exported images show it', () => {
    const result = parseDataset(datasetWithColours(FORMS.map(([text]) => text)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const index = buildGraphIndex(result.dataset);
    // The legends (screen and image) read the style table.
    const legend = stanceStyles(index.stances).map((s) => s.color);
    const elements = claimsViewElements(index);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements,
      style: buildStylesheet('light'),
    });
    FORMS.forEach(([, drawn], i) => {
      const edge = cy.getElementById(statementEdgeId(`t${i}`));
      expect(edge.data('color')).toBe(legend[i]);
      // What Cytoscape draws: the colour itself, not its grey default for a colour it cannot read.
      expect(edge.style('line-color')).toBe(drawn);
      expect(edge.style('target-arrow-color')).toBe(drawn);
    });
    cy.destroy();
  });

  it('keeps the file’s own colour text in the dataset and in Export JSON', () => {
    const result = parseDataset(datasetWithColours(FORMS.map(([text]) => text)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.stances?.map((s) => s.color)).toEqual(FORMS.map(([text]) => text));
    const index = buildGraphIndex(result.dataset);
    const exported = JSON.parse(serializeDataset(exportShownDataset(index, shown(index, {}))));
    expect(exported.stances.map((s: { color: string }) => s.color)).toEqual(
      FORMS.map(([text]) => text),
    );
  });

  it('refuses a colour that is none, naming its path, and reports every one', () => {
    const result = parseDataset(
      datasetWithColours(['red', '#12345', 'red;background:url(x)', 'oklch(70% 0.1 200)']),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        path: 'stances[1].color',
        message: '"#12345" is not a CSS colour (use a colour name, #rrggbb, rgb(), hsl() or hwb())',
      },
      {
        path: 'stances[2].color',
        message:
          '"red;background:url(x)" is not a CSS colour (use a colour name, #rrggbb, rgb(), hsl() or hwb())',
      },
      {
        path: 'stances[3].color',
        message:
          '"oklch(70% 0.1 200)" is written in oklch(), which this app cannot draw (use a colour name, #rrggbb, rgb(), hsl() or hwb())',
      },
    ]);
  });

  it('still reports a colour of the wrong type as such', () => {
    const text = datasetWithColours(['red']).replace('"color":"red"', '"color":12');
    const result = parseDataset(text);
    expect(!result.ok && result.problems).toEqual([
      { path: 'stances[0].color', message: 'expected a string, got number' },
    ]);
  });
});
