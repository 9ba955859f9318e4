import { readFileSync } from 'node:fs';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  actorsViewElements,
  affiliationEdgeId,
  claimsViewElements,
  nodeId,
  selectionElementIds,
  statementEdgeId,
  tieEdgeId,
} from '../../../src/cytoscape/elements';
import { FADE_ON_HOVER_ELEMENTS, GraphController } from '../../../src/cytoscape/graphController';
import { runLayoutJob } from '../../../src/cytoscape/layoutJob';
import {
  DENSE_GRAPH_EDGES,
  FORCE_ATLAS_PAIRS,
  LARGE_GRAPH_NODES,
} from '../../../src/cytoscape/layouts';
import { PATTERNED_EDGES_IN_VIEW } from '../../../src/cytoscape/linePatterns';
import type { SceneListener } from '../../../src/cytoscape/scene';
import { buildStylesheet, type Theme } from '../../../src/cytoscape/stylesheet';
import { actorsViewPredicate, claimsViewPredicate } from '../../../src/cytoscape/visibility';
import { computeVisibility, DEFAULT_FILTERS, type FilterState } from '../../../src/model/filters';
import { focusActorsView, focusClaimsView } from '../../../src/model/focus';
import { buildGraphIndex, type GraphIndex } from '../../../src/model/graphIndex';
import { parseDataset } from '../../../src/model/parseDataset';
import type { Selection } from '../../../src/model/selection';
import type { TieMode } from '../../../src/model/tieEdges';
import type { LayoutName } from '../../../src/model/view';
import { allTieEdges } from '../testData';
import { sceneWith } from './scenes';

function parse(text: string): GraphIndex {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(`test dataset refused: ${JSON.stringify(result.problems)}`);
  return buildGraphIndex(result.dataset);
}

const SEED = parse(
  readFileSync(new URL('../../../data/north-korea-troops.json', import.meta.url), 'utf8'),
);

const person = (id: string) => ({ id, name: `Name of ${id}`, kind: 'person' });

/**
 * A chain a1 → c1 ← a2 → c2 ← a3, plus a silent a4 who is a member of a3.
 * s2 is the only "denies" statement.
 */
const CHAIN = parse(
  JSON.stringify({
    format: 'stancegraph',
    version: 1,
    actors: [person('a1'), person('a2'), person('a3'), { ...person('a4'), memberOf: ['a3'] }],
    claims: [
      { id: 'c1', text: 'First claim' },
      { id: 'c2', text: 'Second claim' },
    ],
    statements: [
      { id: 's1', actor: 'a1', claim: 'c1', stance: 'asserts' },
      { id: 's2', actor: 'a2', claim: 'c1', stance: 'denies' },
      { id: 's3', actor: 'a2', claim: 'c2', stance: 'asserts' },
      { id: 's4', actor: 'a3', claim: 'c2', stance: 'agrees' },
    ],
  }),
);

const controllers: GraphController[] = [];

afterEach(() => {
  while (controllers.length > 0) controllers.pop()!.destroy();
  vi.restoreAllMocks();
});

function controllerWith(elements: ElementDefinition[], listener?: SceneListener): GraphController {
  const controller = new GraphController(undefined, 'light', listener, runLayoutJob);
  controllers.push(controller);
  controller.sync(sceneWith(elements));
  return controller;
}

function showClaimsView(controller: GraphController, index: GraphIndex, filters: FilterState) {
  controller.applyVisibility(claimsViewPredicate(computeVisibility(index, filters)));
}

const ids = (cy: Core, selector: string): string[] =>
  cy
    .elements(selector)
    .map((e) => e.id())
    .sort();

const positionsOf = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

function layoutDone(controller: GraphController, name: LayoutName): Promise<void> {
  return new Promise((resolve) => controller.runLayout(name, resolve));
}

