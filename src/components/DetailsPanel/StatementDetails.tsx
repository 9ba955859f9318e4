import { groupOfStatement } from '../../model/statementGroups';
import { selectStatementGroups } from '../../store/selectors';
import { useStore } from '../../store/store';
import { DetailsHeader, HiddenNote, MissingItem } from './DetailsHeader';
import { useDetails } from './detailsContext';
import { ActorLink, ClaimLink } from './ItemLinks';
import { StanceBadge } from './StanceBadge';
import { StatementCard } from './StatementCard';

/** One statement: who took which stance on what, then the full evidence. */
export function StatementDetails({ id }: { id: string }) {
  const { index, visibility, styles } = useDetails();
  const groups = useStore(selectStatementGroups);
  const statement = index.statementById.get(id);
  if (!statement) return <MissingItem what="statement" />;
  // One edge of the graph may stand for the same stance repeated: every one of them is listed.
  const group = groups ? groupOfStatement(groups, statement) : [statement];
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
      {group.length === 1 ? (
        <StatementCard statement={statement} showStance={false} />
      ) : (
        <>
          <p className="details-muted">
            {group.length} statements in which {actorName}{' '}
            {(styles.get(statement.stance)?.label ?? statement.stance).toLowerCase()} this claim,
            drawn as one edge:
          </p>
          {group.map((each) => (
            <StatementCard key={each.id} statement={each} showStance={false} />
          ))}
        </>
      )}
    </>
  );
}
