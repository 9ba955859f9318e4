import type { GraphIndex } from './graphIndex';
import type { Actor } from './schema';

/** One hit of a search: an actor or a claim, with the string that matched. */
export interface SearchResult {
  type: 'actor' | 'claim';
  id: string;
  /** The actor's name or the claim's text. */
  label: string;
  /** The name, alias or text that matched, as written in the data. */
  matched: string;
  /** What tells an actor from others of the same name (namesakeDetails); absent when none. */
  detail?: string;
}

interface SearchEntry {
  readonly type: 'actor' | 'claim';
  readonly id: string;
  readonly label: string;
  readonly detail?: string;
  /** Each searchable string as written, with its normalized form, the name or text first. */
  readonly texts: readonly { readonly original: string; readonly normalized: string }[];
}

/** Normalized searchable strings of one dataset, built once per loaded file. */
export interface SearchIndex {
  /** Actors first, then claims, each in file order: the tie-break order of results. */
  readonly entries: readonly SearchEntry[];
}

// How well a query matches a string; lower ranks first.
const EXACT = 0;
const WORD_PREFIX = 1;
const SUBSTRING = 2;
const NO_MATCH = 3;

// A query starts a word when the character before it is not a letter or digit.
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Returns the text lower-cased, with accents removed (NFD, then combining marks dropped) and runs
 * of whitespace collapsed to one space, trimmed; "  Kurt  Campbéll " → "kurt campbell".
 */
export function normalizeForSearch(text: string): string {
  return (
    text
      // Lower-case first: some capitals lower-case to a letter plus a combining mark ("İ").
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * For actors that share a name (ignoring case, accents and spacing), what tells each apart in a
 * list of names: their roles when every one has its own, else their ids (always unique).
 */
export function namesakeDetails(actors: readonly Actor[]): Map<string, string> {
  const byName = new Map<string, Actor[]>();
  for (const actor of actors) {
    const key = normalizeForSearch(actor.name);
    const group = byName.get(key);
    if (group) group.push(actor);
    else byName.set(key, [actor]);
  }
  const details = new Map<string, string>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const roles = group.map((actor) => actor.role?.trim() ?? '');
    const byRole = roles.every((role) => role !== '') && new Set(roles).size === roles.length;
    group.forEach((actor, i) => details.set(actor.id, byRole ? roles[i]! : actor.id));
  }
  return details;
}

/** Returns the search index of a dataset: actor names and aliases and claim texts, normalized. */
export function buildSearchIndex(index: GraphIndex): SearchIndex {
  const entries: SearchEntry[] = [];
  const textsOf = (strings: readonly string[]) =>
    strings.map((original) => ({ original, normalized: normalizeForSearch(original) }));
  const details = namesakeDetails(index.dataset.actors);
  for (const actor of index.dataset.actors) {
    const detail = details.get(actor.id);
    entries.push({
      type: 'actor',
      id: actor.id,
      label: actor.name,
      ...(detail !== undefined && { detail }),
      texts: textsOf([actor.name, ...(actor.aliases ?? [])]),
    });
  }
  for (const claim of index.dataset.claims) {
    entries.push({ type: 'claim', id: claim.id, label: claim.text, texts: textsOf([claim.text]) });
  }
  return { entries };
}

function rankOf(text: string, query: string): number {
  if (text === query) return EXACT;
  let at = text.indexOf(query);
  if (at < 0) return NO_MATCH;
  // The first occurrence may sit inside a word while a later one starts a word.
  while (at >= 0) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1]!)) return WORD_PREFIX;
    at = text.indexOf(query, at + 1);
  }
  return SUBSTRING;
}

/**
 * Returns up to `limit` actors (by name or any alias) and claims (by text) whose text contains the
 * query, ignoring case, accents and extra whitespace. Best first: an exact match, then the query
 * starting a word, then anywhere inside; at equal rank actors come before claims, then file order.
 * An empty or blank query finds nothing.
 */
export function search(searchIndex: SearchIndex, query: string, limit = 20): SearchResult[] {
  const q = normalizeForSearch(query);
  if (q === '' || limit <= 0) return [];
  const hits: { rank: number; order: number; result: SearchResult }[] = [];
  searchIndex.entries.forEach((entry, order) => {
    let best = NO_MATCH;
    let matched = '';
    for (const text of entry.texts) {
      const rank = rankOf(text.normalized, q);
      if (rank < best) {
        best = rank;
        matched = text.original;
      }
    }
    if (best === NO_MATCH) return;
    hits.push({
      rank: best,
      order,
      result: {
        type: entry.type,
        id: entry.id,
        label: entry.label,
        matched,
        ...(entry.detail !== undefined && { detail: entry.detail }),
      },
    });
  });
  // Entries are stored actors first, so `order` also puts actors before claims at equal rank.
  hits.sort((x, y) => x.rank - y.rank || x.order - y.order);
  return hits.slice(0, limit).map((hit) => hit.result);
}
