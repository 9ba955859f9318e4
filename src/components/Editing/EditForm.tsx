import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Edit, EditOutcome, EditProblem } from '../../model/edits';
import { useStore } from '../../store/store';
import { SaveAttempt } from './fields';

/** The problems of the last Save: by form field, and those that belong to no field. */
export interface FormProblems {
  byField: ReadonlyMap<string, string>;
  other: readonly EditProblem[];
}

const NO_PROBLEMS: FormProblems = { byField: new Map(), other: [] };

// Problems of fields a form does not show go where the user can act on them.
const SHOWN_AT: Readonly<Record<string, string>> = { span: 'quote' };

function sortProblems(problems: readonly EditProblem[], fields: ReadonlySet<string>): FormProblems {
  const byField = new Map<string, string>();
  const other: EditProblem[] = [];
  for (const problem of problems) {
    const field = problem.field === null ? null : (SHOWN_AT[problem.field] ?? problem.field);
    if (field !== null && fields.has(field) && !byField.has(field))
      byField.set(field, problem.message);
    else other.push(problem);
  }
  return { byField, other };
}

/**
 * Returns the fields that differ from the record (all of them for a new one), so an edit sends
 * only what the user changed and every other field of the record, known or not, stays as it is.
 */
export function changedFields(
  original: Readonly<Record<string, unknown>> | null,
  next: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    const before = original ? original[key] : undefined;
    if (JSON.stringify(value) !== JSON.stringify(before)) changed[key] = value;
  }
  return changed;
}

/** Trimmed text, or undefined (the field is removed) when nothing is left. */
export const textOrNone = (text: string): string | undefined => text.trim() || undefined;

interface EditFormProps {
  title: string;
  /** The form's fields, given the problems of the last Save to show at each. */
  children: (problems: FormProblems) => ReactNode;
  /** Names of the fields the form shows (so a problem knows where to go). */
  fields: readonly string[];
  /** Builds the edit from the form, or null when nothing changed. */
  edit: () => Edit | null;
  /** After a successful Save: what to select. */
  onSaved: (outcome: Extract<EditOutcome, { ok: true }>) => void;
}

/**
 * A form of the details panel: a title, its fields, Save and Cancel. Save sends the edit through
 * the store's one edit path; a refusal is shown at the fields and the form keeps what was typed.
 */
export function EditForm({ title, children, fields, edit, onSaved }: EditFormProps) {
  const headingId = useId();
  const closeEditor = useStore((s) => s.closeEditor);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [refusals, setRefusals] = useState(0);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // An opened form takes the focus to its first field: the button that opened it (Edit, an Add
  // menu's item) is gone, and the focus would fall to the page, where Escape is not the form's.
  useEffect(() => {
    formRef.current
      ?.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), select, textarea')
      ?.focus();
  }, []);

  // A refused Save takes the focus to the first field to change (or to the list of problems):
  // it would otherwise stay on Save, or fall to the page while Save was disabled.
  useEffect(() => {
    if (problems === NO_PROBLEMS) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('.edit-problems');
    target?.focus();
  }, [problems]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = edit();
    if (!request) {
      closeEditor();
      return;
    }
    setSaving(true);
    const outcome = await useStore.getState().edit(request);
    setSaving(false);
    if (!outcome.ok) {
      setProblems(sortProblems(outcome.problems, new Set(fields)));
      setRefusals((count) => count + 1);
      return;
    }
    closeEditor();
    onSaved(outcome);
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          closeEditor();
        }
      }}
    >
      <h3 id={headingId} className="details-title" tabIndex={-1} data-details-title="">
        {title}
      </h3>
      {(problems.byField.size > 0 || problems.other.length > 0) && (
        <div role="alert" className="edit-problems" tabIndex={-1}>
          <p>
            Not saved:{' '}
            {problems.byField.size + problems.other.length === 1
              ? 'one field needs'
              : 'some fields need'}{' '}
            a change.
          </p>
          {problems.other.length > 0 && (
            <ul>
              {problems.other.map((problem) => (
                <li key={`${problem.path}\n${problem.message}`}>
                  {problem.path ? <code>{problem.path}</code> : null} {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <SaveAttempt.Provider value={refusals}>{children(problems)}</SaveAttempt.Provider>
      <div className="edit-actions">
        <button type="button" className="button" onClick={closeEditor}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  );
}
