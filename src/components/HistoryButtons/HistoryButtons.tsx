import { historyLabel } from '../../store/editSlice';
import { useStore } from '../../store/store';
import './HistoryButtons.css';

/**
 * Undo and Redo, each disabled when there is nothing to take back or again; the tooltip says
 * what ("Undo: Rename actor …"). Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z do the same (app/keys.ts). Both
 * wait while a form of the editor is open: a step behind it would lose what was typed there.
 */
export function HistoryButtons() {
  const undoLabel = useStore((s) => historyLabel(s.past.at(-1)));
  const redoLabel = useStore((s) => historyLabel(s.future.at(-1)));
  const formOpen = useStore((s) => s.editor !== null);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  const title = (verb: string, label: string | null) =>
    label === null
      ? `Nothing to ${verb.toLowerCase()}`
      : formOpen
        ? `${verb}: close the form first`
        : `${verb}: ${label}`;
  return (
    <div className="history-buttons" role="group" aria-label="History">
      {/* Arrows, named Undo and Redo: the graph bar has no room for words. */}
      <button
        type="button"
        className="button"
        onClick={undo}
        disabled={undoLabel === null || formOpen}
        aria-label="Undo"
        title={title('Undo', undoLabel)}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        className="button"
        onClick={redo}
        disabled={redoLabel === null || formOpen}
        aria-label="Redo"
        title={title('Redo', redoLabel)}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
