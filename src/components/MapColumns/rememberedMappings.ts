// The Map columns choices, remembered per set of headers in localStorage, so the next file with
// the same columns opens with the same mapping. Storage may be missing or full: then nothing is
// remembered, and nothing breaks.
import { FIELDS, type ColumnMapping, type StanceChoice } from '../../model/columnMapping';
import type { DayOrder } from '../../model/tableDates';

const KEY = 'stancegraph.columnMappings';
/** The most recent mappings kept; older ones are dropped. */
const KEPT = 20;

/** What is remembered for one set of headers: columns by header name, stance choices, dates. */
export interface RememberedMapping {
  fields: Partial<Record<string, string | null>>;
  stances: Record<string, StanceChoice>;
  dateOrder: DayOrder | null;
}

type Store = { key: string; mapping: RememberedMapping }[];

function headerKey(headers: readonly string[]): string {
  return JSON.stringify(headers);
}

function readStore(): Store {
  try {
    const raw = localStorage.getItem(KEY);
    const value: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(value) ? (value as Store) : [];
  } catch {
    return [];
  }
}

/** Returns the mapping remembered for exactly these headers, as column indexes, or undefined. */
export function recallMapping(
  headers: readonly string[],
):
  | { mapping: ColumnMapping; stances: Map<string, StanceChoice>; dateOrder: DayOrder | null }
  | undefined {
  const entry = readStore().find((e) => e?.key === headerKey(headers));
  if (!entry || typeof entry.mapping !== 'object' || entry.mapping === null) return undefined;
  const { fields, stances, dateOrder } = entry.mapping;
  const mapping = Object.fromEntries(
    FIELDS.map((field) => {
      const header = fields?.[field];
      const column = typeof header === 'string' ? headers.indexOf(header) : -1;
      return [field, column === -1 ? null : column];
    }),
  ) as ColumnMapping;
  const choices = new Map<string, StanceChoice>();
  for (const [value, choice] of Object.entries(stances ?? {})) {
    if (isChoice(choice)) choices.set(value, choice);
  }
  return {
    mapping,
    stances: choices,
    dateOrder: dateOrder === 'dmy' || dateOrder === 'mdy' ? dateOrder : null,
  };
}

function isChoice(value: unknown): value is StanceChoice {
  if (typeof value !== 'object' || value === null) return false;
  const choice = value as Record<string, unknown>;
  if (choice.kind === 'default') return typeof choice.id === 'string';
  if (choice.kind === 'own') return [-1, 0, 1].includes(choice.polarity as number);
  return false;
}

/** Remembers the choices made for these headers (the newest first). */
export function rememberMapping(
  headers: readonly string[],
  mapping: ColumnMapping,
  stances: ReadonlyMap<string, StanceChoice>,
  dateOrder: DayOrder | null,
): void {
  const key = headerKey(headers);
  const remembered: RememberedMapping = {
    fields: Object.fromEntries(
      FIELDS.map((field) => {
        const column = mapping[field];
        return [field, column === null ? null : (headers[column] ?? null)];
      }),
    ),
    stances: Object.fromEntries([...stances].filter(([, choice]) => choice.kind !== 'unchosen')),
    dateOrder,
  };
  const store = [{ key, mapping: remembered }, ...readStore().filter((e) => e?.key !== key)];
  try {
    localStorage.setItem(KEY, JSON.stringify(store.slice(0, KEPT)));
  } catch {
    // No storage, or full: the mapping is simply not remembered.
  }
}
