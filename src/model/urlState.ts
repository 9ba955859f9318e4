import type { Selection } from './selection';
import { MIN_WEIGHT_PATTERN, readViewState, type ViewState } from './viewState';

export type { ViewState } from './viewState';

/** A whole number written plainly, as a link carries it (no "1e3", no "+2"); else null. */
function plainNumber(value: string | null): number | null {
  return value && /^[0-9]{1,6}$/.test(value) ? Number(value) : null;
}

/** A minimum weight written plainly (no "1e3", no ".5"); else null. */
function plainWeight(value: string | null): number | null {
  return value && MIN_WEIGHT_PATTERN.test(value) ? Number(value) : null;
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
  if (state.actorLevel !== defaults.actorLevel) params.set('as', state.actorLevel);
  if (state.tieMode !== defaults.tieMode) params.set('ties', state.tieMode);
  if (state.duplicates !== defaults.duplicates) params.set('duplicates', state.duplicates);
  if (state.normalisation !== defaults.normalisation) params.set('norm', state.normalisation);
  if (state.tieMinWeight !== defaults.tieMinWeight)
    params.set('tieMin', String(state.tieMinWeight));
  if (state.sizeBy !== defaults.sizeBy) params.set('size', state.sizeBy);
  if (state.colourBy !== defaults.colourBy) params.set('colour', state.colourBy);
  if (state.layout !== defaults.layout) params.set('layout', state.layout);
  for (const stance of filters.hiddenStances) params.append('hide', stance);
  for (const kind of filters.hiddenKinds) params.append('hideKind', kind);
  if (filters.dateFrom) params.set('from', filters.dateFrom);
  if (filters.dateTo) params.set('to', filters.dateTo);
  if (!filters.includeUndated) params.set('undated', '0');
  if (filters.contestedOnly) params.set('contested', '1');
  if (filters.hideIsolated) params.set('isolated', '0');
  if (!filters.showAffiliations) params.set('affiliations', '0');
  if (filters.showUntied) params.set('untied', '1');
  const selection = encodeSelection(state.selection);
  if (selection) params.set('select', selection);
  if (selection && state.focusDepth > 0) params.set('focus', String(state.focusDepth));
  if (state.sidePanel !== defaults.sidePanel) params.set('panel', state.sidePanel);
  if (state.openSourceId !== null) params.set('source', state.openSourceId);
  if (state.showMentions) params.set('mentions', '1');
  return params.toString();
}

/**
 * Returns the view state a URL hash describes, with defaults for whatever it leaves out or gets
 * wrong (a link edited by hand never stops the app from starting). The hash is only decoded here;
 * what is valid is decided by readViewState, the same reading a saved session gets.
 */
export function decodeViewState(hash: string, defaults: ViewState): ViewState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const flag = (key: string, whenSet: string, fallback: boolean) =>
    params.has(key) ? params.get(key) === whenSet : fallback;
  return readViewState(
    {
      view: params.get('view'),
      actorLevel: params.get('as'),
      tieMode: params.get('ties'),
      duplicates: params.get('duplicates'),
      normalisation: params.get('norm'),
      tieMinWeight: plainWeight(params.get('tieMin')),
      sizeBy: params.get('size'),
      colourBy: params.get('colour'),
      layout: params.get('layout'),
      filters: {
        hiddenStances: params.getAll('hide'),
        hiddenKinds: params.getAll('hideKind'),
        dateFrom: params.get('from'),
        dateTo: params.get('to'),
        // What a link leaves out is the plain default, not the defaults passed for other fields.
        includeUndated: !flag('undated', '0', false),
        contestedOnly: flag('contested', '1', false),
        hideIsolated: flag('isolated', '0', false),
        showAffiliations: !flag('affiliations', '0', false),
        showUntied: flag('untied', '1', false),
      },
      selection: decodeSelection(params.get('select')),
      focusDepth: plainNumber(params.get('focus')),
      sidePanel: params.get('panel'),
      openSourceId: params.get('source'),
      showMentions: flag('mentions', '1', false),
    },
    defaults,
  );
}
