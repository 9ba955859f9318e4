import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dateRange, datasetDateExtent } from '../../model/dates';
import type { GraphIndex } from '../../model/graphIndex';
import { DATE_PATTERN, isRealDate } from '../../model/formatRules';
import type { StoreState } from '../../store/store';
import { useStore } from '../../store/store';

const FORMAT_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** Returns why a typed date cannot be applied, or null when it can ('' is an open bound). */
function dateProblem(text: string): string | null {
  if (text === '') return null;
  if (!DATE_PATTERN.test(text)) return `Not a date: use ${FORMAT_HINT}`;
  if (!isRealDate(text)) return 'No such date in the calendar';
  return null;
}

interface DateFieldProps {
  label: string;
  /** The bound in force in the store. */
  value: string | null;
  placeholder: string | undefined;
  disabled: boolean;
  hintId: string;
  onApply: (value: string | null) => void;
}

/**
 * A text field for a full or partial date, applied when the field is left or Enter is pressed if
 * it is a real date (or empty: an open bound); anything else stays in the field, unapplied, with a
 * message.
 */
function DateField({ label, value, placeholder, disabled, hintId, onApply }: DateFieldProps) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  // Follows changes made elsewhere (Reset, Clear dates, a new dataset): the field shows the store.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (text.trim() !== (value ?? '')) setText(value ?? '');
    setError(null);
  }

  // Says so when a bound applied earlier still applies, since the field no longer shows it.
  const messageFor = (raw: string): string | null => {
    const problem = dateProblem(raw.trim());
    if (problem === null || value === null) return problem;
    return `${problem} (${label.toLowerCase()} ${value} still applies)`;
  };

  // Applied on blur and Enter, never per keystroke: typing 2024-13 passes through 2024, which is
  // a real date but not the one meant.
  const commit = (raw: string) => {
    const problem = messageFor(raw);
    setError(problem);
    if (problem !== null) return;
    const trimmed = raw.trim();
    const next = trimmed === '' ? null : trimmed;
    if (next !== value) onApply(next);
  };

  return (
    <div className="date-field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        size={10}
        value={text}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => {
          setText(event.target.value);
          // A message already shown follows the edits, and goes once the date is right.
          if (error !== null) setError(messageFor(event.target.value));
        }}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
      />
      {error !== null && (
        <p id={errorId} className="filter-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

const selectDates = (state: StoreState) => ({
  dateFrom: state.filters.dateFrom,
  dateTo: state.filters.dateTo,
  includeUndated: state.filters.includeUndated,
  setDateRange: state.setDateRange,
  setFilter: state.setFilter,
});

/** Whether a full or partial date range is empty: it ends before it starts. */
function isBackwards(from: string | null, to: string | null): boolean {
  if (from === null || to === null || !isRealDate(from) || !isRealDate(to)) return false;
  return dateRange(from).start > dateRange(to).end;
}

/** The date range of the filters: From, To, Include undated, Clear dates. */
export function DateFilter({ index }: { index: GraphIndex }) {
  const { dateFrom, dateTo, includeUndated, setDateRange, setFilter } = useStore(
    useShallow(selectDates),
  );
  const extent = useMemo(() => datasetDateExtent(index.dataset.statements), [index]);
  const hintId = useId();
  const noteId = useId();
  const rangeSet = dateFrom !== null || dateTo !== null;
  // A range left over from another dataset stays clearable even when this one has no dates.
  const disabled = extent === null && !rangeSet;

  return (
    <fieldset className="filter-group" aria-describedby={extent === null ? noteId : undefined}>
      <legend className="filter-group-title">Dates</legend>
      {extent === null && (
        <p id={noteId} className="filter-note">
          No dated statements
        </p>
      )}
      <div className="date-fields">
        <DateField
          label="From"
          value={dateFrom}
          placeholder={extent?.min}
          disabled={disabled}
          hintId={hintId}
          onApply={(from) => setDateRange(from, dateTo)}
        />
        <DateField
          label="To"
          value={dateTo}
          placeholder={extent?.max}
          disabled={disabled}
          hintId={hintId}
          onApply={(to) => setDateRange(dateFrom, to)}
        />
      </div>
      <p id={hintId} className="filter-note">
        {FORMAT_HINT}; empty is open
      </p>
      {isBackwards(dateFrom, dateTo) && (
        <p className="filter-note filter-warning">From is after To: no dated statement matches</p>
      )}
      <ul className="filter-list">
        <li className="filter-row">
          <label className="filter-check">
            <input
              type="checkbox"
              checked={includeUndated}
              disabled={!rangeSet}
              onChange={(event) => setFilter('includeUndated', event.target.checked)}
            />
            <span className="filter-label">Include undated</span>
          </label>
        </li>
      </ul>
      <button
        type="button"
        className="link-button filter-clear"
        disabled={!rangeSet}
        onClick={() => setDateRange(null, null)}
      >
        Clear dates
      </button>
    </fieldset>
  );
}
