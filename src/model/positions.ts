// Node positions as data (docs/FORMAT.md, Layout): per view, by actor or claim id. They are kept
// beside the dataset, not in it, so moving a node never makes a new dataset (and so never
// recomputes what the filters show); the JSON export and the session write them back as `layout`.
import type { Dataset, Layout } from './schema';
import type { ViewName } from './view';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Positions of one view's nodes, by dataset id (a Map: ids are file data). */
export type Positions = ReadonlyMap<string, Point>;

/**
 * Positions of both views, by view name; a plain network uses those of the claims view. The actor
 * view at another level than the coded actors ("Actors as") has other nodes, and keeps their
 * places under its own key (`actors@organisations`), which files do not carry.
 */
export type ViewPositions = Readonly<Record<ViewName, Positions>> & {
  readonly [key: string]: Positions | undefined;
};

/** Which positions a drawing uses: its view's, or, for the actor view at a level, the level's. */
export function positionsKey(view: ViewName, level: string | null): string {
  return view === 'actors' && level !== null && level !== 'actors' ? `actors@${level}` : view;
}

const NONE: Positions = new Map();

/** The positions kept under a key; none when there are none yet. */
export function positionsAt(positions: ViewPositions, key: string): Positions {
  return positions[key] ?? NONE;
}

export const NO_POSITIONS: ViewPositions = { claims: new Map(), actors: new Map() };

const VIEWS: readonly ViewName[] = ['claims', 'actors'];

/**
 * Returns the positions a dataset's `layout` holds, and the dataset without it (positions live
 * beside the dataset in the app). A dataset without `layout` is returned as it is.
 */
export function splitLayout(dataset: Dataset): { dataset: Dataset; positions: ViewPositions } {
  if (!Object.prototype.hasOwnProperty.call(dataset, 'layout')) {
    return { dataset, positions: NO_POSITIONS };
  }
  const { layout, ...rest } = dataset;
  return { dataset: rest as Dataset, positions: positionsOfLayout(layout) };
}

/** Returns the positions of a `layout` value (already validated), per view. */
export function positionsOfLayout(layout: Layout | undefined): ViewPositions {
  const result: Record<ViewName, Map<string, Point>> = { claims: new Map(), actors: new Map() };
  for (const view of VIEWS) {
    const saved = layout?.[view];
    if (!saved) continue;
    for (const id of Object.keys(saved)) {
      const [x, y] = saved[id]!;
      result[view].set(id, { x, y });
    }
  }
  return result;
}

// Two decimals are far below a pixel at any zoom, and keep exported files short.
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Returns `layout` for a file: the positions of every actor and claim of the dataset, per view,
 * in file order; views without any are left out, and undefined when there is nothing to save.
 */
export function layoutOf(dataset: Dataset, positions: ViewPositions): Layout | undefined {
  const layout: Record<string, Record<string, [number, number]>> = {};
  for (const view of VIEWS) {
    const saved = positions[view];
    if (saved.size === 0) continue;
    const ids = view === 'actors' ? dataset.actors : [...dataset.actors, ...dataset.claims];
    const entries: [string, [number, number]][] = [];
    for (const { id } of ids) {
      const point = saved.get(id);
      if (point) entries.push([id, [round(point.x), round(point.y)]]);
    }
    // fromEntries defines own properties, so an id such as "__proto__" stays a key.
    if (entries.length > 0) layout[view] = Object.fromEntries(entries);
  }
  return Object.keys(layout).length > 0 ? (layout as Layout) : undefined;
}

/** Returns the dataset with `layout` set from the positions (or without it when there are none). */
export function withLayout(dataset: Dataset, positions: ViewPositions): Dataset {
  const layout = layoutOf(dataset, positions);
  const { layout: _old, ...rest } = dataset;
  return (layout ? { ...rest, layout } : rest) as Dataset;
}

/** Returns whether two position maps place every node the same. */
export function samePositions(a: Positions, b: Positions): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.x !== p.x || q.y !== p.y) return false;
  }
  return true;
}
