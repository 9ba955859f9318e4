import { countOf } from '../../model/countOf';
import { selectStatusText, selectTieNote, selectUntiedCount } from '../../store/selectors';
import { useStore } from '../../store/store';

/**
 * The actor view's actors without a drawn tie: hidden unless asked for, and said so, with the
 * button that shows (or hides) them.
 */
function UntiedNote() {
  const count = useStore(selectUntiedCount);
  const shown = useStore((s) => s.filters.showUntied);
  const setFilter = useStore((s) => s.setFilter);
  if (!count) return null;
  const actors = countOf(count, 'actor', 'actors');
  return (
    <p className="graph-note">
      {shown ? `${actors} without a tie shown. ` : `${actors} without a tie hidden. `}
      <button type="button" className="link-button" onClick={() => setFilter('showUntied', !shown)}>
        {shown ? 'Hide them' : 'Show them'}
      </button>
    </p>
  );
}

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
      <UntiedNote />
    </>
  );
}
