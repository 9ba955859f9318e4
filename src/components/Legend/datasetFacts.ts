// Facts about the loaded dataset that decide what the legend and the filter panel offer.
import type { GraphIndex } from '../../model/graphIndex';
import { ACTOR_KINDS } from '../../model/formatRules';
import type { ActorKind } from '../../model/schema';

/** Returns the actor kinds that occur in the dataset, in ACTOR_KINDS order. */
export function kindsPresent(index: GraphIndex): ActorKind[] {
  const present = new Set(index.dataset.actors.map((actor) => actor.kind));
  return ACTOR_KINDS.filter((kind) => present.has(kind));
}

/** Returns whether the dataset has a memberOf tie the graph can draw (one not to the actor itself). */
export function hasAffiliations(index: GraphIndex): boolean {
  return index.dataset.actors.some((actor) =>
    (actor.memberOf ?? []).some((memberId) => memberId !== actor.id),
  );
}
