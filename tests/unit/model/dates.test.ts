import { describe, expect, it } from 'vitest';
import {
  datasetDateExtent,
  dateRange,
  overlapsRange,
  rangeOverlaps,
} from '../../../src/model/dates';

describe('dateRange', () => {
  it('covers a whole year', () => {
    expect(dateRange('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('covers a whole month, with the right last day', () => {
    expect(dateRange('2024-06')).toEqual({ start: '2024-06-01', end: '2024-06-30' });
    expect(dateRange('2024-01')).toEqual({ start: '2024-01-01', end: '2024-01-31' });
    expect(dateRange('2024-11')).toEqual({ start: '2024-11-01', end: '2024-11-30' });
    expect(dateRange('2024-12')).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  });

  it('knows leap years, including the century rules', () => {
    expect(dateRange('2024-02').end).toBe('2024-02-29');
    expect(dateRange('2023-02').end).toBe('2023-02-28');
    expect(dateRange('1900-02').end).toBe('1900-02-28');
    expect(dateRange('2000-02').end).toBe('2000-02-29');
  });

  it('is a single day for a full date', () => {
    expect(dateRange('2024-06-17')).toEqual({ start: '2024-06-17', end: '2024-06-17' });
    expect(dateRange('2024-02-29')).toEqual({ start: '2024-02-29', end: '2024-02-29' });
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['', '24', '2024-2', '2024-13', '2024-00', '2023-02-29', '2024-06-31', 'x']) {
      expect(() => dateRange(bad), bad).toThrow(RangeError);
    }
  });
});

describe('datasetDateExtent', () => {
  it('is null when no statement is dated', () => {
    expect(datasetDateExtent([])).toBeNull();
    expect(datasetDateExtent([{}, { date: undefined }])).toBeNull();
  });

  it('spans the earliest start and the latest end, partial dates counting whole', () => {
    expect(
      datasetDateExtent([{ date: '2024-03-05' }, {}, { date: '2023-11' }, { date: '2024' }]),
    ).toEqual({ min: '2023-11-01', max: '2024-12-31' });
    expect(datasetDateExtent([{ date: '2024-02' }])).toEqual({
      min: '2024-02-01',
      max: '2024-02-29',
    });
  });
});

describe('overlapsRange', () => {
  it('is true for any date when the range is open on both sides', () => {
    expect(overlapsRange('1999', null, null)).toBe(true);
    expect(overlapsRange('2024-06-17', null, null)).toBe(true);
  });

  it('compares full dates inclusively', () => {
    expect(overlapsRange('2024-10-17', '2024-10-17', '2024-10-17')).toBe(true);
    expect(overlapsRange('2024-10-16', '2024-10-17', null)).toBe(false);
    expect(overlapsRange('2024-10-18', null, '2024-10-17')).toBe(false);
  });

  it('lets a partial date overlap when any of its days is in range', () => {
    expect(overlapsRange('2024-10', '2024-10-17', null)).toBe(true);
    expect(overlapsRange('2024-10', null, '2024-10-01')).toBe(true);
    expect(overlapsRange('2024-10', '2024-11-01', null)).toBe(false);
    expect(overlapsRange('2024-10', null, '2024-09-30')).toBe(false);
    expect(overlapsRange('2024', '2024-12-31', '2025-06-01')).toBe(true);
    expect(overlapsRange('2024', '2025-01-01', null)).toBe(false);
  });

  it('takes partial bounds as their whole period', () => {
    // "to 2024-10" runs to the end of October, "from 2024-10" from its first day.
    expect(overlapsRange('2024-10-31', null, '2024-10')).toBe(true);
    expect(overlapsRange('2024-11-01', null, '2024-10')).toBe(false);
    expect(overlapsRange('2024-10-01', '2024-10', null)).toBe(true);
    expect(overlapsRange('2024-09-30', '2024-10', null)).toBe(false);
    expect(overlapsRange('2024-02-29', '2024', '2024')).toBe(true);
    expect(overlapsRange('2023-12-31', '2024', '2024')).toBe(false);
  });

  it('is false for an empty range', () => {
    expect(overlapsRange('2024-06', '2024-07-01', '2024-05-31')).toBe(false);
  });

  it('agrees with rangeOverlaps on parsed bounds', () => {
    expect(rangeOverlaps(dateRange('2024-10'), '2024-10-17', null)).toBe(true);
    expect(rangeOverlaps(dateRange('2024-10'), null, '2024-09-30')).toBe(false);
  });
});
