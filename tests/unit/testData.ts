// Datasets the unit tests share: the seed, read from disk and validated like any user file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  computeVisibility,
  DEFAULT_FILTERS,
  type FilterState,
  type Visibility,
} from '../../src/model/filters';
import { buildGraphIndex, type GraphIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/schema';
import { networkCounts, type TieMode } from '../../src/model/actorNetwork';
import { drawnTies, tieColumns, type TieEdge } from '../../src/model/tieEdges';

/** A valid dataset from its text; a test fails loudly when the text is not one. */
export function load(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

// Built from a path, not a URL: under jsdom the global URL is jsdom's, which node does not take.
const seedPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../data/north-korea-troops.json',
);

export const seed: Dataset = load(readFileSync(seedPath, 'utf8'));
export const seedIndex: GraphIndex = buildGraphIndex(seed);

/** What the filters show, from the defaults with some filters changed. */
export function shown(index: GraphIndex, filters: Partial<FilterState>): Visibility {
  return computeVisibility(index, { ...DEFAULT_FILTERS, ...filters });
}

/**
 * Every tie edge of the actor view of coded actors under a tie type, with the default counting
 * (once overall, no normalisation), no minimum weight and no cap.
 */
export function allTieEdges(
  index: GraphIndex,
  mode: TieMode = 'both',
  statementIds?: ReadonlySet<string>,
): TieEdge[] {
  const nodeOf = new Map(index.dataset.actors.map((actor) => [actor.id, actor.id]));
  const counts = networkCounts(index, nodeOf, 'overall', statementIds);
  return drawnTies(tieColumns(counts, mode, 'none'), 0, Infinity).edges;
}
