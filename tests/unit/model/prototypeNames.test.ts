// Ids and names that are also properties of every JavaScript object ("constructor", "__proto__",
// "toString", "hasOwnProperty", "valueOf") are ordinary ids: a dataset, a table, a GEXF or a
// GraphML file that uses them reads, counts and measures like any other.
import { describe, expect, it } from 'vitest';
import { buildDataset, guessMapping, suggestStanceChoices } from '../../../src/model/columnMapping';
import { applyEdit } from '../../../src/model/edits';
import { actorsGraph, claimsGraph, toGexf, toGraphml } from '../../../src/model/exportGraph';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import { computeNodeMetrics } from '../../../src/model/nodeMetrics';
import { validateDataset } from '../../../src/model/parseDataset';
import type { ReadResult } from '../../../src/model/readDataset';
import { readGexf, readGraphml } from '../../../src/model/readXmlNetwork';
import { readDelimitedTable } from '../../../src/model/table';
import { actorTable, claimTable, statementTable } from '../../../src/model/tableRows';
import type { TieEdge } from '../../../src/model/tieEdges';
import { allTieEdges, load, shown } from '../testData';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** The pairs a list of ties joins, each as "a|b" (a before b). */
const pairsOf = (ties: readonly TieEdge[]) =>
  new Set(ties.map((tie) => [tie.a, tie.b].sort().join('|')));

// Written as text: a "__proto__" key in an object literal would set the prototype, not a field.
const DATASET = `{
  "format": "stancegraph",
  "version": 1,
  "stances": [
    { "id": "constructor", "label": "Backs", "polarity": 1 },
    { "id": "__proto__", "label": "Rejects", "polarity": -1 },
    { "id": "toString", "label": "Mentions", "polarity": 0 }
  ],
  "actors": [
    { "id": "alice", "name": "Alice", "kind": "person", "__proto__": "p", "constructor": "c" },
    { "id": "constructor", "name": "Constructor", "kind": "organization", "toString": 3 },
    { "id": "__proto__", "name": "Proto", "kind": "state", "hasOwnProperty": true },
    { "id": "hasOwnProperty", "name": "Owner", "kind": "person", "valueOf": "v" }
  ],
  "claims": [
    { "id": "toString", "text": "The bridge is unsafe", "__proto__": "topic" },
    { "id": "valueOf", "text": "Tolls should rise" }
  ],
  "statements": [
    { "id": "constructor", "actor": "alice", "claim": "toString", "stance": "constructor" },
    { "id": "__proto__", "actor": "constructor", "claim": "toString", "stance": "__proto__" },
    { "id": "toString", "actor": "__proto__", "claim": "toString", "stance": "constructor" },
    { "id": "hasOwnProperty", "actor": "hasOwnProperty", "claim": "valueOf", "stance": "constructor" },
    { "id": "valueOf", "actor": "__proto__", "claim": "valueOf", "stance": "constructor" },
    { "id": "s6", "actor": "alice", "claim": "valueOf", "stance": "__proto__" },
    { "id": "s7", "actor": "constructor", "claim": "valueOf", "stance": "toString", "__proto__": 1 }
  ],
  "layout": { "actors": { "__proto__": [1, 2], "constructor": [3, 4] } }
}`;

