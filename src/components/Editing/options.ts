import { useMemo } from 'react';
import { useStore } from '../../store/store';
import type { PickerOption } from './Picker';

/** The dataset's actors as picker choices (their aliases searchable too). */
export function useActorOptions(): PickerOption[] {
  const actors = useStore((s) => s.index?.dataset.actors);
  return useMemo(
    () => (actors ?? []).map((a) => ({ id: a.id, label: a.name, also: a.aliases ?? [] })),
    [actors],
  );
}

/** The dataset's claims as picker choices. */
export function useClaimOptions(): PickerOption[] {
  const claims = useStore((s) => s.index?.dataset.claims);
  return useMemo(() => (claims ?? []).map((c) => ({ id: c.id, label: c.text })), [claims]);
}
