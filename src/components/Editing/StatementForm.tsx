import { useMemo, useState } from 'react';
import type { Edit } from '../../model/edits';
import { findTypedQuote, type Span } from '../../model/quotes';
import type { ActorKind, Statement } from '../../model/schema';
import { claimsLike, namedIn, sentenceAround } from '../../model/sourceText';
import type { StatementDraft } from '../../store/editorSlice';
import { useStore } from '../../store/store';
import { KIND_OPTIONS } from './ActorForm';
import { changedFields, EditForm, textOrNone } from './EditForm';
import { SelectField, TextField } from './fields';
import { useActorOptions, useClaimOptions } from './options';
import { SinglePicker, type PickedRecord } from './Picker';

const FIELDS = ['actor', 'claim', 'stance', 'date', 'place', 'quote', 'source', 'note', 'span'];

const NO_SOURCE = '';

// One empty list, not a new one per call: a selector that returns a new value each time makes
// React render for ever.
const NONE: readonly never[] = [];

const picked = (id: string | undefined): PickedRecord => (id ? { kind: 'existing', id } : null);

/**
 * The actors named in the sentence around `span` of a source's text, and the claims that sentence
 * is likely about: what the form offers first when a statement is coded from the text.
 */
function useSentenceSuggestions(text: string | undefined, span: Span | null) {
  const actors = useStore((s) => s.index?.dataset.actors);
  const claims = useStore((s) => s.index?.dataset.claims);
  const start = span?.[0];
  const end = span?.[1];
  return useMemo(() => {
    if (text === undefined || start === undefined || end === undefined)
      return { actors: [], claims: [] };
    const [from, to] = sentenceAround(text, start, end);
    const things = (actors ?? []).map((a) => ({ id: a.id, names: [a.name, ...(a.aliases ?? [])] }));
    return {
      actors: namedIn(text, things, from, to),
      claims: claimsLike(text.slice(from, to), claims ?? []),
    };
  }, [text, start, end, actors, claims]);
}

/** "Mark Rutte, NATO and Russia". */
function listOfNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Where the quote is found in the source's text, in words for the Quote field's hint. */
function placeHint(
  text: string | undefined,
  quote: string,
  found: Span | null,
  keepsPlace: boolean,
): string {
  const verbatim = 'The words of the source that carry the stance, verbatim.';
  if (text === undefined || quote === '') return verbatim;
  if (found === null)
    return keepsPlace
      ? "Not found in the source's text: it will be saved without its place in it."
      : "Not found in the source's text: the quote check will list it.";
  const where = `characters ${found[0].toLocaleString('en-US')}–${found[1].toLocaleString('en-US')}`;
  return keepsPlace
    ? `${verbatim} Its place in the source's text: ${where}.`
    : `${verbatim} Found in the source's text at ${where}.`;
}

/**
 * Adds a statement, or edits one: who (Actor) takes which Stance on which Claim, with its
 * evidence. Actor and claim are found by searching, or made on the spot from the typed text.
 * Coded from a source's text (`draft`), it starts with the selected words as its quote, their
 * span, the source and its date, and offers first the actors and claims of that sentence.
 */
export function StatementForm({
  statement,
  draft,
}: {
  statement: Statement | null;
  draft?: StatementDraft | undefined;
}) {
  const select = useStore((s) => s.select);
  const stances = useStore((s) => s.index?.stances ?? NONE);
  const sources = useStore((s) => s.index?.dataset.sources ?? NONE);
  const actorOptions = useActorOptions();
  const claimOptions = useClaimOptions();
  const draftSource = draft ? sources.find((s) => s.id === draft.source) : undefined;
  // The place a statement keeps in its source's text: the coded words, or its own span.
  const [initialSpan] = useState<Span | undefined>(draft?.span ?? statement?.span);
  const [actor, setActor] = useState<PickedRecord>(picked(statement?.actor));
  const [newActorKind, setNewActorKind] = useState<ActorKind>('person');
  const [claim, setClaim] = useState<PickedRecord>(picked(statement?.claim));
  const [stance, setStance] = useState(statement?.stance ?? stances[0]?.id ?? '');
  const [date, setDate] = useState(statement?.date ?? draftSource?.published ?? '');
  const [place, setPlace] = useState(statement?.place ?? '');
  const [quote, setQuote] = useState(
    draft && draftSource?.text !== undefined
      ? draftSource.text.slice(draft.span[0], draft.span[1])
      : (statement?.quote ?? ''),
  );
  const [source, setSource] = useState(draft?.source ?? statement?.source ?? NO_SOURCE);
  const [note, setNote] = useState(statement?.note ?? '');

  const sourceText = sources.find((s) => s.id === source)?.text;
  const keepsPlace = initialSpan !== undefined;
  // The occurrence nearest the coded words, so an unchanged quote keeps exactly its span.
  const match =
    sourceText === undefined ? null : findTypedQuote(sourceText, quote, initialSpan?.[0]);
  const found = match?.span ?? null;
  const suggestions = useSentenceSuggestions(sourceText, found);
  const actorNames = suggestions.actors.map((id) => actorOptions.find((o) => o.id === id)?.label);

  const edit = (): Edit | null => {
    // The quote is kept as typed: it is evidence, verbatim. Found in the source's text, it is the
    // text's own words (the line ends a text field changed are the text's again).
    const fields = changedFields(statement, {
      actor: actor?.kind === 'existing' ? actor.id : undefined,
      claim: claim?.kind === 'existing' ? claim.id : undefined,
      stance,
      date: textOrNone(date),
      place: textOrNone(place),
      quote: quote === '' ? undefined : (match?.words ?? quote),
      source: source === NO_SOURCE ? undefined : source,
      note: textOrNone(note),
      // A span follows its words; one that cannot goes (the format needs it to hold the quote).
      ...(keepsPlace ? { span: found ? [found[0], found[1]] : undefined } : {}),
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
            suggested={suggestions.actors}
            suggestedNote="in the sentence"
            error={byField.get('actor')}
            hint={
              actorNames.length > 0
                ? `Named in the sentence: ${listOfNames(actorNames.filter((n) => n !== undefined))}.`
                : undefined
            }
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
            suggested={suggestions.claims}
            suggestedNote="like the sentence"
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
            hint={placeHint(sourceText, quote, found, keepsPlace)}
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
