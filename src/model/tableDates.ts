// Dates as spreadsheets write them, read into the dates of the format (ISO 8601, full or partial).
import { isRealDate } from './formatRules';

/** Which part of a slashed date like 03/04/2015 is the day. */
export type DayOrder = 'dmy' | 'mdy';

const ISO =
  /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// Spreadsheet serial numbers: whole days (a fraction is the time of day). Four-digit whole numbers
// are years, not serials: 2015 is the year 2015, not 7 July 1905.
const SERIAL = /^(?:\d{1,3}|\d{5,7}|\d{4}(?=\.))(?:\.\d+)?$/;

/** Excel's largest date, 9999-12-31. */
const MAX_SERIAL = 2958465;

const HINT = 'use YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY or a spreadsheet date';

export type DateCell = { ok: true; date: string } | { ok: false; message: string };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function day(year: number, month: number, dayOfMonth: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(dayOfMonth)}`;
}

/**
 * Returns the ISO day of a spreadsheet serial number (Excel's 1900 date system, which LibreOffice
 * and Google Sheets share for these days): 1 is 1900-01-01, 61 is 1900-03-01. Excel counts a
 * 29 February 1900 that never was (serial 60): it is no date. Undefined outside 1..9999-12-31.
 */
export function serialDate(serial: number): string | undefined {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > MAX_SERIAL || whole === 60) return undefined;
  const offset = whole < 60 ? whole : whole - 1;
  const epoch = Date.UTC(1899, 11, 31);
  const date = new Date(epoch + offset * 86_400_000);
  return day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Returns the date in a spreadsheet cell as an ISO date: ISO itself (full or partial; a time of
 * day is dropped), DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY (as `order` says; without one, a slashed
 * date is refused), or a spreadsheet serial number. Else a message such as
 * `"31/02/2015" is not a date`. The cell is trimmed; callers treat a blank cell as no date.
 */
export function readDateCell(text: string, order: DayOrder | null): DateCell {
  const value = text.trim();
  const quoted = JSON.stringify(value);
  const notADate = (hint = false): DateCell => ({
    ok: false,
    message: `${quoted} is not a date${hint ? ` (${HINT})` : ''}`,
  });
  const checked = (year: number, month: number, dayOfMonth: number): DateCell => {
    const date = day(year, month, dayOfMonth);
    return isRealDate(date) ? { ok: true, date } : notADate();
  };

  const iso = ISO.exec(value);
  if (iso) {
    const year = Number(iso[1]);
    if (iso[2] === undefined) return { ok: true, date: iso[1]! };
    const month = Number(iso[2]);
    if (iso[3] === undefined) {
      const date = `${iso[1]}-${pad(month)}`;
      return isRealDate(date) ? { ok: true, date } : notADate();
    }
    return checked(year, month, Number(iso[3]));
  }
  const dotted = DOTTED.exec(value);
  if (dotted) return checked(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const slashed = SLASHED.exec(value);
  if (slashed) {
    if (order === null) {
      return {
        ok: false,
        message: `${quoted} could be day/month or month/day: choose how dates are written`,
      };
    }
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    const year = Number(slashed[3]);
    return order === 'dmy' ? checked(year, second, first) : checked(year, first, second);
  }
  if (SERIAL.test(value)) {
    const date = serialDate(Number(value));
    return date === undefined ? notADate() : { ok: true, date };
  }
  return notADate(true);
}

/**
 * Returns what the slashed dates (like 03/04/2015) among `values` say about their order: `none`
 * when there are none; `dmy` or `mdy` when some first or some second part is above 12 and none of
 * the other; `ambiguous` when every part is 12 or less, or when the values disagree (then the user
 * must choose, and the dates that do not fit the choice are reported).
 */
export function slashedDateOrder(values: Iterable<string>): 'none' | DayOrder | 'ambiguous' {
  let any = false;
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const match = SLASHED.exec(value.trim());
    if (!match) continue;
    any = true;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  if (!any) return 'none';
  if (dayFirst && !monthFirst) return 'dmy';
  if (monthFirst && !dayFirst) return 'mdy';
  return 'ambiguous';
}
