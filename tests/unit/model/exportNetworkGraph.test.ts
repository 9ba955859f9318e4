// @vitest-environment jsdom
// The GEXF and GraphML exports of a plain network (a file of another tool): its shown nodes and
// edges, read back by graphology's parsers (jsdom's strict DOMParser checks the XML) and by the
// app's own readers, which must give the same network as was shown. The real files of other tools
// go the same way in exportNetworkInterop.test.ts (Node: jsdom cannot locate them).
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { networkGraph, toGexf, toGraphml } from '../../../src/model/exportGraph';
import type { PlainNetwork } from '../../../src/model/network';
import type { ReadResult } from '../../../src/model/readDataset';
import { readGexf, readGraphml } from '../../../src/model/readXmlNetwork';

/** Parses the text with a strict XML 1.0 parser; fails the test when it is not well-formed. */
function xmlDocument(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')[0]?.textContent ?? null).toBeNull();
  return doc;
}

function networkOf(result: ReadResult): PlainNetwork {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  if (!result.network) throw new Error('read as a dataset, not a network');
  return result.network;
}

// A network as the readers give it: directed and undirected edges (a parallel pair, a self-loop),
// the file's colours, sizes, weights and data, and a node "d" that the filters hide.
const net: PlainNetwork = {
  title: 'Trade & "aid"',
  nodes: [
    { id: 'a', label: 'Alpha', color: '#f55b5b', size: 20, data: { group: 'north', score: 1.5 } },
    { id: 'b', label: 'Beta', color: '#5bf55b', size: 8.5, data: { group: 'south', active: true } },
    { id: 'c', label: 'Gamma <3>', data: { group: 'north', nested: { no: 'objects' } } },
    { id: 'd', label: 'Delta', data: {} },
  ],
  edges: [
    {
      id: 'e1',
      source: 'a',
      target: 'b',
      label: 'sells to',
      color: '#112233',
      directed: true,
      data: { weight: 3, kind: 'trade' },
    },
    { id: 'e2', source: 'b', target: 'a', directed: true, data: { weight: '2.5' } },
    { id: 'e3', source: 'a', target: 'c', label: 'knows', data: { kind: 'social' } },
    { id: 'e4', source: 'c', target: 'c', data: {} },
    // Both ends would be shown but the edge is not (hidden by a focus, say): left out.
    { id: 'e5', source: 'b', target: 'c', data: {} },
    // To the hidden node: left out.
    { id: 'e6', source: 'a', target: 'd', directed: true, data: {} },
  ],
};
const shown = { nodes: new Set(['a', 'b', 'c']), edges: new Set(['e1', 'e2', 'e3', 'e4', 'e6']) };
const positions = new Map([
  ['a', { x: 10, y: -20 }],
  ['b', { x: 30.5, y: 40 }],
  ['c', { x: 0, y: 0 }],
]);

describe('networkGraph', () => {
  it('holds the shown nodes and edges, in file order, with what the file says of them', () => {
    const graph = networkGraph(net, shown, positions);
    expect(graph.type).toBe('mixed');
    expect(graph.getAttribute('title')).toBe('Trade & "aid"');
    expect(graph.nodes()).toEqual(['a', 'b', 'c']);
    expect(graph.edges()).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(graph.getNodeAttributes('a')).toEqual({
      label: 'Alpha',
      color: '#f55b5b',
      size: 20,
      group: 'north',
      score: 1.5,
      x: 10,
      y: -20,
    });
    // Data no GEXF or GraphML type can hold (an object) is left out.
    expect(graph.getNodeAttributes('c')).toEqual({
      label: 'Gamma <3>',
      group: 'north',
      x: 0,
      y: 0,
    });
    expect(graph.isDirected('e1')).toBe(true);
    expect(graph.isUndirected('e3')).toBe(true);
    expect(graph.getEdgeAttributes('e1')).toEqual({
      label: 'sells to',
      color: '#112233',
      weight: 3,
      kind: 'trade',
    });
    // A weight the file typed as text is still a weight.
    expect(graph.getEdgeAttributes('e2')).toEqual({ weight: 2.5 });
  });

  it('leaves positions out when the view has none', () => {
    const graph = networkGraph(net, shown);
    expect(graph.getNodeAttributes('b')).not.toHaveProperty('x');
  });
});

