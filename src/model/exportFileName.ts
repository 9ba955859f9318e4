/** Titles longer than this (as a slug) are cut, at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

/**
 * Returns the slug cut to at most `max` characters at the last word boundary (a hyphen), so no
 * word is left half ("17-oct-202"); a single word longer than `max` is cut where it must be.
 */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  if (slug[max] === '-') return cut;
  const lastBoundary = cut.lastIndexOf('-');
  return lastBoundary > 0 ? cut.slice(0, lastBoundary) : cut;
}

/**
 * Returns the file name of an export: the dataset's title as a slug, the view and the date, e.g.
 * `north-korean-troops-claims-2026-11-26.png`. Characters that file systems refuse are dropped.
 */
export function exportFileName(
  title: string | undefined,
  view: string,
  date: Date,
  extension: string,
): string {
  const slug = cutAtWord(
    (title ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
    MAX_SLUG_LENGTH,
  );
  // The user's own calendar day, not UTC's.
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${slug || 'stancegraph'}-${view}-${day}.${extension}`;
}
