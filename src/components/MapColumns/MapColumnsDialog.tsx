import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  buildDataset,
  dateOrderOf,
  distinctValues,
  FIELD_LABELS,
  FIELDS,
  guessMapping,
  REQUIRED_FIELDS,
  suggestStanceChoices,
  type ColumnMapping,
  type Field,
  type StanceChoice,
} from '../../model/columnMapping';
import { countOf } from '../../model/countOf';
import type { Dataset } from '../../model/schema';
import { DEFAULT_STANCES } from '../../model/stances';
import { describeRowProblem, type StatementTable } from '../../model/table';
import type { DayOrder } from '../../model/tableDates';
import { recallMapping, rememberMapping } from './rememberedMappings';
import './MapColumnsDialog.css';

/** Rows of the table shown as a preview. */
const PREVIEW_ROWS = 5;
/** Problems listed; the rest are counted. */
const SHOWN_PROBLEMS = 100;
/** Stance values offered a choice; a column with more is most likely not the stance column. */
const SHOWN_VALUES = 60;

interface MapColumnsDialogProps {
  table: StatementTable;
  /** The file's name, for the heading. */
  label: string;
  /** Called with the dataset made from the table (already checked row by row). */
  onImport: (dataset: Dataset) => void;
  onCancel: () => void;
  /** Where the spreadsheet template is downloaded from. */
  templateUrl: string;
}

function choiceValue(choice: StanceChoice): string {
  if (choice.kind === 'default') return `default:${choice.id}`;
  if (choice.kind === 'own') return `own:${choice.polarity}`;
  return '';
}

function choiceOf(value: string): StanceChoice {
  if (value.startsWith('default:')) return { kind: 'default', id: value.slice('default:'.length) };
  if (value.startsWith('own:')) {
    const polarity = Number(value.slice('own:'.length));
    if (polarity === -1 || polarity === 0 || polarity === 1) return { kind: 'own', polarity };
  }
  return { kind: 'unchosen' };
}

/** Closes the dialog; jsdom (component tests) has no close(). */
function closeDialog(dialog: HTMLDialogElement | null): void {
  if (!dialog) return;
  if (typeof dialog.close === 'function') dialog.close();
  else dialog.removeAttribute('open');
}

const POLARITY_TEXT = { 1: '+1', 0: '0', [-1]: '−1' } as const;

/**
 * The Map columns dialog: a spreadsheet of statements becomes a dataset once the user says which
 * column holds which field, which stance each stance value stands for and how slashed dates are
 * written. Every row that cannot be read is listed by row and column; Import stays off until
 * each is fixed (by another choice) or skipped on purpose.
 */
