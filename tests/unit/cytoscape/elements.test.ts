import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildStylesheet } from '../../../src/cytoscape/stylesheet';
import {
  actorsViewElements,
  affiliationEdgeId,
  CLAIM_WIDTH,
  claimHeight,
  claimsViewElements,
  claimsViewElementsOfLast,
  networkElements,
  nodeDiameter,
  nodeId,
  repeatedWidth,
  selectionElementIds,
  statementEdgeId,
  tieEdgeId,
  tieWidth,
} from '../../../src/cytoscape/elements';
import {
  affiliationKey,
  computeVisibility,
  DEFAULT_FILTERS,
  type FilterState,
} from '../../../src/model/filters';
import { buildGraphIndex, type GraphIndex } from '../../../src/model/graphIndex';
import { networkDataset } from '../../../src/model/network';
import { parseDataset } from '../../../src/model/parseDataset';
import { DEFAULT_STANCES } from '../../../src/model/stances';
import { KIND_STYLES, TIE_STYLES } from '../../../src/model/styleTable';
import type { Dataset } from '../../../src/model/schema';
import { shownGroupCounts, statementGroups } from '../../../src/model/statementGroups';
import { allTieEdges } from '../testData';

const visibilityOf = (index: GraphIndex, filters: Partial<FilterState>) =>
  computeVisibility(index, { ...DEFAULT_FILTERS, ...filters });

/** Parses a dataset through the real loader, so every test input is a file the app would accept. */
function indexOf(document: Record<string, unknown>): GraphIndex {
  const result = parseDataset(JSON.stringify({ format: 'stancegraph', version: 1, ...document }));
  if (!result.ok) throw new Error(`test dataset refused: ${JSON.stringify(result.problems)}`);
  return buildGraphIndex(result.dataset);
}

const nodesOf = (elements: ElementDefinition[]) => elements.filter((e) => e.group === 'nodes');
const edgesOf = (elements: ElementDefinition[], type: string) =>
  elements.filter((e) => e.group === 'edges' && e.data.type === type);

function byId(elements: ElementDefinition[], id: string): ElementDefinition {
  const found = elements.filter((e) => e.data.id === id);
  expect(found, `exactly one element with id ${id}`).toHaveLength(1);
  return found[0]!;
}

