import type { ViewName } from '../../model/view';
import { useStore } from '../../store/store';
import './ViewSwitch.css';

const VIEWS: readonly { value: ViewName; label: string }[] = [
  { value: 'claims', label: 'Claims' },
  { value: 'actors', label: 'Actors' },
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
 * Claims view or actor view. The actor view's own choices (tie type, minimum weight, and how
 * the network is computed and drawn) are in the actor network panel.
 */
export function ViewSwitch() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  const isNetwork = useStore((s) => s.network !== null);
  // A plain network from another tool has no claims, so there is no other view of it.
  if (isNetwork) return <p className="view-switch-note">Network (no stances)</p>;
  return (
    <div className="view-switch">
      <Segmented legend="View" name="view" options={VIEWS} value={view} onChange={setView} />
    </div>
  );
}
