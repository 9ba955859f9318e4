import { polarityOf, type GraphIndex } from './graphIndex';
import type { Statement } from './schema';

/** A derived tie between two actors (docs/FORMAT.md "Derived actor ties"); never stored in a file. */
export interface ActorTie {
  /** The smaller actor id by string order, so each pair appears once. */
  a: string;
  b: string;
  /** Ids of the claims the two agree on, sorted; its length is the agreement weight. */
  agreement: string[];
  /** Ids of the claims the two conflict on, sorted; its length is the conflict weight. */
  conflict: string[];
}

/**
 * The weights of every pair of actors that agree or conflict on at least one claim, in columns:
 * pair i is actors `actorIds[a[i]]` and `actorIds[b[i]]`, with `a[i] < b[i]`. A year of coded news
 * gives millions of pairs, so they are numbers here; which claims lie behind one pair is asked of
 * `tieBetween` when someone looks at it.
 */
export interface TieWeights {
  /** Every actor id in string order, so a smaller number is a smaller id. */
  readonly actorIds: readonly string[];
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** How many claims the pair agrees on. */
  readonly agreement: readonly number[];
  /** How many claims the pair conflicts on. */
  readonly conflict: readonly number[];
}

// Which non-zero polarities one actor expressed on one claim, as bits.
const POSITIVE = 1;
const NEGATIVE = 2;

/** Orders strings by UTF-16 code units, as `<` does: the same on every machine and locale. */
export function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

const agrees = (x: number, y: number): boolean => (x & y) !== 0;
const conflicts = (x: number, y: number): boolean =>
  ((x & POSITIVE) !== 0 && (y & NEGATIVE) !== 0) || ((x & NEGATIVE) !== 0 && (y & POSITIVE) !== 0);

/**
 * Returns the agreement and conflict weights of every pair of actors over the given statements
 * (default: all); pairs with neither are left out, and so are self-ties.
 *
 * Per claim, each actor counts with the set of non-zero polarities of its statements there
 * (polarity 0 makes neither tie). Two actors agree on the claim when their sets share a polarity
 * and conflict when one holds +1 and the other -1. An actor who both asserts and denies a claim
 * can therefore agree *and* conflict with someone on that same claim: both are true of the record.
 *
 * Cost: only actors of the same claim are paired, so the work is the sum over claims of (actors on
 * that claim)², not (all actors)²; pairs are counted under numeric keys, with no string per pair.
 */
export function tieWeights(index: GraphIndex, statementIds?: ReadonlySet<string>): TieWeights {
  const actorIds = [...index.actorById.keys()].sort(compareStrings);
  const numberOf = new Map(actorIds.map((id, i) => [id, i]));
  const actorCount = actorIds.length;
  const bitsOf = new Uint8Array(actorCount);
  const onClaim: number[] = [];
  const slotOf = new Map<number, number>();
  const a: number[] = [];
  const b: number[] = [];
  const agreement: number[] = [];
  const conflict: number[] = [];

  for (const statements of index.statementsByClaim.values()) {
    for (const statement of statements) {
      if (statementIds && !statementIds.has(statement.id)) continue;
      const polarity = polarityOf(index, statement);
      const actor = numberOf.get(statement.actor);
      if (polarity === 0 || actor === undefined) continue;
      if (bitsOf[actor] === 0) onClaim.push(actor);
      bitsOf[actor]! |= polarity > 0 ? POSITIVE : NEGATIVE;
    }
    onClaim.sort((x, y) => x - y);
    for (let i = 0; i < onClaim.length; i++) {
      const x = onClaim[i]!;
      const bitsX = bitsOf[x]!;
      for (let j = i + 1; j < onClaim.length; j++) {
        const y = onClaim[j]!;
        const bitsY = bitsOf[y]!;
        const agreeHere = agrees(bitsX, bitsY);
        const conflictHere = conflicts(bitsX, bitsY);
        if (!agreeHere && !conflictHere) continue;
        const key = x * actorCount + y;
        let slot = slotOf.get(key);
        if (slot === undefined) {
          slot = a.length;
          slotOf.set(key, slot);
          a.push(x);
          b.push(y);
          agreement.push(0);
          conflict.push(0);
        }
        if (agreeHere) agreement[slot]!++;
        if (conflictHere) conflict[slot]!++;
      }
    }
    for (const actor of onClaim) bitsOf[actor] = 0;
    onClaim.length = 0;
  }
  return { actorIds, a, b, agreement, conflict };
}

/** Claim id → the polarity bits of one actor's statements on it (among `statementIds`). */
function claimBitsOf(
  index: GraphIndex,
  actorId: string,
  statementIds: ReadonlySet<string> | undefined,
): Map<string, number> {
  const bits = new Map<string, number>();
  for (const statement of index.statementsByActor.get(actorId) ?? []) {
    if (statementIds && !statementIds.has(statement.id)) continue;
    const polarity = polarityOf(index, statement);
    if (polarity === 0) continue;
    bits.set(
      statement.claim,
      (bits.get(statement.claim) ?? 0) | (polarity > 0 ? POSITIVE : NEGATIVE),
    );
  }
  return bits;
}

/**
 * Returns the tie between two actors over the given statements (default: all), with the claims
 * behind it, by the same rule as `tieWeights`; null when they neither agree nor conflict, or are
 * the same actor. Takes one pass over each actor's statements.
 */
export function tieBetween(
  index: GraphIndex,
  x: string,
  y: string,
  statementIds?: ReadonlySet<string>,
): ActorTie | null {
  if (x === y) return null;
  const [a, b] = x < y ? [x, y] : [y, x];
  const bitsA = claimBitsOf(index, a, statementIds);
  const bitsB = claimBitsOf(index, b, statementIds);
  const tie: ActorTie = { a, b, agreement: [], conflict: [] };
  for (const [claimId, bits] of bitsA) {
    const other = bitsB.get(claimId);
    if (other === undefined) continue;
    if (agrees(bits, other)) tie.agreement.push(claimId);
    if (conflicts(bits, other)) tie.conflict.push(claimId);
  }
  if (tie.agreement.length === 0 && tie.conflict.length === 0) return null;
  tie.agreement.sort(compareStrings);
  tie.conflict.sort(compareStrings);
  return tie;
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
