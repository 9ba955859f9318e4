// GEXF and GraphML as plain networks: Gephi's own file, files made here, the app's own exports,
// and broken files refused by line.
import { describe, expect, it } from 'vitest';
import { claimsGraph, toGexf, toGraphml } from '../../../src/model/exportGraph';
import { validateDataset } from '../../../src/model/parseDataset';
import type { ReadResult } from '../../../src/model/readDataset';
import { fileColor, readGexf, readGraphml } from '../../../src/model/readXmlNetwork';
import { findXmlFault } from '../../../src/model/xmlCheck';
import { fixtureText, interopBytes, needInterop } from '../interop';
import { seed, seedIndex, shown } from '../testData';

function network(result: ReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  if (!result.network) throw new Error('no network');
  expect(validateDataset(result.dataset).ok).toBe(true);
  return { network: result.network, dataset: result.dataset };
}

describe('readGexf', () => {
  it('reads Gephi’s les-miserables.gexf with its colours, sizes and positions', (context) => {
    needInterop(context);
    const text = new TextDecoder().decode(interopBytes('les-miserables.gexf'));
    const { network: net, dataset } = network(readGexf(text, 'les-miserables'));
    expect(net.nodes).toHaveLength(77);
    expect(net.edges).toHaveLength(254);
    expect(net.title).toBe('Les Miserables.gexf');
    const valjean = net.nodes.find((n) => n.id === '11')!;
    // <viz:color r="245" g="91" b="91"/> <viz:size value="100"/> <viz:position x="-87.93029" y="6.8120565"/>
    expect(valjean).toEqual({
      id: '11',
      label: 'Valjean',
      color: '#f55b5b',
      size: 100,
      position: { x: -87.93029, y: -6.8120565 },
      data: { modularity_class: 1 },
    });
    expect(dataset.actors.find((a) => a.id === '11')).toEqual({
      id: '11',
      name: 'Valjean',
      kind: 'other',
      modularity_class: 1,
    });
    expect(net.edges.find((e) => e.id === 'geid_138_1')).toMatchObject({
      source: '2',
      target: '0',
      data: { weight: 8, cooccurrence: 8 },
    });
  });

  it('reads a GEXF 1.3 file made here, hex and rgba colours included', () => {
    const { network: net } = network(readGexf(fixtureText('interop/small.gexf')));
    expect(net.title).toBe('Coalition votes');
    expect(net.nodes.map((n) => [n.id, n.label, n.color, n.size, n.position])).toEqual([
      ['red', 'Red Party', '#d62728', 30, { x: -100, y: -50 }],
      ['green', 'Green Party', '#2ca02c', 15, { x: -20, y: 60 }],
      ['blue', 'Blue Party', '#1f77b4', 36, { x: 120, y: -40 }],
      ['amber', 'Amber & Allies', '#ff7f0e', 10, { x: 30, y: -110 }],
    ]);
    expect(net.nodes[0]!.data).toEqual({ seats: 120, bloc: 'left' });
    expect(net.edges).toHaveLength(4);
  });

  it('refuses broken XML by line', () => {
    expect(readGexf(fixtureText('interop/broken-tag.gexf'))).toEqual({
      ok: false,
      problems: [
        {
          path: 'line 7',
          message:
            'not well-formed XML: </nodes> does not match <node>, opened on line 5 and not yet closed',
        },
      ],
    });
  });

  it('refuses repeated node ids and edges to nowhere, by line, all of them', () => {
    const text = [
      '<gexf version="1.2"><graph><nodes>',
      '<node id="a"/>',
      '<node id="a"/>',
      '</nodes><edges>',
      '<edge source="a" target="b"/>',
      '</edges></graph></gexf>',
    ].join('\n');
    expect(readGexf(text)).toEqual({
      ok: false,
      problems: [
        { path: 'line 3', message: 'node id "a" is already used on line 2' },
        { path: 'line 5', message: 'the edge\'s target "b" is no node of the file' },
      ],
    });
  });

  it('refuses another version, and a file that is no GEXF', () => {
    const future = readGexf('<gexf version="2.0"><graph/></gexf>');
    expect(!future.ok && future.problems[0]!.message).toBe(
      'GEXF version "2.0" is not read (Stancegraph reads GEXF 1.1, 1.2 and 1.3)',
    );
    const other = readGexf('<graphml><graph/></graphml>');
    expect(!other.ok && other.problems[0]!.message).toBe(
      'expected a GEXF file (<gexf>), found <graphml>',
    );
  });

  it('reads the app’s own GEXF export back, positions as they were drawn', () => {
    const positions = new Map([['zelensky', { x: 12.5, y: -40.25 }]]);
    const text = toGexf(claimsGraph(seedIndex, shown(seedIndex, {}), positions));
    const { network: net } = network(readGexf(text));
    expect(net.nodes).toHaveLength(seed.actors.length + seed.claims.length);
    expect(net.edges.length).toBeGreaterThanOrEqual(seed.statements.length);
    const zelensky = net.nodes.find((n) => n.id === 'zelensky')!;
    expect(zelensky.position).toEqual({ x: 12.5, y: -40.25 });
    expect(zelensky.label).toBe(seed.actors.find((a) => a.id === 'zelensky')!.name);
  });
});