describe('GraphController.applyVisibility in the claims view', () => {
  it('filters nothing under the default filters', () => {
    const controller = controllerWith(claimsViewElements(SEED));
    showClaimsView(controller, SEED, DEFAULT_FILTERS);
    const { cy } = controller;
    expect(cy.nodes()).toHaveLength(SEED.dataset.actors.length + SEED.dataset.claims.length);
    expect(cy.elements(':hidden')).toHaveLength(0);
  });

  it('hiding "denies" hides exactly the denies statement edges', () => {
    const controller = controllerWith(claimsViewElements(SEED));
    showClaimsView(controller, SEED, { ...DEFAULT_FILTERS, hiddenStances: ['denies'] });
    const denies = SEED.dataset.statements.filter((s) => s.stance === 'denies');
    expect(denies.length).toBeGreaterThan(0);
    expect(ids(controller.cy, ':hidden')).toEqual(denies.map((s) => statementEdgeId(s.id)).sort());
  });

  it('hiding a kind hides its actors, their statements and their affiliations', () => {
    const controller = controllerWith(claimsViewElements(SEED));
    showClaimsView(controller, SEED, { ...DEFAULT_FILTERS, hiddenKinds: ['state'] });
    const states = new Set(SEED.dataset.actors.filter((a) => a.kind === 'state').map((a) => a.id));
    const statements = SEED.dataset.statements.filter((s) => states.has(s.actor));
    const affiliations = SEED.dataset.actors.flatMap((actor) =>
      [...new Set(actor.memberOf ?? [])]
        .filter((m) => m !== actor.id && (states.has(actor.id) || states.has(m)))
        .map((m) => [actor.id, m]),
    );
    expect(affiliations.length).toBeGreaterThan(0);
    const { cy } = controller;
    expect(
      cy
        .nodes(':hidden')
        .map((n) => n.data('ref') as string)
        .sort(),
    ).toEqual([...states].sort());
    expect(cy.edges('[type = "statement"]:hidden')).toHaveLength(statements.length);
    expect(cy.edges('[type = "affiliation"]:hidden')).toHaveLength(affiliations.length);
    expect(cy.elements(':hidden')).toHaveLength(
      states.size + statements.length + affiliations.length,
    );
  });

  it('shows again what a toggled-back filter hid', () => {
    const controller = controllerWith(claimsViewElements(SEED));
    showClaimsView(controller, SEED, { ...DEFAULT_FILTERS, hiddenStances: ['denies', 'asserts'] });
    expect(controller.cy.elements(':hidden').length).toBeGreaterThan(0);
    showClaimsView(controller, SEED, DEFAULT_FILTERS);
    expect(controller.cy.elements(':hidden')).toHaveLength(0);
  });

  it('keeps hidden what the filters hide when the theme changes', () => {
    const controller = controllerWith(claimsViewElements(SEED));
    const filters = { ...DEFAULT_FILTERS, hiddenStances: ['denies'] };
    showClaimsView(controller, SEED, filters);
    const hidden = ids(controller.cy, ':hidden');
    expect(hidden.length).toBeGreaterThan(0);
    controller.sync(
      sceneWith(claimsViewElements(SEED), {
        theme: 'dark',
        isShown: claimsViewPredicate(computeVisibility(SEED, filters)),
      }),
    );
    expect(ids(controller.cy, ':hidden')).toEqual(hidden);
  });

  it('hides and shows again the edges of a dense graph, drawn straight', () => {
    const edges = Array.from({ length: DENSE_GRAPH_EDGES + 1 }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, ref: `e${i}`, type: 'link', source: 'n0', target: 'n1' },
    }));
    const nodes = [0, 1].map((i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, ref: `n${i}`, type: 'node' },
    }));
    const controller = controllerWith([...nodes, ...edges]);
    expect(controller.cy.edges()[0]!.style('curve-style')).toBe('haystack');
    const odd = new Set(edges.filter((_, i) => i % 2 === 1).map((e) => e.data.id));
    controller.applyVisibility((data) => data.type !== 'link' || !odd.has(data.ref as string));
    expect(ids(controller.cy, ':hidden')).toEqual([...odd].sort());
    controller.applyVisibility(() => true);
    expect(controller.cy.elements(':hidden')).toHaveLength(0);
  });

  it("draws a network's directed edges with arrows, parallel ones apart and self-loops", () => {
    const node = (id: string) => ({ group: 'nodes' as const, data: { id, ref: id, type: 'node' } });
    const link = (id: string, source: string, target: string, directed?: boolean) => ({
      group: 'edges' as const,
      data: { id, ref: id, type: 'link', source, target, ...(directed && { directed }) },
    });
    const controller = controllerWith([
      node('a'),
      node('b'),
      link('ab', 'a', 'b', true),
      link('ab2', 'a', 'b'),
      link('aa', 'a', 'a', true),
    ]);
    const edge = (id: string) => controller.cy.getElementById(id);
    expect(edge('ab').style('target-arrow-shape')).toBe('triangle');
    expect(edge('ab2').style('target-arrow-shape')).toBe('none');
    // Curves: the two edges between a and b are drawn apart, and the loop is drawn at all.
    expect(edge('ab').style('curve-style')).toBe('bezier');
    expect(edge('aa').style('curve-style')).toBe('bezier');

    // A dense network's edges are straight and plain, but a self-loop stays a curve.
    const many = Array.from({ length: DENSE_GRAPH_EDGES }, (_, i) => link(`e${i}`, 'a', 'b', true));
    const dense = controllerWith([node('a'), node('b'), link('aa', 'a', 'a', true), ...many]);
    expect(dense.cy.getElementById('e0').style('curve-style')).toBe('haystack');
    expect(dense.cy.getElementById('e0').style('target-arrow-shape')).toBe('none');
    expect(dense.cy.getElementById('aa').style('curve-style')).toBe('bezier');
  });

  it('neither moves nodes nor removes or re-adds elements when a filter changes', async () => {
    const controller = controllerWith(claimsViewElements(SEED));
    const { cy } = controller;
    await layoutDone(controller, 'grid');
    const before = positionsOf(cy);
    const elementsBefore = new Map(cy.elements().map((e) => [e.id(), e]));
    const add = vi.spyOn(cy, 'add');
    const changes: string[] = [];
    cy.on('add remove', (event) => changes.push(`${event.type} ${event.target.id()}`));

    for (const filters of [
      { ...DEFAULT_FILTERS, hiddenStances: ['denies'] },
      { ...DEFAULT_FILTERS, hiddenKinds: ['person' as const], hideIsolated: true },
      { ...DEFAULT_FILTERS, contestedOnly: true, showAffiliations: false },
      DEFAULT_FILTERS,
    ]) {
      showClaimsView(controller, SEED, filters);
      expect(positionsOf(cy)).toEqual(before);
    }

    expect(add).not.toHaveBeenCalled();
    expect(changes).toEqual([]);
    expect(cy.elements()).toHaveLength(elementsBefore.size);
    for (const element of cy.elements()) expect(element).toBe(elementsBefore.get(element.id()));
  });
});

