import { isLayoutName, LAYOUT_LABELS, LAYOUT_NAMES } from '../../model/view';
import { useStore } from '../../store/store';
import './GraphToolbar.css';

/** Layout choice, re-running it, and fitting the graph to the window. */
export function GraphToolbar() {
  const layout = useStore((s) => s.layout);
  const busy = useStore((s) => s.busy);
  const setLayout = useStore((s) => s.setLayout);
  const requestFit = useStore((s) => s.requestFit);
  const requestLayout = useStore((s) => s.requestLayout);
  // Two columns need claims; the actor view and plain networks have none and get a circle.
  const hasClaims = useStore((s) => s.view === 'claims' && s.network === null);
  return (
    <div className="graph-toolbar">
      <label className="toolbar-field">
        <span>Layout</span>
        <select
          value={layout}
          onChange={(event) => {
            if (isLayoutName(event.target.value)) setLayout(event.target.value);
          }}
        >
          {LAYOUT_NAMES.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      {layout === 'twoColumns' && !hasClaims && (
        <span className="toolbar-note">No claims here: drawn as a circle</span>
      )}
      {/* Short on screen (the bar is full); the name, which starts with what is shown, says all. */}
      <button
        type="button"
        className="button"
        onClick={requestLayout}
        disabled={busy}
        aria-label="Re-run layout"
        title="Lay the graph out afresh (Undo brings the old arrangement back)"
      >
        Re-run
      </button>
      <button type="button" className="button" onClick={requestFit}>
        Fit
      </button>
    </div>
  );
}
