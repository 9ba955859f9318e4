// How much heap the edit history takes: 200 edits of a 10,000-statement dataset, through the
// app's own store and edit path, in Node's V8 (the engine of Chromium) with garbage collection
// forced before each reading, so only what stays alive is counted.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateDataset } from '../generate';
import type { Dataset } from '../../src/model/schema';
import { useStore } from '../../src/store/store';

export interface EditHeapResult {
  statements: number;
  edits: number;
  /** Heap held after the edits, less the heap held before them (MB). */
  growthMb: number;
}

function collectedHeapMb(gc: () => void): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Loads a generated dataset into the store, makes `edits` renames, and measures what stays. */
export async function editHistoryHeap(statements = 10_000, edits = 200): Promise<EditHeapResult> {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  const store = useStore.getState;
  store().loadDataset(generateDataset(statements) as unknown as Dataset);
  // The first edit loads the edit path; it is made and undone before the first reading.
  await store().edit({ type: 'setTitle', title: 'warm-up' });
  store().undo();
  const before = collectedHeapMb(gc);
  const actors = store().index!.dataset.actors;
  for (let i = 0; i < edits; i++) {
    const actor = store().index!.actorById.get(actors[i % actors.length]!.id)!;
    const outcome = await store().edit({
      type: 'update',
      collection: 'actors',
      id: actor.id,
      fields: { name: `${actor.name} ·` },
    });
    if (!outcome.ok) throw new Error(`edit ${i} refused: ${outcome.problems[0]?.message}`);
  }
  if (store().past.length !== edits) throw new Error('the history did not keep every edit');
  const growthMb = collectedHeapMb(gc) - before;
  useStore.setState(useStore.getInitialState(), true);
  return { statements, edits, growthMb };
}
