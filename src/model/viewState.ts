// The view state that links and saved sessions carry, and the one reading of it that both use:
// whatever a link or a storage holds, each field is taken when valid and the default otherwise.
import { DEFAULT_ACTOR_LEVEL, isActorLevel, type ActorLevel } from './actorLevel';
import {
  DEFAULT_NORMALISATION,
  DEFAULT_TIE_MODE,
  isNormalisation,
  isTieMode,
  type Normalisation,
  type TieMode,
} from './actorNetwork';
import { DEFAULT_DUPLICATES, isDuplicates, type Duplicates } from './duplicates';
import { DEFAULT_FILTERS, type FilterState } from './filters';
import { ACTOR_KINDS, isRealDate } from './formatRules';
import {
  DEFAULT_COLOUR_BY,
  DEFAULT_SIZE_BY,
  isColourBy,
  isSizeBy,
  type ColourBy,
  type SizeBy,
} from './nodeAppearance';
import type { ActorKind } from './schema';
import type { Selection } from './selection';
import { isLayoutName, type LayoutName, type ViewName } from './view';

/** What the left side panel shows: the filters and legend, or the sources and their texts. */
export type SidePanelName = 'filters' | 'sources';

/**
 * The part of the app's state that a link carries: view, filters, selection and layout, and the
 * source being read.
 */
export interface ViewState {
  view: ViewName;
  /** The actor view: which statements count for which node ("Actors as"). */
  actorLevel: ActorLevel;
  /** The actor view: which network of ties (tie type). */
  tieMode: TieMode;
  /** The actor view: which statements are counted (DNA's duplicates). */
  duplicates: Duplicates;
  /** The actor view: how tie weights are normalised. */
  normalisation: Normalisation;
  /** The actor view draws ties whose weight is at least this (by size); 0 draws every tie. */
  tieMinWeight: number;
  /** The actor view: the metric that sizes the nodes. */
  sizeBy: SizeBy;
  /** The actor view: what colours the nodes. */
  colourBy: ColourBy;
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
  actorLevel: DEFAULT_ACTOR_LEVEL,
  tieMode: DEFAULT_TIE_MODE,
  duplicates: DEFAULT_DUPLICATES,
  normalisation: DEFAULT_NORMALISATION,
  tieMinWeight: 0,
  sizeBy: DEFAULT_SIZE_BY,
  colourBy: DEFAULT_COLOUR_BY,
  layout: 'fcose',
  filters: DEFAULT_FILTERS,
  selection: null,
  focusDepth: 0,
  sidePanel: 'filters',
  openSourceId: null,
  showMentions: false,
};

/** The deepest focus: the selection's neighbourhood up to three steps away. */
export const MAX_FOCUS_DEPTH = 3;

/** A minimum tie weight as links and sessions write it: from 0, with up to four decimals. */
export const MIN_WEIGHT_PATTERN = /^(0|[1-9][0-9]{0,5})(\.[0-9]{1,4})?$/;

/** Returns whether a number can be a minimum tie weight: from 0 to 999,999, four decimals. */
export function isMinWeight(value: number): boolean {
  return MIN_WEIGHT_PATTERN.test(String(value));
}

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

/** The value when the check takes it, else the fallback. */
function checked<T extends string>(
  value: unknown,
  check: (value: string) => value is T,
  fallback: T,
): T {
  return isString(value) && check(value) ? value : fallback;
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
    showUntied: booleanOr(get(raw, 'showUntied'), defaults.showUntied),
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
  const minWeight = get(raw, 'tieMinWeight');
  const openSourceId = get(raw, 'openSourceId');
  return {
    view: oneOf(get(raw, 'view'), ['claims', 'actors'] as const, defaults.view),
    actorLevel: checked(get(raw, 'actorLevel'), isActorLevel, defaults.actorLevel),
    tieMode: checked(get(raw, 'tieMode'), isTieMode, defaults.tieMode),
    duplicates: checked(get(raw, 'duplicates'), isDuplicates, defaults.duplicates),
    normalisation: checked(get(raw, 'normalisation'), isNormalisation, defaults.normalisation),
    tieMinWeight:
      typeof minWeight === 'number' && isMinWeight(minWeight) ? minWeight : defaults.tieMinWeight,
    sizeBy: checked(get(raw, 'sizeBy'), isSizeBy, defaults.sizeBy),
    colourBy: checked(get(raw, 'colourBy'), isColourBy, defaults.colourBy),
    layout: isString(layout) && isLayoutName(layout) ? layout : defaults.layout,
    filters: readFilters(get(raw, 'filters'), defaults.filters),
    selection,
    focusDepth: selection ? wholeNumber(get(raw, 'focusDepth'), 0, MAX_FOCUS_DEPTH, 0) : 0,
    sidePanel: oneOf(get(raw, 'sidePanel'), ['filters', 'sources'] as const, defaults.sidePanel),
    openSourceId: isString(openSourceId) && openSourceId !== '' ? openSourceId : null,
    showMentions: booleanOr(get(raw, 'showMentions'), defaults.showMentions),
  };
}
