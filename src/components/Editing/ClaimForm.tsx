import { useState } from 'react';
import type { Claim } from '../../model/schema';
import { useStore } from '../../store/store';
import { changedFields, EditForm, textOrNone } from './EditForm';
import { TextField } from './fields';
import { useActorOptions } from './options';
import { MultiPicker } from './Picker';

const FIELDS = ['text', 'about', 'topic'] as const;

/** Adds a claim, or edits one: Text, About, Topic. */
export function ClaimForm({ claim }: { claim: Claim | null }) {
  const select = useStore((s) => s.select);
  const actorOptions = useActorOptions();
  const [text, setText] = useState(claim?.text ?? '');
  const [about, setAbout] = useState<string[]>(claim?.about ?? []);
  const [topic, setTopic] = useState(claim?.topic ?? '');

  const edit = () => {
    const fields = changedFields(claim, {
      text: text.trim(),
      about: about.length > 0 || claim?.about ? about : undefined,
      topic: textOrNone(topic),
    });
    if (claim === null)
      return { type: 'addClaim' as const, fields: { text: text.trim(), ...fields } };
    if (Object.keys(fields).length === 0) return null;
    return { type: 'update' as const, collection: 'claims' as const, id: claim.id, fields };
  };

  return (
    <EditForm
      title={claim ? 'Edit claim' : 'New claim'}
      fields={FIELDS}
      edit={edit}
      onSaved={(outcome) => select({ type: 'claim', id: outcome.created?.id ?? claim!.id })}
    >
      {({ byField }) => (
        <>
          <TextField
            label="Text"
            value={text}
            onChange={setText}
            multiline
            error={byField.get('text')}
            hint="The proposition, stated neutrally."
          />
          <MultiPicker
            label="About"
            options={actorOptions}
            value={about}
            onChange={setAbout}
            error={byField.get('about')}
            hint="The actors the claim is about (an accusation is aimed at them)."
          />
          <TextField label="Topic" value={topic} onChange={setTopic} error={byField.get('topic')} />
        </>
      )}
    </EditForm>
  );
}
