import type { GraphIndex } from './graphIndex';
import type { Statement } from './schema';
import type { Visibility } from './filters';

/**
 * Statements repeated by one actor on one claim with one stance (a DNA file can code the same
 * stance eight times from eight articles). They are drawn as one edge with a count.
 */
export interface StatementGroups {
  /** Each group of two or more, its statements in file order; groups in the order of their first. */
  readonly groups: readonly (readonly Statement[])[];
  /** The group a repeated statement belongs to, by statement id (index into `groups`). */
  readonly groupOf: ReadonlyMap<string, number>;
}

/** Returns the dataset's repeated statements (same actor, claim and stance), grouped. */
export function statementGroups(index: GraphIndex): StatementGroups {
  const byKey = new Map<string, Statement[]>();
  for (const statement of index.dataset.statements) {
    // JSON, so no id can fake another pair by containing the separator.
    const key = JSON.stringify([statement.actor, statement.claim, statement.stance]);
    const group = byKey.get(key);
    if (group) group.push(statement);
    else byKey.set(key, [statement]);
  }
  const groups = [...byKey.values()].filter((group) => group.length > 1);
  const groupOf = new Map<string, number>();
  groups.forEach((group, i) => group.forEach((statement) => groupOf.set(statement.id, i)));
  return { groups, groupOf };
}

/**
 * How many statements of each group the filters show, as a key such as "3,8,0": the same text
 * while the counts stay, so what is drawn from it is rebuilt only when a count changes.
 */
export function shownGroupCounts(groups: StatementGroups, visibility: Visibility): string {
  return groups.groups
    .map((group) => group.filter((s) => visibility.statements.has(s.id)).length)
    .join(',');
}

/** The statements grouped with this one (itself included), or just itself when it is alone. */
export function groupOfStatement(
  groups: StatementGroups,
  statement: Statement,
): readonly Statement[] {
  const i = groups.groupOf.get(statement.id);
  return i === undefined ? [statement] : groups.groups[i]!;
}
