import { readFileSync } from 'node:fs';

/** The sample dataset as the tests read it, and counts computed here, independently of src/. */
export interface SeedDataset {
  title: string;
  actors: { id: string; name: string; kind: string; role?: string; memberOf?: string[] }[];
  claims: { id: string; text: string }[];
  statements: {
    id: string;
    actor: string;
    claim: string;
    stance: string;
    quote?: string;
    date?: string;
  }[];
}

export const seed: SeedDataset = JSON.parse(
  readFileSync(new URL('../../data/north-korea-troops.json', import.meta.url), 'utf8'),
);

const POLARITY: Record<string, number> = {
  asserts: 1,
  agrees: 1,
  accuses: 1,
  denies: -1,
  doubts: -1,
  evaluates: 0,
};

export function actorNamed(name: string) {
  const actor = seed.actors.find((a) => a.name === name);
  if (!actor) throw new Error(`no actor named ${name} in the seed`);
  return actor;
}

export function claimContaining(text: string) {
  const claim = seed.claims.find((c) => c.text.includes(text));
  if (!claim) throw new Error(`no claim with "${text}" in the seed`);
  return claim;
}

/** The node an actor counts for at the Organisations level: its first memberOf, else itself. */
export function organisationOf(actorId: string): string {
  return seed.actors.find((a) => a.id === actorId)?.memberOf?.[0] ?? actorId;
}

/** A pair of nodes and the claims they agree and conflict on (sides compared as sets). */
export interface BrutePair {
  a: string;
  b: string;
  agree: number;
  conflict: number;
}

/**
 * Every pair of nodes with the number of claims they agree and conflict on, by brute force over
 * all pairs and claims (FORMAT.md), each statement counting for `nodeOf` its actor (default: the
 * actor itself); pairs with neither are left out. Pairs are named in string order.
 */
export function bruteForcePairs(
  statements = seed.statements,
  nodeOf: (actorId: string) => string = (id) => id,
): { pairs: BrutePair[]; nodes: string[] } {
  const polarities = (node: string, claim: string) =>
    new Set(
      statements
        .filter((s) => nodeOf(s.actor) === node && s.claim === claim)
        .map((s) => POLARITY[s.stance]!)
        .filter((p) => p !== 0),
    );
  const nodes = [...new Set(seed.actors.map((a) => nodeOf(a.id)))].sort();
  const pairs: BrutePair[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      let agree = 0;
      let conflict = 0;
      for (const claim of seed.claims) {
        const a = polarities(nodes[i]!, claim.id);
        const b = polarities(nodes[j]!, claim.id);
        if ([...a].some((p) => b.has(p))) agree++;
        if ((a.has(1) && b.has(-1)) || (a.has(-1) && b.has(1))) conflict++;
      }
      if (agree + conflict > 0) pairs.push({ a: nodes[i]!, b: nodes[j]!, agree, conflict });
    }
  }
  return { pairs, nodes };
}

/**
 * How many pairs agree and how many conflict (see bruteForcePairs), how many nodes there are, and
 * which have a tie.
 */
export function bruteForceTies(
  statements = seed.statements,
  nodeOf: (actorId: string) => string = (id) => id,
) {
  const { pairs, nodes } = bruteForcePairs(statements, nodeOf);
  return {
    agreement: pairs.filter((p) => p.agree > 0).length,
    conflict: pairs.filter((p) => p.conflict > 0).length,
    nodes: nodes.length,
    /** The nodes with at least one tie (the actor view hides the others unless asked). */
    tiedActors: new Set(pairs.flatMap((p) => [p.a, p.b])),
  };
}

export function contestedClaims() {
  return seed.claims.filter((claim) => {
    const ps = seed.statements.filter((s) => s.claim === claim.id).map((s) => POLARITY[s.stance]);
    return ps.includes(1) && ps.includes(-1);
  });
}

export function statusFor(actors: number, claims: number, statements: number): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(actors, 'actor')} · ${n(claims, 'claim')} · ${n(statements, 'statement')}`;
}
