import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, invertChange, type Collection } from '../../../src/model/changes';
import { applyEdit, deletionConsequences, emptyDataset, type Edit } from '../../../src/model/edits';
import { slugify, uniqueId } from '../../../src/model/ids';
import { validateDataset } from '../../../src/model/parseDataset';
import type { Dataset } from '../../../src/model/schema';
import { load, seed } from '../testData';
import { fixtureCases, readFixture } from './fixtureFiles';

// A small dataset whose every reference is known: Alice speaks for the Greens, Bob for the Blues;
// the claim is about the Blues; one source has a text that two statements point into.
const TEXT = 'Alice said the bridge is unsafe. Bob said it is not.';
const base: Dataset = load(
  JSON.stringify({
    format: 'stancegraph',
    version: 1,
    sources: [{ id: 'minutes', title: 'Minutes', text: TEXT }],
    actors: [
      { id: 'alice', name: 'Alice', kind: 'person', memberOf: ['greens'], party: 'Green' },
      { id: 'bob', name: 'Bob', kind: 'person', memberOf: ['blues'], aliases: ['Robert'] },
      { id: 'greens', name: 'Greens', kind: 'organization' },
      { id: 'blues', name: 'Blues', kind: 'organization' },
    ],
    claims: [
      { id: 'unsafe', text: 'The bridge is unsafe', about: ['blues'] },
      { id: 'closed', text: 'The bridge must close' },
    ],
    statements: [
      {
        id: 's1',
        actor: 'alice',
        claim: 'unsafe',
        stance: 'asserts',
        source: 'minutes',
        quote: 'the bridge is unsafe',
        span: [11, 31],
      },
      {
        id: 's2',
        actor: 'bob',
        claim: 'unsafe',
        stance: 'denies',
        source: 'minutes',
        quote: 'it is not',
        span: [42, 51],
      },
      { id: 's3', actor: 'bob', claim: 'closed', stance: 'doubts', date: '2024-05' },
    ],
  }),
);