export function MapColumnsDialog({
  table,
  label,
  onImport,
  onCancel,
  templateUrl,
}: MapColumnsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const recalled = useMemo(() => recallMapping(table.headers), [table]);
  const [mapping, setMapping] = useState<ColumnMapping>(
    () => recalled?.mapping ?? guessMapping(table.headers),
  );
  const [chosenStances, setChosenStances] = useState<ReadonlyMap<string, StanceChoice>>(
    () => recalled?.stances ?? new Map(),
  );
  const [chosenOrder, setChosenOrder] = useState<DayOrder | null>(recalled?.dateOrder ?? null);
  const [skipRows, setSkipRows] = useState<ReadonlySet<number>>(() => new Set());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    // jsdom (component tests) has no showModal.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // The first choice to check, rather than the template link that comes first in the text.
    dialog.querySelector('select')?.focus();
  }, []);

  const stanceValues = useMemo(() => distinctValues(table, mapping.stance), [table, mapping]);
  const stances = useMemo(() => {
    const merged = suggestStanceChoices(table, mapping);
    for (const [value, choice] of chosenStances) if (merged.has(value)) merged.set(value, choice);
    return merged;
  }, [table, mapping, chosenStances]);
  const dateStatus = useMemo(() => dateOrderOf(table, mapping), [table, mapping]);
  const dateOrder =
    chosenOrder ?? (dateStatus === 'dmy' || dateStatus === 'mdy' ? dateStatus : null);
  const build = useMemo(
    () => buildDataset(table, { mapping, stances, dateOrder, skipRows }),
    [table, mapping, stances, dateOrder, skipRows],
  );
  const unchosen = stanceValues.filter((value) => stances.get(value)?.kind === 'unchosen');
  const problemRows = new Set(build.problems.map((p) => p.row));
  const canImport =
    build.missing.length === 0 && build.problems.length === 0 && build.statementRows > 0;

  const setField = (field: Field, column: number | null) => {
    setMapping((current) => {
      const next = { ...current, [field]: column };
      // One column, one field: a column taken by this field is given up by the other.
      if (column !== null) {
        for (const other of FIELDS)
          if (other !== field && next[other] === column) next[other] = null;
      }
      return next;
    });
  };

  const importNow = () => {
    if (!canImport) return;
    rememberMapping(table.headers, mapping, stances, dateOrder);
    closeDialog(dialogRef.current);
    onImport(build.dataset);
  };

  const cancel = () => {
    closeDialog(dialogRef.current);
    onCancel();
  };

  const { dataset } = build;
  const summary = [
    countOf(build.statementRows, 'statement', 'statements'),
    countOf(dataset.actors.length, 'actor', 'actors'),
    countOf(dataset.claims.length, 'claim', 'claims'),
  ].join(' · ');

  return (
    <dialog
      ref={dialogRef}
      className="map-columns"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          importNow();
        }}
      >
        <h2 id={`${ids}-title`}>Map columns</h2>
        <p className="map-columns-intro">
          {label}: {countOf(table.rows.length, 'row', 'rows')}, one statement each. Say which column
          holds what; Actor, Claim and Stance are needed.{' '}
          <a href={templateUrl} download="stancegraph-template.csv">
            Download a spreadsheet template
          </a>
        </p>

        <div className="map-columns-preview" tabIndex={0} aria-label="First rows of the file">
          <table>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {table.headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
                <tr key={row.number}>
                  <th scope="row">{row.number}</th>
                  {row.cells.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <fieldset className="map-columns-fields">
          <legend>Columns</legend>
          {FIELDS.map((field) => {
            const id = `${ids}-${field}`;
            const required = REQUIRED_FIELDS.includes(field);
            return (
              <div key={field} className="map-columns-field">
                <label htmlFor={id}>{FIELD_LABELS[field]}</label>
                {required && (
                  <span className="map-columns-required" aria-hidden="true">
                    *
                  </span>
                )}
                <select
                  id={id}
                  required={required}
                  value={mapping[field] === null ? '' : String(mapping[field])}
                  onChange={(event) =>
                    setField(field, event.target.value === '' ? null : Number(event.target.value))
                  }
                >
                  <option value="">(none)</option>
                  {table.headers.map((header, column) => (
                    <option key={header} value={column}>
                      {header}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </fieldset>

        {mapping.stance !== null && stanceValues.length > 0 && (
          <fieldset className="map-columns-stances">
            <legend>Stance values</legend>
            {unchosen.length > 0 && (
              <p className="map-columns-hint">
                Choose a stance for {unchosen.map((v) => JSON.stringify(v)).join(', ')}.
              </p>
            )}
            {stanceValues.slice(0, SHOWN_VALUES).map((value, i) => {
              const id = `${ids}-stance-${i}`;
              const choice = stances.get(value) ?? { kind: 'unchosen' };
              return (
                <div key={value} className="map-columns-field">
                  <label htmlFor={id} className="map-columns-value">
                    {value}
                  </label>
                  <select
                    id={id}
                    aria-label={`Stance for ${JSON.stringify(value)}`}
                    value={choiceValue(choice)}
                    aria-invalid={choice.kind === 'unchosen'}
                    onChange={(event) =>
                      setChosenStances((current) =>
                        new Map(current).set(value, choiceOf(event.target.value)),
                      )
                    }
                  >
                    <option value="">(choose)</option>
                    {DEFAULT_STANCES.map((stance) => (
                      <option key={stance.id} value={`default:${stance.id}`}>
                        {stance.label} ({POLARITY_TEXT[stance.polarity]})
                      </option>
                    ))}
                    <option value="own:1">A stance of its own, for (+1)</option>
                    <option value="own:-1">A stance of its own, against (−1)</option>
                    <option value="own:0">A stance of its own, neutral (0)</option>
                  </select>
                </div>
              );
            })}
            {stanceValues.length > SHOWN_VALUES && (
              <p className="map-columns-hint">
                and {stanceValues.length - SHOWN_VALUES} more values: is the right column chosen for
                Stance?
              </p>
            )}
          </fieldset>
        )}

        {dateStatus !== 'none' && (
          <fieldset className="map-columns-dates">
            <legend>Dates</legend>
            <div className="map-columns-field">
              <label htmlFor={`${ids}-date-order`}>Dates like 03/04/2015 are</label>
              <select
                id={`${ids}-date-order`}
                value={dateOrder ?? ''}
                aria-invalid={dateOrder === null}
                onChange={(event) =>
                  setChosenOrder(
                    event.target.value === 'dmy' || event.target.value === 'mdy'
                      ? event.target.value
                      : null,
                  )
                }
              >
                <option value="">(choose)</option>
                <option value="dmy">day/month/year (3 April 2015)</option>
                <option value="mdy">month/day/year (March 4, 2015)</option>
              </select>
            </div>
          </fieldset>
        )}

        <section className="map-columns-problems" aria-label="Problems" aria-live="polite">
          {build.missing.length > 0 && (
            <p>
              Choose a column for {build.missing.map((field) => FIELD_LABELS[field]).join(', ')}.
            </p>
          )}
          {build.missing.length === 0 && build.problems.length > 0 && (
            <>
              <p>
                {countOf(problemRows.size, 'row cannot', 'rows cannot')} be read. Fix the file or
                the choices above, or skip {problemRows.size === 1 ? 'it' : 'them'} on purpose.
              </p>
              <ul>
                {build.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                  <li key={i}>{describeRowProblem(problem)}</li>
                ))}
              </ul>
              {build.problems.length > SHOWN_PROBLEMS && (
                <p>and {build.problems.length - SHOWN_PROBLEMS} more</p>
              )}
              <button
                type="button"
                className="button"
                onClick={() => setSkipRows((current) => new Set([...current, ...problemRows]))}
              >
                Skip {problemRows.size === 1 ? 'this row' : `these ${problemRows.size} rows`}
              </button>
            </>
          )}
          {skipRows.size > 0 && (
            <p>
              {countOf(skipRows.size, 'row is', 'rows are')} skipped on purpose.{' '}
              <button type="button" className="button" onClick={() => setSkipRows(new Set())}>
                Skip none
              </button>
            </p>
          )}
        </section>

        <div className="map-columns-actions">
          <span className="map-columns-summary">{summary}</span>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!canImport}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}

export default MapColumnsDialog;
