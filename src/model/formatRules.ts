// The plain rules of the stancegraph format that need no validator: names, kinds, dates, URLs.
// Kept apart from schema.ts so the page can use them without loading zod.

/** The value of the top-level `format` field. */
export const FORMAT_NAME = 'stancegraph';

/** The only format version this app reads and writes. */
export const FORMAT_VERSION = 1;

/** The kinds an actor may have, in the order docs/FORMAT.md lists them. */
export const ACTOR_KINDS = ['person', 'state', 'organization', 'group', 'other'] as const;

/** The fields FORMAT.md gives a statement; any other plain field of one is an attribute. */
export const STATEMENT_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'actor',
  'claim',
  'stance',
  'date',
  'place',
  'quote',
  'source',
  'span',
]);

/** The polarities a stance may have: against, neutral, for. */
export const POLARITIES = [-1, 0, 1] as const;

/** A date in ISO 8601, full or partial: `2024-10-17`, `2024-06` or `2024`. */
export const DATE_PATTERN = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

// Case-insensitive by hand (a JSON Schema `pattern` has no flags), so the published schema and
// the app agree on it.
export const HTTP_URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//;

/**
 * Returns true when `value` is written as YYYY-MM-DD, YYYY-MM or YYYY and names a real day,
 * month or year of the (proleptic) Gregorian calendar.
 */
export function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Returns true when `value` starts with http:// or https:// and is a URL a browser can parse. */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_PATTERN.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
