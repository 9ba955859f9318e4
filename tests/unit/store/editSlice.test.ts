import { beforeEach, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate';
import { DEFAULT_FILTERS } from '../../../src/model/filters';
import type { Dataset } from '../../../src/model/schema';
import { historyLabel, MAX_HISTORY } from '../../../src/store/editSlice';
import { selectStatusText } from '../../../src/store/selectors';
import { useStore } from '../../../src/store/store';
import { load } from '../testData';

const DATASET: Dataset = load(
  JSON.stringify({
    format: 'stancegraph',
    version: 1,
    title: 'Bridge',
    actors: [
      { id: 'a', name: 'Alice', kind: 'person' },
      { id: 'b', name: 'Bob', kind: 'person' },
    ],
    claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
    statements: [
      { id: 's1', actor: 'a', claim: 'c1', stance: 'asserts' },
      { id: 's2', actor: 'b', claim: 'c1', stance: 'denies' },
    ],
    layout: { claims: { a: [0, 0], b: [100, 0], c1: [50, 80] } },
  }),
);

const store = () => useStore.getState();
const status = () => selectStatusText(store());

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
  store().loadDataset(DATASET);
});

describe('loading', () => {
  it("takes the file's layout as positions, and keeps it out of the dataset", () => {
    expect(store().positions.claims.get('b')).toEqual({ x: 100, y: 0 });
    expect(store().positions.actors.size).toBe(0);
    expect('layout' in store().index!.dataset).toBe(false);
    expect(store().past).toEqual([]);
    expect(store().unsavedEdits).toBe(false);
  });
});

describe('an edit', () => {
  it('changes the dataset and keeps view, filters, selection and focus', async () => {
    store().setView('claims');
    store().toggleStance('denies');
    store().select({ type: 'actor', id: 'b' });
    store().setFocusDepth(2);
    const filters = store().filters;
    const outcome = await store().edit({
      type: 'update',
      collection: 'actors',
      id: 'b',
      fields: { name: 'Robert' },
    });
    expect(outcome.ok).toBe(true);
    expect(store().index!.actorById.get('b')?.name).toBe('Robert');
    expect(store().filters).toBe(filters);
    expect(store().selection).toEqual({ type: 'actor', id: 'b' });
    expect(store().focusDepth).toBe(2);
    expect(store().unsavedEdits).toBe(true);
    expect(historyLabel(store().past.at(-1))).toBe('Rename actor "Bob" to "Robert"');
  });

  it('that deletes the selected item drops the selection and its focus', async () => {
    store().select({ type: 'actor', id: 'b' });
    store().setFocusDepth(1);
    await store().edit({ type: 'delete', collection: 'actors', id: 'b' });
    expect(store().selection).toBeNull();
    expect(store().focusDepth).toBe(0);
    expect(status()).toBe('1 actor · 1 claim · 1 statement');
  });

  it('refused changes nothing and makes no history', async () => {
    const index = store().index;
    const outcome = await store().edit({
      type: 'addStatement',
      fields: { actor: 'a', claim: 'c1', stance: 'asserts', date: '17.10.2024' },
    });
    expect(outcome.ok).toBe(false);
    expect(store().index).toBe(index);
    expect(store().past).toEqual([]);
    expect(store().unsavedEdits).toBe(false);
  });

  it('is refused on a plain network read from another tool', async () => {
    store().loadDataset(DATASET, { network: { nodes: [], edges: [] } });
    const outcome = await store().edit({ type: 'setTitle', title: 'x' });
    expect(outcome).toEqual({
      ok: false,
      problems: [
        { path: '', field: null, message: 'a network read from another tool cannot be edited' },
      ],
    });
  });
});

