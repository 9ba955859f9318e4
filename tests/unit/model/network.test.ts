import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCytoscapeJson,
  readCytoscapeJson,
  type NetworkResult,
  type PlainNetwork,
} from '../../../src/model/network';
import { validateDataset, type Problem } from '../../../src/model/parseDataset';
import { FIXTURE_DIR, readFixture } from './fixtureFiles';

/** Returns tests/fixtures/<path> parsed. Ours are copies, so the tests run without shared/. */
function fixture(path: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}${path}`, 'utf8'));
}

const cytoscape = (name: string) => fixture(`cytoscape/${name}.json`);
const DESKTOP_FILE = 'interop/cytoscape-desktop-6000-elements.cyjs';

function networkOf(result: NetworkResult): PlainNetwork {
  if (!result.ok) throw new Error(`expected a network, got ${JSON.stringify(result.problems)}`);
  return result.network;
}

function problemsOf(result: NetworkResult): Problem[] {
  if (result.ok) throw new Error('expected the data to be refused');
  return result.problems;
}

const read = (value: unknown) => networkOf(readCytoscapeJson(value));
const problems = (value: unknown) => problemsOf(readCytoscapeJson(value));
const node = (id: unknown, extra: Record<string, unknown> = {}) => ({ data: { id, ...extra } });
const edge = (data: Record<string, unknown>) => ({ data });

describe('the Cytoscape desktop export (.cyjs, 161 nodes, 5,845 edges)', () => {
  const file = fixture(DESKTOP_FILE) as {
    elements: { nodes: { data: Record<string, unknown> }[]; edges: unknown[] };
  };
  const result = readCytoscapeJson(file);
  const network = networkOf(result);

  it('is recognised as Cytoscape.js JSON', () => {
    expect(isCytoscapeJson(file)).toBe(true);
  });

  it('has every node and edge, with the title of the network', () => {
    expect(network.nodes).toHaveLength(161);
    expect(network.edges).toHaveLength(5845);
    expect(network.title).toBe('WGCNA modules--child--child');
  });

  it('keeps every node position, all finite', () => {
    for (const n of network.nodes) {
      expect(n.position).toBeDefined();
      expect(Number.isFinite(n.position?.x) && Number.isFinite(n.position?.y)).toBe(true);
    }
  });

  it('labels nodes by data.name and keeps their data for the details panel', () => {
    network.nodes.forEach((n, index) => {
      const data = file.elements.nodes[index]?.data;
      expect(n.label).toBe(data?.['name']);
      expect(n.data).toBe(data);
    });
    expect(network.nodes[0]).toMatchObject({ id: '589163', label: 'L:19419' });
    expect(network.nodes[0]?.data['canonicalName']).toBe('Rasgrp1');
  });

  it('gives every edge its interaction, and its name as label', () => {
    const interactions = new Set(network.edges.map((e) => e.interaction));
    expect(interactions).toEqual(new Set(['pp', 'NA']));
    expect(network.edges[0]).toMatchObject({
      id: '684730',
      source: '589163',
      target: '589275',
      interaction: 'pp',
      label: 'Rasgrp1 (pp) Fcgr4',
    });
    const nodeIds = new Set(network.nodes.map((n) => n.id));
    for (const e of network.edges) {
      expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
      expect(e.label).toBe(e.data['name']);
    }
  });

  it('comes with a dataset that validates: one actor of kind "other" per node, nothing else', () => {
    if (!result.ok) throw new Error('refused');
    expect(validateDataset(result.dataset).ok).toBe(true);
    expect(result.dataset).toMatchObject({
      format: 'stancegraph',
      version: 1,
      title: 'WGCNA modules--child--child',
      claims: [],
      statements: [],
    });
    expect(result.dataset.actors).toEqual(
      network.nodes.map((n) => ({ id: n.id, name: n.label, kind: 'other' })),
    );
  });

  it('converts in well under 100 ms', () => {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      readCytoscapeJson(file);
      best = Math.min(best, performance.now() - start);
    }
    expect(best).toBeLessThan(100);
  });
});

describe('the shapes of Cytoscape.js JSON', () => {
  const expected: PlainNetwork = {
    nodes: [
      {
        id: 'a',
        label: 'Alice',
        position: { x: 10, y: 20 },
        data: { id: 'a', name: 'Alice', weight: 3 },
      },
      { id: 'b', label: 'Bob', position: { x: -5.5, y: 0 }, data: { id: 'b', label: 'Bob' } },
      { id: '3', label: 'Carol', data: { id: 3, shared_name: 'Carol' } },
      { id: 'd', label: 'd', data: { id: 'd' } },
    ],
    edges: [
      {
        id: 'ab',
        source: 'a',
        target: 'b',
        interaction: 'pp',
        label: 'Alice (pp) Bob',
        data: { id: 'ab', source: 'a', target: 'b', interaction: 'pp', name: 'Alice (pp) Bob' },
      },
      {
        id: 'e0',
        source: 'b',
        target: '3',
        interaction: 'pd',
        label: 'pd',
        data: { source: 'b', target: 3, shared_interaction: 'pd' },
      },
      { id: 'e1', source: '3', target: 'd', data: { source: '3', target: 'd' } },
    ],
  };

  it.each(['elements-object', 'flat-array', 'elements-array'])(
    '%s gives the same network',
    (name) => {
      const value = cytoscape(name);
      expect(isCytoscapeJson(value)).toBe(true);
      expect(read(value)).toStrictEqual(expected);
    },
  );

  it('in a flat array, an element without group is an edge when its data has source and target', () => {
    const network = read([
      node('a', { source: 'a database' }),
      { data: { source: 'a', target: 'a' } },
      { data: { id: 'n', source: 'a', target: null } },
    ]);
    expect(network.nodes.map((n) => n.id)).toEqual(['a', 'n']);
    expect(network.edges.map((e) => [e.source, e.target])).toEqual([['a', 'a']]);
  });

  it('in elements.nodes and elements.edges, the list decides the group', () => {
    const network = read({
      elements: {
        nodes: [{ group: 'edges', data: { id: 'a', source: 'x', target: 'y' } }],
        edges: [{ group: 'nodes', data: { source: 'a', target: 'a' } }],
      },
    });
    expect(network.nodes.map((n) => n.id)).toEqual(['a']);
    expect(network.edges.map((e) => e.id)).toEqual(['e0']);
  });

  it('reads a missing nodes or edges list as empty', () => {
    expect(read({ elements: { nodes: [node('a')] } }).edges).toEqual([]);
    expect(read({ elements: [] })).toEqual({ nodes: [], edges: [] });
  });
});

describe('labels, interactions and titles', () => {
  it('label: the first non-blank string of name, label, shared_name, else the id', () => {
    const network = read({
      elements: {
        nodes: [
          node('1', { name: 'N', label: 'L', shared_name: 'S' }),
          node('2', { name: 7, label: 'L', shared_name: 'S' }),
          node('3', { name: '  ', label: null, shared_name: 'S' }),
          node('4', { name: '', label: true }),
          node(5),
        ],
      },
    });
    expect(network.nodes.map((n) => n.label)).toEqual(['N', 'L', 'S', '4', '5']);
  });

  it('interaction: interaction, else shared_interaction; edge label: name, else interaction', () => {
    const network = read({
      elements: {
        nodes: [node('a')],
        edges: [
          edge({ source: 'a', target: 'a', interaction: 'i', shared_interaction: 's', name: 'n' }),
          edge({ source: 'a', target: 'a', interaction: 3, shared_interaction: 's' }),
          edge({ source: 'a', target: 'a', name: 'only a name' }),
          edge({ source: 'a', target: 'a', name: ['not', 'text'] }),
        ],
      },
    });
    expect(network.edges.map((e) => [e.interaction, e.label])).toEqual([
      ['i', 'n'],
      ['s', 's'],
      [undefined, 'only a name'],
      [undefined, undefined],
    ]);
    expect('interaction' in (network.edges[2] ?? {})).toBe(false);
    expect('label' in (network.edges[3] ?? {})).toBe(false);
  });

  it('title: data.name, else data.title, of the top level, when a string', () => {
    const title = (data: unknown) => read({ data, elements: [] }).title;
    expect(title({ name: 'Name', title: 'Title' })).toBe('Name');
    expect(title({ name: 12, title: 'Title' })).toBe('Title');
    expect(title({ shared_name: 'S' })).toBeUndefined();
    expect(title('a string')).toBeUndefined();
    const result = readCytoscapeJson({ data: { name: 12 }, elements: [] });
    expect(result.ok && 'title' in result.dataset).toBe(false);
    expect(result.ok && 'title' in result.network).toBe(false);
  });

  it('keeps the rest of the node data out of the actor', () => {
    const result = readCytoscapeJson({
      elements: [node('a', { name: 'A', kind: 'person', role: 'x', memberOf: ['nobody'] })],
    });
    if (!result.ok) throw new Error('refused');
    expect(result.dataset.actors).toEqual([{ id: 'a', name: 'A', kind: 'other' }]);
    expect(validateDataset(result.dataset).ok).toBe(true);
    expect(result.network.nodes[0]?.data['role']).toBe('x');
  });
});

describe('positions', () => {
  it('are kept only when x and y are both finite numbers', () => {
    const network = read(cytoscape('with-positions'));
    expect(network.title).toBe('Positions test');
    const positions = new Map(network.nodes.map((n) => [n.id, n.position]));
    expect(Object.fromEntries(positions)).toEqual({
      kept: { x: 1.25, y: -2 },
      zero: { x: 0, y: 0 },
      'no-position': undefined,
      'x-string': undefined,
      'y-missing': undefined,
      'y-null': undefined,
      infinite: undefined,
      'not-object': undefined,
    });
    for (const n of network.nodes.slice(2)) expect('position' in n).toBe(false);
  });

  it('are copied as x and y only', () => {
    const [n] = read([{ data: { id: 'a' }, position: { x: 1, y: 2, z: 3 } }]).nodes;
    expect(n?.position).toStrictEqual({ x: 1, y: 2 });
  });
});

describe('edge ids', () => {
  it('are generated as e0, e1, ... for edges without one, skipping every id in use', () => {
    const network = read({
      elements: {
        nodes: [node('e0'), node('e2')],
        edges: [
          edge({ source: 'e0', target: 'e2' }),
          edge({ id: 'e1', source: 'e0', target: 'e2' }),
          edge({ source: 'e0', target: 'e2' }),
          edge({ source: 'e2', target: 'e0' }),
          edge({ id: 4, source: 'e0', target: 'e2' }),
          edge({ id: 'e4', source: 'e0', target: 'e2' }),
        ],
      },
    });
    expect(network.edges.map((e) => e.id)).toEqual(['e3', 'e1', 'e5', 'e6', '4', 'e4']);
  });

  it('are unique among nodes and edges', () => {
    const nodes = Array.from({ length: 20 }, (_, i) => node(`e${i * 2}`));
    const edges = Array.from({ length: 20 }, () => edge({ source: 'e0', target: 'e2' }));
    const network = read({ elements: { nodes, edges } });
    const ids = [...network.nodes, ...network.edges].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('given as numbers are turned into text, and so are numeric ends', () => {
    const network = read([node(1), node(2.5), edge({ id: 10, source: 1, target: '2.5' })]);
    expect(network.nodes.map((n) => n.id)).toEqual(['1', '2.5']);
    expect(network.edges[0]).toMatchObject({ id: '10', source: '1', target: '2.5' });
  });
});

describe('problems', () => {
  it('broken-edge.json: every problem, with its path and message, in document order', () => {
    expect(problems(cytoscape('broken-edge'))).toEqual([
      { path: 'elements.nodes[2].data.id', message: 'id "a" is already used by elements.nodes[0]' },
      { path: 'elements.nodes[3].data.id', message: 'required field is missing' },
      { path: 'elements.edges[1].data.target', message: 'required field is missing' },
      { path: 'elements.edges[2].data.source', message: 'no node with id "x"' },
      { path: 'elements.edges[3].data.target', message: '"ab" is an edge, not a node' },
      { path: 'elements.edges[4].data.id', message: 'id "b" is already used by elements.nodes[1]' },
      { path: 'elements.edges[5].data.id', message: 'expected a string or number, got boolean' },
      {
        path: 'elements.edges[5].data.source',
        message: 'expected a string or number, got boolean',
      },
      { path: 'elements.edges[5].data.target', message: 'no node with id "y"' },
    ]);
  });

  it.each<[string, unknown, Problem[]]>([
    [
      'not an object or array',
      42,
      [
        {
          path: '',
          message:
            'expected Cytoscape.js JSON (an object with "elements", or an array of elements), got number',
        },
      ],
    ],
    [
      'a stancegraph file',
      { format: 'stancegraph', version: 1, actors: [], claims: [], statements: [], elements: [] },
      [{ path: '', message: 'this is a stancegraph file, not Cytoscape.js JSON' }],
    ],
    [
      'no elements',
      { data: { name: 'x' } },
      [{ path: 'elements', message: 'required field is missing' }],
    ],
    [
      'elements of the wrong type',
      { elements: 'nodes' },
      [
        {
          path: 'elements',
          message: 'expected an object with "nodes" and "edges", or an array, got string',
        },
      ],
    ],
    [
      'lists of the wrong type (the edges cannot be judged without the nodes)',
      { elements: { nodes: {}, edges: [edge({ source: 'x', target: 'y' }), 3] } },
      [
        { path: 'elements.nodes', message: 'expected an array, got object' },
        { path: 'elements.edges[1]', message: 'expected an object, got number' },
      ],
    ],
    [
      'an edges list of the wrong type',
      { elements: { nodes: [node('a'), 1], edges: null } },
      [
        { path: 'elements.nodes[1]', message: 'expected an object, got number' },
        { path: 'elements.edges', message: 'expected an array, got null' },
      ],
    ],
    [
      'elements that are not objects, or lack data',
      [null, [], { position: { x: 1, y: 1 } }, { data: 'a' }, { group: 'edges', data: [] }],
      [
        { path: '[0]', message: 'expected an object, got null' },
        { path: '[1]', message: 'expected an object, got array' },
        { path: '[2].data', message: 'required field is missing' },
        { path: '[3].data', message: 'expected an object, got string' },
        { path: '[4].data', message: 'expected an object, got array' },
      ],
    ],
    [
      'an unknown group',
      {
        elements: [
          { group: 'node', data: { id: 'a' } },
          { group: 1, data: { id: 'b' } },
        ],
      },
      [
        {
          path: 'elements[0].group',
          message: 'unknown group "node" (expected "nodes" or "edges")',
        },
        { path: 'elements[1].group', message: 'expected a string, got number' },
      ],
    ],
    [
      'node ids missing, empty or of the wrong type',
      [node(undefined), node(''), node(null), node({ id: 'a' }), node(true)],
      [
        { path: '[0].data.id', message: 'required field is missing' },
        { path: '[1].data.id', message: 'an id must not be empty' },
        { path: '[2].data.id', message: 'expected a string or number, got null' },
        { path: '[3].data.id', message: 'expected a string or number, got object' },
        { path: '[4].data.id', message: 'expected a string or number, got boolean' },
      ],
    ],
    [
      'duplicate ids, a number and its text counting as one',
      {
        elements: [
          node(1),
          node('1'),
          node('a'),
          node('a'),
          edge({ id: 'a', source: 1, target: 1 }),
        ],
      },
      [
        { path: 'elements[1].data.id', message: 'id "1" is already used by elements[0]' },
        { path: 'elements[3].data.id', message: 'id "a" is already used by elements[2]' },
        { path: 'elements[4].data.id', message: 'id "a" is already used by elements[2]' },
      ],
    ],
    [
      'an edge id used twice',
      {
        elements: {
          nodes: [node('a')],
          edges: [
            edge({ id: 'x', source: 'a', target: 'a' }),
            edge({ id: 'x', source: 'a', target: 'a' }),
          ],
        },
      },
      [
        {
          path: 'elements.edges[1].data.id',
          message: 'id "x" is already used by elements.edges[0]',
        },
      ],
    ],
    [
      'edge ends missing, of the wrong type, or unknown',
      {
        elements: {
          nodes: [node('a')],
          edges: [
            edge({}),
            edge({ source: null, target: [] }),
            edge({ source: 'a', target: 'A' }),
            edge({ source: 2, target: 'a' }),
          ],
        },
      },
      [
        { path: 'elements.edges[0].data.source', message: 'required field is missing' },
        { path: 'elements.edges[0].data.target', message: 'required field is missing' },
        { path: 'elements.edges[1].data.source', message: 'expected a string or number, got null' },
        {
          path: 'elements.edges[1].data.target',
          message: 'expected a string or number, got array',
        },
        { path: 'elements.edges[2].data.target', message: 'no node with id "A"' },
        { path: 'elements.edges[3].data.source', message: 'no node with id "2"' },
      ],
    ],
    [
      'an edge listed before its bad node, in a flat array: document order',
      [edge({ source: 'a', target: 'b' }), node('a'), node(false)],
      [
        { path: '[0].data.target', message: 'no node with id "b"' },
        { path: '[2].data.id', message: 'expected a string or number, got boolean' },
      ],
    ],
  ])('%s', (_, value, expected) => {
    expect(problems(value)).toEqual(expected);
  });

  it('reports all problems of a large file, not only the first', () => {
    const edges = Array.from({ length: 500 }, (_, i) => edge({ source: 'a', target: `m${i}` }));
    const found = problems({ elements: { nodes: [node('a')], edges } });
    expect(found).toHaveLength(500);
    expect(found[499]).toEqual({
      path: 'elements.edges[499].data.target',
      message: 'no node with id "m499"',
    });
  });

  it('quotes long ids shortened', () => {
    const id = 'x'.repeat(100);
    const [problem] = problems([node('a'), edge({ source: 'a', target: id })]);
    expect(problem?.message).toBe(`no node with id "${'x'.repeat(60)}…"`);
  });
});

describe('ids that are names of Object.prototype', () => {
  // Written as text, as a real file is: JSON.parse makes "__proto__" an own field.
  const value: unknown = JSON.parse(`{ "elements": {
    "nodes": [
      { "data": { "id": "__proto__", "name": "Proto", "__proto__": { "polluted": true } } },
      { "data": { "id": "constructor" } },
      { "data": { "id": "toString", "name": "hasOwnProperty" } }
    ],
    "edges": [
      { "data": { "id": "hasOwnProperty", "source": "__proto__", "target": "constructor" } },
      { "data": { "source": "toString", "target": "__proto__" } }
    ]
  } }`);

  it('are ordinary ids: they resolve, label and validate like any other', () => {
    const result = readCytoscapeJson(value);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.network.nodes.map((n) => [n.id, n.label])).toEqual([
      ['__proto__', 'Proto'],
      ['constructor', 'constructor'],
      ['toString', 'hasOwnProperty'],
    ]);
    expect(result.network.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['hasOwnProperty', '__proto__', 'constructor'],
      ['e0', 'toString', '__proto__'],
    ]);
    expect(validateDataset(result.dataset).ok).toBe(true);
    expect(
      Object.getOwnPropertyDescriptor(result.network.nodes[0]?.data, '__proto__')?.value,
    ).toEqual({
      polluted: true,
    });
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('are still checked: unknown and repeated ones are reported', () => {
    expect(
      problems([
        node('__proto__'),
        node('__proto__'),
        edge({ source: 'constructor', target: 'valueOf' }),
      ]),
    ).toEqual([
      { path: '[1].data.id', message: 'id "__proto__" is already used by [0]' },
      { path: '[2].data.source', message: 'no node with id "constructor"' },
      { path: '[2].data.target', message: 'no node with id "valueOf"' },
    ]);
  });

  it('a name field found only on Object.prototype is not a label', () => {
    const [n] = read([{ data: { id: 'a' } }]).nodes;
    expect(n?.label).toBe('a');
    expect(read({ elements: [], data: {} }).title).toBeUndefined();
  });
});

describe('isCytoscapeJson', () => {
  it.each<[string, unknown]>([
    ['elements with nodes and edges', { elements: { nodes: [], edges: [] } }],
    ['elements with nodes only', { elements: { nodes: [] } }],
    ['elements with a malformed edges list', { elements: { edges: 'x' } }],
    ['elements as an array', { elements: [] }],
    ['a flat array of elements', [{ data: { id: 'a' } }]],
    ['a flat array with one element among other values', [1, { group: 'nodes', data: 'x' }]],
    ['a .cyjs file', { format_version: '1.0', data: { name: 'n' }, elements: { nodes: [] } }],
    ['a file with another format name', { format: 'cytoscape', elements: [] }],
  ])('true for %s', (_, value) => {
    expect(isCytoscapeJson(value)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a stancegraph file', JSON.parse(readFixture('minimal', 'valid'))],
    ['a stancegraph file with elements', { format: 'stancegraph', elements: { nodes: [] } }],
    ['elements without lists', { elements: {} }],
    ['elements of another type', { elements: 'x' }],
    ['no elements', { nodes: [], edges: [] }],
    ['an empty array', []],
    ['an array of values', [1, 'a', null]],
    ['an array of objects without data', [{ id: 'a' }]],
    ['elements only on the prototype', Object.create({ elements: [] }) as unknown],
    ['null', null],
    ['a string', 'elements'],
    ['a number', 1],
  ])('false for %s', (_, value) => {
    expect(isCytoscapeJson(value)).toBe(false);
  });

  it('never throws, and is false for random JSON without elements or data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const answer = isCytoscapeJson(value);
        expect(typeof answer).toBe('boolean');
        if (JSON.stringify(value)?.match(/"(elements|data)"/) === null) expect(answer).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('never throws', () => {
  const base = () => cytoscape('elements-object') as Record<string, unknown>;

  type Path = (string | number)[];

  /** Returns the path of every value inside `value`, the document itself first. */
  function pathsOf(value: unknown, at: Path = []): Path[] {
    const out: Path[] = [at];
    if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...at, i])));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...at, key]));
    }
    return out;
  }

  /** Returns `root` with the value at `path` replaced, or removed when `next` is undefined. */
  function mutate(root: unknown, path: Path, next: unknown): unknown {
    if (path.length === 0) return next;
    const copy: unknown = structuredClone(root);
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    if (next === undefined && !Array.isArray(parent)) delete parent[last];
    else
      Object.defineProperty(parent, last, {
        value: next,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  }

  const replacement = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(undefined, '__proto__', 'constructor', 'a', 'e0', 3, NaN, Infinity, -0, [], {}),
  );

  it('random mutations of a valid small Cytoscape.js JSON give a network or problems', () => {
    const original = base();
    const paths = pathsOf(original);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(paths.length - 1), replacement), { minLength: 1, maxLength: 4 }),
        (changes) => {
          let value: unknown = original;
          for (const [index, next] of changes) {
            // Paths of the original may have gone with an earlier change: re-list them.
            const current = pathsOf(value);
            const path = current[index % current.length] ?? [];
            value = mutate(value, path, next);
          }
          const detected = isCytoscapeJson(value);
          expect(typeof detected).toBe('boolean');
          const result = readCytoscapeJson(value);
          if (result.ok) {
            expect(validateDataset(result.dataset).ok).toBe(true);
            const nodeIds = new Set(result.network.nodes.map((n) => n.id));
            const ids = [...nodeIds, ...result.network.edges.map((e) => e.id)];
            expect(new Set(ids).size).toBe(ids.length);
            for (const e of result.network.edges) {
              expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
            }
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(typeof p.path).toBe('string');
              expect(p.message).toMatch(/\S/);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('any value at all gives a network or problems', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true }),
        (value) => {
          expect(typeof isCytoscapeJson(value)).toBe('boolean');
          const result = readCytoscapeJson(value);
          expect(result.ok || result.problems.length > 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a getter that throws comes back as a problem', () => {
    const hostile = {
      get elements(): unknown {
        throw new Error('boom');
      },
    };
    expect(isCytoscapeJson(hostile)).toBe(false);
    expect(problems(hostile)).toEqual([{ path: '', message: 'could not be read: boom' }]);
  });
});
