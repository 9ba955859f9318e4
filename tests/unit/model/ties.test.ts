import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraphIndex, polarityOf, type GraphIndex } from '../../../src/model/graphIndex';
import type { Actor, Dataset, Statement } from '../../../src/model/schema';
import { actorGrouping } from '../../../src/model/actorLevel';
import { networkCounts } from '../../../src/model/actorNetwork';
import { tieBetween, tieStatements, type ActorTie } from '../../../src/model/ties';

type Said = [actor: string, claim: string, stance: string];

/** An index over persons and claims named by the statements, with the default vocabulary. */
function indexOf(said: readonly Said[], extra: Partial<Dataset> = {}): GraphIndex {
  const actorIds = [...new Set(said.map(([a]) => a))];
  const claimIds = [...new Set(said.map(([, c]) => c))];
  const dataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    actors: actorIds.map((id): Actor => ({ id, name: `Actor ${id}`, kind: 'person' })),
    claims: claimIds.map((id) => ({ id, text: `Claim ${id}` })),
    statements: said.map(([actor, claim, stance], i) => ({ id: `s${i}`, actor, claim, stance })),
    ...extra,
  };
  return buildGraphIndex(dataset);
}

const byPair = (t: { a: string; b: string }, u: { a: string; b: string }) =>
  t.a < u.a ? -1 : t.a > u.a ? 1 : t.b < u.b ? -1 : t.b > u.b ? 1 : 0;

type PolarTie = Omit<ActorTie, 'shared'>;

/**
 * Every pair that agrees or conflicts on some claim, as `tieBetween` gives it (asked for every
 * pair of actors), without the shared claims, sorted by a then b.
 */
function deriveTies(index: GraphIndex, statementIds?: ReadonlySet<string>): PolarTie[] {
  const ids = index.dataset.actors.map((a) => a.id);
  const ties: PolarTie[] = [];
  for (const x of ids) {
    for (const y of ids) {
      if (x >= y) continue;
      const tie = tieBetween(index, x, y, statementIds);
      if (!tie || tie.agreement.length + tie.conflict.length === 0) continue;
      ties.push({ a: tie.a, b: tie.b, agreement: tie.agreement, conflict: tie.conflict });
    }
  }
  return ties.sort(byPair);
}

/** [a, b, agreement, conflict] per pair with either, as the network counts them once overall. */
function weights(index: GraphIndex): [string, string, number, number][] {
  const nodeOf = new Map(index.dataset.actors.map((a) => [a.id, a.id]));
  const w = networkCounts(index, nodeOf, 'overall');
  return w.a
    .map((x, i): [string, string, number, number] => [
      w.nodeIds[x]!,
      w.nodeIds[w.b[i]!]!,
      w.agreement[i]!,
      w.conflict[i]!,
    ])
    .filter(([, , agree, conflict]) => agree + conflict > 0)
    .sort((t, u) => byPair({ a: t[0], b: t[1] }, { a: u[0], b: u[1] }));
}

