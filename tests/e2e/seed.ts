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

/** Agreement and conflict ties by brute force over all actor pairs and claims (FORMAT.md). */
export function bruteForceTies(statements = seed.statements) {
  const polarities = (actor: string, claim: string) =>
    new Set(
      statements
        .filter((s) => s.actor === actor && s.claim === claim)
        .map((s) => POLARITY[s.stance]!)
        .filter((p) => p !== 0),
    );
  let agreement = 0;
  let conflict = 0;
  const ids = seed.actors.map((a) => a.id);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      let agrees = false;
      let conflicts = false;
      for (const claim of seed.claims) {
        const a = polarities(ids[i]!, claim.id);
        const b = polarities(ids[j]!, claim.id);
        if ([...a].some((p) => b.has(p))) agrees = true;
        if ((a.has(1) && b.has(-1)) || (a.has(-1) && b.has(1))) conflicts = true;
      }
      if (agrees) agreement++;
      if (conflicts) conflict++;
    }
  }
  return { agreement, conflict };
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