describe('GraphController.sync of the actor view as the ties change', () => {
  const viewFor = (index: GraphIndex, mode: TieMode, filters: FilterState = DEFAULT_FILTERS) => {
    const visible = computeVisibility(index, filters).statements;
    return actorsViewElements(index, allTieEdges(index, mode, visible));
  };
  const edgesOf = (elements: ElementDefinition[]) => elements.filter((e) => e.group === 'edges');

  it('keeps node positions, drops unwanted edges, updates kept ones and adds new ones', async () => {
    const controller = controllerWith(actorsViewElements(SEED, []));
    const { cy } = controller;
    await layoutDone(controller, 'grid');
    const positions = positionsOf(cy);
    const nodes = new Map(cy.nodes().map((n) => [n.id(), n]));

    const bothView = viewFor(SEED, 'both');
    const agreementView = viewFor(SEED, 'agreement');
    const both = edgesOf(bothView);
    const agreementOnly = edgesOf(agreementView);
    expect(agreementOnly.length).toBeGreaterThan(0);
    expect(agreementOnly.length).toBeLessThan(both.length);

    controller.sync(sceneWith(bothView));
    expect(ids(cy, 'edge')).toEqual(both.map((e) => e.data.id as string).sort());
    const kept = cy.getElementById(agreementOnly[0]!.data.id as string);

    controller.sync(sceneWith(agreementView));
    expect(ids(cy, 'edge')).toEqual(agreementOnly.map((e) => e.data.id as string).sort());
    expect(cy.edges('[tieType = "conflict"]')).toHaveLength(0);
    expect(cy.getElementById(agreementOnly[0]!.data.id as string)).toBe(kept);

    // Hiding "asserts" lowers some agreement weights: kept edges take the new data in place.
    const fewerView = viewFor(SEED, 'agreement', {
      ...DEFAULT_FILTERS,
      hiddenStances: ['asserts'],
    });
    const fewer = edgesOf(fewerView);
    controller.sync(sceneWith(fewerView));
    expect(ids(cy, 'edge')).toEqual(fewer.map((e) => e.data.id as string).sort());
    for (const edge of fewer) {
      const drawn = cy.getElementById(edge.data.id as string);
      expect(drawn.data('weight')).toBe(edge.data.weight);
      expect(drawn.data('width')).toBe(edge.data.width);
      expect(drawn.data('label')).toBe(edge.data.label);
    }
    const changed = fewer.find((edge) => {
      const earlier = agreementOnly.find((e) => e.data.id === edge.data.id);
      return earlier !== undefined && earlier.data.weight !== edge.data.weight;
    });
    expect(changed, 'a tie whose weight changed').toBeDefined();

    controller.sync(sceneWith(bothView));
    expect(ids(cy, 'edge')).toEqual(both.map((e) => e.data.id as string).sort());
    expect(cy.edges('[tieType = "conflict"]').length).toBeGreaterThan(0);

    expect(positionsOf(cy)).toEqual(positions);
    for (const node of cy.nodes()) expect(node).toBe(nodes.get(node.id()));
  });

  it('hides the actors left out, and the ties of a hidden actor', () => {
    const ties = allTieEdges(SEED, 'both');
    const controller = controllerWith(actorsViewElements(SEED, ties));
    const { cy } = controller;
    const everyone = new Set(SEED.dataset.actors.map((a) => a.id));
    controller.applyVisibility(actorsViewPredicate(everyone));
    expect(cy.elements(':hidden')).toHaveLength(0);

    const gone = ties[0]!.a;
    controller.applyVisibility(
      actorsViewPredicate(new Set([...everyone].filter((id) => id !== gone))),
    );
    const touching = ties.filter((t) => t.a === gone || t.b === gone).map((t) => tieEdgeId(t));
    expect(touching.length).toBeGreaterThan(0);
    expect(ids(cy, ':hidden')).toEqual([nodeId(gone), ...touching].sort());
  });
});