describe('undo and redo', () => {
  it('take edits back and forth, and a new edit clears what could be redone', async () => {
    const original = store().index!.dataset;
    await store().edit({ type: 'addActor', fields: { name: 'Carol', kind: 'person' } });
    await store().edit({ type: 'delete', collection: 'actors', id: 'b' });
    expect(status()).toBe('2 actors · 1 claim · 1 statement');

    store().undo();
    expect(status()).toBe('3 actors · 1 claim · 2 statements');
    store().undo();
    expect(store().index!.dataset).toEqual(original);
    expect(store().past).toHaveLength(0);
    expect(store().future).toHaveLength(2);
    store().undo(); // nothing left: nothing happens
    expect(store().index!.dataset).toEqual(original);

    store().redo();
    expect(status()).toBe('3 actors · 1 claim · 2 statements');
    await store().edit({ type: 'setTitle', title: 'Renamed' });
    expect(store().future).toEqual([]);
    store().redo();
    expect(store().index!.dataset.title).toBe('Renamed');
  });

  it('take a re-run layout back, but not the first layout of a dataset', () => {
    const first = store().positions.claims;
    const moved = new Map(first).set('a', { x: -50, y: 10 });
    store().setPositions('claims', moved, 'Re-run layout');
    expect(historyLabel(store().past.at(-1))).toBe('Re-run layout');
    store().undo();
    expect(store().positions.claims).toBe(first);
    store().redo();
    expect(store().positions.claims).toBe(moved);

    // Positions a layout or placement makes on its own are no step of the history.
    store().setPositions('actors', new Map([['a', { x: 1, y: 1 }]]));
    expect(store().past).toHaveLength(1);
    expect(store().unsavedEdits).toBe(false);
  });

  it('take a layout choice back with its positions: the menu says the layout the nodes are in', () => {
    const first = store().positions.claims;
    const requests = store().layoutRequest;
    store().setLayout('grid');
    expect(store().layout).toBe('grid');
    const gridded = new Map(first).set('a', { x: 7, y: 7 });
    store().setPositions('claims', gridded, 'Layout: Grid');
    store().undo();
    expect(store().positions.claims).toBe(first);
    expect(store().layout).toBe('fcose');
    // The positions are back as they were: nothing is laid out again.
    expect(store().layoutRequest).toBe(requests + 1);
    store().redo();
    expect(store().positions.claims).toBe(gridded);
    expect(store().layout).toBe('grid');
    // A re-run of the same layout changes no choice.
    store().setPositions('claims', new Map(first), 'Re-run layout');
    store().undo();
    expect(store().layout).toBe('grid');
    // Undone, Grid can be chosen again, and lays out.
    store().undo();
    store().setLayout('grid');
    expect(store().layoutRequest).toBe(requests + 2);
  });

  it('leaves the layout menu alone when the step undone is of a view not on screen', () => {
    const first = store().positions.claims;
    store().setLayout('circle');
    const circled = new Map(first).set('a', { x: 9, y: 9 });
    store().setPositions('claims', circled, 'Layout: Circle');
    store().setView('actors');
    store().undo();
    // The claims view's places are back, for when it is shown; the actor view on screen and its
    // menu are as they were.
    expect(store().positions.claims).toBe(first);
    expect(store().layout).toBe('circle');
  });

  it('opening another dataset clears the history', async () => {
    await store().edit({ type: 'setTitle', title: 'x' });
    store().loadDataset(DATASET);
    expect(store().past).toEqual([]);
    expect(store().future).toEqual([]);
    expect(store().unsavedEdits).toBe(false);
  });

  it('keeps at most MAX_HISTORY steps', () => {
    const positions = store().positions.claims;
    for (let i = 0; i <= MAX_HISTORY + 5; i++) {
      store().setPositions('claims', new Map(positions).set('a', { x: i, y: i }), `Move ${i}`);
    }
    expect(store().past).toHaveLength(MAX_HISTORY);
    expect(historyLabel(store().past[0])).toBe('Move 6');
  });

  it('holds changes, not copies: 200 edits keep one record each, whatever the dataset size', async () => {
    store().loadDataset(generateDataset(2_000) as unknown as Dataset);
    const { dataset } = store().index!;
    for (let i = 0; i < 200; i++) {
      const actor = dataset.actors[i % dataset.actors.length]!;
      const outcome = await store().edit({
        type: 'update',
        collection: 'actors',
        id: actor.id,
        fields: { name: `${actor.name} ${i}` },
      });
      expect(outcome.ok).toBe(true);
    }
    const records = store().past.flatMap((entry) =>
      entry.kind === 'change' ? entry.change.patches : [],
    );
    // One replaced record per rename: nothing the size of the dataset is kept per step.
    expect(records).toHaveLength(200);
    expect(store().filters).toEqual(DEFAULT_FILTERS);
  });
});