describe('readGraphml', () => {
  it('reads a GraphML file made here: labels, positions, colours, sizes, attributes', () => {
    const { network: net } = network(readGraphml(fixtureText('interop/small.graphml'), 'small'));
    expect(net.title).toBe('small');
    expect(net.nodes).toEqual([
      {
        id: 'n0',
        label: 'Ministry',
        position: { x: 0, y: 0 },
        color: '#9467bd',
        size: 24,
        data: { role: 'government' },
      },
      {
        id: 'n1',
        label: 'Agency',
        position: { x: 150, y: -80 },
        color: '#8c564b',
        size: 16,
        data: { role: 'government' },
      },
      { id: 'n2', label: 'Watchdog', position: { x: 150, y: 80 }, data: { role: 'civil society' } },
    ]);
    expect(net.edges.map((e) => [e.source, e.target, e.data.weight])).toEqual([
      ['n0', 'n1', 2.5],
      ['n0', 'n2', 1],
    ]);
  });

  it('reads yEd’s node graphics: box, fill colour and label', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d6">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="40.0" x="100.0" y="200.0"/>
          <y:Fill color="#FFCC00" transparent="false"/>
          <y:NodeLabel>Harbour authority</y:NodeLabel>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1"/>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>`;
    const { network: net } = network(readGraphml(text));
    expect(net.nodes[0]).toEqual({
      id: 'n0',
      label: 'Harbour authority',
      position: { x: 120, y: 215 },
      color: '#ffcc00',
      size: 40,
      data: {},
    });
    expect(net.nodes[1]).toEqual({ id: 'n1', label: 'n1', data: {} });
  });

  it('refuses an edge to a node the file does not have, by line', () => {
    expect(readGraphml(fixtureText('interop/broken-edge.graphml'))).toEqual({
      ok: false,
      problems: [{ path: 'line 8', message: 'the edge\'s target "c" is no node of the file' }],
    });
  });

  it('reads the app’s own GraphML export back', () => {
    const positions = new Map([['zelensky', { x: 12.5, y: -40.25 }]]);
    const text = toGraphml(claimsGraph(seedIndex, shown(seedIndex, {}), positions));
    const { network: net, dataset } = network(readGraphml(text));
    expect(net.nodes).toHaveLength(seed.actors.length + seed.claims.length);
    expect(net.nodes.find((n) => n.id === 'zelensky')!.position).toEqual({ x: 12.5, y: -40.25 });
    // Attributes of the export (kind, type…) that name no actor field come along.
    expect(dataset.actors.find((a) => a.id === 'zelensky')).toMatchObject({ type: 'actor' });
  });
});

