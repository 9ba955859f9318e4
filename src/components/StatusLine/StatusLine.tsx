import { selectStatusText, selectTieNote } from '../../store/selectors';
import { useStore } from '../../store/store';

/** What is shown, counted: "9 actors · 7 claims · 12 statements" or "12 actors · 18 ties". */
export function StatusLine() {
  const text = useStore(selectStatusText);
  const note = useStore((s) => s.graphNote);
  const tieNote = useStore(selectTieNote);
  return (
    <>
      <p role="status" className="status-line">
        {text}
      </p>
      {note && <p className="graph-note">{note}</p>}
      {tieNote && <p className="graph-note">{tieNote}</p>}
    </>
  );
}
