// The one sync layer: scenes made from edited datasets go into Cytoscape as their difference.
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimsViewElements, nodeId, statementEdgeId } from '../../../src/cytoscape/elements';
import { GraphController } from '../../../src/cytoscape/graphController';
import { runLayoutJob } from '../../../src/cytoscape/layoutJob';
import { NODE_SPACING } from '../../../src/cytoscape/placement';
import type { Scene, SceneListener } from '../../../src/cytoscape/scene';
import { applyEdit, type Edit } from '../../../src/model/edits';
import { buildGraphIndex, type GraphIndex } from '../../../src/model/graphIndex';
import type { Point, Positions } from '../../../src/model/positions';
import type { Dataset } from '../../../src/model/schema';
import { load } from '../testData';
import { sceneWith } from './scenes';

const DATASET: Dataset = load(
  JSON.stringify({
    format: 'stancegraph',
    version: 1,
    actors: [
      { id: 'a', name: 'Alice', kind: 'person' },
      { id: 'b', name: 'Bob', kind: 'person' },
      { id: 'c', name: 'Carol', kind: 'person' },
    ],
    claims: [
      { id: 'c1', text: 'The bridge is unsafe' },
      { id: 'c2', text: 'The bridge must close' },
    ],
    statements: [
      { id: 's1', actor: 'a', claim: 'c1', stance: 'asserts' },
      { id: 's2', actor: 'b', claim: 'c1', stance: 'denies' },
      { id: 's3', actor: 'b', claim: 'c2', stance: 'asserts' },
    ],
  }),
);

function edited(index: GraphIndex, edit: Edit): GraphIndex {
  const outcome = applyEdit(index.dataset, edit);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return buildGraphIndex(outcome.dataset);
}

function sceneOf(index: GraphIndex, overrides: Partial<Scene> = {}): Scene {
  return sceneWith(claimsViewElements(index), { generation: 'dataset 1', ...overrides });
}

/** A listener that records what the graph reports. */
function recorder() {
  const reports: { positions: Positions; label: string | undefined }[] = [];
  const busy: boolean[] = [];
  const listener: SceneListener = {
    positions: (_view, positions, label) => reports.push({ positions, label }),
    busy: (value) => busy.push(value),
    note: () => {},
  };
  return { listener, reports, busy };
}

const controllers: GraphController[] = [];
afterEach(() => {
  while (controllers.length > 0) controllers.pop()!.destroy();
});

function drawn(scene: Scene, listener?: SceneListener): GraphController {
  const controller = new GraphController(undefined, 'light', listener, runLayoutJob);
  controllers.push(controller);
  controller.sync(scene);
  return controller;
}

const positionsOf = (cy: Core) =>
  Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

/** Records every element Cytoscape adds or removes from now on. */
function watch(cy: Core): string[] {
  const events: string[] = [];
  cy.on('add remove', (event) => events.push(`${event.type} ${event.target.id()}`));
  return events;
}

describe('a first drawing', () => {
  it('lays out a dataset without positions, reports them, and is busy until then', () => {
    const { listener, reports, busy } = recorder();
    const controller = drawn(sceneOf(buildGraphIndex(DATASET)), listener);
    expect(busy).toEqual([true, false]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.label).toBeUndefined();
    expect([...reports[0]!.positions.keys()].sort()).toEqual(['a', 'b', 'c', 'c1', 'c2']);
    for (const [id, point] of reports[0]!.positions)
      expect(controller.cy.getElementById(nodeId(id)).position()).toEqual(point);
  });

  it('puts nodes at their saved positions without a layout, and those missing beside them', () => {
    const saved = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 200, y: 0 }],
      ['c1', { x: 100, y: 100 }],
      ['c2', { x: 300, y: 100 }],
    ]);
    const { listener, reports } = recorder();
    const controller = drawn(sceneOf(buildGraphIndex(DATASET), { positions: saved }), listener);
    const { cy } = controller;
    for (const [id, point] of saved)
      expect(cy.getElementById(nodeId(id)).position()).toEqual(point);
    // Carol has no statement and no saved place: beside everything, overlapping nothing.
    const carol = cy.getElementById(nodeId('c')).position();
    for (const point of saved.values()) expect(carol).not.toEqual(point);
    expect(reports.at(-1)!.positions.get('c')).toEqual(carol);
  });

  it('gives the same data the same picture (the force layout is seeded)', () => {
    const index = buildGraphIndex(DATASET);
    const first = drawn(sceneOf(index, { layout: 'fcose' }));
    const second = drawn(sceneOf(index, { layout: 'fcose' }));
    expect(positionsOf(second.cy)).toEqual(positionsOf(first.cy));
  });
});