describe('focus, drawn by hiding what lies outside it', () => {
  const n = nodeId;
  const s = statementEdgeId;
  const shown = (cy: Core) =>
    cy
      .elements()
      .filter(':visible')
      .map((e) => e.id())
      .sort();

  function focusClaims(
    controller: GraphController,
    filters: FilterState,
    selection: Selection,
    depth: number,
  ) {
    // As the store does: no focus without a selection or at depth 0.
    const visibility = computeVisibility(CHAIN, filters);
    const focused =
      selection && depth > 0 ? focusClaimsView(CHAIN, visibility, selection, depth) : visibility;
    controller.applyVisibility(claimsViewPredicate(focused));
  }

  it('keeps the depth-1, 2 and 3 neighbourhood of a node and hides the rest', () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    const { cy } = controller;
    const a1 = { type: 'actor', id: 'a1' } as const;

    focusClaims(controller, DEFAULT_FILTERS, a1, 1);
    expect(shown(cy)).toEqual([n('a1'), n('c1'), s('s1')].sort());
    expect(cy.elements(':hidden')).toHaveLength(cy.elements().length - 3);

    focusClaims(controller, DEFAULT_FILTERS, a1, 2);
    expect(shown(cy)).toEqual([n('a1'), n('c1'), s('s1'), n('a2'), s('s2')].sort());

    focusClaims(controller, DEFAULT_FILTERS, a1, 3);
    expect(shown(cy)).toEqual(
      [n('a1'), n('c1'), s('s1'), n('a2'), s('s2'), n('c2'), s('s3')].sort(),
    );
  });

  it('takes both ends of a selected statement as the centre', () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    focusClaims(controller, DEFAULT_FILTERS, { type: 'statement', id: 's2' }, 1);
    expect(shown(controller.cy)).toEqual(
      [s('s2'), n('a2'), n('c1'), n('a1'), s('s1'), n('c2'), s('s3')].sort(),
    );
  });

  it('walks affiliations too', () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    focusClaims(controller, DEFAULT_FILTERS, { type: 'actor', id: 'a4' }, 1);
    expect(shown(controller.cy)).toEqual([n('a4'), n('a3'), affiliationEdgeId('a4', 'a3')].sort());
  });

  it('never pulls a filtered element in', () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    const { cy } = controller;
    // Without affiliations a4 is isolated and hidden, and so is its affiliation edge.
    const filters = { ...DEFAULT_FILTERS, showAffiliations: false, hideIsolated: true };
    focusClaims(controller, filters, null, 0);
    expect(ids(cy, ':hidden')).toEqual([affiliationEdgeId('a4', 'a3'), n('a4')].sort());
    focusClaims(controller, filters, { type: 'claim', id: 'c2' }, 3);
    expect(shown(cy)).toEqual(
      [n('c2'), n('a2'), n('a3'), s('s3'), s('s4'), n('c1'), s('s2'), n('a1'), s('s1')].sort(),
    );
  });

  it('does not reach nodes through a hidden edge', () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    const { cy } = controller;
    focusClaims(controller, { ...DEFAULT_FILTERS, hiddenStances: ['denies'] }, null, 0);
    expect(ids(cy, ':hidden')).toEqual([s('s2')]);
    focusClaims(
      controller,
      { ...DEFAULT_FILTERS, hiddenStances: ['denies'] },
      { type: 'actor', id: 'a1' },
      3,
    );
    // a2's only link to c1 is the hidden denial: a1's focus is a1, c1 and s1, nothing more.
    expect(shown(cy)).toEqual([n('a1'), n('c1'), s('s1')].sort());
  });

  it('neither moves nodes nor rebuilds elements when the focus changes', async () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    const { cy } = controller;
    await layoutDone(controller, 'grid');
    const before = positionsOf(cy);
    const add = vi.spyOn(cy, 'add');
    const changes: string[] = [];
    cy.on('add remove', (event) => changes.push(event.type));
    for (const depth of [1, 2, 3, 0]) {
      focusClaims(controller, DEFAULT_FILTERS, { type: 'claim', id: 'c1' }, depth);
      expect(positionsOf(cy)).toEqual(before);
    }
    expect(cy.elements(':hidden')).toHaveLength(0);
    expect(add).not.toHaveBeenCalled();
    expect(changes).toEqual([]);
  });

  it('keeps a tie, its two actors and their neighbours in the actor view', () => {
    const ties = allTieEdges(SEED, 'both');
    const controller = controllerWith(actorsViewElements(SEED, ties));
    const everyone = new Set(SEED.dataset.actors.map((a) => a.id));
    const tie = ties[0]!;
    const focused = focusActorsView(everyone, ties, { type: 'tie', a: tie.a, b: tie.b }, 1);
    controller.applyVisibility(actorsViewPredicate(focused));
    // Depth 1, by hand: the two actors and whoever shares a tie with either.
    const expected = new Set(
      ties
        .filter((t) => [t.a, t.b].some((x) => x === tie.a || x === tie.b))
        .flatMap((t) => [t.a, t.b]),
    );
    const { cy } = controller;
    const shownNodes = cy.nodes().filter(':visible');
    expect(new Set(shownNodes.map((x) => x.data('ref') as string))).toEqual(expected);
    expect(shownNodes.length).toBeLessThan(cy.nodes().length);
    // Every tie between two shown actors stays, every other one goes.
    for (const t of ties) {
      const inside = expected.has(t.a) && expected.has(t.b);
      expect(cy.getElementById(tieEdgeId(t)).hidden()).toBe(!inside);
    }
  });
});

