import { useId, type ReactNode } from 'react';

interface CountedCheckboxProps {
  /** The checkbox's whole accessible name. */
  label: string;
  checked: boolean;
  onToggle: () => void;
  shown: number;
  total: number;
  /** What is counted, for the spoken description: "statements", "actors". */
  noun: string;
  /** A small key drawn before the label (hidden from assistive technology). */
  swatch?: ReactNode;
}

/**
 * One filter row: a checkbox named exactly by its label, and the "shown/total" count beside it,
 * kept out of the label so the name stays the label alone (the count is its description).
 */
export function CountedCheckbox({
  label,
  checked,
  onToggle,
  shown,
  total,
  noun,
  swatch,
}: CountedCheckboxProps) {
  const descriptionId = useId();
  return (
    <li className="filter-row">
      <label className="filter-check">
        <input
          type="checkbox"
          checked={checked}
          onChange={onToggle}
          aria-describedby={descriptionId}
        />
        {swatch}
        <span className="filter-label">{label}</span>
      </label>
      <span className="filter-count" aria-hidden="true">
        {shown}/{total}
      </span>
      <span id={descriptionId} className="visually-hidden">
        {`${shown} of ${total} ${noun} shown`}
      </span>
    </li>
  );
}
