import { useState } from 'react';
import type { TieMode } from '../../model/tieEdges';
import type { ViewName } from '../../model/view';
import { useStore } from '../../store/store';
import './ViewSwitch.css';

const VIEWS: readonly { value: ViewName; label: string }[] = [
  { value: 'claims', label: 'Claims' },
  { value: 'actors', label: 'Actors' },
];

const TIE_MODES: readonly { value: TieMode; label: string }[] = [
  { value: 'agreement', label: 'Agreement' },
  { value: 'conflict', label: 'Conflict' },
  { value: 'both', label: 'Both' },
];

interface SegmentedProps<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** Radio buttons drawn as a segmented control; arrow keys move between them natively. */
function Segmented<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: SegmentedProps<T>) {
  return (
    <fieldset className="segmented">
      <legend className="segmented-legend">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="segmented-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The fewest claims a drawn tie stands on. Typing keeps its own text until it is a whole number
 * from 1 up, so clearing the field to type "12" does not snap back to the old value.
 */
function MinWeightInput() {
  const weight = useStore((s) => s.tieMinWeight);
  const setWeight = useStore((s) => s.setTieMinWeight);
  const [draft, setDraft] = useState(String(weight));
  const [draftOf, setDraftOf] = useState(weight);
  if (draftOf !== weight) {
    // Changed elsewhere (a link, a restored session): show the new value.
    setDraftOf(weight);
    setDraft(String(weight));
  }
  return (
    <label className="view-switch-number">
      <span>Minimum claims per tie</span>
      <input
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        value={draft}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (/^[1-9][0-9]*$/.test(text)) setWeight(Number(text));
        }}
        onBlur={() => setDraft(String(weight))}
      />
    </label>
  );
}

/** Claims view or actor view, and in the actor view which ties to draw and from what weight. */
export function ViewSwitch() {
  const view = useStore((s) => s.view);
  const tieMode = useStore((s) => s.tieMode);
  const setView = useStore((s) => s.setView);
  const setTieMode = useStore((s) => s.setTieMode);
  const isNetwork = useStore((s) => s.network !== null);
  // A plain network from another tool has no claims, so there is no other view of it.
  if (isNetwork) return <p className="view-switch-note">Network (no stances)</p>;
  return (
    <div className="view-switch">
      <Segmented legend="View" name="view" options={VIEWS} value={view} onChange={setView} />
      {view === 'actors' && (
        <>
          <Segmented
            legend="Ties"
            name="tie-mode"
            options={TIE_MODES}
            value={tieMode}
            onChange={setTieMode}
          />
          <MinWeightInput />
        </>
      )}
    </div>
  );
}