describe('tieBetween', () => {
  it('joins Alice and Bob of the FORMAT.md minimal file by one conflict', () => {
    const index = indexOf([
      ['a', 'c1', 'asserts'],
      ['b', 'c1', 'denies'],
    ]);
    expect(deriveTies(index)).toEqual([{ a: 'a', b: 'b', agreement: [], conflict: ['c1'] }]);
  });

  it('finds agreement between stances of the same polarity', () => {
    const index = indexOf([
      ['x', 'c1', 'asserts'],
      ['y', 'c1', 'accuses'],
      ['x', 'c2', 'doubts'],
      ['y', 'c2', 'denies'],
    ]);
    expect(deriveTies(index)).toEqual([{ a: 'x', b: 'y', agreement: ['c1', 'c2'], conflict: [] }]);
  });

  it('makes neither tie from a statement of polarity 0', () => {
    const index = indexOf([
      ['a', 'c1', 'evaluates'],
      ['b', 'c1', 'asserts'],
      ['c', 'c1', 'denies'],
      ['d', 'c2', 'evaluates'],
      ['e', 'c2', 'evaluates'],
    ]);
    expect(deriveTies(index)).toEqual([{ a: 'b', b: 'c', agreement: [], conflict: ['c1'] }]);
  });

  it('uses the set of non-zero polarities of an actor with several statements on a claim', () => {
    const index = indexOf([
      // a both asserts and denies c1; b asserts; c denies; d only evaluates.
      ['a', 'c1', 'asserts'],
      ['a', 'c1', 'denies'],
      ['a', 'c1', 'evaluates'],
      ['b', 'c1', 'asserts'],
      ['b', 'c1', 'agrees'],
      ['c', 'c1', 'denies'],
      ['d', 'c1', 'evaluates'],
    ]);
    expect(deriveTies(index)).toEqual([
      { a: 'a', b: 'b', agreement: ['c1'], conflict: ['c1'] },
      { a: 'a', b: 'c', agreement: ['c1'], conflict: ['c1'] },
      { a: 'b', b: 'c', agreement: [], conflict: ['c1'] },
    ]);
  });

  it('counts a claim once however many statements agree on it', () => {
    const index = indexOf([
      ['a', 'c1', 'asserts'],
      ['a', 'c1', 'agrees'],
      ['b', 'c1', 'asserts'],
      ['b', 'c1', 'accuses'],
    ]);
    expect(weights(index)).toEqual([['a', 'b', 1, 0]]);
  });

  it('never ties an actor to itself', () => {
    const index = indexOf([
      ['a', 'c1', 'asserts'],
      ['a', 'c1', 'denies'],
      ['a', 'c2', 'asserts'],
    ]);
    expect(deriveTies(index)).toEqual([]);
    expect(tieBetween(index, 'a', 'a')).toBeNull();
  });

  it('gives the tie between two actors named in either order, or null for none', () => {
    const index = indexOf([
      ['b', 'c1', 'asserts'],
      ['a', 'c1', 'denies'],
      ['a', 'c2', 'asserts'],
      ['b', 'c2', 'agrees'],
      ['c', 'c3', 'asserts'],
    ]);
    const tie = { a: 'a', b: 'b', shared: ['c1', 'c2'], agreement: ['c2'], conflict: ['c1'] };
    expect(tieBetween(index, 'a', 'b')).toEqual(tie);
    expect(tieBetween(index, 'b', 'a')).toEqual(tie);
    expect(tieBetween(index, 'a', 'c')).toBeNull();
    expect(tieBetween(index, 'a', 'nobody')).toBeNull();
    expect(tieBetween(index, 'a', 'b', new Set(['s0', 's1']))).toEqual({
      ...tie,
      shared: ['c1'],
      agreement: [],
    });
  });

  it('leaves out actors with no shared claim, and sorts by a then b with sorted claims', () => {
    const index = indexOf([
      ['z', 'k3', 'asserts'],
      ['m', 'k3', 'asserts'],
      ['m', 'k1', 'asserts'],
      ['z', 'k1', 'denies'],
      ['b', 'k2', 'asserts'],
      ['m', 'k2', 'denies'],
      ['lonely', 'k9', 'asserts'],
    ]);
    expect(deriveTies(index)).toEqual([
      { a: 'b', b: 'm', agreement: [], conflict: ['k2'] },
      { a: 'm', b: 'z', agreement: ['k3'], conflict: ['k1'] },
    ]);
  });

  it('derives only from the given statements', () => {
    const index = indexOf([
      ['a', 'c1', 'asserts'], // s0
      ['b', 'c1', 'denies'], // s1
      ['b', 'c1', 'asserts'], // s2
      ['a', 'c2', 'asserts'], // s3
      ['b', 'c2', 'asserts'], // s4
    ]);
    expect(deriveTies(index, new Set(['s0', 's2']))).toEqual([
      { a: 'a', b: 'b', agreement: ['c1'], conflict: [] },
    ]);
    expect(deriveTies(index, new Set(['s0', 's1', 's3']))).toEqual([
      { a: 'a', b: 'b', agreement: [], conflict: ['c1'] },
    ]);
    expect(deriveTies(index, new Set())).toEqual([]);
  });

  it('follows a custom vocabulary', () => {
    const index = indexOf(
      [
        ['a', 'c1', 'pro'],
        ['b', 'c1', 'contra'],
        ['c', 'c1', 'meh'],
      ],
      {
        stances: [
          { id: 'pro', label: 'Pro', polarity: 1 },
          { id: 'contra', label: 'Contra', polarity: -1 },
          { id: 'meh', label: 'Meh', polarity: 0 },
        ],
      },
    );
    expect(weights(index)).toEqual([['a', 'b', 0, 1]]);
  });

  it('treats ids such as "__proto__" and "constructor" as ordinary ids', () => {
    const index = indexOf([
      ['__proto__', 'constructor', 'asserts'],
      ['constructor', 'constructor', 'asserts'],
      ['toString', 'constructor', 'denies'],
    ]);
    expect(deriveTies(index)).toEqual([
      { a: '__proto__', b: 'constructor', agreement: ['constructor'], conflict: [] },
      { a: '__proto__', b: 'toString', agreement: [], conflict: ['constructor'] },
      { a: 'constructor', b: 'toString', agreement: [], conflict: ['constructor'] },
    ]);
  });

  it('counts every pair of a claim that hundreds of actors discuss', () => {
    const said: Said[] = [];
    for (let i = 0; i < 10_000; i++) {
      const actor = `a${i % 500}`;
      // Half the statements on one busy claim, the rest spread over 1,000 claims.
      const claim = i % 2 === 0 ? 'busy' : `c${i % 1000}`;
      said.push([actor, claim, i % 3 === 0 ? 'denies' : 'asserts']);
    }
    const index = indexOf(said);
    const nodeOf = new Map(index.dataset.actors.map((a) => [a.id, a.id]));
    const w = networkCounts(index, nodeOf, 'overall');
    // All 250 even-numbered actors speak on "busy", and only they do, so every pair of them is
    // tied there; odd-numbered actors never meet an even one.
    const even = (n: number) => Number(w.nodeIds[n]!.slice(1)) % 2 === 0;
    const evenPairs = w.a.filter((x, i) => even(x) && even(w.b[i]!));
    expect(evenPairs.length).toBe((250 * 249) / 2);
    expect(w.a.every((x, i) => even(x) === even(w.b[i]!))).toBe(true);
    expect(tieBetween(index, 'a0', 'a2')).toMatchObject({ a: 'a0', b: 'a2' });
  });
});

