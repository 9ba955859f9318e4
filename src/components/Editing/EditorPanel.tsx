import type { EditorRequest } from '../../store/editorSlice';
import { useStore } from '../../store/store';
import { ActorForm } from './ActorForm';
import { ClaimForm } from './ClaimForm';
import { SourceForm } from './SourceForm';
import { StatementForm } from './StatementForm';
import './Editing.css';

/**
 * The form the details panel shows while adding or editing (loaded with the first edit, not with
 * the page). Keyed by what it edits, so opening another record starts a fresh form.
 */
export default function EditorPanel({
  request,
}: {
  request: Extract<EditorRequest, { action: 'add' | 'edit' }>;
}) {
  const index = useStore((s) => s.index);
  const id = request.action === 'edit' ? request.id : null;
  const draft = request.action === 'add' ? request.draft : undefined;
  const key = `${request.action}:${request.kind}:${id ?? ''}:${draft ? `${draft.source}@${draft.span.join('-')}` : ''}`;
  switch (request.kind) {
    case 'actor': {
      const actor = id === null ? null : index?.actorById.get(id);
      return actor === undefined ? <Gone what="actor" /> : <ActorForm key={key} actor={actor} />;
    }
    case 'claim': {
      const claim = id === null ? null : index?.claimById.get(id);
      return claim === undefined ? <Gone what="claim" /> : <ClaimForm key={key} claim={claim} />;
    }
    case 'statement': {
      const statement = id === null ? null : index?.statementById.get(id);
      return statement === undefined ? (
        <Gone what="statement" />
      ) : (
        <StatementForm key={key} statement={statement} draft={draft} />
      );
    }
    case 'source': {
      const source = id === null ? null : index?.sourceById.get(id);
      return source === undefined ? (
        <Gone what="source" />
      ) : (
        <SourceForm key={key} source={source} />
      );
    }
  }
}

/** The record being edited is gone (an undo took it back). */
function Gone({ what }: { what: string }) {
  const closeEditor = useStore((s) => s.closeEditor);
  return (
    <div className="edit-form">
      <p className="details-notice">This {what} is no longer in the dataset.</p>
      <button type="button" className="button" onClick={closeEditor}>
        Close
      </button>
    </div>
  );
}
