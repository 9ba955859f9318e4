import { useDetails } from './detailsContext';

/** A link-button that selects an actor, showing its name. */
export function ActorLink({ id }: { id: string }) {
  const { index } = useDetails();
  return <NodeLink id={id} label={index.actorById.get(id)?.name ?? id} />;
}

/** A link-button that selects a node of the actor view (an actor, or a group of actors). */
export function NodeLink({ id, label }: { id: string; label: string }) {
  const { go } = useDetails();
  return (
    <button type="button" className="link-button" onClick={() => go({ type: 'actor', id })}>
      {label}
    </button>
  );
}

/** A link-button that selects a claim, showing its text. */
export function ClaimLink({ id }: { id: string }) {
  const { index, go } = useDetails();
  const text = index.claimById.get(id)?.text ?? id;
  return (
    <button
      type="button"
      className="link-button details-claim-link"
      onClick={() => go({ type: 'claim', id })}
    >
      {text}
    </button>
  );
}

/** A comma-separated list of actor link-buttons. */
export function ActorLinkList({ ids }: { ids: readonly string[] }) {
  return (
    <ul className="details-inline-list">
      {[...new Set(ids)].map((id) => (
        <li key={id}>
          <ActorLink id={id} />
        </li>
      ))}
    </ul>
  );
}
