import { historyLabel } from '../../store/editSlice';
import { useStore } from '../../store/store';
import './HistoryButtons.css';

/**
 * Undo and Redo, each disabled when there is nothing to take back or again; the tooltip says
 * what ("Undo: Rename actor …"). Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z do the same (app/startup).
 */
export function HistoryButtons() {
  const undoLabel = useStore((s) => historyLabel(s.past.at(-1)));
  const redoLabel = useStore((s) => historyLabel(s.future.at(-1)));
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  return (
    <div className="history-buttons" role="group" aria-label="History">
      {/* Arrows, named Undo and Redo: the graph bar has no room for words. */}
      <button
        type="button"
        className="button"
        onClick={undo}
        disabled={undoLabel === null}
        aria-label="Undo"
        title={undoLabel ? `Undo: ${undoLabel}` : 'Nothing to undo'}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="button"
        onClick={redo}
        disabled={redoLabel === null}
        aria-label="Redo"
        title={redoLabel ? `Redo: ${redoLabel}` : 'Nothing to redo'}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