const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Name of ${id}`,
  kind: 'person',
  ...extra,
});

// Two persons, a state, one claim each way; Alice speaks twice on c1 (parallel edges).
const SMALL = indexOf({
  actors: [
    person('alice', { memberOf: ['usa'] }),
    person('bob'),
    { id: 'usa', name: 'United States', kind: 'state' },
  ],
  claims: [
    { id: 'c1', text: 'The bridge is unsafe' },
    { id: 'c2', text: 'The river is rising' },
  ],
  statements: [
    { id: 's1', actor: 'alice', claim: 'c1', stance: 'asserts' },
    { id: 's2', actor: 'alice', claim: 'c1', stance: 'doubts', date: '2024-05' },
    { id: 's3', actor: 'bob', claim: 'c1', stance: 'denies' },
    { id: 's4', actor: 'bob', claim: 'c2', stance: 'evaluates' },
    { id: 's5', actor: 'usa', claim: 'c2', stance: 'accuses' },
  ],
});

describe('claimsViewElements', () => {
  it('makes one node per actor and per claim, typed and referring to the dataset id', () => {
    const elements = claimsViewElements(SMALL);
    const nodes = nodesOf(elements);
    expect(nodes).toHaveLength(3 + 2);
    const actorRefs = nodes.filter((n) => n.data.type === 'actor').map((n) => n.data.ref);
    const claimRefs = nodes.filter((n) => n.data.type === 'claim').map((n) => n.data.ref);
    expect(actorRefs.sort()).toEqual(['alice', 'bob', 'usa']);
    expect(claimRefs.sort()).toEqual(['c1', 'c2']);
    for (const node of nodes) expect(node.data.id).toBe(nodeId(node.data.ref as string));
  });

  it('draws an actor with its name and the shape and colour of its kind', () => {
    const elements = claimsViewElements(SMALL);
    const usa = byId(elements, nodeId('usa')).data;
    expect(usa).toMatchObject({ label: 'United States', kind: 'state' });
    expect(usa.shape).toBe(KIND_STYLES.state.shape);
    expect(usa.color).toBe(KIND_STYLES.state.color);
    const alice = byId(elements, nodeId('alice')).data;
    expect(alice.shape).toBe(KIND_STYLES.person.shape);
    expect(alice.shape).not.toBe(usa.shape);
  });

  it('makes one edge per statement, from the actor node to the claim node', () => {
    const elements = claimsViewElements(SMALL);
    const edges = edgesOf(elements, 'statement');
    expect(edges).toHaveLength(SMALL.dataset.statements.length);
    for (const statement of SMALL.dataset.statements) {
      const edge = byId(elements, statementEdgeId(statement.id)).data;
      expect(edge).toMatchObject({
        ref: statement.id,
        source: nodeId(statement.actor),
        target: nodeId(statement.claim),
        stance: statement.stance,
      });
    }
  });

  it('colours, labels and dashes statement edges from the default vocabulary', () => {
    const elements = claimsViewElements(SMALL);
    const expected: Record<string, { label: string; color: string; lineStyle: string }> = {
      s1: { label: 'Asserts', color: '#0072B2', lineStyle: 'solid' },
      s2: { label: 'Doubts', color: '#CC79A7', lineStyle: 'dashed' },
      s3: { label: 'Denies', color: '#D55E00', lineStyle: 'dashed' },
      s4: { label: 'Evaluates', color: '#999999', lineStyle: 'dotted' },
      s5: { label: 'Accuses', color: '#E69F00', lineStyle: 'solid' },
    };
    for (const [id, style] of Object.entries(expected)) {
      expect(byId(elements, statementEdgeId(id)).data).toMatchObject(style);
    }
    // The expectations above are the vocabulary's own colours, not values chosen by the mapping.
    for (const stance of DEFAULT_STANCES) {
      const edge = edgesOf(elements, 'statement').find((e) => e.data.stance === stance.id);
      if (edge) expect(edge.data.color).toBe(stance.color);
    }
  });

  it('follows a custom vocabulary: its labels, its colours, fallback colours and polarity dashes', () => {
    const index = indexOf({
      // "asserts" is redefined with another colour and polarity: the default must not leak in.
      stances: [
        { id: 'supports', label: 'Backs it', polarity: 1, color: '#123456' },
        { id: 'opposes', label: 'Fights it', polarity: -1, color: 'rgb(200, 10, 20)' },
        { id: 'notes', label: 'Notes it', polarity: 0 },
        { id: 'asserts', label: 'Claims (custom)', polarity: -1, color: '#ABCDEF' },
      ],
      actors: [person('a'), person('b')],
      claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c1', stance: 'supports' },
        { id: 's2', actor: 'b', claim: 'c1', stance: 'opposes' },
        { id: 's3', actor: 'b', claim: 'c1', stance: 'notes' },
        { id: 's4', actor: 'a', claim: 'c1', stance: 'asserts' },
      ],
    });
    const elements = claimsViewElements(index);
    expect(byId(elements, 's:s1').data).toMatchObject({
      label: 'Backs it',
      color: '#123456',
      lineStyle: 'solid',
    });
    expect(byId(elements, 's:s2').data).toMatchObject({
      label: 'Fights it',
      // Any CSS colour is handed to Cytoscape as #rrggbb (or rgba() with alpha), as the legend has it.
      color: '#c80a14',
      lineStyle: 'dashed',
    });
    const notes = byId(elements, 's:s3').data;
    expect(notes).toMatchObject({ label: 'Notes it', lineStyle: 'dotted' });
    // A stance without a colour gets a real colour of its own, not the unknown-stance grey.
    expect(notes.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(notes.color).not.toBe('#888888');
    expect(['#123456', '#c80a14', '#ABCDEF']).not.toContain(notes.color);
    expect(byId(elements, 's:s4').data).toMatchObject({
      label: 'Claims (custom)',
      color: '#ABCDEF',
      lineStyle: 'dashed',
    });
  });

  it('draws several statements of one actor on one claim as parallel edges', () => {
    const elements = claimsViewElements(SMALL);
    const aliceOnC1 = edgesOf(elements, 'statement').filter(
      (e) => e.data.source === nodeId('alice') && e.data.target === nodeId('c1'),
    );
    expect(aliceOnC1.map((e) => e.data.id).sort()).toEqual([
      statementEdgeId('s1'),
      statementEdgeId('s2'),
    ]);
    expect(new Set(aliceOnC1.map((e) => e.data.stance))).toEqual(new Set(['asserts', 'doubts']));
  });

  it('makes one affiliation edge per distinct memberOf, none for self-membership', () => {
    const index = indexOf({
      actors: [
        person('p', { memberOf: ['org', 'org', 'p', 'state'] }),
        { id: 'org', name: 'Org', kind: 'organization', memberOf: ['state', 'org'] },
        { id: 'state', name: 'State', kind: 'state' },
      ],
      claims: [],
      statements: [],
    });
    const affiliations = edgesOf(claimsViewElements(index), 'affiliation');
    const pairs = affiliations.map((e) => [e.data.source, e.data.target]);
    expect(pairs).toHaveLength(3);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [nodeId('p'), nodeId('org')],
        [nodeId('p'), nodeId('state')],
        [nodeId('org'), nodeId('state')],
      ]),
    );
    for (const edge of affiliations) {
      expect(edge.classes).toContain('affiliation');
      const [actor, member] = JSON.parse(edge.data.ref as string) as [string, string];
      expect(edge.data.ref).toBe(affiliationKey(actor, member));
      expect(edge.data.id).toBe(affiliationEdgeId(actor, member));
      // Affiliations carry no stance colour, so the stance styles of the stylesheet skip them.
      expect(edge.data.color).toBeUndefined();
    }
    expect(new Set(affiliations.map((e) => e.data.id)).size).toBe(3);
  });

  it('gives unique ids to odd dataset ids and loads into a headless Cytoscape', () => {
    const index = indexOf({
      actors: [
        { id: '__proto__', name: 'Proto', kind: 'organization' },
        person('a"b', { memberOf: ['__proto__', 'x y'] }),
        person('x y', { memberOf: ['a"b'] }),
        person('s1'),
        person('constructor', { memberOf: ['__proto__'] }),
      ],
      claims: [
        { id: 'c#1', text: 'Hash in the id' },
        { id: 'n:s1', text: 'Looks like a node id already' },
      ],
      statements: [
        // A statement and an actor share the id "s1"; the statement ids mimic actor ids too.
        { id: 's1', actor: 's1', claim: 'c#1', stance: 'asserts' },
        { id: '__proto__', actor: '__proto__', claim: 'c#1', stance: 'denies' },
        { id: 'a"b', actor: 'a"b', claim: 'n:s1', stance: 'doubts' },
        { id: 'x y', actor: 'x y', claim: 'n:s1', stance: 'agrees' },
        { id: 'constructor', actor: 'constructor', claim: 'c#1', stance: 'asserts' },
      ],
    });
    const elements = claimsViewElements(index);
    const ids = elements.map((e) => e.data.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(elements).toHaveLength(5 + 2 + 5 + 4);

    const cy = cytoscape({ headless: true, elements });
    try {
      expect(cy.nodes()).toHaveLength(7);
      expect(cy.edges()).toHaveLength(9);
      for (const id of ['__proto__', 'a"b', 'x y', 's1', 'constructor']) {
        const node = cy.getElementById(nodeId(id));
        expect(node.nonempty(), id).toBe(true);
        expect(node.data('ref')).toBe(id);
        expect(node.data('type')).toBe('actor');
      }
      for (const statement of index.dataset.statements) {
        const edge = cy.getElementById(statementEdgeId(statement.id));
        expect(edge.data('ref')).toBe(statement.id);
        expect(edge.source().data('ref')).toBe(statement.actor);
        expect(edge.target().data('ref')).toBe(statement.claim);
      }
      expect(cy.getElementById(nodeId('n:s1')).data('type')).toBe('claim');
      expect(cy.getElementById(nodeId('c#1')).connectedEdges()).toHaveLength(3);
      expect(cy.getElementById(affiliationEdgeId('a"b', 'x y')).target().data('ref')).toBe('x y');
      expect(cy.getElementById(affiliationEdgeId('x y', 'a"b')).target().data('ref')).toBe('a"b');
    } finally {
      cy.destroy();
    }
  });

  it('cuts claim labels longer than the cap with an ellipsis and sizes the box to the label', () => {
    const atCap = 'x'.repeat(140);
    const long = `${'word '.repeat(60)}end`;
    const index = indexOf({
      actors: [],
      claims: [
        { id: 'short', text: 'Short claim' },
        { id: 'cap', text: atCap },
        { id: 'long', text: long },
      ],
      statements: [],
    });
    const elements = claimsViewElements(index);
    expect(byId(elements, nodeId('short')).data.label).toBe('Short claim');
    expect(byId(elements, nodeId('cap')).data.label).toBe(atCap);
    const cut = byId(elements, nodeId('long')).data;
    expect(cut.label).toHaveLength(140);
    expect(cut.label).toBe(`${long.slice(0, 139)}…`);
    expect(cut.height).toBe(claimHeight(cut.label as string));
    expect(byId(elements, nodeId('short')).data.height).toBe(claimHeight('Short claim'));
    // The claim itself is untouched: only the canvas label is cut.
    expect(index.claimById.get('long')?.text).toBe(long);
  });
});

describe('claimHeight', () => {
  it('grows with the text and never shrinks below one line', () => {
    expect(claimHeight('')).toBe(claimHeight('a'));
    expect(claimHeight('a'.repeat(200))).toBeGreaterThan(claimHeight('a'.repeat(20)));
    let previous = 0;
    for (let length = 0; length <= 300; length += 7) {
      const height = claimHeight('a'.repeat(length));
      expect(height).toBeGreaterThanOrEqual(previous);
      previous = height;
    }
  });
});

describe('actorsViewElements', () => {
  // p agrees with q on three claims and conflicts with r on one; q and r agree on one.
  const index = indexOf({
    actors: [person('p'), person('q'), person('r'), person('silent')],
    claims: ['c1', 'c2', 'c3', 'c4'].map((id) => ({ id, text: `Claim ${id}` })),
    statements: [
      { id: 's1', actor: 'p', claim: 'c1', stance: 'asserts' },
      { id: 's2', actor: 'q', claim: 'c1', stance: 'agrees' },
      { id: 's3', actor: 'p', claim: 'c2', stance: 'denies' },
      { id: 's4', actor: 'q', claim: 'c2', stance: 'doubts' },
      { id: 's5', actor: 'p', claim: 'c3', stance: 'accuses' },
      { id: 's6', actor: 'q', claim: 'c3', stance: 'asserts' },
      { id: 's7', actor: 'r', claim: 'c3', stance: 'denies' },
      { id: 's8', actor: 'r', claim: 'c4', stance: 'asserts' },
      { id: 's9', actor: 'q', claim: 'c4', stance: 'asserts' },
    ],
  });
  const ties = allTieEdges(index, 'both');
  const elements = actorsViewElements(index, ties);
  const edge = (a: string, b: string, type: 'agreement' | 'conflict') =>
    byId(elements, tieEdgeId({ a, b, type })).data;

  it('has every actor as a node and no claim or statement', () => {
    const nodes = nodesOf(elements);
    expect(nodes.map((n) => n.data.ref).sort()).toEqual(['p', 'q', 'r', 'silent']);
    expect(nodes.every((n) => n.data.type === 'actor')).toBe(true);
    expect(elements.filter((e) => e.group === 'edges').every((e) => e.data.type === 'tie')).toBe(
      true,
    );
  });

  it('makes one edge per tie with its weight, label and tie style', () => {
    expect(edgesOf(elements, 'tie')).toHaveLength(ties.length);
    expect(edge('p', 'q', 'agreement')).toMatchObject({
      source: nodeId('p'),
      target: nodeId('q'),
      a: 'p',
      b: 'q',
      tieType: 'agreement',
      weight: 3,
      label: '3',
      color: TIE_STYLES.agreement.color,
      lineStyle: 'solid',
    });
    expect(edge('p', 'r', 'conflict')).toMatchObject({
      weight: 1,
      label: '1',
      color: TIE_STYLES.conflict.color,
      lineStyle: 'dashed',
    });
    expect(edge('q', 'r', 'agreement').weight).toBe(1);
    expect(edge('q', 'r', 'conflict').weight).toBe(1);
    const classes = byId(elements, tieEdgeId({ a: 'q', b: 'r', type: 'conflict' })).classes;
    expect(classes).toContain('conflict');
  });

  it('makes edges wider as the weight grows', () => {
    const heavy = edge('p', 'q', 'agreement').width as number;
    const light = edge('p', 'r', 'conflict').width as number;
    expect(heavy).toBeGreaterThan(light);
    expect(light).toBe(tieWidth(1, 1, 3));
    expect(heavy).toBe(tieWidth(3, 1, 3));
  });

  it('loads into a headless Cytoscape, a pair with both ties giving two edges', () => {
    const cy = cytoscape({ headless: true, elements });
    try {
      const q = cy.getElementById(nodeId('q'));
      const r = cy.getElementById(nodeId('r'));
      expect(q.edgesWith(r)).toHaveLength(2);
      expect(cy.getElementById(nodeId('silent')).degree(false)).toBe(0);
    } finally {
      cy.destroy();
    }
  });
});

describe('tieWidth', () => {
  it('is 2 at the weakest weight drawn, 10 at the strongest and grows strictly in between', () => {
    expect(tieWidth(1, 1, 1)).toBe(2);
    expect(tieWidth(1, 1, 9)).toBe(2);
    expect(tieWidth(9, 1, 9)).toBe(10);
    for (let w = 1; w < 9; w++) expect(tieWidth(w + 1, 1, 9)).toBeGreaterThan(tieWidth(w, 1, 9));
  });

  it('spreads normalised weights and sizes a negative weight by its size', () => {
    expect(tieWidth(0.2, 0.2, 0.8)).toBe(2);
    expect(tieWidth(0.8, 0.2, 0.8)).toBe(10);
    expect(tieWidth(-0.8, 0.2, 0.8)).toBe(10);
  });
});

describe('actorsViewElements with the nodes of a level', () => {
  const index = indexOf({
    actors: [person('p'), person('q')],
    claims: [{ id: 'c1', text: 'One' }],
    statements: [
      { id: 's1', actor: 'p', claim: 'c1', stance: 'asserts' },
      { id: 's2', actor: 'q', claim: 'c1', stance: 'denies' },
    ],
  });
  const nodes = [
    { id: 'p', label: 'P', kind: 'person' as const, color: '#112233', size: 60 },
    {
      id: 'attribute:["party","X"]',
      label: 'X',
      kind: 'group' as const,
      color: '#445566',
      size: 20,
    },
  ];
  const ties = [{ a: 'attribute:["party","X"]', b: 'p', type: 'conflict' as const, weight: -0.5 }];

  it('draws the given nodes with their colour and size, and labels signed weights', () => {
    const elements = actorsViewElements(index, ties, nodes);
    expect(nodesOf(elements).map((n) => n.data)).toEqual([
      expect.objectContaining({ id: nodeId('p'), ref: 'p', color: '#112233', size: 60 }),
      expect.objectContaining({
        ref: 'attribute:["party","X"]',
        type: 'actor',
        kind: 'group',
        shape: 'octagon',
        size: 20,
      }),
    ]);
    expect(edgesOf(elements, 'tie')[0]?.data).toMatchObject({ weight: -0.5, label: '\u22120.50' });
  });

  it('is drawn by the stylesheet at the size and in the colour of its data', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('light'),
      elements: actorsViewElements(index, ties, nodes),
    });
    try {
      const p = cy.getElementById(nodeId('p'));
      const x = cy.getElementById(nodeId('attribute:["party","X"]'));
      expect(p.width()).toBe(60);
      expect(x.width()).toBe(20);
      expect(p.style('background-color')).toBe('rgb(17,34,51)');
    } finally {
      cy.destroy();
    }
  });

  it('draws every actor as coded, plain, when no nodes are given', () => {
    const plain = nodesOf(actorsViewElements(index, []));
    expect(plain.map((n) => n.data.size)).toEqual([26, 26]);
  });
});

describe('selectionElementIds', () => {
  const claims = claimsViewElements(SMALL);
  const claimIds = new Set(claims.map((e) => e.data.id));

  it('names nothing for no selection', () => {
    expect(selectionElementIds(null)).toEqual([]);
  });

  it('names the node of an actor or a claim and the edge of a statement', () => {
    expect(selectionElementIds({ type: 'actor', id: 'alice' })).toEqual([nodeId('alice')]);
    expect(selectionElementIds({ type: 'claim', id: 'c2' })).toEqual([nodeId('c2')]);
    expect(selectionElementIds({ type: 'statement', id: 's3' })).toEqual([statementEdgeId('s3')]);
    for (const selection of [
      { type: 'actor', id: 'alice' },
      { type: 'claim', id: 'c2' },
      { type: 'statement', id: 's3' },
    ] as const) {
      const [id] = selectionElementIds(selection);
      expect(claimIds.has(id!)).toBe(true);
      expect(byId(claims, id!).data.ref).toBe(selection.id);
    }
  });

  it('keeps an actor and a statement of the same id apart', () => {
    const [actorId] = selectionElementIds({ type: 'actor', id: 's1' });
    const [statementId] = selectionElementIds({ type: 'statement', id: 's1' });
    expect(actorId).not.toBe(statementId);
  });

  it('names every possible edge of a tie, which are the ids the actor view draws', () => {
    const index = indexOf({
      actors: [person('a'), person('b')],
      claims: [
        { id: 'c1', text: 'One' },
        { id: 'c2', text: 'Two' },
      ],
      statements: [
        { id: 's1', actor: 'a', claim: 'c1', stance: 'asserts' },
        { id: 's2', actor: 'b', claim: 'c1', stance: 'asserts' },
        { id: 's3', actor: 'a', claim: 'c2', stance: 'asserts' },
        { id: 's4', actor: 'b', claim: 'c2', stance: 'denies' },
      ],
    });
    const drawn = actorsViewElements(index, allTieEdges(index, 'both'))
      .filter((e) => e.group === 'edges')
      .map((e) => e.data.id)
      .sort();
    const ids = selectionElementIds({ type: 'tie', a: 'a', b: 'b' });
    // Agreement, conflict and co-occurrence: whichever the tie type draws.
    expect(ids).toHaveLength(3);
    expect(drawn).toHaveLength(2);
    expect(ids).toEqual(expect.arrayContaining(drawn));
    const cooccurrence = actorsViewElements(index, allTieEdges(index, 'cooccurrence'))
      .filter((e) => e.group === 'edges')
      .map((e) => e.data.id);
    expect(ids).toEqual(expect.arrayContaining(cooccurrence));
  });
});

describe('start positions', () => {
  it('puts no two nodes on the same spot before the layout, in either view', () => {
    for (const elements of [
      claimsViewElements(SMALL),
      actorsViewElements(SMALL, allTieEdges(SMALL, 'both')),
    ]) {
      const spots = nodesOf(elements).map((n) => `${n.position?.x},${n.position?.y}`);
      expect(spots.every((spot) => !spot.includes('undefined'))).toBe(true);
      expect(new Set(spots).size).toBe(spots.length);
    }
  });

  it('starts the two ends of every edge apart, so Cytoscape can draw it before the layout', () => {
    // All nodes at (0, 0) gave the straight affiliation edge between two polygons NaN endpoints
    // in the browser ("invalid endpoints"); headless Cytoscape has no renderer, so this checks
    // the cause: the two ends of every edge start apart, by more than a node is wide.
    // Added as the graph controller adds them (the constructor's default layout would move them).
    const cy = cytoscape({ headless: true });
    cy.add(claimsViewElements(SMALL));
    cy.edges().forEach((edge) => {
      const [a, b] = [edge.source().position(), edge.target().position()];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(CLAIM_WIDTH);
    });
    cy.destroy();
  });
});

describe('networkElements with a file’s colours and sizes', () => {
  it('draws a node in its file’s colour and size, and an edge in its colour', () => {
    const network = {
      nodes: [
        { id: 'a', label: 'A', color: '#f55b5b', size: 30, position: { x: 1, y: 2 }, data: {} },
        { id: 'b', label: 'B', size: 1000, data: {} },
        { id: 'c', label: 'C', data: {} },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b', color: '#112233', data: {} }],
    };
    const elements = networkElements(buildGraphIndex(networkDataset(network)), network);
    const byRef = new Map(elements.map((e) => [e.data.ref, e]));
    expect(byRef.get('a')).toMatchObject({
      data: { color: '#f55b5b', size: 30 },
      position: { x: 1, y: 2 },
    });
    expect(byRef.get('b')!.data.size).toBe(nodeDiameter(1000));
    expect(nodeDiameter(1000)).toBe(200);
    expect(nodeDiameter(0.5)).toBe(6);
    // A node without a size of its own is drawn at the plain size every actor node carries.
    expect(byRef.get('c')!.data.size).toBe(26);
    expect(byRef.get('e')!.data.linkColor).toBe('#112233');
  });
});

describe('repeated statements', () => {
  const repeated = buildGraphIndex(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/shapes/repeated.json'), 'utf8'),
    ) as Dataset,
  );
  const groups = statementGroups(repeated);
  const edges = (counts = '') =>
    claimsViewElements(repeated, groups, counts).filter((e) => e.group === 'edges');

  it('draw one edge per actor, claim and stance, with the count and a wider line', () => {
    expect(groups.groups.map((g) => g.map((s) => s.id))).toEqual([
      ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'],
      ['b1', 'b2'],
    ]);
    const drawn = edges();
    expect(drawn.map((e) => e.data.id)).toEqual([
      statementEdgeId('a0'),
      statementEdgeId('b1'),
      statementEdgeId('b3'),
    ]);
    expect(drawn[0]!.data).toMatchObject({ count: 8, countLabel: '×8', width: repeatedWidth(8) });
    expect(drawn[1]!.data).toMatchObject({ count: 2, countLabel: '×2', refs: ['b1', 'b2'] });
    expect(drawn[2]!.data.count).toBeUndefined();
    expect(repeatedWidth(8)).toBeGreaterThan(repeatedWidth(2));
  });

  it('count what the filters show, and stay one edge for any statement of the group', () => {
    const first = visibilityOf(repeated, { dateFrom: '2024-05' });
    const counts = shownGroupCounts(groups, first);
    // a4…a7 are from May on; of Ben's, only b2 is dated, in May (undated ones stay shown).
    expect(counts).toBe('4,2');
    expect(edges(counts)[0]!.data).toMatchObject({ count: 4, countLabel: '×4' });
    expect(selectionElementIds({ type: 'statement', id: 'a6' }, groups)).toEqual([
      statementEdgeId('a0'),
    ]);
  });

  it('keep every definition whose count did not change when only the counts do', () => {
    const elementsOf = claimsViewElementsOfLast();
    const all = elementsOf(repeated, groups, '8,2');
    expect(elementsOf(repeated, groups, '8,2')).toBe(all);
    // From May on: Ann's edge counts 4, Ben's still 2 (a moving window's step).
    const may = elementsOf(repeated, groups, '4,2');
    expect(may).toEqual(claimsViewElements(repeated, groups, '4,2'));
    const changed = may.filter((element, i) => element !== all[i]);
    expect(changed.map((e) => e.data.id)).toEqual([statementEdgeId('a0')]);
    expect(changed[0]!.data).toMatchObject({ count: 4, countLabel: '×4', width: repeatedWidth(4) });
    // None of Ann's shown: her hidden edge keeps the count it had, the very same definition.
    const none = elementsOf(repeated, groups, '0,2');
    expect(none.every((element, i) => element === may[i])).toBe(true);
    // Back to all: Ann's edge anew, the rest still the very same objects.
    const back = elementsOf(repeated, groups, '8,2');
    expect(back).toEqual(all);
    expect(back.filter((element, i) => element !== may[i]).map((e) => e.data.id)).toEqual([
      statementEdgeId('a0'),
    ]);
    // Another dataset's index is another drawing: nothing is kept from the last one.
    const other = buildGraphIndex(repeated.dataset);
    expect(elementsOf(other, groups, '8,2').some((element, i) => element === back[i])).toBe(false);
  });
});
