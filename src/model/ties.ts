import type { ActorGrouping } from './actorLevel';
import { polarityOf, type GraphIndex } from './graphIndex';
import type { Statement } from './schema';

/**
 * The claims behind a tie between two nodes of the actor view (actors, or groups of actors at
 * another level); derived, never stored in a file. The weights of the tie are the network's
 * (actorNetwork.ts); these are the claims a person reads to see why.
 */
export interface ActorTie {
  /** The smaller node id by string order, so each pair appears once. */
  a: string;
  b: string;
  /** Claims both spoke on, whatever the polarity (co-occurrence), sorted. */
  shared: string[];
  /** Claims on which they took the same side (both for, or both against), sorted. */
  agreement: string[];
  /** Claims on which they took opposite sides, sorted. */
  conflict: string[];
}

/** Orders strings by UTF-16 code units, as `<` does: the same on every machine and locale. */
export function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

// Which polarities one node expressed on one claim, as bits; SPOKE marks any statement at all.
const SPOKE = 1;
const POSITIVE = 2;
const NEGATIVE = 4;

/** The actors whose statements count for a node: its members at a level, or the actor itself. */
function membersOf(node: string, grouping?: ActorGrouping): readonly string[] {
  return grouping?.nodes.get(node)?.members ?? [node];
}

/** Claim id → the polarity bits of a node's statements on it (among `statementIds`). */
function claimBitsOf(
  index: GraphIndex,
  node: string,
  statementIds: ReadonlySet<string> | undefined,
  grouping: ActorGrouping | undefined,
): Map<string, number> {
  const bits = new Map<string, number>();
  for (const actorId of membersOf(node, grouping)) {
    for (const statement of index.statementsByActor.get(actorId) ?? []) {
      if (statementIds && !statementIds.has(statement.id)) continue;
      const polarity = polarityOf(index, statement);
      const bit = polarity > 0 ? POSITIVE : polarity < 0 ? NEGATIVE : 0;
      bits.set(statement.claim, (bits.get(statement.claim) ?? 0) | SPOKE | bit);
    }
  }
  return bits;
}

/**
 * Returns the tie between two nodes over the given statements (default: all), with the claims
 * behind it; null when they share no claim, or are the same node. Without `grouping` the nodes are
 * actors; with it, nodes of that level, each speaking through its members' statements. Two
 * nodes agree on a claim when both used one polarity there and conflict when one used +1 and
 * the other −1, so a node that both asserts and denies a claim can agree and conflict on it.
 */
export function tieBetween(
  index: GraphIndex,
  x: string,
  y: string,
  statementIds?: ReadonlySet<string>,
  grouping?: ActorGrouping,
): ActorTie | null {
  if (x === y) return null;
  const [a, b] = x < y ? [x, y] : [y, x];
  const bitsA = claimBitsOf(index, a, statementIds, grouping);
  const bitsB = claimBitsOf(index, b, statementIds, grouping);
  const tie: ActorTie = { a, b, shared: [], agreement: [], conflict: [] };
  for (const [claimId, p] of bitsA) {
    const q = bitsB.get(claimId);
    if (q === undefined) continue;
    tie.shared.push(claimId);
    if ((p & q & (POSITIVE | NEGATIVE)) !== 0) tie.agreement.push(claimId);
    if ((p & POSITIVE && q & NEGATIVE) || (p & NEGATIVE && q & POSITIVE))
      tie.conflict.push(claimId);
  }
  if (tie.shared.length === 0) return null;
  tie.shared.sort(compareStrings);
  tie.agreement.sort(compareStrings);
  tie.conflict.sort(compareStrings);
  return tie;
}

/**
 * Returns each side's statements on one claim, in file order, for showing the quotes behind a tie.
 * Pass `statementIds` to keep only those statements (e.g. the visible ones the tie was derived
 * from), and the `grouping` the tie's nodes belong to.
 */
export function tieStatements(
  index: GraphIndex,
  tie: Pick<ActorTie, 'a' | 'b'>,
  claimId: string,
  statementIds?: ReadonlySet<string>,
  grouping?: ActorGrouping,
): { a: Statement[]; b: Statement[] } {
  const membersA = new Set(membersOf(tie.a, grouping));
  const membersB = new Set(membersOf(tie.b, grouping));
  const a: Statement[] = [];
  const b: Statement[] = [];
  for (const statement of index.statementsByClaim.get(claimId) ?? []) {
    if (statementIds && !statementIds.has(statement.id)) continue;
    if (membersA.has(statement.actor)) a.push(statement);
    else if (membersB.has(statement.actor)) b.push(statement);
  }
  return { a, b };
}
