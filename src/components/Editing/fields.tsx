import { createContext, useContext, useId, useState, type ReactNode } from 'react';

/**
 * Counts the form's refused Saves. A field's error belongs to the Save that found it: once the
 * field is changed it is no longer shown, until a later Save finds it again.
 */
export const SaveAttempt = createContext(0);

interface FieldProps {
  label: string;
  /** What is wrong with the value, shown under the field and read with it. */
  error?: string | undefined;
  /** How to fill it in, e.g. "YYYY-MM-DD". */
  hint?: string | undefined;
  /** The control, given the ids that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** What a control needs to be named by its label and described by its hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A labelled form field with an optional hint and the error of the last Save. */
export function Field({ label, error: found, hint, children }: FieldProps) {
  const id = useId();
  const attempt = useContext(SaveAttempt);
  const [changedAfter, setChangedAfter] = useState<number | null>(null);
  const error = changedAfter === attempt ? undefined : found;
  const changed = () => {
    if (found !== undefined) setChangedAfter(attempt);
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div
      className="edit-field"
      data-invalid={error ? 'true' : undefined}
      onChange={changed}
      onInput={changed}
    >
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
      {hint && (
        <p id={hintId} className="edit-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="edit-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  placeholder?: string;
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  placeholder,
}: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            value={value}
            rows={3}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...control}
            type="text"
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  error?: string | undefined;
  hint?: string | undefined;
}

export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  error,
  hint,
}: SelectFieldProps<T>) {
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
