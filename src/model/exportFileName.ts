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
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  // The user's own calendar day, not UTC's.
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${slug || 'stancegraph'}-${view}-${day}.${extension}`;
}
