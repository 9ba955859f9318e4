import { DATE_PATTERN, isRealDate } from './formatRules';
import type { Statement } from './schema';

// The day arithmetic below compares full days as plain strings: every part is zero-padded and
// years have four digits (DATE_PATTERN), so string order is date order.

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Returns the inclusive range of full days ("YYYY-MM-DD") that a full or partial date covers:
 * "2024" → 2024-01-01..2024-12-31, "2024-02" → 2024-02-01..2024-02-29, a full day → itself.
 * Throws a RangeError for anything that is not a real date (see isRealDate in schema.ts).
 */
export function dateRange(date: string): { start: string; end: string } {
  const m = DATE_PATTERN.exec(date);
  if (!m || !isRealDate(date)) throw new RangeError(`not a real date: ${JSON.stringify(date)}`);
  const year = m[1]!;
  if (m[2] === undefined) return { start: `${year}-01-01`, end: `${year}-12-31` };
  const month = m[2];
  if (m[3] === undefined) {
    const last = daysInMonth(Number(year), Number(month));
    return {
      start: `${year}-${month}-01`,
      end: `${year}-${month}-${String(last).padStart(2, '0')}`,
    };
  }
  return { start: date, end: date };
}

/**
 * Returns the earliest first day and the latest last day covered by the dated statements, or null
 * when none is dated. A partial date counts with its whole range, so "2024" reaches 2024-12-31.
 */
export function datasetDateExtent(
  statements: readonly Pick<Statement, 'date'>[],
): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const statement of statements) {
    if (statement.date === undefined) continue;
    const { start, end } = dateRange(statement.date);
    if (min === null || start < min) min = start;
    if (max === null || end > max) max = end;
  }
  return min === null || max === null ? null : { min, max };
}

/**
 * Returns true when the days covered by `date` intersect the days from `from` to `to` (both
 * inclusive; null leaves that side open). Bounds may be partial too: from "2024-10" starts on
 * 2024-10-01, to "2024-10" ends on 2024-10-31. Partial dates are imprecise, so any shared day
 * counts: "2024-10" overlaps from "2024-10-17".
 */
export function overlapsRange(date: string, from: string | null, to: string | null): boolean {
  return rangeOverlaps(
    dateRange(date),
    from === null ? null : dateRange(from).start,
    to === null ? null : dateRange(to).end,
  );
}

/**
 * Returns true when a day range intersects [fromDay, toDay] (full days or null = open). For
 * callers that test many dates against one bound pair and want to parse the bounds once.
 */
export function rangeOverlaps(
  range: { start: string; end: string },
  fromDay: string | null,
  toDay: string | null,
): boolean {
  return (fromDay === null || range.end >= fromDay) && (toDay === null || range.start <= toDay);
}
