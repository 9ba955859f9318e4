import { describe, expect, it } from 'vitest';
import { countingPeriod, isoWeek, type Duplicates } from '../../../src/model/duplicates';
import { buildGraphIndex } from '../../../src/model/graphIndex';
import type { Statement } from '../../../src/model/schema';

describe('isoWeek', () => {
  it.each([
    ['2024-01-01', '2024-W01'], // a Monday
    ['2024-01-07', '2024-W01'], // the Sunday after
    ['2024-01-08', '2024-W02'],
    ['2024-12-30', '2025-W01'], // a Monday whose Thursday is in 2025
    ['2021-01-03', '2020-W53'], // a Sunday whose Thursday is in 2020
    ['2020-12-31', '2020-W53'],
    ['2026-06-15', '2026-W25'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe('countingPeriod', () => {
  const index = buildGraphIndex({
    format: 'stancegraph',
    version: 1,
    sources: [{ id: 'paper', published: '2024-05-02' }, { id: 'undated' }],
    actors: [{ id: 'a', name: 'A', kind: 'person' }],
    claims: [{ id: 'c', text: 'C' }],
    statements: [],
  });
  const statement = (fields: Partial<Statement>): Statement => ({
    id: 's',
    actor: 'a',
    claim: 'c',
    stance: 'asserts',
    ...fields,
  });
  const periods = (fields: Partial<Statement>) =>
    (['every', 'source', 'week', 'month', 'year', 'overall'] as Duplicates[]).map((d) =>
      countingPeriod(index, statement(fields), d),
    );

  it('names the source or calendar period of a dated statement', () => {
    expect(periods({ date: '2024-10-17', source: 'paper' })).toEqual([
      null,
      'paper',
      '2024-W42',
      '2024-10',
      '2024',
      '',
    ]);
  });

  it('dates a statement by its source when it has no date, and knows no finer period', () => {
    expect(periods({ source: 'paper' })).toEqual([
      null,
      'paper',
      '2024-W18',
      '2024-05',
      '2024',
      '',
    ]);
    expect(periods({ date: '2024-10' })).toEqual([null, null, null, '2024-10', '2024', '']);
    expect(periods({ source: 'undated' })).toEqual([null, 'undated', null, null, null, '']);
  });
});
