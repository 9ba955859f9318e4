import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ActorGrouping } from '../../model/actorLevel';
import {
  NORMALISATION_LABELS,
  pairWeights,
  TIE_MODE_LABELS,
  type SingleTieType,
} from '../../model/actorNetwork';
import { weightMeaning } from '../../model/actorNetworkText';
import { countOf } from '../../model/countOf';
import { DUPLICATES_LABELS } from '../../model/duplicates';
import { formatWeight } from '../../model/tieEdges';
import { tieBetween, tieStatements, type ActorTie } from '../../model/ties';
import { selectActorGrouping, selectNetworkCounts } from '../../store/selectors';
import type { StoreState } from '../../store/store';
import { useStore } from '../../store/store';
import { DetailsHeader } from './DetailsHeader';
import { useDetails } from './detailsContext';
import { ClaimLink, NodeLink } from './ItemLinks';
import { StatementEntry } from './StatementCard';

const selectTieState = (state: StoreState) => ({
  grouping: selectActorGrouping(state),
  counts: selectNetworkCounts(state),
  tieMode: state.tieMode,
  duplicates: state.duplicates,
  normalisation: state.normalisation,
});

/** The name of a node of the actor view: its group's label, or the actor's name. */
function nodeName(id: string, grouping: ActorGrouping | null): string {
  return grouping?.nodes.get(id)?.label ?? id;
}

/**
 * A tie between two nodes of the actor view (actors, or groups at another level): its weight in
 * each network the tie type draws, what that weight means, and the claims behind it (those they
 * agree and conflict on, or, for co-occurrence, all they both spoke on), each with both sides'
 * statements. Ties come from the statements the filters show, so the tie is derived again from
 * those and may have gone. It is shown even when the actor view does not draw it (too weak for the
 * minimum weight).
 */
export function TieDetails({ a, b }: { a: string; b: string }) {
  const { index, visibility } = useDetails();
  const { grouping, counts, tieMode, duplicates, normalisation } = useStore(
    useShallow(selectTieState),
  );
  const tie = useMemo(
    () => tieBetween(index, a, b, visibility.statements, grouping ?? undefined),
    [index, a, b, visibility.statements, grouping],
  );
  const weights = useMemo(
    () => (counts ? pairWeights(counts, a, b, tieMode, normalisation) : []),
    [counts, a, b, tieMode, normalisation],
  );
  const cooccurrence = tieMode === 'cooccurrence';
  const hasTie = tie && (cooccurrence || tie.agreement.length + tie.conflict.length > 0);

  return (
    <>
      <DetailsHeader
        kicker="Actor tie"
        title={`${nodeName(a, grouping)} and ${nodeName(b, grouping)}`}
      >
        <p className="details-path">
          <NodeLink id={a} label={nodeName(a, grouping)} />
          <span className="details-arrow" aria-hidden="true">
            {'\u2194'}
          </span>
          <NodeLink id={b} label={nodeName(b, grouping)} />
        </p>
      </DetailsHeader>
      {tie && hasTie ? (
        <>
          <WeightSummary weights={weights} />
          <p className="details-muted">
            {TIE_MODE_LABELS[tieMode]}, {DUPLICATES_LABELS[duplicates].toLowerCase()}, normalisation{' '}
            {NORMALISATION_LABELS[normalisation].toLowerCase()}:{' '}
            {weightMeaning(tieMode, duplicates, normalisation)}
          </p>
          {!cooccurrence && (
            <p className="details-summary">
              Agree on {countOf(tie.agreement.length, 'claim', 'claims')}, conflict on{' '}
              {countOf(tie.conflict.length, 'claim', 'claims')}, among the statements the filters
              show.
            </p>
          )}
          {claimGroups(tie, cooccurrence).map(([title, claims]) => (
            <TieGroup
              key={title}
              title={title}
              tie={tie}
              claims={claims}
              grouping={grouping}
              order={[a, b]}
            />
          ))}
        </>
      ) : (
        <p className="details-notice">
          {cooccurrence
            ? 'These two no longer share a claim among the statements the current filters show.'
            : 'These two no longer agree or conflict on any claim among the statements the current filters show.'}
        </p>
      )}
    </>
  );
}

/** The claims behind a tie, by heading: all shared ones for co-occurrence, else by side. */
function claimGroups(tie: ActorTie, cooccurrence: boolean): [string, readonly string[]][] {
  if (cooccurrence) return [['Both spoke on', tie.shared]];
  return [
    ['Agree on', tie.agreement],
    ['Conflict on', tie.conflict],
  ];
}

/** The tie's weight in each network the tie type draws, e.g. "Agreement 2 · Conflict 1". */
function WeightSummary({
  weights,
}: {
  weights: readonly { type: SingleTieType; value: number }[];
}) {
  if (weights.length === 0) return null;
  return (
    <p className="details-summary">
      {weights
        .map(({ type, value }) => `${TIE_MODE_LABELS[type]} ${formatWeight(value)}`)
        .join(' \u00B7 ')}
    </p>
  );
}

interface GroupProps {
  title: string;
  tie: ActorTie;
  claims: readonly string[];
  grouping: ActorGrouping | null;
  /** The two node ids in the order the selection names them. */
  order: readonly [string, string];
}

function TieGroup({ title, tie, claims, grouping, order }: GroupProps) {
  const { index, visibility } = useDetails();
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId} className="details-group">
      <h4 id={headingId} className="panel-heading">
        {title} ({claims.length})
      </h4>
      {claims.length === 0 && <p className="details-muted">None</p>}
      {claims.map((claimId) => {
        const sides = tieStatements(
          index,
          tie,
          claimId,
          visibility.statements,
          grouping ?? undefined,
        );
        return (
          <div key={claimId} className="details-tie-claim">
            <h5 className="details-group-title">
              <ClaimLink id={claimId} />
            </h5>
            <div className="details-columns">
              {order.map((node) => (
                <div key={node} className="details-column">
                  <p className="details-column-title">{nodeName(node, grouping)}</p>
                  {(node === tie.a ? sides.a : sides.b).map((statement) => (
                    <StatementEntry
                      key={statement.id}
                      statement={statement}
                      // A group speaks through its members: say which one said it.
                      showActor={(grouping?.nodes.get(node)?.members.length ?? 1) > 1}
                    />
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