describe('edge direction', () => {
  const graphml = (edgedefault: string, edges: string) => `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="${edgedefault}" id="G">
    <node id="a"/><node id="b"/>
    ${edges}
  </graph>
</graphml>`;
  const gexf = (type: string, edges: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="${type}">
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
    <edges>${edges}</edges>
  </graph>
</gexf>`;
  const directions = (result: ReadResult) =>
    network(result).network.edges.map((e) => [e.id, e.directed ?? false]);

  it("takes GraphML's edgedefault, and an edge's own word over it", () => {
    expect(
      directions(
        readGraphml(
          graphml(
            'directed',
            '<edge id="e0" source="a" target="b"/><edge id="e1" source="b" target="a" directed="false"/>',
          ),
        ),
      ),
    ).toEqual([
      ['e0', true],
      ['e1', false],
    ]);
    expect(
      directions(readGraphml(graphml('undirected', '<edge id="e0" source="a" target="b"/>'))),
    ).toEqual([['e0', false]]);
  });

  it("takes GEXF's defaultedgetype, and an edge's own type over it", () => {
    expect(
      directions(
        readGexf(
          gexf(
            'undirected',
            '<edge id="e0" source="a" target="b"/><edge id="e1" source="a" target="b" type="directed"/>',
          ),
        ),
      ),
    ).toEqual([
      ['e0', false],
      ['e1', true],
    ]);
  });
});

describe('findXmlFault', () => {
  it.each([
    ['<a><b></a>', 1, '</a> does not match <b>, opened on line 1 and not yet closed'],
    ['<a>\n<b>\n', 2, '<b> is never closed (the file ends at line 3)'],
    ['<a/>\n<b/>', 2, 'a second top-level element <b> (a document has one)'],
    ['<a>x & y</a>', 1, 'a bare "&" (write &amp;)'],
    ['<a x="1" x="2"/>', 1, '<a> has the attribute x twice'],
    ['<a x=1/>', 1, 'the value of x in <a> is not in quotes'],
    ['<a>\n<!-- open', 2, 'a comment "<!--" is never closed with "-->"'],
    ['<a></a>\ntrailing', 2, 'text after the end of the document'],
    ['', 1, 'no XML element in the file'],
    ['<a>1 < 2</a>', 1, 'a bare "<" (write &lt;)'],
  ])('%j: line %i, %s', (text, line, message) => {
    expect(findXmlFault(text)).toEqual({ line, message });
  });

  it('accepts declarations, comments, CDATA, DOCTYPEs, entities and namespaces', () => {
    const text =
      '\uFEFF<?xml version="1.0"?>\n<!DOCTYPE g [ <!ENTITY x "y"> ]>\n<!-- c -->\n' +
      '<g:a xmlns:g="urn:g" t=\'1 &amp; 2\'><![CDATA[<not a tag> & ]]>&#233;&#x41;&lt;<b/></g:a>\n';
    expect(findXmlFault(text)).toBeUndefined();
  });
});

describe('fileColor', () => {
  it('turns the CSS colours files write into #rrggbb, and nothing else', () => {
    expect(fileColor('#ABC')).toBe('#aabbcc');
    expect(fileColor('#11223344')).toBe('#112233');
    expect(fileColor('rgb(245,91,91)')).toBe('#f55b5b');
    expect(fileColor('rgba(1, 2, 3, 0.5)')).toBe('#010203');
    // Any CSS colour, as a stance's colour is read: names, space syntax, hsl(), out-of-range
    // channels clamped.
    expect(fileColor('red')).toBe('#ff0000');
    expect(fileColor('rebeccapurple')).toBe('#663399');
    expect(fileColor('rgb(0 128 0 / 50%)')).toBe('#008000');
    expect(fileColor('hsl(240, 100%, 50%)')).toBe('#0000ff');
    expect(fileColor('rgb(300,0,0)')).toBe('#ff0000');
    expect(fileColor('#12345')).toBeUndefined();
    expect(fileColor('red; background: url(x)')).toBeUndefined();
    expect(fileColor(12)).toBeUndefined();
  });
});