describe('tieBetween properties', () => {
  const stanceIds = ['asserts', 'agrees', 'accuses', 'denies', 'doubts', 'evaluates'];
  const actorIds = ['a', 'b', 'c', 'd', '__proto__', 'constructor'];
  const claimIds = ['c1', 'c2', 'c3', 'toString'];
  const saidArb = fc.array(
    fc.tuple(
      fc.constantFrom(...actorIds),
      fc.constantFrom(...claimIds),
      fc.constantFrom(...stanceIds),
    ),
    { maxLength: 40 },
  );

  /** Agreement and conflict weight of a pair, counted claim by claim from the raw statements. */
  function bruteForce(index: GraphIndex, x: string, y: string): [number, number] {
    let agree = 0;
    let conflict = 0;
    for (const claim of index.dataset.claims) {
      const polaritiesOf = (actor: string) =>
        new Set(
          index.dataset.statements
            .filter((s) => s.actor === actor && s.claim === claim.id)
            .map((s) => polarityOf(index, s))
            .filter((p) => p !== 0),
        );
      const px = polaritiesOf(x);
      const py = polaritiesOf(y);
      if ([...px].some((p) => py.has(p))) agree += 1;
      if ((px.has(1) && py.has(-1)) || (px.has(-1) && py.has(1))) conflict += 1;
    }
    return [agree, conflict];
  }

  it('weights equal a brute-force count over claims, for every pair', () => {
    fc.assert(
      fc.property(saidArb, (said) => {
        const index = indexOf(said as Said[]);
        const pairKey = (x: string, y: string) => JSON.stringify([x, y]);
        const ties = new Map(deriveTies(index).map((t) => [pairKey(t.a, t.b), t]));
        const actors = index.dataset.actors.map((a) => a.id);
        let pairsWithATie = 0;
        for (const x of actors) {
          for (const y of actors) {
            if (x >= y) continue;
            const [agree, conflict] = bruteForce(index, x, y);
            const tie = ties.get(pairKey(x, y));
            expect(tie?.agreement.length ?? 0).toBe(agree);
            expect(tie?.conflict.length ?? 0).toBe(conflict);
            // Asked either way round, tieBetween gives the same tie, or none when there is none.
            // Asked either way round, tieBetween gives the same tie; its shared claims are those
            // both spoke on, and it is null when there are none.
            const asked = tieBetween(index, x, y);
            expect(tieBetween(index, y, x)).toEqual(asked);
            const shared = index.dataset.claims
              .map((c) => c.id)
              .filter((c) =>
                [x, y].every((actor) =>
                  index.dataset.statements.some((s) => s.actor === actor && s.claim === c),
                ),
              )
              .sort();
            expect(asked?.shared ?? []).toEqual(shared);
            if (shared.length === 0) expect(asked).toBeNull();
            if (agree + conflict > 0) pairsWithATie += 1;
          }
        }
        // No tie beyond the pairs that agree or conflict somewhere.
        expect(ties.size).toBe(pairsWithATie);
      }),
    );
  });

  it('gives each pair once, with a < b, and no self-tie', () => {
    fc.assert(
      fc.property(saidArb, (said) => {
        const ties = deriveTies(indexOf(said as Said[]));
        for (const tie of ties) expect(tie.a < tie.b).toBe(true);
        expect(new Set(ties.map((t) => JSON.stringify([t.a, t.b]))).size).toBe(ties.length);
      }),
    );
  });

  it('does not depend on the order of actors or statements', () => {
    fc.assert(
      fc.property(saidArb, (said) => {
        const forward = indexOf(said as Said[]);
        const reversed = indexOf([...(said as Said[])].reverse());
        expect(deriveTies(reversed)).toEqual(deriveTies(forward));
        // Swapping every statement's actor between two ids swaps them in the ties too.
        const swap = (id: string) => (id === 'a' ? 'b' : id === 'b' ? 'a' : id);
        const swapped = indexOf((said as Said[]).map(([x, c, s]): Said => [swap(x), c, s]));
        const normalize = (ties: PolarTie[]) =>
          ties
            .map((t) => {
              const [a, b] = [swap(t.a), swap(t.b)].sort();
              return { ...t, a: a!, b: b! };
            })
            .sort((t, u) => (t.a + '\0' + t.b < u.a + '\0' + u.b ? -1 : 1));
        expect(normalize(deriveTies(swapped))).toEqual(
          [...deriveTies(forward)].sort((t, u) => (t.a + '\0' + t.b < u.a + '\0' + u.b ? -1 : 1)),
        );
      }),
    );
  });
});

