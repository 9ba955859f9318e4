import { Fragment, useId } from 'react';
import {
  formatMetric,
  METRIC_LABELS,
  METRIC_NAMES,
  ordinal,
  rankOf,
} from '../../model/nodeAppearance';
import { selectNetworkNodes, selectNodeMetrics } from '../../store/selectors';
import { useStore } from '../../store/store';

/**
 * A node's metrics in the actor network as drawn, each with its rank among the shown nodes
 * ("Betweenness 0.31, 2nd of 14"), and its community. Only in the actor view, for a node of the drawn network.
 */
export function NodeMetricsSection({ id }: { id: string }) {
  const inActorView = useStore((s) => s.view === 'actors' && s.network === null);
  const shown = useStore((s) => selectNetworkNodes(s)?.has(id) ?? false);
  const metrics = useStore(selectNodeMetrics);
  const headingId = useId();
  if (!inActorView || !shown) return null;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className="panel-heading">
        In the network
      </h4>
      {!metrics ? (
        <p className="details-muted">Computing network metrics…</p>
      ) : (
        <dl className="details-facts">
          {METRIC_NAMES.map((metric) => {
            const value = metrics.values[metric].get(id);
            const rank = rankOf(metrics.values[metric], id);
            if (value === undefined || !rank) return null;
            return (
              <Fragment key={metric}>
                <dt>{METRIC_LABELS[metric]}</dt>
                <dd>
                  {formatMetric(metric, value)}, {ordinal(rank.rank)} of {rank.of}
                </dd>
              </Fragment>
            );
          })}
          {metrics.community.has(id) && (
            <>
              <dt>Community</dt>
              <dd>
                {metrics.community.get(id)} of {new Set(metrics.community.values()).size}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
