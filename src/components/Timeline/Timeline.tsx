import { useEffect, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { countOf } from '../../model/countOf';
import {
  axisLabels,
  currentWindow,
  filterDays,
  histogramSummary,
  isWindowUnit,
  WINDOW_UNITS,
  type WindowUnit,
} from '../../model/timeline';
import { selectVisibility } from '../../store/selectors';
import type { StoreState } from '../../store/store';
import { useStore } from '../../store/store';
import { selectCanStepWindow, selectHistogram } from '../../store/timelineSelectors';
import { HistogramChart } from './HistogramChart';
import './Timeline.css';

/** How long Play shows each window before the next. */
export const PLAY_STEP_MS = 1000;

const WINDOW_LABELS: Readonly<Record<WindowUnit, string>> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

const selectTimeline = (state: StoreState) => ({
  histogram: selectHistogram(state),
  dateFrom: state.filters.dateFrom,
  dateTo: state.filters.dateTo,
  shownStatements: selectVisibility(state)?.statements.size ?? 0,
  windowUnit: state.windowUnit,
  playing: state.playing,
  setDateRange: state.setDateRange,
  setWindowUnit: state.setWindowUnit,
  play: state.play,
  pause: state.pause,
  setDraggingDates: state.setDraggingDates,
});

/**
 * Previous or Next window: one step by hand, which stops Play. At either end of the dates it is
 * marked disabled (aria-disabled, so that it keeps the keyboard's focus) and does nothing.
 */
function StepButton({ direction }: { direction: 1 | -1 }) {
  const label = direction > 0 ? 'Next window' : 'Previous window';
  const canStep = useStore((s) => selectCanStepWindow(s, direction));
  return (
    <button
      type="button"
      className="button"
      aria-label={label}
      aria-disabled={!canStep}
      title={canStep ? label : `${label}: none, the dates end here`}
      onClick={() => {
        if (!canStep) return;
        const { pause, stepWindow } = useStore.getState();
        pause();
        stepWindow(direction);
      }}
    >
      {direction > 0 ? '›' : '‹'}
    </button>
  );
}

/** What the date range is, in words: the window, the range, or all dates. */
function rangeText(
  dateFrom: string | null,
  dateTo: string | null,
  unit: WindowUnit,
  playing: boolean,
): string {
  const window = currentWindow(dateFrom, dateTo, unit);
  if (window) return `${playing ? 'Playing' : 'Window'}: ${window.label}`;
  if (dateFrom !== null && dateTo !== null) return `${dateFrom} to ${dateTo}`;
  if (dateFrom !== null) return `From ${dateFrom}`;
  if (dateTo !== null) return `Up to ${dateTo}`;
  return 'All dates';
}

/**
 * Below the graph: the shown statements over time as stacked bars, the date range drawn on them
 * (drag to set it), and Play, which moves a window of a week, month, quarter or year across the
 * dates step by step while the graph follows.
 */
export function Timeline() {
  const {
    histogram,
    dateFrom,
    dateTo,
    shownStatements,
    windowUnit,
    playing,
    setDateRange,
    setWindowUnit,
    play,
    pause,
    setDraggingDates,
  } = useStore(useShallow(selectTimeline));
  const isNetwork = useStore((s) => s.network !== null);
  const loaded = useStore((s) => s.index !== null);
  const openOnPhone = useStore((s) => s.timelineOpen);
  const headingId = useId();
  const chartLabelId = useId();
  const summaryId = useId();
  const windowId = useId();

  // Play: one step per PLAY_STEP_MS, each timed from the end of the last, so a slow graph is
  // never handed a step before it has drawn the one before.
  useEffect(() => {
    if (!playing) return;
    let timer = setTimeout(function step() {
      if (useStore.getState().stepWindow(1)) timer = setTimeout(step, PLAY_STEP_MS);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing]);

  const labels = useMemo(() => (histogram ? axisLabels(histogram) : []), [histogram]);
  const summary = useMemo(() => (histogram ? histogramSummary(histogram) : ''), [histogram]);

  const rangeSet = dateFrom !== null || dateTo !== null;
  const windowSaid = `${rangeText(dateFrom, dateTo, windowUnit, playing)} · ${countOf(shownStatements, 'statement', 'statements')}`;
  const range = filterDays(dateFrom, dateTo);
  const binCount = histogram?.bins.length ?? 0;

  return (
    <section
      id="timeline"
      className="timeline"
      aria-labelledby={headingId}
      // On a narrow screen the graph takes the screen; the timeline opens from its button.
      data-open={openOnPhone}
    >
      <div className="timeline-bar">
        <h2 id={headingId} className="visually-hidden">
          Timeline
        </h2>
        {histogram === null ? (
          <p className="timeline-note">
            {!loaded ? '' : isNetwork ? 'A plain network has no dates' : 'No dated statements'}
          </p>
        ) : (
          <>
            <label className="toolbar-field">
              <span>Window</span>
              <select
                value={windowUnit}
                onChange={(event) => {
                  if (isWindowUnit(event.target.value)) setWindowUnit(event.target.value);
                }}
              >
                {WINDOW_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {WINDOW_LABELS[unit]}
                  </option>
                ))}
              </select>
            </label>
            <div className="timeline-buttons" role="group" aria-label="Play the window">
              <StepButton direction={-1} />
              <button
                type="button"
                className="button timeline-play"
                aria-describedby={windowId}
                onClick={playing ? pause : play}
              >
                {playing ? 'Pause' : 'Play'}
              </button>
              <StepButton direction={1} />
            </div>
            <button
              type="button"
              className="link-button"
              disabled={!rangeSet}
              onClick={() => setDateRange(null, null)}
            >
              All dates
            </button>
            <p id={windowId} className="timeline-window" aria-live="polite" title={windowSaid}>
              {windowSaid}
            </p>
          </>
        )}
      </div>
      {/* The chart keeps its place without dates too, so the graph above never changes size
          when a dataset opens (its first picture is fitted to that size). */}
      {histogram === null ? (
        <div className="timeline-chart timeline-empty" />
      ) : (
        <div className="timeline-body">
          <div className="timeline-chart" title={summary}>
            <span id={chartLabelId} className="visually-hidden">
              Statements over time, stacked by stance polarity; drag across to set the dates
            </span>
            <HistogramChart
              histogram={histogram}
              range={range}
              rangeSet={rangeSet}
              labelId={chartLabelId}
              summaryId={summaryId}
              onRange={setDateRange}
              onDragChange={setDraggingDates}
            />
            <div className="timeline-axis" aria-hidden="true">
              {labels.map(({ index, label }) => (
                <span key={index} style={{ left: `${(index / binCount) * 100}%` }}>
                  {label}
                </span>
              ))}
            </div>
          </div>
          {/* Beside the chart rather than in the bar above, where the window's text needs the room.
              Hidden from assistive technology: the summary says the same in words. */}
          <ul className="timeline-key" aria-hidden="true">
            <li>
              <span className="swatch polarity-for" /> for
            </li>
            <li>
              <span className="swatch polarity-neutral" /> neutral
            </li>
            <li>
              <span className="swatch polarity-against" /> against
            </li>
          </ul>
          {/* The chart's text alternative: read with it, and shown when the pointer rests on it. */}
          <p id={summaryId} className="visually-hidden">
            {summary}
          </p>
        </div>
      )}
    </section>
  );
}
