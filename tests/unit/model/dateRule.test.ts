import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate, validateDataset } from '../../../src/model';
import { readFixture } from './fixtureFiles';

// The reference: what the JavaScript calendar (proleptic Gregorian, no two-digit-year mapping
// with setUTCFullYear) makes of the same year, month and day.
function calendarHas(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isRealDate', () => {
  it.each([
    ['2024-10-17', true],
    ['2024-06', true],
    ['2024', true],
    ['2024-02-29', true], // divisible by 4
    ['2023-02-29', false],
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2000-02-29', true], // divisible by 400
    ['2100-02-29', false],
    ['2024-02-30', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13', false],
    ['2024-00', false],
    ['2024-01-00', false],
    ['2024-01-32', false],
    ['0000', true],
    ['2024-1-5', false],
    ['24-10-17', false],
    ['2024-10-17T10:00:00Z', false],
    ['+002024-10-17', false],
    ['2024/10/17', false],
    ['2024-10-17 ', false],
    ['', false],
  ])('%j: %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
  });

  it('agrees with the JavaScript calendar on every full date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isRealDate(text)).toBe(calendarHas(year, month, day));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts the date part of every ISO timestamp of years 0000 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const day = date.toISOString().slice(0, 10);
          expect(isRealDate(day)).toBe(true);
          expect(isRealDate(day.slice(0, 7))).toBe(true);
          expect(isRealDate(day.slice(0, 4))).toBe(true);
        },
      ),
    );
  });
});

describe('the date rule in a dataset', () => {
  const withDates = (date: unknown, published: unknown) => {
    const data = JSON.parse(readFixture('minimal', 'valid')) as Record<string, unknown>;
    data['sources'] = [{ id: 'src', published }];
    (data['statements'] as Record<string, unknown>[])[0]!['date'] = date;
    return validateDataset(data);
  };

  it('accepts leap days of leap years in statements and sources', () => {
    expect(withDates('2024-02-29', '2000-02-29').ok).toBe(true);
  });

  it('refuses leap days of common years, naming both places', () => {
    expect(withDates('2023-02-29', '1900-02-29')).toEqual({
      ok: false,
      problems: [
        { path: 'sources[0].published', message: '"1900-02-29" is not a real date' },
        { path: 'statements[0].date', message: '"2023-02-29" is not a real date' },
      ],
    });
  });

  it('gives a malformed date one message, not two', () => {
    expect(withDates('yesterday', '2024-10-17T10:00')).toEqual({
      ok: false,
      problems: [
        {
          path: 'sources[0].published',
          message: '"2024-10-17T10:00" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
        },
        {
          path: 'statements[0].date',
          message: '"yesterday" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
        },
      ],
    });
  });
});
