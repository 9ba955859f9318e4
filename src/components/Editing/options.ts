import { useMemo } from 'react';
import { namesakeDetails } from '../../model/search';
import { useStore } from '../../store/store';
import type { PickerOption } from './Picker';

/**
 * The dataset's actors as picker choices (their aliases searchable too); actors of the same name
 * are told apart by their role or id, "Vladimir Putin (putin-2)".
 */
export function useActorOptions(): PickerOption[] {
  const actors = useStore((s) => s.index?.dataset.actors);
  return useMemo(() => {
    const details = namesakeDetails(actors ?? []);
    return (actors ?? []).map((a) => {
      const detail = details.get(a.id);
      const label = detail === undefined ? a.name : `${a.name} (${detail})`;
      return { id: a.id, label, also: a.aliases ?? [] };
    });
  }, [actors]);
}

/** The dataset's claims as picker choices. */
export function useClaimOptions(): PickerOption[] {
  const claims = useStore((s) => s.index?.dataset.claims);
  return useMemo(() => (claims ?? []).map((c) => ({ id: c.id, label: c.text })), [claims]);
}
