// @vitest-environment jsdom
// The graph exports, read back by graphology's own GEXF and GraphML parsers; jsdom's DOMParser
// (strict XML 1.0) checks that each file is well-formed, which the lenient xmldom parser does not.
import Graph, { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { AbstractGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import {
  actorsGraph,
  claimsGraph,
  stripIllegalXml,
  toGexf,
  toGraphml,
} from '../../../src/model/exportGraph';
import { actorGrouping } from '../../../src/model/actorLevel';
import type { Visibility } from '../../../src/model/filters';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';
import { allTieEdges, seed, seedIndex, shown } from '../testData';

/** Parses the text with a strict XML 1.0 parser; fails the test when it is not well-formed. */
function xmlDocument(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  expect(error?.textContent ?? null).toBeNull();
  return doc;
}

/** Asserts that `parsed` has the nodes, edges, ends and attributes of `graph`. */
function expectSameGraph(parsed: AbstractGraph, graph: AbstractGraph): void {
  expect(parsed.order).toBe(graph.order);
  expect(parsed.size).toBe(graph.size);
  graph.forEachNode((node, attributes) => {
    expect(parsed.getNodeAttributes(node)).toEqual(attributes);
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    expect(parsed.hasEdge(edge)).toBe(true);
    expect(parsed.source(edge)).toBe(source);
    expect(parsed.target(edge)).toBe(target);
    expect(parsed.isUndirected(edge)).toBe(undirected);
    expect(parsed.getEdgeAttributes(edge)).toEqual(attributes);
  });
}

const positions = new Map([
  ['zelensky', { x: 12.5, y: -40.25 }],
  ['nk-troops-for-russia', { x: 100, y: 0 }],
]);

// Text that XML and CSV tools trip over: markup characters, both quotes, emoji (a surrogate
// pair), right-to-left scripts, and line breaks of every kind.
const ODD = `<b>Fish & "chips"</b> 'n' 🙂 שלום مرحبا a>b\nline\r\nCRLF\ttab`;

const odd: Dataset = {
  format: 'stancegraph',
  version: 1,
  sources: [{ id: 'src', publisher: 'A & B', title: '<Report>', url: 'https://x.org/?a=1&b=2' }],
  actors: [
    { id: 'a&<"1">', name: ODD, kind: 'person', role: 'Minister "of" <Things>' },
    { id: 'b', name: 'Бо́б', kind: 'state', country: 'RUS' },
  ],
  claims: [{ id: 'c 1', text: `Claim ${ODD}`, topic: 'war & peace' }],
  statements: [
    { id: 's<1>', actor: 'a&<"1">', claim: 'c 1', stance: 'asserts', quote: ODD, source: 'src' },
    // Two statements of one actor on one claim: parallel edges.
    { id: 's2', actor: 'b', claim: 'c 1', stance: 'denies', date: '2024-06', place: 'Kyiv' },
    { id: 's3', actor: 'b', claim: 'c 1', stance: 'evaluates', note: 'later & "softer"' },
  ],
};
const oddIndex = buildGraphIndex(odd);

describe('claimsGraph', () => {
  it('has the shown actors and claims as nodes, with their attributes and positions', () => {
    const visibility = shown(seedIndex, {});
    const graph = claimsGraph(seedIndex, visibility, positions);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual([
      ...seed.actors.map((a) => a.id),
      ...seed.claims.map((c) => c.id),
    ]);
    expect(graph.getNodeAttributes('zelensky')).toEqual({
      label: 'Volodymyr Zelensky',
      type: 'actor',
      kind: 'person',
      role: 'President of Ukraine',
      country: 'UKR',
      x: 12.5,
      y: -40.25,
    });
    expect(graph.getNodeAttributes('nato')).toEqual({
      label: 'NATO',
      type: 'actor',
      kind: 'organization',
    });
    expect(graph.getNodeAttributes('nk-troops-for-russia')).toMatchObject({
      type: 'claim',
      label: 'North Korea is sending troops to fight for Russia against Ukraine',
      x: 100,
      y: 0,
    });
  });

  it('has one directed edge per shown statement, keyed by its id, and the memberOf ties', () => {
    const visibility = shown(seedIndex, {});
    const graph = claimsGraph(seedIndex, visibility);
    expect(graph.size).toBe(visibility.statements.size + visibility.affiliations.size);
    expect(graph.source('s01')).toBe('zelensky');
    expect(graph.target('s01')).toBe('nk-troops-for-russia');
    expect(graph.getEdgeAttributes('s01')).toEqual({
      label: 'Asserts',
      type: 'statement',
      stance: 'asserts',
      polarity: 1,
      date: '2024-10-17',
      place: 'Brussels',
      quote: seed.statements[0]?.quote,
      source: 'TIME: Zelensky says North Korea is preparing to send 10,000 troops to help Russia',
      note: seed.statements[0]?.note,
    });
    const memberships = graph.edges('zelensky', 'ukraine');
    expect(memberships).toHaveLength(1);
    expect(graph.getEdgeAttributes(memberships[0])).toEqual({
      label: 'Member of',
      type: 'affiliation',
    });
    const denial = seed.statements.find((s) => s.stance === 'denies');
    expect(graph.getEdgeAttribute(denial?.id ?? '', 'polarity')).toBe(-1);
  });

  it('follows the filters', () => {
    const visibility = shown(seedIndex, {
      hiddenStances: ['asserts'],
      hiddenKinds: ['group'],
      showAffiliations: false,
      hideIsolated: true,
    });
    const graph = claimsGraph(seedIndex, visibility);
    expect(graph.order).toBe(visibility.actors.size + visibility.claims.size);
    expect(graph.size).toBe(visibility.statements.size);
    expect(graph.filterEdges((_e, a) => a.type === 'affiliation')).toEqual([]);
    expect(graph.filterEdges((_e, a) => a.stance === 'asserts')).toEqual([]);
    expect(graph.hasNode('ukrainian-officials')).toBe(false);
  });

  it('keeps parallel statements apart and gives an affiliation a key no statement has', () => {
    const dataset: Dataset = {
      format: 'stancegraph',
      version: 1,
      actors: [
        { id: 'a', name: 'A', kind: 'person', memberOf: ['g', 'g'] },
        { id: 'g', name: 'G', kind: 'group' },
      ],
      claims: [{ id: 'c', text: 'C' }],
      statements: [
        { id: 'memberOf:a:g', actor: 'a', claim: 'c', stance: 'asserts' },
        { id: 's2', actor: 'a', claim: 'c', stance: 'denies' },
      ],
    };
    const index = buildGraphIndex(dataset);
    const graph = claimsGraph(index, shown(index, {}));
    expect(graph.edges('a', 'c').sort()).toEqual(['memberOf:a:g', 's2']);
    // The repeated memberOf entry is one tie.
    expect(graph.edges('a', 'g')).toEqual(['memberOf:a:g#2']);
  });

  it('leaves out a statement whose ends are not shown', () => {
    const visibility: Visibility = {
      actors: new Set(['zelensky']),
      claims: new Set(),
      statements: new Set(['s01']),
      affiliations: new Set(),
    };
    const graph = claimsGraph(seedIndex, visibility);
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
  });
});

describe('actorsGraph', () => {
  const visibility = shown(seedIndex, {});
  const ties = allTieEdges(seedIndex, 'both', visibility.statements);

  it('has the shown actors and one undirected edge per tie, weighted by its claims', () => {
    const graph = actorsGraph(seedIndex, {
      shownNodes: visibility.actors,
      ties,
      statementIds: visibility.statements,
      positions,
    });
    expect(graph.type).toBe('undirected');
    expect(graph.order).toBe(visibility.actors.size);
    expect(graph.size).toBe(ties.length);
    expect(ties.length).toBeGreaterThan(0);
    for (const tie of ties) {
      const key = `${tie.type}:${tie.a}:${tie.b}`;
      expect(graph.extremities(key).sort()).toEqual([tie.a, tie.b].sort());
      expect(graph.getEdgeAttributes(key)).toEqual({
        label: tie.type === 'agreement' ? 'Agreement' : 'Conflict',
        type: tie.type,
        weight: tie.weight,
        claims: expect.any(String),
      });
      // The claims behind the edge, listed, are as many as its weight says.
      expect(String(graph.getEdgeAttribute(key, 'claims')).split('; ')).toHaveLength(tie.weight);
    }
    expect(graph.getNodeAttribute('zelensky', 'x')).toBe(12.5);
  });

  it('gives a pair that agrees and conflicts two edges, and skips ties to hidden actors', () => {
    const said = (id: string, actor: string, claim: string, stance: string) => ({
      id,
      actor,
      claim,
      stance,
    });
    const index = buildGraphIndex({
      format: 'stancegraph',
      version: 1,
      actors: ['a', 'b', 'c'].map((id) => ({
        id,
        name: id.toUpperCase(),
        kind: 'person' as const,
      })),
      claims: ['c1', 'c2', 'c3'].map((id) => ({ id, text: `Claim ${id}` })),
      statements: [
        said('s1', 'a', 'c1', 'asserts'),
        said('s2', 'a', 'c2', 'asserts'),
        said('s3', 'a', 'c3', 'denies'),
        said('s4', 'b', 'c1', 'asserts'),
        said('s5', 'b', 'c2', 'denies'),
        said('s6', 'b', 'c3', 'asserts'),
        said('s7', 'c', 'c1', 'asserts'),
      ],
    } as Dataset);
    const statements = new Set(index.statementById.keys());
    const graph = actorsGraph(index, {
      shownNodes: new Set(['a', 'b']),
      ties: allTieEdges(index, 'both', statements),
      statementIds: statements,
    });
    expect(graph.edges('a', 'b')).toHaveLength(2);
    expect(graph.getEdgeAttributes('agreement:a:b')).toMatchObject({ weight: 1, claims: 'c1' });
    expect(graph.getEdgeAttributes('conflict:a:b')).toMatchObject({ weight: 2, claims: 'c2; c3' });
    // c agrees with both on c1, but c is not shown.
    expect(graph.size).toBe(2);
  });
});

describe('actorsGraph at another level, with metrics', () => {
  // The sample at the Organisations level: Zelensky and Ukrainian officials speak for Ukraine.
  const grouping = actorGrouping(seedIndex, 'organisations');
  const visibility = shown(seedIndex, {});
  const shownNodes = new Set(grouping.nodes.keys());
  const ties = [{ a: 'russia', b: 'ukraine', type: 'conflict' as const, weight: -1 }];
  const metrics = {
    values: {
      degree: new Map([['ukraine', 1]]),
      weightedDegree: new Map([['ukraine', 1]]),
      betweenness: new Map([['ukraine', 0.25]]),
      eigenvector: new Map([['ukraine', 0.5]]),
    },
    community: new Map([['ukraine', 2]]),
  };
  const graph = actorsGraph(seedIndex, {
    grouping,
    shownNodes,
    ties,
    statementIds: visibility.statements,
    metrics,
  });

  it('has the nodes of the level, how many actors each speaks for, and their metrics', () => {
    expect(graph.hasNode('zelensky')).toBe(false);
    expect(graph.getNodeAttributes('ukraine')).toMatchObject({
      label: 'Ukraine',
      type: 'actor',
      kind: 'state',
      members: 3,
      degree: 1,
      weighted_degree: 1,
      betweenness: 0.25,
      eigenvector: 0.5,
      community: 2,
    });
    // NATO speaks for itself and Rutte; a node that is only itself has no members attribute.
    expect(graph.getNodeAttribute('nato', 'members')).toBe(2);
  });

  it('keeps a signed weight and the claims of the members behind it, through GraphML', () => {
    const parsed = parseGraphml(Graph, toGraphml(graph));
    expect(parsed.getEdgeAttributes('conflict:russia:ukraine')).toMatchObject({
      weight: -1,
      claims: 'nk-troops-for-russia',
    });
    expect(parsed.getNodeAttribute('ukraine', 'betweenness')).toBe(0.25);
  });

  it('names a group of an attribute value by its value', () => {
    const index = buildGraphIndex({
      format: 'stancegraph',
      version: 1,
      actors: [
        { id: 'a', name: 'A', kind: 'person', party: 'Left' },
        { id: 'b', name: 'B', kind: 'person', party: 'Left' },
      ],
      claims: [],
      statements: [],
    } as Dataset);
    const byParty = actorGrouping(index, 'attribute:party');
    const group = byParty.nodeOf.get('a')!;
    const exported = actorsGraph(index, {
      grouping: byParty,
      shownNodes: new Set([group]),
      ties: [],
      statementIds: new Set(),
    });
    expect(exported.getNodeAttributes(group)).toEqual({
      label: 'Left',
      type: 'group',
      kind: 'group',
      members: 2,
    });
  });
});

describe('toGexf', () => {
  it('writes GEXF 1.3 that parses back to the same graph, positions included', () => {
    const graph = claimsGraph(seedIndex, shown(seedIndex, {}), positions);
    const text = toGexf(graph);
    const doc = xmlDocument(text);
    const root = doc.documentElement;
    expect(root.nodeName).toBe('gexf');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.getAttribute('xmlns')).toBe('http://gexf.net/1.3');
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe('directed');

    const parsed = parseGexf(Graph, text);
    // GEXF counts y upwards (as Gephi draws), the screen downwards: y comes back turned over.
    const upwards = graph.copy();
    upwards.updateEachNodeAttributes((_node, attributes) =>
      attributes.y === undefined
        ? attributes
        : { ...attributes, y: attributes.y === 0 ? 0 : -attributes.y },
    );
    expectSameGraph(parsed, upwards);
    expect(parsed.getNodeAttributes('zelensky')).toMatchObject({
      kind: 'person',
      x: 12.5,
      y: 40.25,
    });
    expect(parsed.getEdgeAttribute('s01', 'polarity')).toBe(1);
    expect(parsed.getEdgeAttribute('s01', 'date')).toBe('2024-10-17');
  });

  it('declares typed attributes', () => {
    const text = toGexf(claimsGraph(seedIndex, shown(seedIndex, {})));
    const doc = xmlDocument(text);
    const declared = new Map(
      [...doc.getElementsByTagName('attribute')].map((el) => [
        `${el.parentElement?.getAttribute('class')}:${el.getAttribute('id')}`,
        el.getAttribute('type'),
      ]),
    );
    expect(declared.get('edge:polarity')).toBe('integer');
    expect(declared.get('edge:quote')).toBe('string');
    expect(declared.get('node:kind')).toBe('string');
    // Label and position are GEXF's own, not attributes.
    expect(declared.has('node:label')).toBe(false);
    expect(declared.has('node:x')).toBe(false);
  });

  it('writes the actor view undirected, with the weight as the GEXF edge weight', () => {
    const visibility = shown(seedIndex, {});
    const ties = allTieEdges(seedIndex, 'both', visibility.statements);
    const graph = actorsGraph(seedIndex, {
      shownNodes: visibility.actors,
      ties,
      statementIds: visibility.statements,
    });
    const text = toGexf(graph);
    const doc = xmlDocument(text);
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('defaultedgetype')).toBe(
      'undirected',
    );
    const parsed = parseGexf(Graph, text);
    expectSameGraph(parsed, graph);
    expect(parsed.type).toBe('undirected');
    const first = ties[0];
    expect(typeof parsed.getEdgeAttribute(`${first?.type}:${first?.a}:${first?.b}`, 'weight')).toBe(
      'number',
    );
  });

  it('escapes markup, quotes, emoji, right-to-left text and line breaks', () => {
    const graph = claimsGraph(oddIndex, shown(oddIndex, {}));
    const text = toGexf(graph);
    xmlDocument(text);
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('<Report>');
    const parsed = parseGexf(Graph, text);
    expect(parsed.multi).toBe(true);
    expectSameGraph(parsed, graph);
    expect(parsed.getNodeAttribute('a&<"1">', 'label')).toBe(ODD);
    expect(parsed.getEdgeAttribute('s<1>', 'quote')).toBe(ODD);
    expect(parsed.getEdgeAttribute('s<1>', 'source')).toBe('A & B: <Report>');
    expect(parsed.edges('b', 'c 1').sort()).toEqual(['s2', 's3']);
  });

  it('drops characters XML 1.0 cannot hold', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('n\u0001', { label: 'a\u0000b\u0008c\uFFFEd\uD800e🙂' });
    graph.addNode('n', { label: 'plain' });
    graph.addDirectedEdgeWithKey('e\u001F', 'n\u0001', 'n', { quote: 'x\u000By\uDFFF' });
    const text = toGexf(graph);
    xmlDocument(text);
    const parsed = parseGexf(Graph, text);
    expect(parsed.nodes()).toEqual(['n#2', 'n']);
    expect(parsed.getNodeAttribute('n#2', 'label')).toBe('abcde🙂');
    expect(parsed.getNodeAttribute('n', 'label')).toBe('plain');
    expect(parsed.extremities('e')).toEqual(['n#2', 'n']);
    expect(parsed.getEdgeAttribute('e', 'quote')).toBe('xy');
  });
});

