import { DetailsHeader, HiddenNote, MissingItem } from './DetailsHeader';
import { useDetails } from './detailsContext';
import { ActorLink, ClaimLink } from './ItemLinks';
import { StanceBadge } from './StanceBadge';
import { StatementCard } from './StatementCard';

/** One statement: who took which stance on what, then the full evidence. */
export function StatementDetails({ id }: { id: string }) {
  const { index, visibility } = useDetails();
  const statement = index.statementById.get(id);
  if (!statement) return <MissingItem what="statement" />;
  const actorName = index.actorById.get(statement.actor)?.name ?? statement.actor;
  return (
    <>
      <DetailsHeader kicker="Statement" title={`Statement by ${actorName}`}>
        <HiddenNote hidden={!visibility.statements.has(id)} />
      </DetailsHeader>
      <div className="details-path">
        <ActorLink id={statement.actor} />
        <span className="details-arrow" aria-hidden="true">
          {'\u2192'}
        </span>
        <StanceBadge stanceId={statement.stance} />
        <span className="details-arrow" aria-hidden="true">
          {'\u2192'}
        </span>
        <ClaimLink id={statement.claim} />
      </div>
      <StatementCard statement={statement} showStance={false} />
    </>
  );
}
