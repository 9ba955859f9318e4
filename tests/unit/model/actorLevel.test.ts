import { describe, expect, it } from 'vitest';
import {
  actorAttributeKeys,
  actorAttributes,
  actorGrouping,
  actorLevelLabel,
  effectiveActorLevel,
  isActorLevel,
} from '../../../src/model/actorLevel';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Dataset } from '../../../src/model/schema';

// Org has members Pia and Quin (Quin's first memberOf is Org, its second Other); Ray belongs to
// no one; Sam lists itself first, then Org. Attributes: party (text), seats (number), active
// (boolean); "1" and 1 are different values.
const DATASET: Dataset = {
  format: 'stancegraph',
  version: 1,
  actors: [
    { id: 'org', name: 'Org', kind: 'organization', party: 'A' },
    { id: 'other', name: 'Other', kind: 'organization' },
    { id: 'pia', name: 'Pia', kind: 'person', memberOf: ['org'], party: 'A', seats: 1 },
    { id: 'quin', name: 'Quin', kind: 'person', memberOf: ['org', 'other'], party: 'B' },
    { id: 'ray', name: 'Ray', kind: 'person', role: 'Mayor', country: 'FRA', active: true },
    { id: 'sam', name: 'Sam', kind: 'group', memberOf: ['sam', 'org'], party: 1, seats: '1' },
  ],
  claims: [{ id: 'c', text: 'C' }],
  statements: [],
};
const index = buildGraphIndex(DATASET);

describe('actor attributes', () => {
  it('are the other string, number and boolean fields, not the format’s own', () => {
    expect(actorAttributes(DATASET.actors[4]!)).toEqual([['active', true]]);
    expect(actorAttributes(DATASET.actors[2]!)).toEqual([
      ['party', 'A'],
      ['seats', 1],
    ]);
    expect(actorAttributeKeys(index)).toEqual(['active', 'party', 'seats']);
  });
});

describe('actorGrouping', () => {
  const membersOf = (level: Parameters<typeof actorGrouping>[1]) =>
    Object.fromEntries(
      [...actorGrouping(index, level).nodes.values()].map((n) => [n.label, n.members]),
    );

  it('keeps every actor as its own node as coded', () => {
    const grouping = actorGrouping(index, 'actors');
    expect([...grouping.nodes.keys()]).toEqual(DATASET.actors.map((a) => a.id));
    expect(grouping.nodes.get('pia')).toMatchObject({ label: 'Pia', kind: 'person', actor: 'pia' });
  });

  it('counts each actor for its first organisation other than itself', () => {
    expect(membersOf('organisations')).toEqual({
      Org: ['org', 'pia', 'quin', 'sam'],
      Other: ['other'],
      Ray: ['ray'],
    });
    const org = actorGrouping(index, 'organisations').nodes.get('org');
    expect(org).toMatchObject({ kind: 'organization', actor: 'org' });
  });

  it('groups by an attribute’s value, telling 1 from "1", and leaves actors without it alone', () => {
    const grouping = actorGrouping(index, 'attribute:party');
    expect(membersOf('attribute:party')).toEqual({
      A: ['org', 'pia'],
      B: ['quin'],
      1: ['sam'],
      Other: ['other'],
      Ray: ['ray'],
    });
    const a = grouping.nodes.get(grouping.nodeOf.get('pia')!)!;
    expect(a).toMatchObject({ kind: 'group', attribute: { key: 'party', value: 'A' } });
    expect(a.actor).toBeUndefined();
    // The number 1 (Sam's party) and the text "1" (Sam's seats) are different groups' values.
    const seats = actorGrouping(index, 'attribute:seats');
    expect(seats.nodeOf.get('pia')).not.toBe(seats.nodeOf.get('sam'));
  });

  it('never gives a group an id an actor or claim already has', () => {
    const groupId = 'attribute:["party","A"]';
    const clash = buildGraphIndex({
      ...DATASET,
      claims: [{ id: groupId, text: 'A claim whose id looks like a group' }],
    });
    const grouping = actorGrouping(clash, 'attribute:party');
    const node = grouping.nodeOf.get('pia')!;
    expect(node).not.toBe(groupId);
    expect(node.startsWith(groupId)).toBe(true);
  });
});

describe('levels', () => {
  it('reads only the levels there can be, and falls back when the dataset lacks the attribute', () => {
    for (const good of ['actors', 'organisations', 'attribute:party', 'attribute:a:b'])
      expect(isActorLevel(good), good).toBe(true);
    for (const bad of ['', 'actor', 'attribute:', 'Organisations'])
      expect(isActorLevel(bad), bad).toBe(false);
    expect(effectiveActorLevel(index, 'attribute:party')).toBe('attribute:party');
    expect(effectiveActorLevel(index, 'attribute:colour')).toBe('actors');
    expect(effectiveActorLevel(index, 'organisations')).toBe('organisations');
    expect(actorLevelLabel('attribute:party')).toBe('Attribute: party');
  });
});
