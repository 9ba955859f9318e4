import { useId, useMemo } from 'react';
import type { Statement } from '../../model/schema';
import { KIND_STYLES } from '../../model/styleTable';
import { DetailsHeader, HiddenNote, MissingItem } from './DetailsHeader';
import { useDetails } from './detailsContext';
import { countOf } from '../../model/countOf';
import { ActorLinkList, ClaimLink } from './ItemLinks';
import { NodeMetricsSection } from './NodeMetricsSection';
import { StatementCard } from './StatementCard';

// Kinds come from the file, so they are looked up in a Map rather than on an object.
const KIND_LABELS: ReadonlyMap<string, string> = new Map(
  Object.entries(KIND_STYLES).map(([kind, style]) => [kind, style.label]),
);

/** Returns the statements grouped by claim, claims in the order of their first statement. */
function groupByClaim(statements: readonly Statement[]): [string, Statement[]][] {
  const groups = new Map<string, Statement[]>();
  for (const statement of statements) {
    const group = groups.get(statement.claim);
    if (group) group.push(statement);
    else groups.set(statement.claim, [statement]);
  }
  return [...groups];
}

const NO_STATEMENTS: readonly Statement[] = [];

/** An actor: who it is, whom it belongs to, who belongs to it, and everything it said, by claim. */
export function ActorDetails({ id }: { id: string }) {
  const { index, visibility } = useDetails();
  const actor = index.actorById.get(id);
  const statements = index.statementsByActor.get(id);
  const members = useMemo(
    () => index.dataset.actors.filter((a) => a.id !== id && (a.memberOf ?? []).includes(id)),
    [index, id],
  );
  if (!actor) return <MissingItem what="actor" />;
  const kind = KIND_LABELS.get(actor.kind) ?? actor.kind;
  const memberOf = (actor.memberOf ?? []).filter((other) => other !== id);

  return (
    <>
      <DetailsHeader kicker={`Actor \u00B7 ${kind}`} title={actor.name}>
        <HiddenNote hidden={!visibility.actors.has(id)} />
      </DetailsHeader>
      <dl className="details-facts">
        <dt>Kind</dt>
        <dd>{kind}</dd>
        {actor.role !== undefined && (
          <>
            <dt>Role</dt>
            <dd>{actor.role}</dd>
          </>
        )}
        {actor.country !== undefined && (
          <>
            <dt>Country</dt>
            <dd>{actor.country}</dd>
          </>
        )}
        {actor.aliases !== undefined && actor.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>{actor.aliases.join(', ')}</dd>
          </>
        )}
        {memberOf.length > 0 && (
          <>
            <dt>Member of</dt>
            <dd>
              <ActorLinkList ids={memberOf} />
            </dd>
          </>
        )}
        {members.length > 0 && (
          <>
            <dt>Members</dt>
            <dd>
              <ActorLinkList ids={members.map((m) => m.id)} />
            </dd>
          </>
        )}
      </dl>
      <NodeMetricsSection id={id} />
      <StatementsByClaim statements={statements ?? NO_STATEMENTS} />
    </>
  );
}

/** A heading that counts the statements and their claims, then the statements grouped by claim. */
export function StatementsByClaim({
  statements,
  showActor = false,
}: {
  statements: readonly Statement[];
  /** Whether each statement names its actor (for a node that speaks through several). */
  showActor?: boolean;
}) {
  const groups = useMemo(() => groupByClaim(statements), [statements]);
  return (
    <>
      <h4 className="panel-heading">
        {countOf(statements.length, 'statement', 'statements')}
        {groups.length > 0 && ` on ${countOf(groups.length, 'claim', 'claims')}`}
      </h4>
      {groups.length === 0 && <p className="details-muted">No statements recorded.</p>}
      {groups.map(([claimId, claimStatements]) => (
        <ClaimGroup
          key={claimId}
          claimId={claimId}
          statements={claimStatements}
          showActor={showActor}
        />
      ))}
    </>
  );
}

function ClaimGroup({
  claimId,
  statements,
  showActor,
}: {
  claimId: string;
  statements: Statement[];
  showActor: boolean;
}) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="details-group">
      <h5 id={headingId} className="details-group-title">
        <ClaimLink id={claimId} />
      </h5>
      {statements.map((statement) => (
        <StatementCard key={statement.id} statement={statement} showActor={showActor} showOpen />
      ))}
    </div>
  );
}
