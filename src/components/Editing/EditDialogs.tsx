import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { deletionConsequences, type EditProblem } from '../../model/edits';
import type { Collection } from '../../model/changes';
import type { EditableKind, EditorRequest } from '../../store/editorSlice';
import { useStore } from '../../store/store';
import { TextField } from './fields';
import { useActorOptions, useClaimOptions } from './options';
import { SinglePicker, type PickedRecord } from './Picker';
import './Editing.css';

const COLLECTION: Readonly<Record<EditableKind, Collection>> = {
  actor: 'actors',
  claim: 'claims',
  statement: 'statements',
  source: 'sources',
};

interface ModalProps {
  title: string;
  children: ReactNode;
  /** The buttons; the first submit button is what Enter does. */
  actions: ReactNode;
  onSubmit: () => void;
  problems?: readonly EditProblem[];
}

/** A modal dialog that opens as it mounts; Escape or Cancel closes it (and the editor). */
function Modal({ title, children, actions, onSubmit, problems = [] }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const closeEditor = useStore((s) => s.closeEditor);
  // A layout effect: its clean-up closes the dialog before React takes it out of the page, so
  // the browser gives the focus back to where it was when the dialog opened.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        closeEditor();
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
        {problems.length > 0 && (
          <ul role="alert" className="edit-problems">
            {problems.map((problem) => (
              <li key={`${problem.path}\n${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={closeEditor}>
            Cancel
          </button>
          {actions}
        </div>
      </form>
    </dialog>
  );
}

function nameOf(kind: EditableKind, id: string): string {
  const { index } = useStore.getState();
  if (kind === 'actor') return index?.actorById.get(id)?.name ?? id;
  if (kind === 'claim') return index?.claimById.get(id)?.text ?? id;
  if (kind === 'source') return index?.sourceById.get(id)?.title ?? id;
  return id;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "Delete actor "Bob" and its 2 statements?" — asked before anything goes. */
function DeleteDialog({ kind, id }: { kind: EditableKind; id: string }) {
  const dataset = useStore((s) => s.index?.dataset);
  const [problems, setProblems] = useState<EditProblem[]>([]);
  if (!dataset) return null;
  const collection = COLLECTION[kind];
  const { statements } = deletionConsequences(dataset, collection, id);
  const what = kind === 'statement' ? 'this statement' : `${kind} "${nameOf(kind, id)}"`;
  const consequence = statements > 0 ? ` and its ${plural(statements, 'statement')}` : '';
  // Statements that cite a source stay, without it: their quotes are their own.
  const citing = kind === 'source' ? dataset.statements.filter((s) => s.source === id).length : 0;
  const remove = async () => {
    const outcome = await useStore.getState().edit({ type: 'delete', collection, id });
    if (!outcome.ok) setProblems(outcome.problems);
    else useStore.getState().closeEditor();
  };
  return (
    <Modal
      title={`Delete ${kind}`}
      onSubmit={() => void remove()}
      problems={problems}
      actions={
        <button type="submit" className="button button-danger">
          Delete
        </button>
      }
    >
      <p>
        Delete {what}
        {consequence}? Undo brings {statements > 0 ? 'them' : 'it'} back.
      </p>
      {citing > 0 && (
        <p>
          {citing === 1
            ? 'The statement citing it stays, with its quote, without its source.'
            : `The ${citing} statements citing it stay, with their quotes, without their source.`}
        </p>
      )}
    </Modal>
  );
}

/** Merge an actor or claim into another, chosen by searching. */
function MergeDialog({ kind, id }: { kind: 'actor' | 'claim'; id: string }) {
  const actorOptions = useActorOptions();
  const claimOptions = useClaimOptions();
  const statements = useStore((s) =>
    kind === 'actor' ? s.index?.statementsByActor.get(id) : s.index?.statementsByClaim.get(id),
  );
  const [target, setTarget] = useState<PickedRecord>(null);
  const [problems, setProblems] = useState<EditProblem[]>([]);
  const name = nameOf(kind, id);
  const options = (kind === 'actor' ? actorOptions : claimOptions).filter((o) => o.id !== id);
  const merge = async () => {
    if (target?.kind !== 'existing') {
      setProblems([{ path: '', field: null, message: `Choose the ${kind} to merge into.` }]);
      return;
    }
    const outcome = await useStore.getState().edit({
      type: kind === 'actor' ? 'mergeActors' : 'mergeClaims',
      keep: target.id,
      remove: id,
    });
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    useStore.getState().closeEditor();
    useStore.getState().select({ type: kind, id: target.id });
  };
  const count = statements?.length ?? 0;
  return (
    <Modal
      title={`Merge ${kind} into…`}
      onSubmit={() => void merge()}
      problems={problems}
      actions={
        <button type="submit" className="button button-primary">
          Merge
        </button>
      }
    >
      <p>
        &ldquo;{name}&rdquo; and its {plural(count, 'statement')} become part of the {kind} you
        choose{kind === 'actor' ? `; "${name}" becomes one of its aliases` : ''}.
      </p>
      <SinglePicker
        label={`Merge into ${kind}`}
        options={options}
        value={target}
        onChange={(next) => {
          setTarget(next);
          setProblems([]);
        }}
      />
    </Modal>
  );
}

/** A new, empty dataset with a title. */
function NewDatasetDialog({ onCreate }: { onCreate: (title: string) => void }) {
  const [title, setTitle] = useState('');
  return (
    <Modal
      title="New dataset"
      onSubmit={() => onCreate(title)}
      actions={
        <button type="submit" className="button button-primary">
          Create
        </button>
      }
    >
      <p>An empty dataset: add actors, claims and statements to it.</p>
      <TextField label="Title" value={title} onChange={setTitle} />
    </Modal>
  );
}

/** The editor's questions: delete, merge, and a new dataset (created by the app). */
export default function EditDialogs({
  request,
  onNewDataset,
}: {
  request: Exclude<EditorRequest, { action: 'add' | 'edit' }>;
  onNewDataset: (title: string) => void;
}) {
  switch (request.action) {
    case 'delete':
      return <DeleteDialog kind={request.kind} id={request.id} />;
    case 'merge':
      return <MergeDialog kind={request.kind} id={request.id} />;
    case 'newDataset':
      return <NewDatasetDialog onCreate={onNewDataset} />;
  }
}