describe('tieBetween and tieStatements at another level', () => {
  it('speaks for a group through its members, and lists every shared claim', () => {
    // p and q are members of o; r is alone. o asserts c1 (through p) and evaluates c2 (q).
    const index = buildGraphIndex({
      format: 'stancegraph',
      version: 1,
      actors: [
        { id: 'o', name: 'O', kind: 'organization' },
        { id: 'p', name: 'P', kind: 'person', memberOf: ['o'] },
        { id: 'q', name: 'Q', kind: 'person', memberOf: ['o'] },
        { id: 'r', name: 'R', kind: 'person' },
      ],
      claims: [
        { id: 'c1', text: 'One' },
        { id: 'c2', text: 'Two' },
      ],
      statements: [
        { id: 's1', actor: 'p', claim: 'c1', stance: 'asserts' },
        { id: 's2', actor: 'q', claim: 'c2', stance: 'evaluates' },
        { id: 's3', actor: 'r', claim: 'c1', stance: 'doubts' },
        { id: 's4', actor: 'r', claim: 'c2', stance: 'asserts' },
      ],
    });
    const grouping = actorGrouping(index, 'organisations');
    expect(tieBetween(index, 'r', 'o', undefined, grouping)).toEqual({
      a: 'o',
      b: 'r',
      shared: ['c1', 'c2'],
      agreement: [],
      conflict: ['c1'],
    });
    // As coded actors, o said nothing.
    expect(tieBetween(index, 'o', 'r')).toBeNull();
    const sides = tieStatements(index, { a: 'o', b: 'r' }, 'c2', undefined, grouping);
    expect(sides.a.map((s) => s.id)).toEqual(['s2']);
    expect(sides.b.map((s) => s.id)).toEqual(['s4']);
  });
});

describe('tieStatements', () => {
  it("gives each side's statements on the claim, in file order", () => {
    const index = indexOf([
      ['b', 'c1', 'denies'], // s0
      ['a', 'c1', 'asserts'], // s1
      ['c', 'c1', 'asserts'], // s2
      ['a', 'c2', 'asserts'], // s3
      ['a', 'c1', 'agrees'], // s4
    ]);
    const tie = deriveTies(index).find((t) => t.a === 'a' && t.b === 'b')!;
    const { a, b } = tieStatements(index, tie, 'c1');
    expect(a.map((s: Statement) => s.id)).toEqual(['s1', 's4']);
    expect(b.map((s: Statement) => s.id)).toEqual(['s0']);
  });

  it('keeps only the given statements when asked', () => {
    const index = indexOf([
      ['a', 'c1', 'asserts'], // s0
      ['a', 'c1', 'agrees'], // s1
      ['b', 'c1', 'denies'], // s2
    ]);
    const { a, b } = tieStatements(index, { a: 'a', b: 'b' }, 'c1', new Set(['s1', 's2']));
    expect(a.map((s) => s.id)).toEqual(['s1']);
    expect(b.map((s) => s.id)).toEqual(['s2']);
  });

  it('is empty for a claim without statements', () => {
    const index = indexOf([['a', 'c1', 'asserts']]);
    expect(tieStatements(index, { a: 'a', b: 'b' }, 'nope')).toEqual({ a: [], b: [] });
  });
});
