import { useId, useMemo } from 'react';
import { tieBetween, tieStatements, type ActorTie } from '../../model/ties';
import { DetailsHeader } from './DetailsHeader';
import { useDetails } from './detailsContext';
import { countOf } from '../../model/countOf';
import { ActorLink, ClaimLink } from './ItemLinks';
import { StatementEntry } from './StatementCard';

/**
 * A derived tie between two actors (actor view): the claims they agree on and conflict on, each
 * with both sides' statements. Ties come from the statements the filters show, so the tie is
 * derived again from those and may have gone. It is shown even when the actor view does not draw
 * it (too weak for the minimum weight).
 */
export function TieDetails({ a, b }: { a: string; b: string }) {
  const { index, visibility } = useDetails();
  const tie = useMemo(
    () => tieBetween(index, a, b, visibility.statements),
    [index, a, b, visibility.statements],
  );
  const nameA = index.actorById.get(a)?.name ?? a;
  const nameB = index.actorById.get(b)?.name ?? b;

  return (
    <>
      <DetailsHeader kicker="Actor tie" title={`${nameA} and ${nameB}`}>
        <p className="details-path">
          <ActorLink id={a} />
          <span className="details-arrow" aria-hidden="true">
            {'\u2194'}
          </span>
          <ActorLink id={b} />
        </p>
      </DetailsHeader>
      {tie ? (
        <>
          <p className="details-summary">
            Agree on {countOf(tie.agreement.length, 'claim', 'claims')}, conflict on{' '}
            {countOf(tie.conflict.length, 'claim', 'claims')}, among the statements the filters
            show.
          </p>
          <TieGroup title="Agree on" tie={tie} claims={tie.agreement} order={[a, b]} />
          <TieGroup title="Conflict on" tie={tie} claims={tie.conflict} order={[a, b]} />
        </>
      ) : (
        <p className="details-notice">
          These two no longer agree or conflict on any claim among the statements the current
          filters show.
        </p>
      )}
    </>
  );
}

interface GroupProps {
  title: string;
  tie: ActorTie;
  claims: readonly string[];
  /** The two actor ids in the order the selection names them. */
  order: readonly [string, string];
}

function TieGroup({ title, tie, claims, order }: GroupProps) {
  const { index, visibility } = useDetails();
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="details-group">
      <h4 id={headingId} className="panel-heading">
        {title} ({claims.length})
      </h4>
      {claims.length === 0 && <p className="details-muted">None</p>}
      {claims.map((claimId) => {
        const sides = tieStatements(index, tie, claimId, visibility.statements);
        return (
          <div key={claimId} className="details-tie-claim">
            <h5 className="details-group-title">
              <ClaimLink id={claimId} />
            </h5>
            <div className="details-columns">
              {order.map((actorId) => (
                <div key={actorId} className="details-column">
                  <p className="details-column-title">
                    {index.actorById.get(actorId)?.name ?? actorId}
                  </p>
                  {(actorId === tie.a ? sides.a : sides.b).map((statement) => (
                    <StatementEntry key={statement.id} statement={statement} showActor={false} />
                  ))}
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
