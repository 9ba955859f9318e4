// The timeline: statements counted in bins over time, and the windows that Play moves across
// the range. Everything here works on day numbers (days.ts).
import {
  calendarOf,
  dayRangeOf,
  dayString,
  MONTH_NAMES,
  monthStart,
  statementDaysOf,
} from './days';
import { polarityOf, type GraphIndex } from './graphIndex';
import { countOf } from './countOf';
import { isRealDate } from './formatRules';

/** The width of one bar of the histogram. */
export type BinUnit = 'day' | 'week' | 'month' | 'year';

/** The length of the window that Play moves. */
export type WindowUnit = 'week' | 'month' | 'quarter' | 'year';

export const WINDOW_UNITS: readonly WindowUnit[] = ['week', 'month', 'quarter', 'year'];

/** Returns whether a string names a window unit (for values read from a form or storage). */
export function isWindowUnit(value: string): value is WindowUnit {
  return (WINDOW_UNITS as readonly string[]).includes(value);
}

// The longest spans (in days) drawn with each bin: about 100 to 250 bars at most, so every bar
// stays a few pixels wide on a narrow window.
const DAY_BINS_UP_TO = 100;
const WEEK_BINS_UP_TO = 3 * 366;
const MONTH_BINS_UP_TO = 20 * 366;

/** Returns the bin that suits a range of days: days, weeks, months or years. */
export function binUnitFor(extent: { min: number; max: number }): BinUnit {
  const span = extent.max - extent.min + 1;
  if (span <= DAY_BINS_UP_TO) return 'day';
  if (span <= WEEK_BINS_UP_TO) return 'week';
  if (span <= MONTH_BINS_UP_TO) return 'month';
  return 'year';
}

// Day 0 (1970-01-01) was a Thursday; weeks start on Monday (ISO 8601).
const MONDAY_OFFSET = 3;

/** Returns the first day of the period of `unit` that holds `day` (weeks start on Monday). */
export function periodStart(day: number, unit: BinUnit | WindowUnit): number {
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      return day - ((((day + MONDAY_OFFSET) % 7) + 7) % 7);
    case 'month': {
      const { year, month } = calendarOf(day);
      return monthStart(year, month);
    }
    case 'quarter': {
      const { year, month } = calendarOf(day);
      return monthStart(year, month - ((month - 1) % 3));
    }
    case 'year':
      return monthStart(calendarOf(day).year, 1);
  }
}

/** Returns the first day of the period of `unit` after the one that starts on `start`. */
export function nextPeriodStart(start: number, unit: BinUnit | WindowUnit): number {
  switch (unit) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    default: {
      const { year, month } = calendarOf(start);
      const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
      return monthStart(year, month + months);
    }
  }
}

/** One bar of the histogram: statements whose date starts within [start, end], by polarity. */
export interface Bin {
  readonly start: number;
  readonly end: number;
  readonly positive: number;
  readonly neutral: number;
  readonly negative: number;
}

export interface Histogram {
  readonly unit: BinUnit;
  readonly bins: readonly Bin[];
  /** The most statements in one bin (0 when none). */
  readonly max: number;
  /** Shown statements without a date, which no bar counts. */
  readonly undated: number;
}

/**
 * Returns the histogram of the given statements (ids; all when null) over the dataset's date
 * extent, or null when no statement of the dataset has a date. Bins are chosen from the extent;
 * a statement counts in the bin where its date starts, so "2024" counts in January 2024's bin.
 * The extent is the dataset's, not the statements', so bars keep their places while filters
 * change.
 */
export function histogram(
  index: GraphIndex,
  statementIds: ReadonlySet<string> | null,
): Histogram | null {
  const days = statementDaysOf(index);
  if (!days.extent) return null;
  const unit = binUnitFor(days.extent);
  const starts: number[] = [];
  for (let day = periodStart(days.extent.min, unit); day <= days.extent.max;) {
    starts.push(day);
    day = nextPeriodStart(day, unit);
  }
  const positive = new Array<number>(starts.length).fill(0);
  const neutral = new Array<number>(starts.length).fill(0);
  const negative = new Array<number>(starts.length).fill(0);
  let undated = 0;
  index.dataset.statements.forEach((statement, i) => {
    if (statementIds && !statementIds.has(statement.id)) return;
    if (days.dated[i] === 0) {
      undated++;
      return;
    }
    const bin = binOf(starts, days.start[i]!);
    const polarity = polarityOf(index, statement);
    if (polarity > 0) positive[bin]!++;
    else if (polarity < 0) negative[bin]!++;
    else neutral[bin]!++;
  });
  let max = 0;
  const bins = starts.map((start, i) => {
    const bin: Bin = {
      start,
      end: (starts[i + 1] ?? nextPeriodStart(start, unit)) - 1,
      positive: positive[i]!,
      neutral: neutral[i]!,
      negative: negative[i]!,
    };
    max = Math.max(max, bin.positive + bin.neutral + bin.negative);
    return bin;
  });
  return { unit, bins, max, undated };
}

