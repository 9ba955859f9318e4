import type { Actor, Claim, Dataset, Source, StanceDef, Statement } from './schema';
import { stancesOf } from './stances';

/**
 * Lookup tables over one validated dataset. Everything keyed by file data is a Map, so ids such as
 * "__proto__" or "constructor" behave as ordinary ids.
 */
export interface GraphIndex {
  readonly dataset: Dataset;
  readonly stances: readonly StanceDef[];
  readonly stanceById: ReadonlyMap<string, StanceDef>;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly claimById: ReadonlyMap<string, Claim>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly statementById: ReadonlyMap<string, Statement>;
  readonly statementsByActor: ReadonlyMap<string, readonly Statement[]>;
  readonly statementsByClaim: ReadonlyMap<string, readonly Statement[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Returns the lookup tables of a validated dataset, built once per loaded file. */
export function buildGraphIndex(dataset: Dataset): GraphIndex {
  const stances = stancesOf(dataset);
  return {
    dataset,
    stances,
    stanceById: new Map(stances.map((s) => [s.id, s])),
    actorById: new Map(dataset.actors.map((a) => [a.id, a])),
    claimById: new Map(dataset.claims.map((c) => [c.id, c])),
    sourceById: new Map((dataset.sources ?? []).map((s) => [s.id, s])),
    statementById: new Map(dataset.statements.map((s) => [s.id, s])),
    statementsByActor: groupBy(dataset.statements, (s) => s.actor),
    statementsByClaim: groupBy(dataset.statements, (s) => s.claim),
  };
}

/** Returns the polarity (-1, 0 or 1) of a statement's stance; 0 when the stance is unknown. */
export function polarityOf(index: GraphIndex, statement: Statement): -1 | 0 | 1 {
  return index.stanceById.get(statement.stance)?.polarity ?? 0;
}
