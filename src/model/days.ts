// Calendar days as whole numbers (days since 1970-01-01, UTC), so that dates are compared and
// binned with integer arithmetic instead of parsing strings again at every filter change.
import { dateRange } from './dates';
import type { GraphIndex } from './graphIndex';

const MS_PER_DAY = 86_400_000;

/** The names of the months, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Returns the day number of a full day "YYYY-MM-DD" (no checks: callers pass real days). */
export function dayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** Returns the full day "YYYY-MM-DD" of a day number. */
export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The year, month (1–12) and day of month of a day number. */
export function calendarOf(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** Returns the day number of the first day of a month (1–12; months past 12 roll over). */
export function monthStart(year: number, month: number): number {
  return Math.round(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
}

/** Returns the first and last day numbers that a full or partial date covers. */
export function dayRangeOf(date: string): { start: number; end: number } {
  const { start, end } = dateRange(date);
  return { start: dayNumber(start), end: dayNumber(end) };
}

/**
 * The days each statement covers, in the order of `dataset.statements`: a partial date covers its
 * whole month or year. Undated statements have `dated[i] === 0` (their start and end are 0).
 */
export interface StatementDays {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly dated: Uint8Array;
  /** The first and last day covered by any dated statement; null when none is dated. */
  readonly extent: { readonly min: number; readonly max: number } | null;
}

const daysByIndex = new WeakMap<GraphIndex, StatementDays>();

/**
 * Returns the day ranges of the index's statements, computed once per index (a loaded or edited
 * dataset) and remembered: filters and the timeline then compare integers.
 */
export function statementDaysOf(index: GraphIndex): StatementDays {
  const known = daysByIndex.get(index);
  if (known) return known;
  const { statements } = index.dataset;
  const start = new Int32Array(statements.length);
  const end = new Int32Array(statements.length);
  const dated = new Uint8Array(statements.length);
  let min = Infinity;
  let max = -Infinity;
  statements.forEach((statement, i) => {
    if (statement.date === undefined) return;
    const range = dayRangeOf(statement.date);
    start[i] = range.start;
    end[i] = range.end;
    dated[i] = 1;
    if (range.start < min) min = range.start;
    if (range.end > max) max = range.end;
  });
  const days: StatementDays = {
    start,
    end,
    dated,
    extent: min <= max ? { min, max } : null,
  };
  daysByIndex.set(index, days);
  return days;
}