describe('an edit', () => {
  it('renaming an actor changes its label in place, and nothing moves or is re-added', () => {
    const index = buildGraphIndex(DATASET);
    const controller = drawn(sceneOf(index));
    const { cy } = controller;
    const before = positionsOf(cy);
    const alice = cy.getElementById(nodeId('a'));
    const events = watch(cy);
    const renamed = edited(index, {
      type: 'update',
      collection: 'actors',
      id: 'a',
      fields: { name: 'Alice Smith' },
    });
    controller.sync(sceneOf(renamed));
    expect(cy.getElementById(nodeId('a'))).toBe(alice);
    expect(alice.data('label')).toBe('Alice Smith');
    expect(events).toEqual([]);
    expect(positionsOf(cy)).toEqual(before);
  });

  it('adding a statement adds its one edge and moves no node', () => {
    const index = buildGraphIndex(DATASET);
    const controller = drawn(sceneOf(index));
    const { cy } = controller;
    const before = positionsOf(cy);
    const events = watch(cy);
    const added = edited(index, {
      type: 'addStatement',
      fields: { actor: 'c', claim: 'c2', stance: 'denies' },
    });
    const statement = added.dataset.statements.at(-1)!;
    controller.sync(sceneOf(added));
    expect(events).toEqual([`add ${statementEdgeId(statement.id)}`]);
    const edge = cy.getElementById(statementEdgeId(statement.id));
    expect([edge.source().id(), edge.target().id()]).toEqual([nodeId('c'), nodeId('c2')]);
    expect(positionsOf(cy)).toEqual(before);
  });

  it('a new claim is placed beside its neighbours, nothing else moves, and its place is reported', () => {
    const index = buildGraphIndex(DATASET);
    const { listener, reports } = recorder();
    const controller = drawn(sceneOf(index), listener);
    const { cy } = controller;
    const before = positionsOf(cy);
    const positions = reports.at(-1)!.positions;
    const withClaim = edited(index, { type: 'addClaim', fields: { text: 'Repairs are due' } });
    const claimId = withClaim.dataset.claims.at(-1)!.id;
    const withStatement = edited(withClaim, {
      type: 'addStatement',
      fields: { actor: 'a', claim: claimId, stance: 'asserts' },
    });
    controller.sync(sceneOf(withStatement, { positions }));
    const placed = cy.getElementById(nodeId(claimId)).position();
    const alice = cy.getElementById(nodeId('a')).position();
    // Beside Alice, its one neighbour, and on no other node.
    expect(Math.hypot(placed.x - alice.x, placed.y - alice.y)).toBeLessThanOrEqual(
      NODE_SPACING * 2,
    );
    for (const p of Object.values(before)) expect(placed).not.toEqual(p);
    const { [nodeId(claimId)]: _new, ...rest } = positionsOf(cy);
    expect(rest).toEqual(before);
    expect(reports.at(-1)!.positions.get(claimId)).toEqual(placed);
    expect(reports.at(-1)!.label).toBeUndefined();
  });

  it('deleting an actor removes its node with its edges; undo puts them back where they were', () => {
    const index = buildGraphIndex(DATASET);
    const { listener, reports } = recorder();
    const controller = drawn(sceneOf(index), listener);
    const { cy } = controller;
    const before = positionsOf(cy);
    const positions = reports.at(-1)!.positions;
    const outcome = applyEdit(index.dataset, { type: 'delete', collection: 'actors', id: 'b' });
    if (!outcome.ok) throw new Error('refused');
    controller.sync(sceneOf(buildGraphIndex(outcome.dataset), { positions }));
    expect(cy.getElementById(nodeId('b')).empty()).toBe(true);
    expect(cy.edges().map((e) => e.id())).toEqual([statementEdgeId('s1')]);
    controller.sync(sceneOf(index, { positions }));
    expect(positionsOf(cy)).toEqual(before);
    expect(cy.edges()).toHaveLength(3);
  });

  it('moving a statement to another actor redraws its edge from the new actor', () => {
    const index = buildGraphIndex(DATASET);
    const controller = drawn(sceneOf(index));
    const moved = edited(index, {
      type: 'update',
      collection: 'statements',
      id: 's1',
      fields: { actor: 'c' },
    });
    controller.sync(sceneOf(moved));
    expect(controller.cy.getElementById(statementEdgeId('s1')).source().id()).toBe(nodeId('c'));
  });

  it('a selected statement moved to another actor stays selected on its new edge', () => {
    const index = buildGraphIndex(DATASET);
    const selected = [statementEdgeId('s1')];
    const controller = drawn(sceneOf(index, { selected }));
    expect(controller.cy.getElementById(selected[0]!).selected()).toBe(true);
    const moved = edited(index, {
      type: 'update',
      collection: 'statements',
      id: 's1',
      fields: { actor: 'c' },
    });
    controller.sync(sceneOf(moved, { selected }));
    const edge = controller.cy.getElementById(selected[0]!);
    expect(edge.source().id()).toBe(nodeId('c'));
    expect(edge.selected()).toBe(true);
    expect(controller.cy.$(':selected').map((element) => element.id())).toEqual(selected);
  });
});

