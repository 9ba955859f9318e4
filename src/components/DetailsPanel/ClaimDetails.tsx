import { useId, useMemo } from 'react';
import { isContested } from '../../model/filters';
import { polarityOf } from '../../model/graphIndex';
import type { Statement } from '../../model/schema';
import { DetailsHeader, HiddenNote, MissingItem } from './DetailsHeader';
import { useDetails } from './detailsContext';
import { ActorLinkList } from './ItemLinks';
import { StatementEntry } from './StatementCard';

/** A claim: what it says and is about, and everyone's stance on it, for and against side by side. */
export function ClaimDetails({ id }: { id: string }) {
  const { index, visibility } = useDetails();
  const claim = index.claimById.get(id);
  const statements = index.statementsByClaim.get(id);
  const sides = useMemo(() => {
    const supports: Statement[] = [];
    const opposes: Statement[] = [];
    const neutral: Statement[] = [];
    for (const statement of statements ?? []) {
      const polarity = polarityOf(index, statement);
      (polarity > 0 ? supports : polarity < 0 ? opposes : neutral).push(statement);
    }
    return { supports, opposes, neutral };
  }, [index, statements]);
  if (!claim) return <MissingItem what="claim" />;
  const contested = isContested(index, id);

  return (
    <>
      <DetailsHeader kicker="Claim" title={claim.text}>
        {contested && (
          <p className="details-badges">
            <span
              className="details-badge details-badge-contested"
              title="Some actors affirm this claim and others reject it"
            >
              Contested
            </span>
          </p>
        )}
        <HiddenNote hidden={!visibility.claims.has(id)} />
      </DetailsHeader>
      {(claim.topic !== undefined || (claim.about ?? []).length > 0) && (
        <dl className="details-facts">
          {claim.topic !== undefined && (
            <>
              <dt>Topic</dt>
              <dd>{claim.topic}</dd>
            </>
          )}
          {claim.about !== undefined && claim.about.length > 0 && (
            <>
              <dt>About</dt>
              <dd>
                <ActorLinkList ids={claim.about} />
              </dd>
            </>
          )}
        </dl>
      )}

      <h4 className="panel-heading">Stances ({statements?.length ?? 0})</h4>
      {(statements ?? []).length === 0 && (
        <p className="details-muted">Nobody has taken a stance on this claim.</p>
      )}
      {(statements ?? []).length > 0 && (
        <>
          <div className="details-columns">
            <StanceColumn title="Supports" statements={sides.supports} />
            <StanceColumn title="Opposes" statements={sides.opposes} />
          </div>
          {sides.neutral.length > 0 && (
            <StanceColumn title="Neutral / evaluating" statements={sides.neutral} />
          )}
        </>
      )}
    </>
  );
}

function StanceColumn({ title, statements }: { title: string; statements: Statement[] }) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="details-column">
      <h5 id={headingId} className="details-column-title">
        {title} <span className="details-count">({statements.length})</span>
      </h5>
      {statements.length === 0 ? (
        <p className="details-muted">None</p>
      ) : (
        <ul className="details-entries">
          {statements.map((statement) => (
            <li key={statement.id}>
              <StatementEntry statement={statement} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
