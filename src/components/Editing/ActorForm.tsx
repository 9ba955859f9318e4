import { useMemo, useState } from 'react';
import { normalizeForSearch } from '../../model/search';
import { ACTOR_KINDS } from '../../model/formatRules';
import type { Actor, ActorKind } from '../../model/schema';
import { KIND_STYLES } from '../../model/styleTable';
import { selectSearchIndex } from '../../store/selectors';
import { useStore } from '../../store/store';
import { changedFields, EditForm, textOrNone } from './EditForm';
import { SelectField, TextField } from './fields';
import { useActorOptions } from './options';
import { MultiPicker } from './Picker';

export const KIND_OPTIONS = ACTOR_KINDS.map((kind) => ({
  value: kind,
  label: KIND_STYLES[kind].label,
}));

const FIELDS = ['name', 'kind', 'role', 'aliases', 'memberOf', 'country'] as const;

/**
 * Another actor whose name or alias is `name` (ignoring case and accents, as the search does, from
 * its normalized names), if any: coders add the same actor twice more often than two actors share
 * a name, so the form says so.
 */
function useNamesake(name: string, selfId: string | null): string | null {
  const searchIndex = useStore(selectSearchIndex);
  return useMemo(() => {
    const wanted = normalizeForSearch(name);
    if (wanted === '' || !searchIndex) return null;
    const entry = searchIndex.entries.find(
      (e) => e.type === 'actor' && e.id !== selfId && e.texts.some((t) => t.normalized === wanted),
    );
    return entry?.label ?? null;
  }, [name, selfId, searchIndex]);
}

/** Adds an actor, or edits one: the fields of docs/FORMAT.md, labelled as it names them. */
export function ActorForm({ actor }: { actor: Actor | null }) {
  const select = useStore((s) => s.select);
  const actorOptions = useActorOptions();
  const [name, setName] = useState(actor?.name ?? '');
  const [kind, setKind] = useState<ActorKind>(actor?.kind ?? 'person');
  const [role, setRole] = useState(actor?.role ?? '');
  const [aliases, setAliases] = useState((actor?.aliases ?? []).join('\n'));
  const [memberOf, setMemberOf] = useState<string[]>(actor?.memberOf ?? []);
  const [country, setCountry] = useState(actor?.country ?? '');
  const namesake = useNamesake(name, actor?.id ?? null);

  const edit = () => {
    const aliasList = aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    const fields = changedFields(actor, {
      name: name.trim(),
      kind,
      role: textOrNone(role),
      // An empty list that was there stays; one that was not is not added.
      aliases: aliasList.length > 0 || actor?.aliases ? aliasList : undefined,
      memberOf: memberOf.length > 0 || actor?.memberOf ? memberOf : undefined,
      country: textOrNone(country),
    });
    if (actor === null)
      return { type: 'addActor' as const, fields: { name: name.trim(), kind, ...fields } };
    if (Object.keys(fields).length === 0) return null;
    return { type: 'update' as const, collection: 'actors' as const, id: actor.id, fields };
  };

  return (
    <EditForm
      title={actor ? `Edit actor` : 'New actor'}
      fields={FIELDS}
      edit={edit}
      onSaved={(outcome) => select({ type: 'actor', id: outcome.created?.id ?? actor!.id })}
    >
      {({ byField }) => (
        <>
          <TextField
            label="Name"
            value={name}
            onChange={setName}
            error={byField.get('name')}
            hint={
              namesake
                ? `“${namesake}” is in the dataset already: save only for another actor of that name (Merge into… joins two).`
                : undefined
            }
          />
          <SelectField
            label="Kind"
            value={kind}
            onChange={setKind}
            options={KIND_OPTIONS}
            error={byField.get('kind')}
          />
          <TextField
            label="Role"
            value={role}
            onChange={setRole}
            error={byField.get('role')}
            hint='e.g. "NATO Secretary General"'
          />
          <TextField
            label="Aliases"
            value={aliases}
            onChange={setAliases}
            multiline
            error={byField.get('aliases')}
            hint="Other names and spellings, one per line; search finds them."
          />
          <MultiPicker
            label="Member of"
            options={actorOptions.filter((o) => o.id !== actor?.id)}
            value={memberOf}
            onChange={setMemberOf}
            error={byField.get('memberOf')}
            hint="The states or organisations this actor belongs to or speaks for."
          />
          <TextField
            label="Country"
            value={country}
            onChange={setCountry}
            error={byField.get('country')}
            hint='ISO 3166-1 alpha-3, e.g. "UKR"'
          />
        </>
      )}
    </EditForm>
  );
}