/** Deep-freezes a value, so an edit that modified its input would throw. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}
frozen(base);

function applied(dataset: Dataset, edit: Edit) {
  const outcome = applyEdit(dataset, edit);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  // Every accepted edit leaves a dataset an opened file could be.
  expect(validateDataset(JSON.parse(JSON.stringify(outcome.dataset)))).toMatchObject({ ok: true });
  // And its inverse leads back exactly.
  expect(applyChange(outcome.dataset, invertChange(outcome.change))).toEqual(dataset);
  return outcome;
}

describe('ids', () => {
  it('are made from the name: lower case, no accents, dashes, any script', () => {
    expect(slugify('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy');
    expect(slugify('  Élysée — Paris! ')).toBe('elysee-paris');
    expect(slugify('Зеленський')).toBe('зеленський');
    expect(slugify('???')).toBe('');
  });

  it('are cut at a word near 40 characters', () => {
    const slug = slugify(
      'North Korea is preparing to send ten thousand troops to fight for Russia',
    );
    expect(slug).toBe('north-korea-is-preparing-to-send-ten');
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it('are unique: a number is added, and a fallback stands in for no letters', () => {
    expect(uniqueId('Alice', new Set(['alice', 'alice-2']), 'actor')).toBe('alice-3');
    expect(uniqueId('!!!', new Set(), 'actor')).toBe('actor');
  });
});

describe('adding', () => {
  it('an actor gets a readable id unique among actors and claims', () => {
    const outcome = applied(base, { type: 'addActor', fields: { name: 'Unsafe', kind: 'person' } });
    expect(outcome.created).toEqual({ collection: 'actors', id: 'unsafe-2' });
    expect(outcome.dataset.actors.at(-1)).toEqual({
      id: 'unsafe-2',
      name: 'Unsafe',
      kind: 'person',
    });
    expect(outcome.change.label).toBe('Add actor "Unsafe"');
  });

  it('a statement is named after who took which stance on what', () => {
    const outcome = applied(base, {
      type: 'addStatement',
      fields: { actor: 'alice', claim: 'closed', stance: 'agrees', date: '2024-06-01' },
    });
    expect(outcome.created?.id).toBe('alice-agrees-the-bridge-must-close');
    expect(outcome.dataset.statements).toHaveLength(4);
  });

  it('a statement with a new actor and a new claim is one step, undone together', () => {
    const outcome = applied(base, {
      type: 'addStatement',
      fields: { stance: 'asserts', quote: 'We will fix it' },
      newActor: { name: 'City Council', kind: 'organization' },
      newClaim: { text: 'The bridge will be repaired' },
    });
    expect(outcome.dataset.actors.at(-1)).toEqual({
      id: 'city-council',
      name: 'City Council',
      kind: 'organization',
    });
    expect(outcome.dataset.claims.at(-1)?.id).toBe('the-bridge-will-be-repaired');
    expect(outcome.dataset.statements.at(-1)).toMatchObject({
      actor: 'city-council',
      claim: 'the-bridge-will-be-repaired',
      stance: 'asserts',
    });
    expect(outcome.change.label).toBe(
      'Add statement "City Council asserts: The bridge will be repaired" with a new actor and claim',
    );
  });

  it('a statement whose new actor has no name is refused at the Actor field', () => {
    const outcome = applyEdit(base, {
      type: 'addStatement',
      fields: { claim: 'unsafe', stance: 'asserts' },
      newActor: { name: ' ', kind: 'person' },
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [{ path: 'actors[4].name', field: 'actor', message: 'the name is empty' }],
    });
  });

  it('a source creates the list when the dataset has none, and undo removes the list again', () => {
    const bare = emptyDataset('Bare');
    const outcome = applied(bare, { type: 'addSource', fields: { title: 'A report' } });
    expect(outcome.dataset.sources).toEqual([{ id: 'a-report', title: 'A report' }]);
    expect('sources' in applyChange(outcome.dataset, invertChange(outcome.change))).toBe(false);
  });
});

describe('updating', () => {
  it('renames an actor in place, keeping its unknown fields and its place in the list', () => {
    const outcome = applied(base, {
      type: 'update',
      collection: 'actors',
      id: 'alice',
      fields: { name: 'Alice Smith' },
    });
    expect(outcome.dataset.actors[0]).toEqual({ ...base.actors[0], name: 'Alice Smith' });
    expect(outcome.change.label).toBe('Rename actor "Alice" to "Alice Smith"');
    // Untouched records are shared, not copied.
    expect(outcome.dataset.actors[1]).toBe(base.actors[1]);
    expect(outcome.dataset.statements).toBe(base.statements);
  });

  it('removes a field given as undefined', () => {
    const outcome = applied(base, {
      type: 'update',
      collection: 'statements',
      id: 's3',
      fields: { date: undefined },
    });
    expect('date' in outcome.dataset.statements[2]!).toBe(false);
  });
});

describe("a source's text edited: the spans into it follow their words, in the same change", () => {
  const editText = (text: string | undefined) =>
    applied(base, { type: 'update', collection: 'sources', id: 'minutes', fields: { text } });
  const spans = (dataset: Dataset) => dataset.statements.map((s) => s.span);

  it('text added before a quote moves its span; text after it leaves it', () => {
    const outcome = editText(`Minutes, 3 May. ${TEXT} Adjourned.`);
    expect(spans(outcome.dataset)).toEqual([[27, 47], [58, 67], undefined]);
    expect(outcome.change.patches.filter((p) => p.op === 'replace')).toHaveLength(3);
  });

  it('a CRLF added before a quote counts two, an emoji before it counts two', () => {
    const crlf = editText(`Minutes\r\n${TEXT}`);
    expect(spans(crlf.dataset)).toEqual([[20, 40], [51, 60], undefined]);
    const emoji = editText(TEXT.replace('Bob', '🙂 Bob'));
    expect(spans(emoji.dataset)).toEqual([[11, 31], [45, 54], undefined]);
  });

  it('a change inside a quote finds its words again, or drops the span and keeps the quote', () => {
    const moved = editText('Bob said it is not. Alice said the bridge is unsafe.');
    expect(spans(moved.dataset)).toEqual([[31, 51], [9, 18], undefined]);
    const gone = editText('Alice said the bridge is fine. Bob said it is not.');
    expect(gone.dataset.statements[0]).toMatchObject({ quote: 'the bridge is unsafe' });
    expect(spans(gone.dataset)).toEqual([undefined, [40, 49], undefined]);
  });

  it('a text removed takes every span into it', () => {
    expect(spans(editText(undefined).dataset)).toEqual([undefined, undefined, undefined]);
  });
});

describe('deleting', () => {
  it('an actor takes its statements and every reference to it', () => {
    expect(deletionConsequences(base, 'actors', 'blues')).toEqual({ statements: 0 });
    const outcome = applied(base, { type: 'delete', collection: 'actors', id: 'blues' });
    expect(outcome.dataset.actors.map((a) => a.id)).toEqual(['alice', 'bob', 'greens']);
    expect(outcome.dataset.actors[1]?.memberOf).toEqual([]);
    expect(outcome.dataset.claims[0]?.about).toEqual([]);

    expect(deletionConsequences(base, 'actors', 'bob')).toEqual({ statements: 2 });
    const bob = applied(base, { type: 'delete', collection: 'actors', id: 'bob' });
    expect(bob.dataset.statements.map((s) => s.id)).toEqual(['s1']);
    expect(bob.change.label).toBe('Delete actor "Bob" and its 2 statements');
  });

  it('a claim takes its statements', () => {
    const outcome = applied(base, { type: 'delete', collection: 'claims', id: 'unsafe' });
    expect(outcome.dataset.statements.map((s) => s.id)).toEqual(['s3']);
  });

  it('a source leaves its statements with their quotes but without citation and span', () => {
    const outcome = applied(base, { type: 'delete', collection: 'sources', id: 'minutes' });
    expect(outcome.dataset.sources).toEqual([]);
    expect(outcome.dataset.statements[0]).toEqual({
      id: 's1',
      actor: 'alice',
      claim: 'unsafe',
      stance: 'asserts',
      quote: 'the bridge is unsafe',
    });
  });
});

describe('merging', () => {
  it('actors: statements, memberOf and about move to the kept one, the name joins its aliases', () => {
    const outcome = applied(base, { type: 'mergeActors', keep: 'greens', remove: 'blues' });
    const ids = outcome.dataset.actors.map((a) => a.id);
    expect(ids).toEqual(['alice', 'bob', 'greens']);
    expect(outcome.dataset.actors[1]?.memberOf).toEqual(['greens']);
    expect(outcome.dataset.actors[2]?.aliases).toEqual(['Blues']);
    expect(outcome.dataset.claims[0]?.about).toEqual(['greens']);
    expect(outcome.change.label).toBe('Merge "Blues" into "Greens"');

    const people = applied(base, { type: 'mergeActors', keep: 'alice', remove: 'bob' });
    expect(people.dataset.statements.map((s) => s.actor)).toEqual(['alice', 'alice', 'alice']);
    expect(people.dataset.actors[0]).toMatchObject({
      aliases: ['Bob', 'Robert'],
      memberOf: ['greens', 'blues'],
      party: 'Green',
    });
    expect(people.change.label).toBe('Merge "Bob" into "Alice" (2 statements)');
  });

  it('claims: statements and about move to the kept one', () => {
    const outcome = applied(base, { type: 'mergeClaims', keep: 'closed', remove: 'unsafe' });
    expect(outcome.dataset.claims).toEqual([{ ...base.claims[1], about: ['blues'] }]);
    expect(outcome.dataset.statements.map((s) => s.claim)).toEqual(['closed', 'closed', 'closed']);
  });
});

describe('refusals name the field and the problem, and change nothing', () => {
  const refused = (edit: Edit) => {
    const outcome = applyEdit(base, edit);
    expect(outcome.ok).toBe(false);
    return outcome.ok ? [] : outcome.problems;
  };

  it('a malformed date', () => {
    expect(
      refused({
        type: 'update',
        collection: 'statements',
        id: 's3',
        fields: { date: '31/02/2015' },
      }),
    ).toEqual([
      {
        path: 'statements[2].date',
        field: 'date',
        message: '"31/02/2015" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
      },
    ]);
  });

  it('a stance outside the vocabulary and an unknown claim', () => {
    expect(
      refused({
        type: 'addStatement',
        fields: { actor: 'alice', claim: 'nope', stance: 'praises' },
      }),
    ).toEqual([
      { path: 'statements[3].claim', field: 'claim', message: 'no claim with id "nope"' },
      {
        path: 'statements[3].stance',
        field: 'stance',
        message: 'no stance with id "praises" in the vocabulary in force',
      },
    ]);
  });

  it('a blank name, a bad kind, a bad URL', () => {
    expect(refused({ type: 'addActor', fields: { name: '  ', kind: 'person' } })).toEqual([
      { path: 'actors[4].name', field: 'name', message: 'the name is empty' },
    ]);
    expect(
      refused({ type: 'update', collection: 'actors', id: 'bob', fields: { kind: 'alien' } }),
    ).toMatchObject([{ path: 'actors[1].kind', field: 'kind' }]);
    expect(
      refused({ type: 'update', collection: 'sources', id: 'minutes', fields: { url: 'ftp://x' } }),
    ).toEqual([
      { path: 'sources[0].url', field: 'url', message: '"ftp://x" is not an http or https URL' },
    ]);
  });

  it('an id change, a merge into itself, an unknown record', () => {
    expect(
      refused({ type: 'update', collection: 'actors', id: 'bob', fields: { id: 'robert' } }),
    ).toEqual([{ path: 'actors[1].id', field: 'id', message: 'an id cannot be changed' }]);
    expect(refused({ type: 'mergeActors', keep: 'bob', remove: 'bob' })[0]?.message).toBe(
      'an actor cannot be merged into itself',
    );
    expect(refused({ type: 'delete', collection: 'claims', id: 'zzz' })[0]?.message).toBe(
      'no claim with id "zzz"',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Any sequence of edits, then as many undos, gives back the dataset it started from.

const COLLECTIONS: readonly Collection[] = ['actors', 'claims', 'statements', 'sources'];

/** Picks an edit that fits the dataset, from random numbers (so fast-check can shrink it). */
function pickEdit(dataset: Dataset, kind: number, a: number, b: number, word: string): Edit {
  const actors = dataset.actors;
  const claims = dataset.claims;
  const pick = <T>(list: readonly T[], n: number) => list[n % Math.max(1, list.length)];
  const collection = COLLECTIONS[a % COLLECTIONS.length]!;
  const record = pick(dataset[collection] ?? [], b);
  switch (kind % 9) {
    case 0:
      return { type: 'addActor', fields: { name: word || 'x', kind: 'group' } };
    case 1:
      return { type: 'addClaim', fields: { text: `${word} claim` } };
    case 2:
      return {
        type: 'addStatement',
        fields: {
          actor: pick(actors, a)?.id ?? 'none',
          claim: pick(claims, b)?.id ?? 'none',
          stance: pick(['asserts', 'denies', 'evaluates'], a + b)!,
        },
      };
    case 3:
      return { type: 'addSource', fields: { title: word } };
    case 4:
      return record
        ? { type: 'update', collection, id: record.id, fields: { note: word, role: undefined } }
        : { type: 'setTitle', title: word };
    case 5:
      return record
        ? { type: 'delete', collection, id: record.id }
        : { type: 'setTitle', title: word };
    case 6:
      return {
        type: 'mergeActors',
        keep: pick(actors, a)?.id ?? '',
        remove: pick(actors, b)?.id ?? '',
      };
    case 7:
      return {
        type: 'mergeClaims',
        keep: pick(claims, a)?.id ?? '',
        remove: pick(claims, b)?.id ?? '',
      };
    default:
      return { type: 'setTitle', title: word };
  }
}