describe('toGraphml', () => {
  it('writes GraphML that parses back to the same graph, positions included', () => {
    const graph = claimsGraph(seedIndex, shown(seedIndex, {}), positions);
    const text = toGraphml(graph);
    const doc = xmlDocument(text);
    expect(doc.documentElement.nodeName).toBe('graphml');
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    expect(text.endsWith('</graphml>\n')).toBe(true);

    const parsed = parseGraphml(Graph, text);
    expectSameGraph(parsed, graph);
    expect(parsed.getEdgeAttribute('s01', 'polarity')).toBe(1);
    expect(parsed.getNodeAttribute('nk-troops-for-russia', 'x')).toBe(100);
  });

  it('declares one key per attribute, with generated ids and the right types', () => {
    const visibility = shown(seedIndex, {});
    const ties = allTieEdges(seedIndex, 'both', visibility.statements);
    const claims = xmlDocument(toGraphml(claimsGraph(seedIndex, visibility, positions)));
    const actors = xmlDocument(
      toGraphml(
        actorsGraph(seedIndex, {
          shownNodes: visibility.actors,
          ties,
          statementIds: visibility.statements,
        }),
      ),
    );
    const keysOf = (doc: Document) =>
      [...doc.getElementsByTagName('key')].map((el) => ({
        id: el.getAttribute('id'),
        for: el.getAttribute('for'),
        name: el.getAttribute('attr.name'),
        type: el.getAttribute('attr.type'),
      }));
    const claimKeys = keysOf(claims);
    expect(claimKeys.map((k) => k.id)).toEqual(claimKeys.map((_k, i) => `d${i}`));
    const typeOf = (keys: ReturnType<typeof keysOf>, domain: string, name: string) =>
      keys.find((k) => k.for === domain && k.name === name)?.type;
    expect(typeOf(claimKeys, 'edge', 'polarity')).toBe('int');
    expect(typeOf(claimKeys, 'edge', 'quote')).toBe('string');
    expect(typeOf(claimKeys, 'node', 'label')).toBe('string');
    expect(typeOf(claimKeys, 'edge', 'label')).toBe('string');
    // 100 and 0 are whole numbers, still positions.
    expect(typeOf(claimKeys, 'node', 'x')).toBe('double');
    expect(typeOf(claimKeys, 'node', 'y')).toBe('double');
    const actorKeys = keysOf(actors);
    expect(typeOf(actorKeys, 'edge', 'weight')).toBe('int');
    expect(typeOf(actorKeys, 'edge', 'claims')).toBe('string');
    expect(actors.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('undirected');
  });

  it('writes the actor view undirected, weights as numbers', () => {
    const visibility = shown(seedIndex, {});
    const ties = allTieEdges(seedIndex, 'both', visibility.statements);
    const graph = actorsGraph(seedIndex, {
      shownNodes: visibility.actors,
      ties,
      statementIds: visibility.statements,
    });
    const parsed = parseGraphml(Graph, toGraphml(graph));
    expect(parsed.type).toBe('undirected');
    expectSameGraph(parsed, graph);
  });

  it('types booleans, doubles, ints and longs, widening mixed columns', () => {
    const graph = new Graph();
    graph.addNode('a', { flag: true, score: 0.5, count: 3, big: 2 ** 40, mixed: 1, text: 7 });
    graph.addNode('b', { flag: false, score: 2, count: -4, mixed: 1.5, text: 'seven' });
    graph.addNode('c', { score: Number.NaN, count: null, gone: undefined, inf: Infinity });
    const text = toGraphml(graph);
    const doc = xmlDocument(text);
    const types = Object.fromEntries(
      [...doc.getElementsByTagName('key')].map((el) => [
        el.getAttribute('attr.name'),
        el.getAttribute('attr.type'),
      ]),
    );
    expect(types).toEqual({
      flag: 'boolean',
      score: 'double',
      count: 'int',
      big: 'long',
      mixed: 'double',
      text: 'string',
    });
    const parsed = parseGraphml(Graph, text);
    expect(parsed.getNodeAttributes('a')).toEqual({
      flag: true,
      score: 0.5,
      count: 3,
      big: 2 ** 40,
      mixed: 1,
      text: '7',
    });
    expect(parsed.getNodeAttributes('b')).toEqual({
      flag: false,
      score: 2,
      count: -4,
      mixed: 1.5,
      text: 'seven',
    });
    // No value that GraphML cannot type is written.
    expect(parsed.getNodeAttributes('c')).toEqual({});
  });

  it('puts odd attribute names in attr.name, never in a key id', () => {
    const graph = new Graph();
    graph.addNode('n', { "we\"ird <name> & 'more'": 'v', d0: 'not a key', 'd1 ': 2 });
    const text = toGraphml(graph);
    const doc = xmlDocument(text);
    expect([...doc.getElementsByTagName('key')].map((el) => el.getAttribute('id'))).toEqual([
      'd0',
      'd1',
      'd2',
    ]);
    expect(parseGraphml(Graph, text).getNodeAttributes('n')).toEqual({
      "we\"ird <name> & 'more'": 'v',
      d0: 'not a key',
      'd1 ': 2,
    });
  });

  it('escapes markup, quotes, emoji, right-to-left text and every kind of line break', () => {
    const graph = claimsGraph(oddIndex, shown(oddIndex, {}));
    const text = toGraphml(graph);
    xmlDocument(text);
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('\r');
    const parsed = parseGraphml(Graph, text);
    expect(parsed.multi).toBe(true);
    expectSameGraph(parsed, graph);
    expect(parsed.getNodeAttribute('a&<"1">', 'label')).toBe(ODD);
    expect(parsed.getEdgeAttribute('s<1>', 'quote')).toBe(ODD);
    expect(parsed.getEdgeAttribute('s<1>', 'source')).toBe('A & B: <Report>');
  });

  it('drops characters XML 1.0 cannot hold, keeping keys unique', () => {
    const graph = new MultiDirectedGraph();
    graph.addNode('n\u0001', { label: 'a\u0000b\u0008c\uFFFEd\uD800e🙂\uFFFF' });
    graph.addNode('n', { label: 'plain', ['bad\u0002name']: 'kept' });
    graph.addDirectedEdgeWithKey('e\u001F', 'n\u0001', 'n', { quote: 'x\u000By\u000C\uDFFFz' });
    const text = toGraphml(graph);
    xmlDocument(text);
    const parsed = parseGraphml(Graph, text);
    expect(parsed.nodes()).toEqual(['n#2', 'n']);
    expect(parsed.getNodeAttribute('n#2', 'label')).toBe('abcde🙂');
    expect(parsed.getNodeAttributes('n')).toEqual({ label: 'plain', badname: 'kept' });
    expect(parsed.extremities('e')).toEqual(['n#2', 'n']);
    expect(parsed.getEdgeAttribute('e', 'quote')).toBe('xyz');
  });

  it('marks an edge whose direction differs from the default', () => {
    const graph = new Graph({ type: 'mixed' });
    graph.addNode('a');
    graph.addNode('b');
    graph.addDirectedEdgeWithKey('d', 'a', 'b');
    graph.addUndirectedEdgeWithKey('u', 'a', 'b');
    const doc = xmlDocument(toGraphml(graph));
    expect(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault')).toBe('directed');
    const edges = [...doc.getElementsByTagName('edge')];
    expect(edges.map((el) => [el.getAttribute('id'), el.getAttribute('directed')])).toEqual([
      ['d', null],
      ['u', 'false'],
    ]);
  });

  it('keeps line breaks and tabs in ids and attribute names', () => {
    const graph = new Graph();
    graph.addNode('line\nbreak\ttab\r', { 'name\nwith\tbreaks\r': 'v' });
    graph.addNode('b');
    graph.addDirectedEdgeWithKey('edge\r\nkey', 'line\nbreak\ttab\r', 'b');
    const text = toGraphml(graph);
    xmlDocument(text);
    const parsed = parseGraphml(Graph, text);
    expect(parsed.getNodeAttributes('line\nbreak\ttab\r')).toEqual({
      'name\nwith\tbreaks\r': 'v',
    });
    expect(parsed.extremities('edge\r\nkey')).toEqual(['line\nbreak\ttab\r', 'b']);
  });

  it('declares positions double even when every one is a whole number', () => {
    const whole = new Map([
      ['zelensky', { x: 1, y: 2 }],
      ['rutte', { x: -3, y: 0 }],
    ]);
    const doc = xmlDocument(toGraphml(claimsGraph(seedIndex, shown(seedIndex, {}), whole)));
    const types = [...doc.getElementsByTagName('key')]
      .filter((el) => ['x', 'y'].includes(el.getAttribute('attr.name') ?? ''))
      .map((el) => el.getAttribute('attr.type'));
    expect(types).toEqual(['double', 'double']);
  });

  it('writes an empty graph', () => {
    const doc = xmlDocument(toGraphml(new Graph()));
    expect(doc.getElementsByTagName('key')).toHaveLength(0);
    expect(parseGraphml(Graph, toGraphml(new Graph())).order).toBe(0);
  });
});

describe('stripIllegalXml', () => {
  it('keeps tab, line breaks, surrogate pairs and everything up to U+FFFD', () => {
    const legal = '\t\n\r ~\u00A0\uD7FF\uE000\uFFFD🙂𝄞 한국어 עברית';
    expect(stripIllegalXml(legal)).toBe(legal);
  });

  it('drops C0 controls, U+FFFE, U+FFFF and lone surrogates', () => {
    expect(stripIllegalXml('a\u0000\u0001\u0008\u000B\u000C\u000E\u001Fb')).toBe('ab');
    expect(stripIllegalXml('a\uFFFE\uFFFFb')).toBe('ab');
    expect(stripIllegalXml('a\uD800b\uDC00c\uDBFF')).toBe('abc');
  });
});
