import { useState } from 'react';
import type { Edit } from '../../model/edits';
import type { ActorKind, Statement } from '../../model/schema';
import { useStore } from '../../store/store';
import { KIND_OPTIONS } from './ActorForm';
import { changedFields, EditForm, textOrNone } from './EditForm';
import { SelectField, TextField } from './fields';
import { useActorOptions, useClaimOptions } from './options';
import { SinglePicker, type PickedRecord } from './Picker';

const FIELDS = ['actor', 'claim', 'stance', 'date', 'place', 'quote', 'source', 'note'] as const;

const NO_SOURCE = '';

const picked = (id: string | undefined): PickedRecord => (id ? { kind: 'existing', id } : null);

/**
 * Adds a statement, or edits one: who (Actor) takes which Stance on which Claim, with its
 * evidence. Actor and claim are found by searching, or made on the spot from the typed text.
 */
export function StatementForm({ statement }: { statement: Statement | null }) {
  const select = useStore((s) => s.select);
  const stances = useStore((s) => s.index?.stances ?? []);
  const sources = useStore((s) => s.index?.dataset.sources ?? []);
  const actorOptions = useActorOptions();
  const claimOptions = useClaimOptions();
  const [actor, setActor] = useState<PickedRecord>(picked(statement?.actor));
  const [newActorKind, setNewActorKind] = useState<ActorKind>('person');
  const [claim, setClaim] = useState<PickedRecord>(picked(statement?.claim));
  const [stance, setStance] = useState(statement?.stance ?? stances[0]?.id ?? '');
  const [date, setDate] = useState(statement?.date ?? '');
  const [place, setPlace] = useState(statement?.place ?? '');
  const [quote, setQuote] = useState(statement?.quote ?? '');
  const [source, setSource] = useState(statement?.source ?? NO_SOURCE);
  const [note, setNote] = useState(statement?.note ?? '');

  const edit = (): Edit | null => {
    // The quote is kept as typed: it is evidence, verbatim.
    const fields = changedFields(statement, {
      actor: actor?.kind === 'existing' ? actor.id : undefined,
      claim: claim?.kind === 'existing' ? claim.id : undefined,
      stance,
      date: textOrNone(date),
      place: textOrNone(place),
      quote: quote === '' ? undefined : quote,
      source: source === NO_SOURCE ? undefined : source,
      note: textOrNone(note),
    });
    const newActor = actor?.kind === 'new' ? { name: actor.text, kind: newActorKind } : undefined;
    const newClaim = claim?.kind === 'new' ? { text: claim.text } : undefined;
    if (statement === null) {
      return {
        type: 'addStatement',
        fields: { stance, ...fields },
        ...(newActor ? { newActor } : {}),
        ...(newClaim ? { newClaim } : {}),
      };
    }
    if (Object.keys(fields).length === 0) return null;
    return { type: 'update', collection: 'statements', id: statement.id, fields };
  };

  return (
    <EditForm
      title={statement ? 'Edit statement' : 'New statement'}
      fields={FIELDS}
      edit={edit}
      onSaved={(outcome) => select({ type: 'statement', id: outcome.created?.id ?? statement!.id })}
    >
      {({ byField }) => (
        <>
          <SinglePicker
            label="Actor"
            options={actorOptions}
            value={actor}
            onChange={setActor}
            createNoun={statement ? undefined : 'actor'}
            error={byField.get('actor')}
          />
          {actor?.kind === 'new' && (
            <SelectField
              label="Kind of the new actor"
              value={newActorKind}
              onChange={setNewActorKind}
              options={KIND_OPTIONS}
            />
          )}
          <SelectField
            label="Stance"
            value={stance}
            onChange={setStance}
            options={stances.map((s) => ({ value: s.id, label: s.label }))}
            error={byField.get('stance')}
          />
          <SinglePicker
            label="Claim"
            options={claimOptions}
            value={claim}
            onChange={setClaim}
            createNoun={statement ? undefined : 'claim'}
            error={byField.get('claim')}
          />
          <TextField
            label="Date"
            value={date}
            onChange={setDate}
            error={byField.get('date')}
            hint="YYYY-MM-DD, YYYY-MM or YYYY"
          />
          <TextField label="Place" value={place} onChange={setPlace} error={byField.get('place')} />
          <TextField
            label="Quote"
            value={quote}
            onChange={setQuote}
            multiline
            error={byField.get('quote')}
            hint="The words of the source that carry the stance, verbatim."
          />
          <SelectField
            label="Source"
            value={source}
            onChange={setSource}
            options={[
              { value: NO_SOURCE, label: '(none)' },
              ...sources.map((s) => ({ value: s.id, label: s.title ?? s.id })),
            ]}
            error={byField.get('source')}
          />
          <TextField
            label="Note"
            value={note}
            onChange={setNote}
            multiline
            error={byField.get('note')}
            hint="The coder's remark."
          />
        </>
      )}
    </EditForm>
  );
}
