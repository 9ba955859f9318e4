import type { StateCreator } from 'zustand';
import { statementDaysOf } from '../model/days';
import { stepWindow, type WindowUnit } from '../model/timeline';
import type { StoreState } from './store';
import { selectNextWindow } from './timelineSelectors';

export interface TimelineState {
  /** The length of the window that Play and the step buttons move. */
  windowUnit: WindowUnit;
  /** True while Play moves the window. */
  playing: boolean;
  /** True while the date range is dragged across the timeline. */
  draggingDates: boolean;
  /** Whether the timeline is open on a narrow screen (a wide one always shows it). */
  timelineOpen: boolean;
}

export interface TimelineActions {
  setWindowUnit: (unit: WindowUnit) => void;
  /**
   * Moves the date filter to the next (1) or previous (-1) window within the dataset's dates; a
   * range that is not one window goes to the window holding its start. Returns false, and stops
   * Play, when there is no such window.
   */
  stepWindow: (direction: 1 | -1) => boolean;
  /** Starts Play: from the next window, or from the first one when the last is shown. */
  play: () => void;
  pause: () => void;
  setDraggingDates: (dragging: boolean) => void;
  setTimelineOpen: (open: boolean) => void;
}

export type TimelineSlice = TimelineState & TimelineActions;

export const initialTimelineState: TimelineState = {
  windowUnit: 'month',
  playing: false,
  draggingDates: false,
  timelineOpen: false,
};

export const createTimelineSlice: StateCreator<StoreState, [], [], TimelineSlice> = (set, get) => ({
  ...initialTimelineState,
  setWindowUnit: (windowUnit) => set({ windowUnit }),
  stepWindow: (direction) => {
    const state = get();
    const next = selectNextWindow(state, direction);
    if (!next) {
      set({ playing: false });
      return false;
    }
    set({ filters: { ...state.filters, dateFrom: next.from, dateTo: next.to } });
    return true;
  },
  play: () => {
    const { index, filters, windowUnit } = get();
    const extent = index ? statementDaysOf(index).extent : null;
    if (!extent) return;
    // From all dates the first step shows the first window; from the last window Play starts
    // over from the first.
    const first =
      stepWindow(extent, filters.dateFrom, filters.dateTo, windowUnit, 1) ??
      stepWindow(extent, null, null, windowUnit, 1);
    if (!first) return;
    // Playing in the same update as the first window: the address waits for the range to settle.
    set({ playing: true, filters: { ...filters, dateFrom: first.from, dateTo: first.to } });
  },
  pause: () => set({ playing: false }),
  setDraggingDates: (draggingDates) => set({ draggingDates }),
  // The table and the timeline share the room below the graph on a narrow screen (tableSlice).
  setTimelineOpen: (timelineOpen) =>
    set(timelineOpen ? { timelineOpen, tableOpen: false } : { timelineOpen }),
});