describe('a network as GEXF', () => {
  const text = toGexf(networkGraph(net, shown, positions));

  it('parses with graphology-gexf: shown counts, directions, viz and attributes', () => {
    xmlDocument(text);
    const parsed = parseGexf(MultiGraph, text);
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(4);
    expect(parsed.directedSize).toBe(2);
    expect(parsed.undirectedSize).toBe(2);
    expect(parsed.getNodeAttributes('a')).toMatchObject({
      label: 'Alpha',
      // GEXF counts y upwards.
      x: 10,
      y: 20,
      size: 20,
      color: 'rgb(245,91,91)',
      group: 'north',
      score: 1.5,
    });
    expect(parsed.getEdgeAttributes('e1')).toMatchObject({
      label: 'sells to',
      weight: 3,
      color: 'rgb(17,34,51)',
      kind: 'trade',
    });
    expect(parsed.extremities('e4')).toEqual(['c', 'c']);
  });

  it('writes the edges directed by default, an undirected one typed so', () => {
    const doc = xmlDocument(text);
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe('directed');
    const types = [...doc.getElementsByTagName('edge')].map((e) => e.getAttribute('type'));
    expect(types).toEqual([null, null, 'undirected', 'undirected']);
  });

  it('writes an undirected network undirected', () => {
    const undirected = { nodes: new Set(['a', 'c']), edges: new Set(['e3']) };
    const doc = xmlDocument(toGexf(networkGraph(net, undirected)));
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe(
      'undirected',
    );
    expect(doc.getElementsByTagName('edge')[0]?.hasAttribute('type')).toBe(false);
  });

  it('reopens in the app as the network shown', () => {
    const back = networkOf(readGexf(text));
    expect(back.title).toBe('Trade & "aid"');
    expect(back.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(back.nodes[0]).toMatchObject({
      label: 'Alpha',
      color: '#f55b5b',
      size: 20,
      position: { x: 10, y: -20 },
    });
    expect(back.nodes[1]?.position).toEqual({ x: 30.5, y: 40 });
    expect(back.edges.map((e) => [e.id, e.source, e.target, e.directed ?? false])).toEqual([
      ['e1', 'a', 'b', true],
      ['e2', 'b', 'a', true],
      ['e3', 'a', 'c', false],
      ['e4', 'c', 'c', false],
    ]);
    expect(back.edges[0]).toMatchObject({ label: 'sells to', color: '#112233' });
    expect(back.edges[0]?.data).toMatchObject({ weight: 3, kind: 'trade' });
  });
});

describe('a network as GraphML', () => {
  const text = toGraphml(networkGraph(net, shown, positions));

  it('parses with graphology-graphml: shown counts, positions and attributes', () => {
    xmlDocument(text);
    const parsed = parseGraphml(MultiGraph, text);
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(4);
    expect(parsed.getNodeAttributes('a')).toEqual({
      label: 'Alpha',
      color: '#f55b5b',
      size: 20,
      group: 'north',
      score: 1.5,
      x: 10,
      y: -20,
    });
    expect(parsed.getNodeAttributes('b')).toMatchObject({ x: 30.5, y: 40, active: true });
    expect(parsed.getEdgeAttributes('e1')).toEqual({
      label: 'sells to',
      color: '#112233',
      weight: 3,
      kind: 'trade',
    });
  });

  it('writes edgedefault "directed" with each undirected edge marked directed="false"', () => {
    const doc = xmlDocument(text);
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    const directed = [...doc.getElementsByTagName('edge')].map((e) => e.getAttribute('directed'));
    expect(directed).toEqual([null, null, 'false', 'false']);
  });

  it('writes an undirected network with edgedefault "undirected" and no marks', () => {
    const undirected = { nodes: new Set(['a', 'c']), edges: new Set(['e3', 'e4']) };
    const doc = xmlDocument(toGraphml(networkGraph(net, undirected)));
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
    const edges = [...doc.getElementsByTagName('edge')];
    expect(edges).toHaveLength(2);
    expect(edges.some((e) => e.hasAttribute('directed'))).toBe(false);
  });

  it('reopens in the app as the network shown', () => {
    const back = networkOf(readGraphml(text));
    expect(back.title).toBe('Trade & "aid"');
    expect(back.nodes.map((n) => [n.id, n.label, n.color, n.size, n.position])).toEqual([
      ['a', 'Alpha', '#f55b5b', 20, { x: 10, y: -20 }],
      ['b', 'Beta', '#5bf55b', 8.5, { x: 30.5, y: 40 }],
      ['c', 'Gamma <3>', undefined, undefined, { x: 0, y: 0 }],
    ]);
    expect(back.edges.map((e) => [e.id, e.source, e.target, e.directed ?? false])).toEqual([
      ['e1', 'a', 'b', true],
      ['e2', 'b', 'a', true],
      ['e3', 'a', 'c', false],
      ['e4', 'c', 'c', false],
    ]);
    expect(back.edges[0]).toMatchObject({ label: 'sells to', color: '#112233' });
  });
});