describe('GraphController hover highlight', () => {
  /** A star: hub h tied to n0…n(k-1), and a lone pair x–y outside its neighbourhood. */
  function star(spokes: number): ElementDefinition[] {
    const node = (id: string) => ({ group: 'nodes' as const, data: { id, ref: id, type: 'node' } });
    const edge = (id: string, source: string, target: string) => ({
      group: 'edges' as const,
      data: { id, ref: id, type: 'link', source, target },
    });
    const spokeIds = Array.from({ length: spokes }, (_, i) => `n${i}`);
    return [
      node('h'),
      node('x'),
      node('y'),
      edge('xy', 'x', 'y'),
      ...spokeIds.map(node),
      ...spokeIds.map((id) => edge(`h-${id}`, 'h', id)),
    ];
  }

  function hovered(spokes: number) {
    const controller = controllerWith(star(spokes));
    controller.enableHoverHighlight();
    controller.cy.getElementById('h').emit('mouseover');
    return controller.cy;
  }

  it('fades everything outside the neighbourhood of a small graph, and haloes the node and its edges', () => {
    const cy = hovered(3);
    expect(ids(cy, '.faded')).toEqual(['x', 'xy', 'y']);
    expect(ids(cy, '.highlighted')).toEqual(['h', 'h-n0', 'h-n1', 'h-n2']);
    cy.getElementById('h').emit('mouseout');
    expect(cy.elements('.faded, .highlighted')).toHaveLength(0);
  });

  it('fades only the nodes outside it in a graph of over FADE_ON_HOVER_ELEMENTS elements', () => {
    const spokes = Math.ceil(FADE_ON_HOVER_ELEMENTS / 2);
    const cy = hovered(spokes);
    expect(cy.elements().length).toBeGreaterThan(FADE_ON_HOVER_ELEMENTS);
    expect(ids(cy, '.faded')).toEqual(['x', 'y']);
    expect(cy.elements('.highlighted')).toHaveLength(spokes + 1);
    cy.getElementById('h').emit('mouseout');
    expect(cy.elements('.faded, .highlighted')).toHaveLength(0);
  });
});

