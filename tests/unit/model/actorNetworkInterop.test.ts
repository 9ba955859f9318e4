// DNA's own sample.dna, read as the app reads it, through the actor network: the organisations
// that only people speak for, and the Type attribute DNA's sample codes.
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { actorAttributeKeys, actorGrouping } from '../../../src/model/actorLevel';
import { networkCounts, tieValues } from '../../../src/model/actorNetwork';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import { readDna } from '../../../src/model/readDna';
import { interopBytes, needInterop } from '../interop';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

function sampleIndex() {
  const result = readDna(SQL, interopBytes('sample.dna'), 'sample');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return buildGraphIndex(result.dataset);
}

describe('the actor network of DNA’s sample.dna', () => {
  it('ties the organisations the people speak for, which say nothing themselves', (context) => {
    needInterop(context);
    const index = sampleIndex();
    const organisations = index.dataset.actors.filter((a) => a.kind === 'organization');
    const coded = networkCounts(index, actorGrouping(index, 'actors').nodeOf, 'every');
    // As coded, only the people speak: no organisation is a node of the network.
    expect(organisations.some((o) => coded.nodeIds.includes(o.id))).toBe(false);

    const grouping = actorGrouping(index, 'organisations');
    const counts = networkCounts(index, grouping.nodeOf, 'every');
    expect([...counts.nodeIds].sort()).toEqual(organisations.map((o) => o.id).sort());
    // Every organisation shares a concept with another.
    for (const id of counts.nodeIds) {
      expect(
        counts.a.some((x, i) => counts.nodeIds[x] === id || counts.nodeIds[counts.b[i]!] === id),
      ).toBe(true);
    }
    const agreement = tieValues(counts, 'agreement', 'none');
    const conflict = tieValues(counts, 'conflict', 'none');
    const cooccurrence = tieValues(counts, 'cooccurrence', 'none');
    // Every statement of the sample agrees or disagrees (n = n⁺ + n⁻), so the agreement and
    // conflict of a pair add up to its co-occurrence.
    agreement.forEach((value, i) => expect(value + conflict[i]!).toBe(cooccurrence[i]));
  });

  it('groups by the Type attribute DNA codes', (context) => {
    needInterop(context);
    const index = sampleIndex();
    expect(actorAttributeKeys(index)).toContain('Type');
    const grouping = actorGrouping(index, 'attribute:Type');
    const types = new Set(index.dataset.actors.map((a) => String(a.Type)));
    expect(new Set([...grouping.nodes.values()].map((n) => n.label))).toEqual(types);
  });
});
