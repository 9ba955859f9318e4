// Changes to a dataset as data: what an edit did, record by record, so that it can be undone and
// redone without keeping copies of the dataset. Plain TypeScript without zod: undo and redo need
// no validation (the inverse of a valid change leads back to a valid dataset), so they stay light.
import type { Actor, Claim, Dataset, Source, Statement } from './schema';

/** The lists of a dataset that edits change record by record. */
export type Collection = 'actors' | 'claims' | 'statements' | 'sources';

/** One record of any of those lists. */
export type DatasetRecord = Actor | Claim | Statement | Source;

/**
 * One step of a change. Indices are positions in the list at the moment the step is applied, so
 * steps apply in order; `before`/`after` of a field are undefined when the field is absent.
 */
export type Patch =
  | { op: 'insert'; collection: Collection; index: number; record: DatasetRecord }
  | { op: 'remove'; collection: Collection; index: number; record: DatasetRecord }
  | {
      op: 'replace';
      collection: Collection;
      index: number;
      before: DatasetRecord;
      after: DatasetRecord;
    }
  | { op: 'field'; key: string; before: unknown; after: unknown };

/** What one edit did: its steps, and a few words for the Undo and Redo buttons. */
export interface Change {
  /** e.g. `Rename actor "Alice"`, `Delete claim "…" and its 3 statements`. */
  readonly label: string;
  readonly patches: readonly Patch[];
}

function invertPatch(patch: Patch): Patch {
  switch (patch.op) {
    case 'insert':
      return { ...patch, op: 'remove' };
    case 'remove':
      return { ...patch, op: 'insert' };
    case 'replace':
      return { ...patch, before: patch.after, after: patch.before };
    case 'field':
      return { ...patch, before: patch.after, after: patch.before };
  }
}

/** Returns the change that undoes `change`: the inverse steps in reverse order. */
export function invertChange(change: Change): Change {
  return { label: change.label, patches: [...change.patches].reverse().map(invertPatch) };
}

type Lists = Partial<Record<Collection, DatasetRecord[]>>;

/**
 * Returns the dataset with the change applied. The dataset is not modified: each list the change
 * touches is copied once, everything else (every untouched record) is shared with the original.
 */
export function applyChange(dataset: Dataset, change: Change): Dataset {
  // Object spread defines own properties, so a top-level "__proto__" field stays a field.
  const next: Record<string, unknown> = { ...dataset };
  const copies: Lists = {};
  const listOf = (collection: Collection): DatasetRecord[] => {
    let list = copies[collection];
    if (!list) {
      const current = next[collection];
      list = Array.isArray(current) ? [...(current as DatasetRecord[])] : [];
      copies[collection] = list;
      next[collection] = list;
    }
    return list;
  };
  for (const patch of change.patches) {
    switch (patch.op) {
      case 'insert':
        listOf(patch.collection).splice(patch.index, 0, patch.record);
        break;
      case 'remove':
        listOf(patch.collection).splice(patch.index, 1);
        break;
      case 'replace':
        listOf(patch.collection)[patch.index] = patch.after;
        break;
      case 'field':
        delete copies[patch.key as Collection];
        if (patch.after === undefined) delete next[patch.key];
        else next[patch.key] = patch.after;
        break;
    }
  }
  return next as Dataset;
}
