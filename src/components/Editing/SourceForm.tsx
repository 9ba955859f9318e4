import { useId, useState } from 'react';
import type { Edit } from '../../model/edits';
import type { Source } from '../../model/schema';
import { htmlToText } from '../../model/sourceText';
import { useStore } from '../../store/store';
import { changedFields, EditForm, textOrNone } from './EditForm';
import { Field, TextField } from './fields';

const FIELDS = ['title', 'publisher', 'published', 'url', 'text'] as const;

// Text beyond this is not an article or a transcript; it would only slow the page down.
const MAX_TEXT_BYTES = 5_000_000;

const isHtmlFile = (file: File) => /\.x?html?$/i.test(file.name) || file.type === 'text/html';

/**
 * Reads the text of a .txt, .md or .html file. HTML is turned into its readable text on the
 * string alone (model/sourceText): it is never rendered, so nothing in it runs or loads.
 */
async function readTextFile(file: File): Promise<{ text: string; note: string }> {
  if (file.size > MAX_TEXT_BYTES)
    throw new Error(`"${file.name}" is larger than 5 MB: not read. Paste the part you need.`);
  const raw = await file.text();
  if (isHtmlFile(file))
    return {
      text: htmlToText(raw),
      note: `Read from "${file.name}": its HTML tags were removed, nothing in it was run.`,
    };
  return { text: raw, note: `Read from "${file.name}".` };
}

/**
 * Adds a source, or edits one: title, publisher, date, address and its full text, typed, pasted
 * or read from a file. The text is kept exactly as it is (spans count its characters).
 */
export function SourceForm({ source }: { source: Source | null }) {
  const openSource = useStore((s) => s.openSource);
  const fileId = useId();
  const [title, setTitle] = useState(source?.title ?? '');
  const [publisher, setPublisher] = useState(source?.publisher ?? '');
  const [published, setPublished] = useState(source?.published ?? '');
  const [url, setUrl] = useState(source?.url ?? '');
  const [text, setText] = useState(source?.text ?? '');
  const [fileNote, setFileNote] = useState<{ text: string; failed: boolean } | null>(null);
  const spans = useStore(
    (s) =>
      source !== null &&
      (s.index?.dataset.statements.some((st) => st.source === source.id && st.span) ?? false),
  );

  const edit = (): Edit | null => {
    const fields = changedFields(source, {
      title: textOrNone(title),
      publisher: textOrNone(publisher),
      published: textOrNone(published),
      url: textOrNone(url),
      // Verbatim: not even trimmed, since the spans of statements count its characters.
      text: text === '' ? undefined : text,
    });
    if (source === null) return { type: 'addSource', fields };
    if (Object.keys(fields).length === 0) return null;
    return { type: 'update', collection: 'sources', id: source.id, fields };
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const read = await readTextFile(file);
      setText(read.text);
      setFileNote({ text: read.note, failed: false });
    } catch (error) {
      setFileNote({ text: error instanceof Error ? error.message : String(error), failed: true });
    }
  };

  return (
    <EditForm
      title={source ? 'Edit source' : 'New source'}
      fields={FIELDS}
      edit={edit}
      onSaved={(outcome) => openSource(outcome.created?.id ?? source!.id)}
    >
      {({ byField }) => (
        <>
          <TextField label="Title" value={title} onChange={setTitle} error={byField.get('title')} />
          <TextField
            label="Publisher"
            value={publisher}
            onChange={setPublisher}
            error={byField.get('publisher')}
            hint='e.g. "TIME"'
          />
          <TextField
            label="Published"
            value={published}
            onChange={setPublished}
            error={byField.get('published')}
            hint="YYYY-MM-DD, YYYY-MM or YYYY"
          />
          <TextField
            label="URL"
            value={url}
            onChange={setUrl}
            error={byField.get('url')}
            hint="http:// or https://"
          />
          <Field
            label="Text"
            error={byField.get('text')}
            hint={
              spans
                ? 'The full text. Coded quotes keep their place where their words are still found.'
                : 'The full text, pasted or read from a file, so statements can be coded from it.'
            }
          >
            {(control) => (
              <textarea
                {...control}
                className="source-text-field"
                value={text}
                rows={10}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </Field>
          <div className="edit-field">
            <label htmlFor={fileId}>Read the text from a file</label>
            <input
              id={fileId}
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              aria-describedby={fileNote ? `${fileId}-note` : undefined}
              onChange={(event) => void readFile(event.target.files?.[0])}
            />
            {fileNote && (
              <p
                id={`${fileId}-note`}
                className={fileNote.failed ? 'edit-error' : 'edit-hint'}
                role={fileNote.failed ? 'alert' : 'status'}
              >
                {fileNote.text}
              </p>
            )}
          </div>
        </>
      )}
    </EditForm>
  );
}
