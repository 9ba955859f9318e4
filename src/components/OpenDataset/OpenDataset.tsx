import { useRef, useState } from 'react';
import { FILE_ACCEPT } from '../../model/fileFormats';
import './OpenDataset.css';

/** A CSV with the columns the Map columns dialog knows at once, and an example row. */
/** The file input's id: what takes the focus back after a failed open's alert is dismissed. */
export const OPEN_DATASET_INPUT_ID = 'open-dataset-file';

export const TEMPLATE_URL = `${import.meta.env.BASE_URL}stancegraph-template.csv`;

interface OpenDatasetProps {
  onOpenFile: (file: File) => void;
  /** Resolves to whether the text loaded. */
  onOpenText: (text: string) => Promise<boolean>;
  onOpenSample: () => void;
}

/** The ways in: a file (any format the app reads), pasted text, or back to the sample. */
export function OpenDataset({ onOpenFile, onOpenText, onOpenSample }: OpenDatasetProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');

  // The text stays until it has loaded: after a refusal the dialog reopens with it, to be mended
  // rather than pasted again.
  const submitText = async () => {
    dialogRef.current?.close();
    const pasted = text;
    if (await onOpenText(pasted)) {
      setText((current) => (current === pasted ? '' : current));
    }
  };

  return (
    <div className="open-dataset">
      <label className="button open-file">
        Open dataset
        <input
          id={OPEN_DATASET_INPUT_ID}
          type="file"
          className="visually-hidden"
          aria-label="Open dataset"
          accept={FILE_ACCEPT}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Reset, so choosing the same file again opens it again.
            event.target.value = '';
            if (file) onOpenFile(file);
          }}
        />
      </label>
      <button type="button" className="button" onClick={() => dialogRef.current?.showModal()}>
        Open from text
      </button>
      <button type="button" className="button" onClick={onOpenSample}>
        Sample dataset
      </button>
      <a className="template-link" href={TEMPLATE_URL} download="stancegraph-template.csv">
        Download a spreadsheet template
      </a>
      <dialog ref={dialogRef} className="open-text-dialog" aria-labelledby="open-text-title">
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void submitText();
          }}
        >
          <h2 id="open-text-title">Open from text</h2>
          <label className="open-text-label" htmlFor="open-text-area">
            Dataset JSON
          </label>
          <textarea
            id="open-text-area"
            value={text}
            spellCheck={false}
            rows={14}
            placeholder='{ "format": "stancegraph", "version": 1, … }'
            onChange={(event) => setText(event.target.value)}
          />
          <div className="open-text-actions">
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={text.trim() === ''}>
              Open
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
