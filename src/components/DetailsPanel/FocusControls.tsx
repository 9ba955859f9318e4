import { useId } from 'react';
import { MAX_FOCUS_DEPTH } from '../../store/selectionSlice';
import { useStore } from '../../store/store';

const DEPTHS = Array.from({ length: MAX_FOCUS_DEPTH + 1 }, (_, depth) => depth);

/** Focus depth (Off, 1, 2, 3: how much of the selection's neighbourhood the graph keeps) and Clear. */
export function FocusControls() {
  const focusDepth = useStore((s) => s.focusDepth);
  const setFocusDepth = useStore((s) => s.setFocusDepth);
  const select = useStore((s) => s.select);
  const selectId = useId();
  return (
    <div className="details-controls">
      <label htmlFor={selectId} className="details-control-label">
        Focus depth
      </label>
      <select
        id={selectId}
        value={focusDepth}
        title="Show only the selection and what lies within this many steps of it"
        onChange={(event) => setFocusDepth(Number(event.target.value))}
      >
        {DEPTHS.map((depth) => (
          <option key={depth} value={depth}>
            {depth === 0 ? 'Off' : String(depth)}
          </option>
        ))}
      </select>
      <button type="button" className="button details-clear" onClick={() => select(null)}>
        Clear selection
      </button>
    </div>
  );
}
