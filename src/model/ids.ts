// New ids for records made in the app: readable (made from the name or text) and unique.

const MAX_SLUG = 40;

// "é" becomes "e", but "й" stays "й": dropping its mark would make another Cyrillic letter.
function withoutLatinAccent(char: string): string {
  const decomposed = char.normalize('NFKD');
  return /^[A-Za-z]/.test(decomposed) ? decomposed.replace(/\p{M}+/gu, '') : char;
}

/**
 * Returns `text` as an id-friendly slug: lower case, accents dropped, anything but letters and
 * digits turned into single dashes, at most 40 characters, cut at a word when it can be.
 * Letters of any script are kept (an actor called "Зеленський" gets a readable id too).
 */
export function slugify(text: string): string {
  const slug = [...text.normalize('NFC')]
    .map(withoutLatinAccent)
    .join('')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > MAX_SLUG / 2 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG)).replace(
    /-+$/,
    '',
  );
}

/**
 * Returns a new id made from `text` that is not in `taken`: its slug, or the slug with "-2", "-3"
 * and so on; `fallback` (say "actor") when the text has no letters or digits.
 */
export function uniqueId(text: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugify(text) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
