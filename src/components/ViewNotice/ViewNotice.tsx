import type { Selection } from '../../model/selection';
import { useStore } from '../../store/store';
import './ViewNotice.css';

/** How a message names a selected item: `actor "zed"`, `the tie between "a" and "b"`. */
export function describeSelection(selection: NonNullable<Selection>): string {
  if (selection.type === 'tie') return `the tie between "${selection.a}" and "${selection.b}"`;
  return `${selection.type} "${selection.id}"`;
}

/**
 * Says so when the link's view selects something the dataset on screen does not have (a link made
 * with other data), instead of quietly showing the whole graph.
 */
export function ViewNotice() {
  const unknown = useStore((s) => s.unknownSelection);
  const dismiss = useStore((s) => s.dismissUnknownSelection);
  const isSample = useStore((s) => s.source.kind === 'sample');
  const title = useStore((s) => s.index?.dataset.title);
  if (!unknown) return null;
  const dataset = isSample ? 'the sample dataset' : title ? `"${title}"` : 'this dataset';
  return (
    <div className="view-notice" aria-live="polite">
      <p>
        The link selects {describeSelection(unknown)}, which is not in {dataset}: the whole graph is
        shown. The link may have been made with other data; a link with data (Export, Copy link with
        data) or the file itself brings it along.
      </p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
