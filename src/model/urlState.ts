import { DEFAULT_FILTERS, type FilterState } from './filters';
import { ACTOR_KINDS, isRealDate } from './formatRules';
import type { ActorKind } from './schema';
import type { Selection } from './selection';
import type { TieMode } from './tieEdges';
import { isLayoutName, type LayoutName, type ViewName } from './view';

/** The part of the app's state that a link carries: view, filters, selection and layout. */
export interface ViewState {
  view: ViewName;
  tieMode: TieMode;
  /** The actor view draws ties on at least this many claims. */
  tieMinWeight: number;
  layout: LayoutName;
  filters: FilterState;
  selection: Selection;
  focusDepth: number;
}

const TIE_MODES: readonly TieMode[] = ['agreement', 'conflict', 'both'];

/** A whole number of claims, 1 or more, written plainly (as a link carries it). */
function decodeMinWeight(value: string | null): number | null {
  return value && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}

function encodeSelection(selection: Selection): string | null {
  if (selection === null) return null;
  if (selection.type === 'tie') return `tie:${JSON.stringify([selection.a, selection.b])}`;
  return `${selection.type}:${selection.id}`;
}

function decodeSelection(value: string | null): Selection {
  if (!value) return null;
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const type = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (type === 'actor' || type === 'claim' || type === 'statement') return { type, id: rest };
  if (type === 'tie') {
    try {
      const pair: unknown = JSON.parse(rest);
      if (Array.isArray(pair) && pair.length === 2 && pair.every((x) => typeof x === 'string'))
        return { type: 'tie', a: pair[0] as string, b: pair[1] as string };
    } catch {
      // A hand-edited link: ignore the selection, keep the rest.
    }
  }
  return null;
}

/**
 * Returns the URL hash (without '#') that reproduces the view state. Only what differs from the
 * defaults is written, so the plain app has a plain address.
 */
export function encodeViewState(state: ViewState, defaults: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.tieMode !== defaults.tieMode) params.set('ties', state.tieMode);
  if (state.tieMinWeight !== defaults.tieMinWeight)
    params.set('tieMin', String(state.tieMinWeight));
  if (state.layout !== defaults.layout) params.set('layout', state.layout);
  for (const stance of filters.hiddenStances) params.append('hide', stance);
  for (const kind of filters.hiddenKinds) params.append('hideKind', kind);
  if (filters.dateFrom) params.set('from', filters.dateFrom);
  if (filters.dateTo) params.set('to', filters.dateTo);
  if (!filters.includeUndated) params.set('undated', '0');
  if (filters.contestedOnly) params.set('contested', '1');
  if (filters.hideIsolated) params.set('isolated', '0');
  if (!filters.showAffiliations) params.set('affiliations', '0');
  const selection = encodeSelection(state.selection);
  if (selection) params.set('select', selection);
  if (selection && state.focusDepth > 0) params.set('focus', String(state.focusDepth));
  return params.toString();
}

function validDate(value: string | null): string | null {
  return value && isRealDate(value) ? value : null;
}

/**
 * Returns the view state a URL hash describes, with defaults for whatever it leaves out or gets
 * wrong (a link edited by hand never stops the app from starting).
 */
export function decodeViewState(hash: string, defaults: ViewState): ViewState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const view = params.get('view');
  const ties = params.get('ties') as TieMode | null;
  const layout = params.get('layout');
  const focusText = params.get('focus') ?? '';
  const focus = /^[0-3]$/.test(focusText) ? Number(focusText) : 0;
  const filters: FilterState = {
    ...DEFAULT_FILTERS,
    hiddenStances: params.getAll('hide'),
    hiddenKinds: params
      .getAll('hideKind')
      .filter((kind): kind is ActorKind => (ACTOR_KINDS as readonly string[]).includes(kind)),
    dateFrom: validDate(params.get('from')),
    dateTo: validDate(params.get('to')),
    includeUndated: params.get('undated') !== '0',
    contestedOnly: params.get('contested') === '1',
    hideIsolated: params.get('isolated') === '0',
    showAffiliations: params.get('affiliations') !== '0',
  };
  const selection = decodeSelection(params.get('select'));
  return {
    view: view === 'actors' || view === 'claims' ? view : defaults.view,
    tieMode: ties && TIE_MODES.includes(ties) ? ties : defaults.tieMode,
    tieMinWeight: decodeMinWeight(params.get('tieMin')) ?? defaults.tieMinWeight,
    layout: layout && isLayoutName(layout) ? layout : defaults.layout,
    filters,
    selection,
    focusDepth: selection ? focus : 0,
  };
}
