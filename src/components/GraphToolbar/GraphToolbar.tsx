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
      <button type="button" className="button" onClick={requestLayout} disabled={busy}>
        Re-run layout
      </button>
      <button type="button" className="button" onClick={requestFit}>
        Fit
      </button>
    </div>
  );
}
