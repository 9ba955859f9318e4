import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCES, stancesOf, type StanceDef } from '../../../src/model';

describe('DEFAULT_STANCES', () => {
  it('is the vocabulary of FORMAT.md, in its order, with its polarities', () => {
    expect(DEFAULT_STANCES.map(({ id, label, polarity }) => [id, label, polarity])).toEqual([
      ['asserts', 'Asserts', 1],
      ['agrees', 'Agrees', 1],
      ['accuses', 'Accuses', 1],
      ['denies', 'Denies', -1],
      ['doubts', 'Doubts', -1],
      ['evaluates', 'Evaluates', 0],
    ]);
  });

  it('gives each stance its own hex colour', () => {
    const colors = DEFAULT_STANCES.map((stance) => stance.color);
    for (const color of colors) expect(color).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(new Set(colors.map((c) => c?.toLowerCase())).size).toBe(DEFAULT_STANCES.length);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_STANCES)).toBe(true);
    for (const stance of DEFAULT_STANCES) expect(Object.isFrozen(stance)).toBe(true);
  });
});

describe('stancesOf', () => {
  it('is the default vocabulary when the dataset has none', () => {
    expect(stancesOf({})).toBe(DEFAULT_STANCES);
  });

  it('is the custom vocabulary when the dataset has one, even an empty one', () => {
    const custom: StanceDef[] = [{ id: 'supports', label: 'Supports', polarity: 1 }];
    expect(stancesOf({ stances: custom })).toBe(custom);
    expect(stancesOf({ stances: [] })).toEqual([]);
  });
});
