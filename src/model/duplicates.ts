// Which statements the actor network counts, as DNA's `duplicates` setting: identical statements
// (the same node at the chosen level, the same claim, and the same polarity where polarity
// matters) count once per source, per calendar period, or once overall.
import { isOneOf } from './choices';
import type { GraphIndex } from './graphIndex';
import type { Statement } from './schema';

/** DNA's include, document, week, month, year and acrossrange. */
export type Duplicates = 'every' | 'source' | 'week' | 'month' | 'year' | 'overall';

export const DUPLICATES: readonly Duplicates[] = [
  'every',
  'source',
  'week',
  'month',
  'year',
  'overall',
];

/** Today's ties counted each claim once per pair, which is "Once overall". */
export const DEFAULT_DUPLICATES: Duplicates = 'overall';

export const DUPLICATES_LABELS: Readonly<Record<Duplicates, string>> = {
  every: 'Every statement',
  source: 'Once per source',
  week: 'Once per week',
  month: 'Once per month',
  year: 'Once per year',
  overall: 'Once overall',
};

/** Returns whether a string (from a link or storage) names a duplicates setting. */
export const isDuplicates = isOneOf(DUPLICATES);

/**
 * Returns the ISO 8601 week of a full date, "2024-W42": weeks run Monday to Sunday and belong to
 * the year of their Thursday (DNA uses calendar weeks "as defined in the UK locale", the same).
 */
export function isoWeek(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(time + (3 - weekday) * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const ordinal = (thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000;
  return `${weekYear}-W${String(Math.floor(ordinal / 7) + 1).padStart(2, '0')}`;
}

/** A statement's date, or else its source's publication date (DNA dates by the document). */
function dateOf(index: GraphIndex, statement: Statement): string | undefined {
  if (statement.date !== undefined) return statement.date;
  return statement.source === undefined
    ? undefined
    : index.sourceById.get(statement.source)?.published;
}

/**
 * Returns the source or period within which identical statements count once, or null when the
 * statement counts whatever else was said: always under "Every statement", and whenever its
 * source or period is unknown (no source; no date, or a date less precise than the period, such
 * as "2024-10" under "Once per week"), since nothing shows that it repeats another.
 */
export function countingPeriod(
  index: GraphIndex,
  statement: Statement,
  duplicates: Duplicates,
): string | null {
  switch (duplicates) {
    case 'every':
      return null;
    case 'overall':
      return '';
    case 'source':
      return statement.source ?? null;
  }
  const date = dateOf(index, statement);
  if (date === undefined) return null;
  if (duplicates === 'year') return date.slice(0, 4);
  if (duplicates === 'month') return date.length >= 7 ? date.slice(0, 7) : null;
  return date.length === 10 ? isoWeek(date) : null;
}