describe('undo', () => {
  const starts: Dataset[] = [
    base,
    seed,
    ...fixtureCases('valid').map((name) => load(readFixture(name, 'valid'))),
  ];

  it('of any sequence of edits, one by one in reverse, gives back the original dataset', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...starts.keys()),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 12 })), {
          maxLength: 12,
        }),
        (start, steps) => {
          const original = starts[start]!;
          const snapshot = structuredClone(original);
          let dataset = original;
          const history = [];
          for (const [kind, a, b, word] of steps) {
            const outcome = applyEdit(dataset, pickEdit(dataset, kind, a, b, word));
            if (!outcome.ok) continue; // refused: nothing changed, nothing to undo
            accepted++;
            history.push({ change: outcome.change, after: outcome.dataset });
            dataset = outcome.dataset;
          }
          // Redo after undo lands on the same dataset too.
          for (const { change, after } of [...history].reverse()) {
            const undone = applyChange(dataset, invertChange(change));
            expect(applyChange(undone, change)).toEqual(after);
            dataset = undone;
          }
          expect(dataset).toEqual(original);
          expect(original).toEqual(snapshot); // and nothing on the way modified it
        },
      ),
      { numRuns: 300 },
    );
    // The sequences really edit: most steps are accepted, not refused.
    expect(accepted).toBeGreaterThan(300 * 3);
  });
});