/** The index of the last bin starting on or before `day` (bins sorted by start). */
function binOf(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Returns how a period of `unit` starting on `start` is named: "October 2024", "2024 Q4"… */
export function periodLabel(start: number, unit: BinUnit | WindowUnit): string {
  const { year, month } = calendarOf(start);
  switch (unit) {
    case 'day':
      return dayString(start);
    case 'week':
      return `week of ${dayString(start)}`;
    case 'month':
      return `${MONTH_NAMES[month - 1]} ${year}`;
    case 'quarter':
      return `${year} Q${Math.floor((month - 1) / 3) + 1}`;
    case 'year':
      return String(year);
  }
}

/**
 * Returns the date filter bounds that cover the days [start, end]: whole months and years are
 * written as partial dates ("2024-10", "2024"), as a person would type them; other spans as days.
 */
export function boundsOf(start: number, end: number): { from: string; to: string } {
  const first = calendarOf(start);
  const last = calendarOf(end);
  const startsMonth = first.date === 1;
  const endsMonth = calendarOf(end + 1).date === 1;
  if (startsMonth && endsMonth) {
    const pad = (n: number) => String(n).padStart(2, '0');
    if (first.month === 1 && last.month === 12)
      return { from: String(first.year), to: String(last.year) };
    return {
      from: `${first.year}-${pad(first.month)}`,
      to: `${last.year}-${pad(last.month)}`,
    };
  }
  return { from: dayString(start), to: dayString(end) };
}

/** The date filter's range as day numbers; an open or unreadable side is ±Infinity. */
export function filterDays(
  dateFrom: string | null,
  dateTo: string | null,
): { start: number; end: number } {
  return {
    start: dateFrom !== null && isRealDate(dateFrom) ? dayRangeOf(dateFrom).start : -Infinity,
    end: dateTo !== null && isRealDate(dateTo) ? dayRangeOf(dateTo).end : Infinity,
  };
}

/** A window of the moving-window playback: the days it covers and its name. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** Returns the window of `unit` that holds `day`. */
export function windowAt(day: number, unit: WindowUnit): TimeWindow {
  const start = periodStart(day, unit);
  const end = nextPeriodStart(start, unit) - 1;
  return { start, end, ...boundsOf(start, end), label: periodLabel(start, unit) };
}

/**
 * Returns the window the date filter is now exactly, or null when its range is not one window of
 * `unit`.
 */
export function currentWindow(
  dateFrom: string | null,
  dateTo: string | null,
  unit: WindowUnit,
): TimeWindow | null {
  const range = filterDays(dateFrom, dateTo);
  if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) return null;
  const window = windowAt(range.start, unit);
  return window.start === range.start && window.end === range.end ? window : null;
}

/**
 * Returns the window that a step of Play (or Next/Previous) moves to, within the dataset's date
 * extent: from a range that is one window, the window after (or before) it; from any other range,
 * the window holding its start (or the extent's first day when it has none). Null when the step
 * would leave the extent.
 */
export function stepWindow(
  extent: { min: number; max: number },
  dateFrom: string | null,
  dateTo: string | null,
  unit: WindowUnit,
  direction: 1 | -1,
): TimeWindow | null {
  const current = currentWindow(dateFrom, dateTo, unit);
  let next: TimeWindow;
  if (current) {
    next = direction > 0 ? windowAt(current.end + 1, unit) : windowAt(current.start - 1, unit);
  } else {
    const { start } = filterDays(dateFrom, dateTo);
    const from = Number.isFinite(start) ? Math.max(start, extent.min) : extent.min;
    next = windowAt(Math.min(from, extent.max), unit);
  }
  if (next.start > extent.max || next.end < extent.min) return null;
  return next;
}

const SHORT_MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

/**
 * Returns the labels of the timeline's axis: the bars where a larger period starts (a year, a
 * month, a week), at most `maxLabels` of them, evenly thinned.
 */
export function axisLabels(
  histogram: Pick<Histogram, 'unit' | 'bins'>,
  maxLabels = 8,
): { index: number; label: string }[] {
  const candidates: { index: number; label: string }[] = [];
  histogram.bins.forEach((bin, index) => {
    const { year, month, date } = calendarOf(bin.start);
    const startsMonth = histogram.unit === 'week' ? date <= 7 : date === 1;
    const newYear = month === 1 && startsMonth;
    let label: string | null = null;
    switch (histogram.unit) {
      case 'year':
        label = String(year);
        break;
      case 'month':
        if (month === 1) label = String(year);
        else if ((month - 1) % 3 === 0) label = SHORT_MONTHS[month - 1]!;
        break;
      case 'week':
        if (startsMonth) label = newYear ? String(year) : SHORT_MONTHS[month - 1]!;
        break;
      case 'day':
        if (date === 1 || index === 0) label = `${SHORT_MONTHS[month - 1]} ${date}`;
        else if ((bin.start + MONDAY_OFFSET) % 7 === 0) label = String(date);
        break;
    }
    if (label !== null) candidates.push({ index, label });
  });
  if (candidates.length <= maxLabels) return candidates;
  // Keep every k-th, and always the years when the bars are months or weeks.
  const step = Math.ceil(candidates.length / maxLabels);
  return candidates.filter((_, i) => i % step === 0);
}

/** Returns what the histogram shows, said in words (its text alternative). */
export function histogramSummary(histogram: Histogram): string {
  const { bins, unit, undated } = histogram;
  const first = bins[0];
  const last = bins[bins.length - 1];
  if (!first || !last) return 'No dated statements.';
  let dated = 0;
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  let busiest = first;
  let busiestCount = -1;
  for (const bin of bins) {
    const count = bin.positive + bin.neutral + bin.negative;
    dated += count;
    positive += bin.positive;
    neutral += bin.neutral;
    negative += bin.negative;
    if (count > busiestCount) {
      busiest = bin;
      busiestCount = count;
    }
  }
  const parts = [
    `Statements by ${unit}, ${dayString(first.start)} to ${dayString(last.end)}: ${countOf(dated, 'dated statement', 'dated statements')}`,
  ];
  if (dated > 0) {
    parts[0] += ` (${positive} for, ${neutral} neutral, ${negative} against)`;
    parts.push(`most in ${periodLabel(busiest.start, unit)} (${busiestCount})`);
  }
  if (undated > 0)
    parts.push(`${countOf(undated, 'undated statement', 'undated statements')} not drawn`);
  return `${parts.join('; ')}.`;
}
