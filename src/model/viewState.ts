// The view state that links and saved sessions carry, and the one reading of it that both use:
// whatever a link or a storage holds, each field is taken when valid and the default otherwise.
import { DEFAULT_FILTERS, type FilterState } from './filters';
import { ACTOR_KINDS, isRealDate } from './formatRules';
import type { ActorKind } from './schema';
import type { Selection } from './selection';
import type { TieMode } from './tieEdges';
import { isLayoutName, type LayoutName, type ViewName } from './view';

/** What the left side panel shows: the filters and legend, or the sources and their texts. */
export type SidePanelName = 'filters' | 'sources';

/**
 * The part of the app's state that a link carries: view, filters, selection and layout, and the
 * source being read.
 */
export interface ViewState {
  view: ViewName;
  tieMode: TieMode;
  /** The actor view draws ties on at least this many claims. */
  tieMinWeight: number;
  layout: LayoutName;
  filters: FilterState;
  selection: Selection;
  focusDepth: number;
  sidePanel: SidePanelName;
  /** The source whose text the sources panel shows; null: the list of sources. */
  openSourceId: string | null;
  /** Underline the names of actors in the source's text that no statement covers. */
  showMentions: boolean;
}

/** The view state of a new page: the claims view of everything, nothing selected. */
export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'claims',
  tieMode: 'both',
  tieMinWeight: 1,
  layout: 'fcose',
  filters: DEFAULT_FILTERS,
  selection: null,
  focusDepth: 0,
  sidePanel: 'filters',
  openSourceId: null,
  showMentions: false,
};

export const TIE_MODES: readonly TieMode[] = ['agreement', 'conflict', 'both'];

/** The deepest focus: the selection's neighbourhood up to three steps away. */
export const MAX_FOCUS_DEPTH = 3;

/** The largest minimum tie weight a link or session may ask for. */
const MAX_TIE_MIN_WEIGHT = 999_999;

type Raw = Record<string, unknown>;

const isRaw = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Own properties only: a stored "__proto__" or "constructor" is never read from Object.prototype.
function get(record: Raw, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return isString(value) && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function wholeNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

const booleanOr = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;

const dateOrNull = (value: unknown): string | null =>
  isString(value) && isRealDate(value) ? value : null;

function readSelection(value: unknown): Selection {
  if (!isRaw(value)) return null;
  const type = get(value, 'type');
  if (type === 'actor' || type === 'claim' || type === 'statement') {
    const id = get(value, 'id');
    return isString(id) ? { type, id } : null;
  }
  if (type === 'tie') {
    const a = get(value, 'a');
    const b = get(value, 'b');
    return isString(a) && isString(b) ? { type, a, b } : null;
  }
  return null;
}

function readFilters(value: unknown, defaults: FilterState): FilterState {
  const raw = isRaw(value) ? value : {};
  const stances = get(raw, 'hiddenStances');
  const kinds = get(raw, 'hiddenKinds');
  return {
    hiddenStances: Array.isArray(stances) ? stances.filter(isString) : defaults.hiddenStances,
    hiddenKinds: Array.isArray(kinds)
      ? kinds.filter((kind): kind is ActorKind => oneOf(kind, ACTOR_KINDS, 'other') === kind)
      : defaults.hiddenKinds,
    dateFrom: dateOrNull(get(raw, 'dateFrom')),
    dateTo: dateOrNull(get(raw, 'dateTo')),
    includeUndated: booleanOr(get(raw, 'includeUndated'), defaults.includeUndated),
    contestedOnly: booleanOr(get(raw, 'contestedOnly'), defaults.contestedOnly),
    hideIsolated: booleanOr(get(raw, 'hideIsolated'), defaults.hideIsolated),
    showAffiliations: booleanOr(get(raw, 'showAffiliations'), defaults.showAffiliations),
  };
}

/**
 * Returns the view state `value` describes (a decoded link, a stored session), taking each field
 * when it is valid and the default when it is missing or wrong, so a hand-edited link or an old
 * store never stops the app. A focus without a selection is dropped. Never throws.
 */
export function readViewState(value: unknown, defaults: ViewState): ViewState {
  const raw = isRaw(value) ? value : {};
  const selection = readSelection(get(raw, 'selection'));
  const layout = get(raw, 'layout');
  const openSourceId = get(raw, 'openSourceId');
  return {
    view: oneOf(get(raw, 'view'), ['claims', 'actors'] as const, defaults.view),
    tieMode: oneOf(get(raw, 'tieMode'), TIE_MODES, defaults.tieMode),
    tieMinWeight: wholeNumber(
      get(raw, 'tieMinWeight'),
      1,
      MAX_TIE_MIN_WEIGHT,
      defaults.tieMinWeight,
    ),
    layout: isString(layout) && isLayoutName(layout) ? layout : defaults.layout,
    filters: readFilters(get(raw, 'filters'), defaults.filters),
    selection,
    focusDepth: selection ? wholeNumber(get(raw, 'focusDepth'), 0, MAX_FOCUS_DEPTH, 0) : 0,
    sidePanel: oneOf(get(raw, 'sidePanel'), ['filters', 'sources'] as const, defaults.sidePanel),
    openSourceId: isString(openSourceId) && openSourceId !== '' ? openSourceId : null,
    showMentions: booleanOr(get(raw, 'showMentions'), defaults.showMentions),
  };
}
