import { useEffect, useId, useRef } from 'react';
import { useStore } from '../../store/store';
import './Editing.css';

export type ReplaceAnswer = 'export' | 'discard' | 'cancel';

/** Asks before an edited dataset that was never exported is replaced, offering to export it. */
export default function ReplaceDialog({
  by,
  onAnswer,
}: {
  by: string;
  onAnswer: (answer: ReplaceAnswer) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const title = useStore((s) => s.index?.dataset.title);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      role="alertdialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer('cancel');
      }}
    >
      <h2 id={headingId}>Replace your edited dataset?</h2>
      <p>
        {title ? <>&ldquo;{title}&rdquo; has</> : 'The dataset has'} edits that were not exported.
        Opening {by} replaces it, and the edits are lost unless you export it first.
      </p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => onAnswer('cancel')}>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={() => onAnswer('discard')}>
          Discard edits
        </button>
        <button type="button" className="button button-primary" onClick={() => onAnswer('export')}>
          Export JSON and continue
        </button>
      </div>
    </dialog>
  );
}