describe('a dataset whose ids, stances and attributes are named like object properties', () => {
  const dataset = load(DATASET);
  const index = buildGraphIndex(dataset);
  const visibility = shown(index, {});
  const ties = allTieEdges(index, 'both');
  const actorIds = dataset.actors.map((actor) => actor.id);

  it('is read with every field, "__proto__" ones as plain fields', () => {
    expect(dataset.actors.map((actor) => actor.id)).toEqual([
      'alice',
      'constructor',
      '__proto__',
      'hasOwnProperty',
    ]);
    const alice = dataset.actors[0]!;
    expect(Object.hasOwn(alice, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(alice, '__proto__')?.value).toBe('p');
    expect(Object.getPrototypeOf(alice)).toBe(Object.prototype);
    expect(Object.hasOwn(dataset.layout!.actors!, '__proto__')).toBe(true);
    expect(index.stanceById.get('__proto__')?.polarity).toBe(-1);
    expect(index.statementsByActor.get('__proto__')?.map((s) => s.id)).toEqual([
      'toString',
      'valueOf',
    ]);
    expect(index.statementsByActor.get('constructor')).toHaveLength(2);
    expect(index.statementsByClaim.get('toString')).toHaveLength(3);
  });

  it('shows everything, and ties the actors by their stances', () => {
    expect(visibility.actors.size).toBe(4);
    expect(visibility.claims.size).toBe(2);
    expect(visibility.statements.size).toBe(7);
    // On "toString": alice and __proto__ back it, constructor rejects it. On "valueOf": owner
    // and __proto__ back it, alice rejects it (constructor only mentions it).
    expect(pairsOf(ties)).toEqual(
      new Set([
        '__proto__|alice',
        '__proto__|constructor',
        'alice|constructor',
        '__proto__|hasOwnProperty',
        'alice|hasOwnProperty',
      ]),
    );
    expect(ties).toHaveLength(6);
  });

  it('measures every actor of the drawn network', () => {
    const metrics = computeNodeMetrics(actorIds, ties, 'both');
    expect([...metrics.values.degree]).toEqual([
      ['alice', 3],
      ['constructor', 2],
      ['__proto__', 3],
      ['hasOwnProperty', 2],
    ]);
    for (const id of actorIds) {
      expect(metrics.values.weightedDegree.get(id)).toBeGreaterThan(0);
      expect(metrics.values.betweenness.has(id)).toBe(true);
      expect(metrics.values.eigenvector.has(id)).toBe(true);
      expect(metrics.community.get(id)).toBeGreaterThanOrEqual(1);
    }
  });

  it('measures a network whose every node is named like an object property', () => {
    const tie = (a: string, b: string): TieEdge => ({ a, b, type: 'agreement', weight: 1 });
    // A ring, and a chord from "constructor" to "toString".
    const ring = NAMES.map((name, i) => tie(name, NAMES[(i + 1) % NAMES.length]!));
    const metrics = computeNodeMetrics(NAMES, [...ring, tie('constructor', 'toString')], 'both');
    expect(metrics.values.degree.get('constructor')).toBe(3);
    expect(metrics.values.degree.get('toString')).toBe(3);
    expect(metrics.values.degree.get('__proto__')).toBe(2);
    expect(metrics.values.degree.size).toBe(5);
    expect(metrics.community.size).toBe(5);
  });

  it('exports GEXF and GraphML that read back whole, and leaves every object as it was', () => {
    const own = (target: object) => Object.getOwnPropertyNames(target).sort();
    const [prototypeBefore, objectBefore] = [own(Object.prototype), own(Object)];
    const claimIds = dataset.claims.map((claim) => claim.id);
    const exports = [
      { graph: claimsGraph(index, visibility), nodes: [...actorIds, ...claimIds], edges: 7 },
      {
        graph: actorsGraph(index, {
          shownNodes: new Set(actorIds),
          ties,
          statementIds: visibility.statements,
        }),
        nodes: actorIds,
        edges: 6,
      },
    ];
    for (const { graph, nodes, edges } of exports) {
      for (const read of [readGexf(toGexf(graph)), readGraphml(toGraphml(graph))]) {
        if (!read.ok || !read.network) throw new Error('the export does not read back');
        expect(read.network.nodes.map((node) => node.id).sort()).toEqual([...nodes].sort());
        expect(read.network.edges).toHaveLength(edges);
      }
    }
    expect(own(Object.prototype)).toEqual(prototypeBefore);
    expect(own(Object)).toEqual(objectBefore);
  });

  it('makes table rows with their counts and attributes', () => {
    const actors = actorTable(index, visibility.actors, visibility.statements, ties);
    const column = (id: string) => actors.columns.findIndex((c) => c.id === id);
    const cells = (rowId: string) => actors.rows.find((row) => row.id === rowId)!.values;
    expect(actors.rows.map((row) => row.id)).toEqual(actorIds);
    expect(actors.columns.map((c) => c.id)).toEqual(
      expect.arrayContaining(NAMES.map((name) => `attr:${name}`)),
    );
    expect(cells('alice')[column('attr:__proto__')]).toBe('p');
    expect(cells('alice')[column('attr:constructor')]).toBe('c');
    expect(cells('constructor')[column('attr:constructor')]).toBeUndefined();
    expect(cells('constructor')[column('attr:toString')]).toBe('3');
    expect(cells('__proto__')[column('attr:__proto__')]).toBeUndefined();
    expect(actorIds.map((id) => cells(id)[column('statements')])).toEqual([2, 2, 2, 1]);
    // Alice and Proto agree on one claim and disagree on the other: two ties between them.
    expect(actorIds.map((id) => cells(id)[column('ties')])).toEqual([4, 2, 4, 2]);

    const claims = claimTable(index, visibility.claims, visibility.statements);
    expect(claims.rows.map((row) => row.id)).toEqual(['toString', 'valueOf']);
    const statements = statementTable(index);
    expect(statements.rows.map((row) => row.id)).toEqual(dataset.statements.map((s) => s.id));
  });

  it('keeps an edited or added "__proto__" field a field', () => {
    const edit = (id: string, fields: string) => {
      const outcome = applyEdit(dataset, {
        type: 'update',
        collection: 'actors',
        id,
        fields: JSON.parse(fields) as Record<string, unknown>,
      });
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
      return outcome.dataset.actors.find((actor) => actor.id === id)!;
    };
    const field = (record: object, key: string): unknown =>
      Object.getOwnPropertyDescriptor(record, key)?.value;
    const alice = edit('alice', '{ "__proto__": "edited", "toString": "t" }');
    expect(field(alice, '__proto__')).toBe('edited');
    expect(field(alice, 'toString')).toBe('t');
    // "constructor" (the actor) had no such field: it is added, the prototype left alone.
    const added = edit('constructor', '{ "__proto__": "new", "valueOf": 1 }');
    expect(field(added, '__proto__')).toBe('new');
    expect(field(added, 'valueOf')).toBe(1);
    expect(Object.getPrototypeOf(added)).toBe(Object.prototype);
    const objectValue = edit('constructor', '{ "__proto__": { "polluted": true } }');
    expect(field(objectValue, '__proto__')).toEqual({ polluted: true });
    expect('polluted' in objectValue).toBe(false);
  });
});

describe('a table with an actor named "Constructor"', () => {
  it('is mapped into a dataset whose actor network is measured', () => {
    const text = [
      'actor,claim,stance',
      'Constructor,The bridge is unsafe,asserts',
      'Alice,The bridge is unsafe,denies',
      'To String,The bridge is unsafe,agrees',
    ].join('\n');
    const read = readDelimitedTable(text, 'QA', 'csv');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const mapping = guessMapping(read.table.headers);
    const { dataset, problems } = buildDataset(read.table, {
      mapping,
      stances: suggestStanceChoices(read.table, mapping),
      dateOrder: null,
      skipRows: new Set(),
    });
    expect(problems).toEqual([]);
    expect(validateDataset(dataset).ok).toBe(true);
    const ids = dataset.actors.map((actor) => actor.id);
    expect(ids).toContain('constructor');
    const index = buildGraphIndex(dataset);
    const ties = allTieEdges(index, 'both');
    expect(ties).toHaveLength(3);
    const metrics = computeNodeMetrics(ids, ties, 'both');
    expect(metrics.values.degree.get('constructor')).toBe(2);
    const visibility = shown(index, {});
    const table = actorTable(index, visibility.actors, visibility.statements, ties);
    expect(table.rows).toHaveLength(3);
  });
});

function network(result: ReadResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(validateDataset(result.dataset).ok).toBe(true);
  return result.network!;
}

/** Each edge as "source>target". */
const ends = (net: ReturnType<typeof network>) => net.edges.map((e) => `${e.source}>${e.target}`);

describe('GEXF and GraphML files whose node ids are named like object properties', () => {
  it('reads a GEXF file with all its nodes and edges', () => {
    const net = network(
      readGexf(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="a" label="A"/>
      <node id="constructor" label="Constructor"/>
      <node id="toString" label="To string"/>
      <node id="__proto__" label="Proto"/>
      <node id="hasOwnProperty"/>
      <node id="valueOf"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="constructor"/>
      <edge id="e2" source="toString" target="constructor"/>
      <edge id="constructor" source="__proto__" target="a"/>
      <edge id="__proto__" source="hasOwnProperty" target="valueOf" type="directed"/>
    </edges>
  </graph>
</gexf>`),
    );
    expect(net.nodes.map((n) => [n.id, n.label])).toEqual([
      ['a', 'A'],
      ['constructor', 'Constructor'],
      ['toString', 'To string'],
      ['__proto__', 'Proto'],
      ['hasOwnProperty', 'hasOwnProperty'],
      ['valueOf', 'valueOf'],
    ]);
    expect(net.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'constructor', '__proto__']);
    expect(ends(net)).toEqual([
      'a>constructor',
      'toString>constructor',
      '__proto__>a',
      'hasOwnProperty>valueOf',
    ]);
    expect(net.edges[3]!.directed).toBe(true);
  });

  it('reads a GEXF file with a node "toString" of one edge, and one "constructor" of two', () => {
    for (const [id, edges] of [
      ['toString', 1],
      ['constructor', 2],
    ] as const) {
      const edgeXml = ['a', 'b']
        .slice(0, edges)
        .map((other, i) => `<edge id="e${i}" source="${other}" target="${id}"/>`)
        .join('');
      const net = network(
        readGexf(
          `<gexf version="1.2"><graph><nodes><node id="a"/><node id="b"/><node id="${id}"/></nodes>` +
            `<edges>${edgeXml}</edges></graph></gexf>`,
        ),
      );
      expect(net.nodes).toHaveLength(3);
      expect(net.edges).toHaveLength(edges);
    }
  });

  it('reads GEXF attributes named like object properties, declared or not, with defaults', () => {
    const net = network(
      readGexf(`<gexf version="1.3"><graph defaultedgetype="undirected">
  <attributes class="node">
    <attribute id="constructor" title="ignored" type="string"><default>by default</default></attribute>
    <attribute id="0" title="__proto__" type="integer"/>
    <attribute id="1" title="label" type="string"><default>not the label</default></attribute>
  </attributes>
  <attributes class="edge">
    <attribute id="0" title="toString" type="string"><default>d</default></attribute>
  </attributes>
  <nodes>
    <node id="a" label="A"><attvalues><attvalue for="0" value="7"/><attvalue for="valueOf" value="v"/></attvalues></node>
    <node id="constructor"><attvalues><attvalue for="constructor" value="own"/></attvalues></node>
  </nodes>
  <edges><edge id="e" source="a" target="constructor"><attvalues><attvalue for="0" value="e"/></attvalues></edge></edges>
</graph></gexf>`),
    );
    const [a, c] = net.nodes;
    expect(a!.label).toBe('A');
    expect(Object.entries(a!.data)).toEqual([
      ['__proto__', 7],
      ['valueOf', 'v'],
      ['constructor', 'by default'],
    ]);
    expect(c!.label).toBe('not the label');
    expect(Object.entries(c!.data)).toEqual([['constructor', 'own']]);
    expect(Object.entries(net.edges[0]!.data)).toEqual([['toString', 'e']]);
  });

  it('reads a GraphML file with all its nodes, edges and data', () => {
    const net = network(
      readGraphml(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="constructor" for="node" attr.name="__proto__" attr.type="int"/>
  <key id="d1" for="node" attr.name="toString" attr.type="string"><default>T</default></key>
  <key id="d2" for="node" attr.name="r" attr.type="int"/>
  <key id="d3" for="node" attr.name="g" attr.type="int"/>
  <key id="d4" for="node" attr.name="b" attr.type="int"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="constructor">5</data><data key="valueOf">undeclared</data></node>
    <node id="constructor"><data key="d1">own</data><data key="d2">255</data><data key="d3">0</data><data key="d4">16</data></node>
    <node id="toString"/>
    <node id="__proto__"/>
    <node id="hasOwnProperty"/>
    <edge source="a" target="constructor"/>
    <edge source="toString" target="constructor"/>
    <edge id="constructor" source="__proto__" target="hasOwnProperty" directed="true"/>
    <edge id="valueOf" source="toString" target="a"/>
  </graph>
</graphml>`),
    );
    expect(net.nodes.map((n) => n.id)).toEqual([
      'a',
      'constructor',
      'toString',
      '__proto__',
      'hasOwnProperty',
    ]);
    expect(ends(net)).toEqual([
      'a>constructor',
      'toString>constructor',
      '__proto__>hasOwnProperty',
      'toString>a',
    ]);
    expect(net.edges.map((e) => e.id)).toEqual(['e0', 'e1', 'constructor', 'valueOf']);
    expect(net.edges[2]!.directed).toBe(true);
    const [a, c, t] = net.nodes;
    expect(Object.entries(a!.data)).toEqual([
      ['__proto__', 5],
      ['valueOf', 'undeclared'],
      ['toString', 'T'],
    ]);
    expect(Object.entries(c!.data)).toEqual([['toString', 'own']]);
    expect(c!.color).toBe('#ff0010');
    expect(Object.entries(t!.data)).toEqual([['toString', 'T']]);
  });
});