describe('positions and layouts', () => {
  it('new positions move the nodes (an undone layout), and a layout request is undoable', async () => {
    const index = buildGraphIndex(DATASET);
    const { listener, reports } = recorder();
    const scene = sceneOf(index);
    const controller = drawn(scene, listener);
    const { cy } = controller;
    const first = reports.at(-1)!.positions;

    controller.sync({ ...scene, positions: first, layout: 'circle', layoutRequest: 1 });
    await vi.waitFor(() => expect(reports.at(-1)!.label).toBe('Layout: Circle'));
    const circle = reports.at(-1)!.positions;
    expect(circle).not.toEqual(first);

    // Asked again with the same layout, it is a re-run.
    controller.sync({ ...scene, positions: circle, layout: 'circle', layoutRequest: 2 });
    expect(reports.at(-1)!.label).toBe('Re-run layout');

    // The store takes it, then Undo hands back the first arrangement.
    controller.sync({ ...scene, positions: circle, layout: 'circle', layoutRequest: 2 });
    controller.sync({ ...scene, positions: first, layout: 'circle', layoutRequest: 2 });
    for (const [id, point] of first)
      expect(cy.getElementById(nodeId(id)).position()).toEqual(point);
  });

  it('a node dropped after a drag is reported as a step with its name', () => {
    const { listener, reports } = recorder();
    const controller = drawn(sceneOf(buildGraphIndex(DATASET)), listener);
    const node = controller.cy.getElementById(nodeId('b'));
    node.position({ x: 999, y: 999 });
    node.emit('dragfree');
    expect(reports.at(-1)!.label).toBe('Move "Bob"');
    expect(reports.at(-1)!.positions.get('b')).toEqual({ x: 999, y: 999 });
  });

  it('reports made during a sync reach the listener after it, so the listener may sync again', () => {
    const index = buildGraphIndex(DATASET);
    let controller: GraphController | null = null;
    const calls: string[] = [];
    const listener: SceneListener = {
      positions: (_view, positions) => {
        calls.push('positions');
        // As the store's subscriber does: a new scene at once.
        controller!.sync(sceneOf(index, { positions }));
      },
      busy: (value) => calls.push(`busy ${value}`),
      note: () => {},
    };
    controller = new GraphController(undefined, 'light', listener, runLayoutJob);
    controllers.push(controller);
    controller.sync(sceneOf(index));
    expect(calls).toEqual(['busy true', 'positions', 'busy false']);
  });
});
