import { computeVisibility, DEFAULT_FILTERS, type FilterState } from '../model/filters';
import { memoizeLast } from '../model/memoizeLast';
import { statementDaysOf } from '../model/days';
import { histogram, stepWindow, type Histogram } from '../model/timeline';
import type { StoreState } from './store';

// The filters but the date range, as one object that stays the same while only the dates change,
// so the histogram is not counted again at every step of a moving window.
const filtersWithoutDatesOf = memoizeLast(
  (
    hiddenStances: FilterState['hiddenStances'],
    hiddenKinds: FilterState['hiddenKinds'],
    contestedOnly: boolean,
    hideIsolated: boolean,
    showAffiliations: boolean,
  ): FilterState => ({
    ...DEFAULT_FILTERS,
    hiddenStances,
    hiddenKinds,
    contestedOnly,
    hideIsolated,
    showAffiliations,
  }),
);
const visibilityWithoutDatesOf = memoizeLast(computeVisibility);
const histogramOf = memoizeLast(histogram);

/**
 * The timeline's histogram: the statements every filter but the date range shows, over the
 * dataset's dates, so the range can be seen and moved against the whole; null when nothing is
 * dated (or the dataset is a plain network).
 */
export const selectHistogram = (state: StoreState): Histogram | null => {
  const { index, network, filters } = state;
  if (!index || network) return null;
  const withoutDates = filtersWithoutDatesOf(
    filters.hiddenStances,
    filters.hiddenKinds,
    filters.contestedOnly,
    filters.hideIsolated,
    filters.showAffiliations,
  );
  return histogramOf(index, visibilityWithoutDatesOf(index, withoutDates).statements);
};

/**
 * The window one step that way from the date range, within the dataset's dates, or null at
 * either end (or without dates): what the step buttons and the store's stepWindow move to.
 */
export const selectNextWindow = (state: StoreState, direction: 1 | -1) => {
  const { index, filters, windowUnit } = state;
  const extent = index ? statementDaysOf(index).extent : null;
  return extent
    ? stepWindow(extent, filters.dateFrom, filters.dateTo, windowUnit, direction)
    : null;
};

/**
 * Whether the window can move one step that way: the step buttons say so rather than do nothing
 * at either end.
 */
export const selectCanStepWindow = (state: StoreState, direction: 1 | -1): boolean =>
  selectNextWindow(state, direction) !== null;
