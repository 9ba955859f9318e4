import { polarityOf, type GraphIndex } from './graphIndex';
import type { Statement } from './schema';

/** A derived tie between two actors (FORMAT.md "Derived actor ties"); never stored in a file. */
export interface ActorTie {
  /** The smaller actor id by string order, so each pair appears once. */
  a: string;
  b: string;
  /** Ids of the claims the two agree on, sorted; its length is the agreement weight. */
  agreement: string[];
  /** Ids of the claims the two conflict on, sorted; its length is the conflict weight. */
  conflict: string[];
}

// Which non-zero polarities one actor expressed on one claim, as bits.
const POSITIVE = 1;
const NEGATIVE = 2;

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Returns the key of the pair {a, b}, the same for (a, b) and (b, a). Ids are free text, so the key
 * is a JSON array rather than a joined string that an id containing the separator could fake.
 */
export function tieKey(a: string, b: string): string {
  return JSON.stringify(a <= b ? [a, b] : [b, a]);
}

/**
 * Returns the agreement and conflict ties between actors over the given statements (default: all),
 * sorted by `a` then `b`; pairs with neither agreement nor conflict are left out, and so are
 * self-ties.
 *
 * Per claim, each actor counts with the set of non-zero polarities of its statements there
 * (polarity 0 makes neither tie). Two actors agree on the claim when their sets share a polarity
 * and conflict when one holds +1 and the other -1. An actor who both asserts and denies a claim
 * can therefore agree *and* conflict with someone on that same claim: both are true of the record.
 *
 * Cost: statements are grouped by claim and only actors of the same claim are paired, so the work
 * is the sum over claims of (actors on that claim)², not (all actors)².
 */
export function deriveTies(index: GraphIndex, statementIds?: ReadonlySet<string>): ActorTie[] {
  // claim id → actor id → polarity bits; Maps, so ids such as "__proto__" are ordinary keys.
  const byClaim = new Map<string, Map<string, number>>();
  for (const statement of index.dataset.statements) {
    if (statementIds && !statementIds.has(statement.id)) continue;
    const polarity = polarityOf(index, statement);
    if (polarity === 0) continue;
    let actors = byClaim.get(statement.claim);
    if (!actors) {
      actors = new Map();
      byClaim.set(statement.claim, actors);
    }
    actors.set(
      statement.actor,
      (actors.get(statement.actor) ?? 0) | (polarity > 0 ? POSITIVE : NEGATIVE),
    );
  }

  const ties = new Map<string, ActorTie>();
  const tieOf = (x: string, y: string): ActorTie => {
    const key = tieKey(x, y);
    let tie = ties.get(key);
    if (!tie) {
      const [a, b] = x < y ? [x, y] : [y, x];
      tie = { a, b, agreement: [], conflict: [] };
      ties.set(key, tie);
    }
    return tie;
  };

  for (const [claimId, actorBits] of byClaim) {
    const entries = [...actorBits];
    for (let i = 0; i < entries.length; i++) {
      const [x, bitsX] = entries[i]!;
      for (let j = i + 1; j < entries.length; j++) {
        const [y, bitsY] = entries[j]!;
        const agree = (bitsX & bitsY) !== 0;
        const conflict =
          ((bitsX & POSITIVE) !== 0 && (bitsY & NEGATIVE) !== 0) ||
          ((bitsX & NEGATIVE) !== 0 && (bitsY & POSITIVE) !== 0);
        if (!agree && !conflict) continue;
        const tie = tieOf(x, y);
        if (agree) tie.agreement.push(claimId);
        if (conflict) tie.conflict.push(claimId);
      }
    }
  }

  const result = [...ties.values()];
  for (const tie of result) {
    tie.agreement.sort(compareStrings);
    tie.conflict.sort(compareStrings);
  }
  return result.sort((t, u) => compareStrings(t.a, u.a) || compareStrings(t.b, u.b));
}

/**
 * Returns each side's statements on one claim, in file order, for showing the quotes behind a tie.
 * Pass `statementIds` to keep only those statements (e.g. the visible ones the tie was derived
 * from).
 */
export function tieStatements(
  index: GraphIndex,
  tie: ActorTie,
  claimId: string,
  statementIds?: ReadonlySet<string>,
): { a: Statement[]; b: Statement[] } {
  const a: Statement[] = [];
  const b: Statement[] = [];
  for (const statement of index.statementsByClaim.get(claimId) ?? []) {
    if (statementIds && !statementIds.has(statement.id)) continue;
    if (statement.actor === tie.a) a.push(statement);
    else if (statement.actor === tie.b) b.push(statement);
  }
  return { a, b };
}
