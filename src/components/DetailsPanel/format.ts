import { MONTH_NAMES as MONTHS } from '../../model/days';
import { DATE_PATTERN, isRealDate } from '../../model/formatRules';

/**
 * Returns a full or partial ISO date for reading: "2024-10-17" → "17 October 2024",
 * "2024-10" → "October 2024", "2024" → "2024". Anything else comes back as it is.
 */
export function formatDate(date: string): string {
  const match = DATE_PATTERN.exec(date);
  if (!match || !isRealDate(date)) return date;
  const [, year = '', month, day] = match;
  if (month === undefined) return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * Returns the address a link may point to, or null: only a URL that is written starting with
 * http:// or https:// and that the URL constructor reads as http or https. Anything else
 * ("javascript:", "data:", relative paths) stays plain text.
 */
export function safeHttpUrl(url: string | undefined): string | null {
  if (url === undefined || !/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Returns the text wrapped in typographic double quotes. */
export function quoted(text: string): string {
  return `\u201C${text}\u201D`;
}
