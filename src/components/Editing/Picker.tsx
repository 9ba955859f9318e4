import { useId, useMemo, useState } from 'react';
import { normalizeForSearch } from '../../model/search';
import { Field } from './fields';

/** One choice of a picker: an actor or a claim. */
export interface PickerOption {
  id: string;
  label: string;
  /** Other names the search also finds (an actor's aliases). */
  also?: readonly string[];
}

/** A single pick: an existing record, or a new one to be made from the typed text. */
export type PickedRecord = { kind: 'existing'; id: string } | { kind: 'new'; text: string } | null;

// Enough to choose from; the search narrows a long list down.
const MAX_SHOWN = 30;

interface SearchOption extends PickerOption {
  normalized: string[];
}

function useSearchable(options: readonly PickerOption[]) {
  return useMemo<SearchOption[]>(
    () =>
      options.map((option) => ({
        ...option,
        normalized: [option.label, ...(option.also ?? [])].map(normalizeForSearch),
      })),
    [options],
  );
}

function matching(options: readonly SearchOption[], query: string, excluded: ReadonlySet<string>) {
  const q = normalizeForSearch(query);
  const found: SearchOption[] = [];
  for (const option of options) {
    if (excluded.has(option.id)) continue;
    if (q === '' || option.normalized.some((text) => text.includes(q))) found.push(option);
    if (found.length >= MAX_SHOWN) break;
  }
  return found;
}

interface ListboxProps {
  label: string;
  query: string;
  onQuery: (query: string) => void;
  choices: readonly { key: string; label: string; note?: string; choose: () => void }[];
  error?: string | undefined;
  hint?: string | undefined;
  placeholder?: string | undefined;
}

/**
 * A text box that filters a list of choices (the ARIA combobox pattern): arrows move through the
 * list, Enter chooses, Escape closes it.
 */
function SearchList({ label, query, onQuery, choices, error, hint, placeholder }: ListboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const activeIndex = Math.min(active, choices.length - 1);
  const optionId = (i: number) => `${listId}-${i}`;
  const choose = (i: number) => {
    choices[i]?.choose();
    setOpen(false);
    setActive(0);
  };
  return (
    <Field label={label} error={error} hint={hint}>
      {(control) => (
        <div className="picker">
          <input
            {...control}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open && choices.length > 0}
            aria-controls={listId}
            aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            autoComplete="off"
            value={query}
            placeholder={placeholder}
            onChange={(event) => {
              onQuery(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            // Opened by typing, a click or Down, not by focus: a dialog that opens on a picker
            // shows no list until asked, and Escape there closes the dialog.
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setOpen(true);
                setActive((i) => Math.min(i + 1, choices.length - 1));
              } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                setActive((i) => Math.max(i - 1, 0));
              } else if (event.key === 'Enter' && open && activeIndex >= 0) {
                event.preventDefault();
                choose(activeIndex);
              } else if (event.key === 'Escape' && open) {
                event.preventDefault();
                event.stopPropagation();
                setOpen(false);
              }
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={label}
            className="picker-list"
            hidden={!open || choices.length === 0}
          >
            {choices.map((choice, i) => (
              <li
                key={choice.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                className="picker-option"
                // Chosen on mousedown, before the text box's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(i);
                }}
              >
                {choice.label}
                {choice.note && <span className="picker-note"> {choice.note}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Field>
  );
}

interface SinglePickerProps {
  label: string;
  options: readonly PickerOption[];
  value: PickedRecord;
  onChange: (value: PickedRecord) => void;
  /** The noun of "Create actor "…"", when a new record may be made from the typed text. */
  createNoun?: string;
  /** Ids offered first, marked with `suggestedNote` (say, those named in a coded sentence). */
  suggested?: readonly string[];
  suggestedNote?: string;
  error?: string | undefined;
  hint?: string | undefined;
}

const NONE: readonly string[] = [];

/** The options with the suggested ones first, in the order suggested; the rest keep theirs. */
function suggestedFirst(options: readonly PickerOption[], suggested: readonly string[]) {
  if (suggested.length === 0) return options;
  const byId = new Map(options.map((option) => [option.id, option]));
  const first = suggested.flatMap((id) => byId.get(id) ?? []);
  const ids = new Set(suggested);
  return [...first, ...options.filter((option) => !ids.has(option.id))];
}

/** Picks one actor or claim by searching; with createNoun, the typed text can make a new one. */
export function SinglePicker({
  label,
  options,
  value,
  onChange,
  createNoun,
  suggested = NONE,
  suggestedNote = 'suggested',
  error,
  hint,
}: SinglePickerProps) {
  const ordered = useMemo(() => suggestedFirst(options, suggested), [options, suggested]);
  const searchable = useSearchable(ordered);
  const isSuggested = new Set(suggested);
  const chosenLabel =
    value?.kind === 'existing'
      ? (options.find((o) => o.id === value.id)?.label ?? value.id)
      : value?.kind === 'new'
        ? value.text
        : '';
  const [query, setQuery] = useState(chosenLabel);
  const found = matching(searchable, query === chosenLabel ? '' : query, new Set());
  const choices: ListboxProps['choices'][number][] = found.map((option) => ({
    key: option.id,
    label: option.label,
    ...(isSuggested.has(option.id) ? { note: suggestedNote } : {}),
    choose: () => {
      setQuery(option.label);
      onChange({ kind: 'existing', id: option.id });
    },
  }));
  const typed = query.trim();
  const exact = found.some((o) => normalizeForSearch(o.label) === normalizeForSearch(typed));
  if (createNoun && typed !== '' && !exact && typed !== chosenLabel) {
    choices.push({
      key: '\u0000new',
      label: `Create ${createNoun} "${typed}"`,
      choose: () => {
        setQuery(typed);
        onChange({ kind: 'new', text: typed });
      },
    });
  }
  return (
    <SearchList
      label={label}
      query={query}
      onQuery={(next) => {
        setQuery(next);
        // Typing away from the choice unchooses it, so what Save sends is what is shown.
        if (next !== chosenLabel) onChange(null);
      }}
      choices={choices}
      error={error}
      hint={hint ?? (value?.kind === 'new' ? `A new ${createNoun} will be made` : undefined)}
      placeholder="Type to search"
    />
  );
}

interface MultiPickerProps {
  label: string;
  options: readonly PickerOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  hint?: string | undefined;
}

/** Picks any number of actors by searching; each chosen one has a button that removes it. */
export function MultiPicker({ label, options, value, onChange, error, hint }: MultiPickerProps) {
  const searchable = useSearchable(options);
  const [query, setQuery] = useState('');
  const chosen = new Set(value);
  const labelOf = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const choices = matching(searchable, query, chosen).map((option) => ({
    key: option.id,
    label: option.label,
    choose: () => {
      setQuery('');
      onChange([...value, option.id]);
    },
  }));
  return (
    <div className="multi-picker">
      <SearchList
        label={label}
        query={query}
        onQuery={setQuery}
        choices={choices}
        error={error}
        hint={hint}
        placeholder="Type to search"
      />
      {value.length > 0 && (
        <ul className="picked" aria-label={`${label}: chosen`}>
          {value.map((id) => (
            <li key={id} className="picked-item">
              <span>{labelOf(id)}</span>
              <button
                type="button"
                className="picked-remove"
                aria-label={`Remove ${labelOf(id)}`}
                onClick={() => onChange(value.filter((x) => x !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