describe('GraphController.select', () => {
  it('selects exactly the given elements and unselects the rest', () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    const { cy } = controller;
    controller.select([nodeId('a1')], false);
    expect(ids(cy, ':selected')).toEqual([nodeId('a1')]);
    controller.select([statementEdgeId('s3'), nodeId('c2')], false);
    expect(ids(cy, ':selected')).toEqual([nodeId('c2'), statementEdgeId('s3')].sort());
    controller.select(['n:no-such-id'], false);
    expect(ids(cy, ':selected')).toEqual([]);
    controller.select([nodeId('a2')], false);
    controller.select([], false);
    expect(ids(cy, ':selected')).toEqual([]);
  });

  it('centres a selection on a large graph at once, with no animation to redraw', () => {
    const nodes = Array.from({ length: LARGE_GRAPH_NODES + 1 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}` },
      position: { x: i * 10, y: -i * 5 },
    }));
    const controller = controllerWith(nodes);
    expect(controller.isLarge).toBe(true);
    const before = { ...controller.cy.pan() };
    controller.select(['n500'], true);
    // Synchronously: the node's rendered position is now the middle of the (headless) viewport.
    expect(controller.cy.pan()).not.toEqual(before);
    const { x, y } = controller.cy.getElementById('n500').renderedPosition();
    expect(x).toBeCloseTo(controller.cy.width() / 2, 6);
    expect(y).toBeCloseTo(controller.cy.height() / 2, 6);
  });

  it('selects both edges of a tie drawn as agreement and conflict', () => {
    const index = parse(
      JSON.stringify({
        format: 'stancegraph',
        version: 1,
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
      }),
    );
    const controller = controllerWith(actorsViewElements(index, allTieEdges(index, 'both')));
    controller.select(selectionElementIds({ type: 'tie', a: 'a', b: 'b' }), false);
    expect(ids(controller.cy, ':selected')).toEqual(
      [
        tieEdgeId({ a: 'a', b: 'b', type: 'agreement' }),
        tieEdgeId({ a: 'a', b: 'b', type: 'conflict' }),
      ].sort(),
    );
  });
});

describe('GraphController.runLayout', () => {
  const distinctPositions = (cy: Core) =>
    new Set(
      cy
        .nodes()
        .map((node) => `${Math.round(node.position('x'))},${Math.round(node.position('y'))}`),
    ).size;

  it('calls done and gives every node its own place with the grid layout', async () => {
    const controller = controllerWith(claimsViewElements(SEED));
    const done = vi.fn();
    controller.runLayout('grid', done);
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect(distinctPositions(controller.cy)).toBe(controller.cy.nodes().length);
  });

  it('runs fcose headless on a small graph', async () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    const done = vi.fn();
    controller.runLayout('fcose', done);
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect(distinctPositions(controller.cy)).toBe(controller.cy.nodes().length);
    for (const node of controller.cy.nodes()) {
      expect(Number.isFinite(node.position('x')) && Number.isFinite(node.position('y'))).toBe(true);
    }
  });

  it('lays out hidden nodes too, so they have a place when shown again', async () => {
    const controller = controllerWith(claimsViewElements(CHAIN));
    const { cy } = controller;
    await layoutDone(controller, 'grid');
    const a4 = { ...cy.getElementById(nodeId('a4')).position() };
    controller.applyVisibility((data) => data.id !== nodeId('a4'));
    await layoutDone(controller, 'circle');
    expect(cy.getElementById(nodeId('a4')).position()).not.toEqual(a4);
    expect(distinctPositions(cy)).toBe(cy.nodes().length);
  });

  // Nodes hidden by the filters or by a focus when a dataset first loads (a link with hide=… or
  // focus=…) must still get a place of their own, or showing them later piles them up at (0, 0).
  it('gives nodes hidden during the first layout their own place once shown', async () => {
    const controller = controllerWith(claimsViewElements(SEED));
    const { cy } = controller;
    controller.applyVisibility(
      claimsViewPredicate(computeVisibility(SEED, { ...DEFAULT_FILTERS, hiddenKinds: ['person'] })),
    );
    await layoutDone(controller, 'grid');
    showClaimsView(controller, SEED, DEFAULT_FILTERS);
    expect(distinctPositions(cy)).toBe(cy.nodes().length);
  });

  /** `connected` nodes in a chain, then `isolated` nodes without edges. */
  function chainAndIsolated(connected: number, isolated: number): ElementDefinition[] {
    const nodes = Array.from({ length: connected + isolated }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}` },
    }));
    const edges = Array.from({ length: Math.max(0, connected - 1) }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
    }));
    return [...nodes, ...edges];
  }

  it('puts nodes without edges in rows below the force-laid-out rest, in order', async () => {
    const controller = controllerWith(chainAndIsolated(4, 30));
    const { cy } = controller;
    await layoutDone(controller, 'fcose');
    const connected = cy
      .nodes()
      .filter((n) => n.degree(false) > 0)
      .nodes();
    const isolated = cy
      .nodes()
      .filter((n) => n.degree(false) === 0)
      .nodes();
    expect(isolated).toHaveLength(30);
    const lowestConnected = Math.max(...connected.map((n) => n.position('y')));
    for (const node of isolated) expect(node.position('y')).toBeGreaterThan(lowestConnected);
    // Rows: few distinct heights, each row read left to right in the order given.
    const rows = new Set(isolated.map((n) => Math.round(n.position('y'))));
    expect(rows.size).toBeLessThan(isolated.length / 2);
    const reading = isolated
      .toArray()
      .sort((m, n) => m.position('y') - n.position('y') || m.position('x') - n.position('x'));
    expect(reading.map((n) => n.id())).toEqual(isolated.map((n) => n.id()));
    expect(distinctPositions(cy)).toBe(cy.nodes().length);
  });

  it('places a node without an edge among its layout partners, not in the rows below', async () => {
    // A chain c0…c5 and three nodes without edges: u0 is tied (too weakly to draw) to c0, u1 to
    // c5; u2 to nobody.
    const node = (ref: string) => ({ group: 'nodes' as const, data: { id: nodeId(ref), ref } });
    const chain = Array.from({ length: 6 }, (_, i) => `c${i}`);
    const elements: ElementDefinition[] = [
      ...chain.map(node),
      ...['u0', 'u1', 'u2'].map(node),
      ...chain.slice(1).map((ref, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: nodeId(chain[i]!), target: nodeId(ref) },
      })),
    ];
    const partners = [
      ['c0', 'u0'],
      ['c5', 'u1'],
    ] as const;
    const asked = vi.fn(() => partners);
    const controller = new GraphController(undefined, 'light', undefined, runLayoutJob);
    controllers.push(controller);
    controller.sync(sceneWith(elements, { layoutPartners: asked }));
    await layoutDone(controller, 'fcose');
    expect(asked).toHaveBeenCalled();
    const at = (ref: string) => controller.cy.getElementById(nodeId(ref)).position();
    const distance = (m: string, n: string) => Math.hypot(at(m).x - at(n).x, at(m).y - at(n).y);
    expect(distance('u0', 'c0')).toBeLessThan(distance('u0', 'c5'));
    expect(distance('u1', 'c5')).toBeLessThan(distance('u1', 'c0'));
    // Only the node tied to nobody goes below everything else.
    const others = [...chain, 'u0', 'u1'].map((ref) => at(ref).y);
    expect(at('u2').y).toBeGreaterThan(Math.max(...others));
    // Nothing was drawn for them: the partners pull in the layout only.
    expect(controller.cy.edges()).toHaveLength(chain.length - 1);
  });

  it('lays out a graph of nothing but isolated nodes as a grid', async () => {
    const controller = controllerWith(chainAndIsolated(0, 9));
    await layoutDone(controller, 'fcose');
    expect(distinctPositions(controller.cy)).toBe(9);
  });

  it('uses ForceAtlas2, and says so, only when the nodes with edges are many', () => {
    const fewTied = controllerWith(chainAndIsolated(10, LARGE_GRAPH_NODES));
    expect(fewTied.layoutNote('fcose')).toBe(
      `Large graph (${(LARGE_GRAPH_NODES + 10).toLocaleString('en-US')} nodes): simplified edges`,
    );
    const manyTied = controllerWith(chainAndIsolated(LARGE_GRAPH_NODES + 1, 0));
    expect(manyTied.layoutNote('fcose')).toMatch(/ForceAtlas2 layout/);
    expect(manyTied.layoutNote('grid')).not.toMatch(/ForceAtlas2/);
    expect(controllerWith(chainAndIsolated(10, 10)).layoutNote('fcose')).toBeNull();
  });

  it('counts the layout partners when it says the force layout is ForceAtlas2, as the job does', () => {
    // Drawn ties on exactly as many pairs as the threshold, among 70 actors; undrawn partners
    // on two pairs more.
    const nodes = Array.from({ length: 70 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n:a${i}`, ref: `a${i}` },
    }));
    const pairs: [number, number][] = [];
    for (let i = 0; i < 70; i++) for (let j = i + 1; j < 70; j++) pairs.push([i, j]);
    const ring = pairs.slice(0, FORCE_ATLAS_PAIRS).map(([i, j]) => ({
      group: 'edges' as const,
      data: { id: `e${i}-${j}`, source: `n:a${i}`, target: `n:a${j}` },
    }));
    const partners = pairs
      .slice(FORCE_ATLAS_PAIRS, FORCE_ATLAS_PAIRS + 2)
      .map(([i, j]) => [`a${i}`, `a${j}`] as [string, string]);
    const controller = new GraphController(undefined, 'light', undefined, runLayoutJob);
    controllers.push(controller);
    controller.sync(sceneWith([...nodes, ...ring]));
    expect(controller.layoutNote('fcose')).not.toMatch(/ForceAtlas2/);
    controller.sync(
      sceneWith([...nodes, ...ring], {
        generation: 'with partners',
        layoutPartners: () => partners,
      }),
    );
    expect(controller.layoutNote('fcose')).toMatch(/ForceAtlas2 layout/);
  });

  it('says a graph of few nodes but many edges is dense, and reports it when built', () => {
    // Two nodes, repeated edges between them: a debate coded many times over.
    const edges = Array.from({ length: DENSE_GRAPH_EDGES + 1 }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: 'n0', target: 'n1' },
    }));
    const nodes = [0, 1].map((i) => ({ group: 'nodes' as const, data: { id: `n${i}` } }));
    const notes: (string | null)[] = [];
    const listener: SceneListener = {
      positions: () => {},
      busy: () => {},
      note: (note) => notes.push(note),
    };
    const dense = controllerWith([...nodes, ...edges], listener);
    expect(dense.layoutNote('fcose')).toBe(
      `Dense graph (${(DENSE_GRAPH_EDGES + 1).toLocaleString('en-US')} edges): simplified edges`,
    );
    expect(notes.at(-1)).toMatch(/^Dense graph/);
    expect(controllerWith([...nodes, ...edges.slice(0, 10)]).layoutNote('fcose')).toBeNull();
  });

  it('tells whether line patterns are drawn, from the edges the filters show', () => {
    const edges = Array.from({ length: PATTERNED_EDGES_IN_VIEW + 1 }, (_, i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: 'n0', target: 'n1' },
    }));
    const nodes = [0, 1].map((i) => ({ group: 'nodes' as const, data: { id: `n${i}` } }));
    const heard: boolean[] = [];
    const listener: SceneListener = {
      positions: () => {},
      busy: () => {},
      note: () => {},
      linePatterns: (drawn) => heard.push(drawn),
    };
    const controller = controllerWith([...nodes, ...edges], listener);
    expect(heard).toEqual([false]);
    // One edge filtered out: few enough again.
    controller.applyVisibility((data) => data.id !== 'e0');
    expect(heard).toEqual([false, true]);
    controller.applyVisibility(() => true);
    expect(heard).toEqual([false, true, false]);
  });

  it('calls done at once when there is nothing to lay out', () => {
    const controller = controllerWith([]);
    const done = vi.fn();
    controller.runLayout('fcose', done);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it.each(['concentric', 'circle', 'breadthfirst'] as const)(
    'runs %s and calls done',
    async (name) => {
      const controller = controllerWith(claimsViewElements(CHAIN));
      const done = vi.fn();
      controller.runLayout(name, done);
      await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
      expect(distinctPositions(controller.cy)).toBe(controller.cy.nodes().length);
    },
  );
});

describe('buildStylesheet', () => {
  // A headless GraphController runs with styles disabled, so the stylesheet is checked on a
  // headless Cytoscape that does compute styles.
  function styled(theme: Theme, elements: ElementDefinition[]): Core {
    return cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(theme),
      elements,
    });
  }

  const seedTies = allTieEdges(SEED, 'both');

  it.each(['light', 'dark'] as const)('applies in the %s theme without any warning', (theme) => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    for (const elements of [claimsViewElements(SEED), actorsViewElements(SEED, seedTies)]) {
      const cy = styled(theme, elements);
      // Reading every style forces each mapping to resolve.
      cy.elements().forEach((element) => {
        element.style();
      });
      cy.elements().select();
      cy.elements().forEach((element) => {
        element.style();
      });
      cy.destroy();
    }
    const controller = new GraphController(undefined, theme);
    controllers.push(controller);
    controller.sync(sceneWith([], { theme: theme === 'light' ? 'dark' : 'light' }));
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('draws stance colours and dashes from the element data', () => {
    const cy = styled('light', claimsViewElements(SEED));
    try {
      const denies = SEED.dataset.statements.find((s) => s.stance === 'denies')!;
      const asserts = SEED.dataset.statements.find((s) => s.stance === 'asserts')!;
      const evaluates = SEED.dataset.statements.find((s) => s.stance === 'evaluates')!;
      const edge = (id: string) => cy.getElementById(statementEdgeId(id));
      expect(edge(denies.id).style('line-style')).toBe('dashed');
      expect(edge(denies.id).style('line-color')).toBe('rgb(213,94,0)');
      expect(edge(asserts.id).style('line-style')).toBe('solid');
      expect(edge(evaluates.id).style('line-style')).toBe('dotted');
      const state = SEED.dataset.actors.find((a) => a.kind === 'state')!;
      expect(cy.getElementById(nodeId(state.id)).style('shape')).toBe('hexagon');
      const claim = cy.getElementById(nodeId(SEED.dataset.claims[0]!.id));
      expect(claim.style('shape')).toBe('round-rectangle');
      expect(claim.style('height')).toBe(`${claim.data('height')}px`);
    } finally {
      cy.destroy();
    }
  });

  it('gives tie edges their data width', () => {
    const cy = styled('dark', actorsViewElements(SEED, seedTies));
    try {
      const tie = seedTies[0]!;
      const edge = cy.getElementById(tieEdgeId(tie));
      expect(edge.style('width')).toBe(`${edge.data('width')}px`);
    } finally {
      cy.destroy();
    }
  });
});
