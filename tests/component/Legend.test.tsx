// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Legend } from '../../src/components/Legend/Legend';
import { parseDataset } from '../../src/model/parseDataset';
import { readGraphml } from '../../src/model/readXmlNetwork';
import type { Dataset } from '../../src/model/schema';
import { DEFAULT_STANCES } from '../../src/model/stances';
import {
  AFFILIATION_STYLE,
  CLAIM_STYLE,
  KIND_STYLES,
  stanceStyles,
  TIE_STYLES,
} from '../../src/model/styleTable';
import { useStore } from '../../src/store/store';

function parse(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(`invalid dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

function readDataset(path: string): Dataset {
  return parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
}

const SEED = '../../data/north-korea-troops.json';

/** The entries of one titled list of the legend: text, and the SVG attributes of its key. */
function entries(title: string) {
  return within(screen.getByRole('list', { name: title }))
    .getAllByRole('listitem')
    .map((item) => {
      const line = item.querySelector('line');
      const shape = item.querySelector('[data-shape]');
      return {
        text: item.textContent,
        stroke: line?.getAttribute('stroke') ?? null,
        dash: line?.getAttribute('stroke-dasharray') ?? null,
        lineStyle: line?.getAttribute('data-line-style') ?? null,
        arrow: item.querySelector('polygon')?.getAttribute('fill') ?? null,
        shape: shape?.getAttribute('data-shape') ?? null,
        fill: shape?.querySelector('circle, polygon, rect')?.getAttribute('fill') ?? null,
      };
    });
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

afterEach(() => {
  cleanup();
});

describe('Legend', () => {
  it('says so before any dataset has loaded', () => {
    render(<Legend />);
    expect(screen.getByRole('heading', { name: 'Legend' })).toBeInTheDocument();
    expect(screen.getByText('No dataset loaded')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows the six default stances in vocabulary order, drawn as the graph draws them', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    render(<Legend />);
    const shown = entries('Stances');
    expect(shown).toHaveLength(6);
    expect(shown.map((e) => e.text)).toEqual(DEFAULT_STANCES.map((s) => s.label));
    const styles = stanceStyles(DEFAULT_STANCES);
    expect(shown.map((e) => e.stroke)).toEqual(styles.map((s) => s.color));
    expect(shown.map((e) => e.arrow)).toEqual(styles.map((s) => s.color));
    expect(shown.map((e) => e.lineStyle)).toEqual(styles.map((s) => s.lineStyle));
    // solid for +1, dashed for −1, dotted for 0: told apart by the dash pattern, not colour alone.
    for (const entry of shown) {
      if (entry.lineStyle === 'solid') expect(entry.dash).toBeNull();
      else expect(entry.dash).toMatch(/^\S+ \S+$/);
    }
    const dashed = shown.find((e) => e.lineStyle === 'dashed')!.dash;
    const dotted = shown.find((e) => e.lineStyle === 'dotted')!.dash;
    expect(dashed).not.toBe(dotted);
    expect(shown.find((e) => e.text === 'Denies')?.lineStyle).toBe('dashed');
    expect(shown.find((e) => e.text === 'Evaluates')?.lineStyle).toBe('dotted');
    expect(shown.find((e) => e.text === 'Asserts')?.lineStyle).toBe('solid');
  });

  it('follows a custom vocabulary with custom colours exactly', () => {
    const dataset = parse(
      JSON.stringify({
        format: 'stancegraph',
        version: 1,
        stances: [
          { id: 'backs', label: 'Backs', polarity: 1, color: '#123456' },
          { id: 'rejects', label: 'Rejects', polarity: -1, color: 'tomato' },
          { id: 'wonders', label: 'Wonders', polarity: 0 },
        ],
        actors: [{ id: 'a', name: 'A', kind: 'organization' }],
        claims: [{ id: 'c', text: 'C' }],
        statements: [{ id: 's', actor: 'a', claim: 'c', stance: 'rejects' }],
      }),
    );
    useStore.getState().loadDataset(dataset);
    render(<Legend />);
    const shown = entries('Stances');
    expect(shown.map((e) => e.text)).toEqual(['Backs', 'Rejects', 'Wonders']);
    // The one without a colour gets the same fallback the graph gets.
    const fallback = stanceStyles(dataset.stances!)[2]!.color;
    // tomato in the form the graph draws it.
    expect(shown.map((e) => e.stroke)).toEqual(['#123456', '#ff6347', fallback]);
    expect(shown.map((e) => e.lineStyle)).toEqual(['solid', 'dashed', 'dotted']);
    expect(screen.queryByText('Asserts')).toBeNull();
    // Only the kinds present.
    expect(entries('Actors').map((e) => e.text)).toEqual(['Organization']);
  });

  it('shows the actor kinds present, in order, with their shape and colour', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    render(<Legend />);
    const kinds = entries('Actors');
    expect(kinds.map((e) => e.text)).toEqual(['Person', 'State', 'Organization', 'Group']);
    for (const kind of ['person', 'state', 'organization', 'group'] as const) {
      const entry = kinds.find((e) => e.text === KIND_STYLES[kind].label)!;
      expect(entry.fill).toBe(KIND_STYLES[kind].color);
      expect(entry.shape).toBe(KIND_STYLES[kind].shape);
    }
    expect(screen.queryByText(KIND_STYLES.other.label)).toBeNull();
  });

  it('shows the claim box, and the affiliation line only while affiliations are on', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    render(<Legend />);
    let other = entries('Claims and links');
    expect(other.map((e) => e.text)).toEqual([CLAIM_STYLE.label, AFFILIATION_STYLE.label]);
    expect(other[0]!.fill).toBe(CLAIM_STYLE.color);
    expect(other[1]!.stroke).toBe(AFFILIATION_STYLE.color);
    expect(other[1]!.arrow).toBeNull();

    act(() => useStore.getState().setFilter('showAffiliations', false));
    other = entries('Claims and links');
    expect(other.map((e) => e.text)).toEqual([CLAIM_STYLE.label]);
  });

  it('leaves the affiliation line out when the dataset has no memberOf', () => {
    useStore.getState().loadDataset(readDataset('../fixtures/minimal.valid.json'));
    render(<Legend />);
    expect(useStore.getState().filters.showAffiliations).toBe(true);
    expect(entries('Claims and links').map((e) => e.text)).toEqual([CLAIM_STYLE.label]);
  });

  it('shows agreement and conflict ties in the actor view', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    useStore.getState().setView('actors');
    render(<Legend />);
    const ties = entries('Ties');
    expect(ties.map((e) => e.text)).toEqual([
      TIE_STYLES.agreement.label,
      TIE_STYLES.conflict.label,
    ]);
    expect(ties.map((e) => e.stroke)).toEqual([
      TIE_STYLES.agreement.color,
      TIE_STYLES.conflict.color,
    ]);
    expect(ties.map((e) => e.lineStyle)).toEqual(['solid', 'dashed']);
    expect(ties.every((e) => e.arrow === null)).toBe(true);
    expect(screen.getByText(/width and label = tie weight/i)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Stances' })).toBeNull();
    expect(screen.queryByText(AFFILIATION_STYLE.label)).toBeNull();
    // The kinds drawn: the sample's two organisations have no tie, and are hidden until asked for.
    expect(entries('Actors').map((e) => e.text)).toEqual(['Person', 'State', 'Group']);
    act(() => useStore.getState().setFilter('showUntied', true));
    expect(entries('Actors').map((e) => e.text)).toEqual([
      'Person',
      'State',
      'Organization',
      'Group',
    ]);
  });

  it('follows the tie type: one line for co-occurrence, both signs for agreement − conflict', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    useStore.getState().setView('actors');
    render(<Legend />);
    act(() => useStore.getState().setTieMode('cooccurrence'));
    expect(entries('Ties').map((e) => [e.text, e.stroke])).toEqual([
      [TIE_STYLES.cooccurrence.label, TIE_STYLES.cooccurrence.color],
    ]);
    act(() => useStore.getState().setTieMode('subtract'));
    expect(entries('Ties').map((e) => [e.text, e.stroke])).toEqual([
      ['More agreement than conflict', TIE_STYLES.agreement.color],
      ['More conflict than agreement', TIE_STYLES.conflict.color],
    ]);
  });

  it('lists the communities with their colours and sizes once coloured by community', async () => {
    useStore.getState().loadDataset(readDataset(SEED));
    useStore.getState().setView('actors');
    await useStore.getState().requestMetrics();
    render(<Legend />);
    expect(screen.queryByRole('list', { name: 'Communities' })).toBeNull();
    act(() => useStore.getState().setColourBy('community'));
    const communities = entries('Communities');
    expect(communities.length).toBeGreaterThan(1);
    // Numbered by size, largest first, each with its node count.
    const counts = communities.map((e) => Number(/\((\d+)\)$/.exec(e.text ?? '')?.[1]));
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(communities[0]?.text).toMatch(/^Community 1 \(\d+\)$/);
    expect(new Set(communities.map((e) => e.fill)).size).toBe(communities.length);
    // The shapes still tell the kinds apart, now without their colours.
    expect(entries('Shapes').map((e) => e.text)).toContain('Person');
    expect(screen.queryByRole('list', { name: 'Actors' })).toBeNull();
  });

  it('says what node size shows, and nothing when nodes are plain', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    useStore.getState().setView('actors');
    render(<Legend />);
    expect(screen.queryByText(/^Size =/)).toBeNull();
    act(() => useStore.getState().setSizeBy('betweenness'));
    expect(screen.getByText('Size = betweenness')).toBeInTheDocument();
  });

  it('says while the graph draws its lines solid, too many in view, in either view', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    render(<Legend />);
    const note = /Lines are drawn solid while over 1,500 are in view/;
    expect(screen.queryByText(note)).toBeNull();
    act(() => useStore.getState().setSolidLinesAbove(1500));
    expect(screen.getByRole('note')).toHaveTextContent(
      'Lines are drawn solid while over 1,500 are in view: zoom in or filter to see dashes and dots.',
    );
    act(() => useStore.getState().setView('actors'));
    expect(screen.getByRole('note')).toHaveTextContent(/zoom in or filter to see dashes\.$/);
    act(() => useStore.getState().setSolidLinesAbove(null));
    expect(screen.queryByText(note)).toBeNull();
  });

  it('switches back to the stances with the view', () => {
    useStore.getState().loadDataset(readDataset(SEED));
    useStore.getState().setView('actors');
    render(<Legend />);
    expect(screen.queryByRole('list', { name: 'Stances' })).toBeNull();
    act(() => useStore.getState().setView('claims'));
    expect(entries('Stances')).toHaveLength(6);
    expect(screen.queryByRole('list', { name: 'Ties' })).toBeNull();
  });

  it("keys a network's edges: plain, and with an arrow when its file gives them a direction", () => {
    const graphml = (edges: string) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="undirected" id="G">
    <node id="a"/><node id="b"/>
    ${edges}
  </graph>
</graphml>`;
    const open = (text: string) => {
      const result = readGraphml(text);
      if (!result.ok || !result.network) throw new Error('not a network');
      act(() => useStore.getState().loadDataset(result.dataset, { network: result.network }));
    };
    open(graphml('<edge id="e0" source="a" target="b"/>'));
    render(<Legend />);
    expect(entries('Links').map((e) => [e.text, e.arrow])).toEqual([['Edge of the network', null]]);
    open(
      graphml(
        '<edge id="e0" source="a" target="b"/><edge id="e1" source="b" target="a" directed="true"/>',
      ),
    );
    expect(entries('Links').map((e) => [e.text, e.arrow])).toEqual([
      ['Edge of the network', null],
      ['Directed edge, to its target', AFFILIATION_STYLE.color],
    ]);
  });
});
