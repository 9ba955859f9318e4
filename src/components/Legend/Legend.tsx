import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { AFFILIATION_STYLE, CLAIM_STYLE, KIND_STYLES, stanceStyles } from '../../model/styleTable';
import type { StoreState } from '../../store/store';
import { useStore } from '../../store/store';
import { ActorViewLegend } from './ActorViewLegend';
import { hasAffiliations, kindsPresent } from './datasetFacts';
import { Entry, EntryList } from './EntryList';
import { PatternsNote } from './PatternsNote';
import { ClaimSwatch, LineSwatch, ShapeSwatch } from './Swatches';
import './Legend.css';

const selectLegendState = (state: StoreState) => ({
  index: state.index,
  view: state.view,
  showAffiliations: state.filters.showAffiliations,
});

/**
 * The key to the graph, generated from the style table the graph is drawn from: stances, actor
 * kinds, claims and affiliations in the claims view; in the actor view, what its choices draw.
 */
export function Legend() {
  const { index, view, showAffiliations } = useStore(useShallow(selectLegendState));
  const isNetwork = useStore((s) => s.network !== null);
  const fileDrawn = useStore(
    (s) => s.network?.nodes.some((n) => n.color !== undefined || n.size !== undefined) ?? false,
  );
  // Which kinds of edge the network's file has: with a direction (an arrow), without, or both.
  const directed = useStore((s) => s.network?.edges.some((e) => e.directed) ?? false);
  const undirected = useStore((s) => s.network?.edges.some((e) => !e.directed) ?? false);
  const headingId = useId();
  const stances = useMemo(() => (index ? stanceStyles(index.stances) : []), [index]);
  const kinds = useMemo(() => (index ? kindsPresent(index) : []), [index]);
  const affiliations = useMemo(() => (index ? hasAffiliations(index) : false), [index]);

  const kindList = kinds.length > 0 && (
    <EntryList title="Actors">
      {kinds.map((kind) => {
        const style = KIND_STYLES[kind];
        return (
          <Entry
            key={kind}
            swatch={<ShapeSwatch shape={style.shape} color={style.color} />}
            label={style.label}
          />
        );
      })}
    </EntryList>
  );

  return (
    <section className="legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Legend
      </h2>
      {!index ? (
        <p className="legend-note">No dataset loaded</p>
      ) : isNetwork ? (
        // A plain network from another tool: its nodes and the edges it brought, no stances.
        <>
          {kindList}
          <EntryList title="Links">
            {(undirected || !directed) && (
              <Entry
                swatch={
                  <LineSwatch color={AFFILIATION_STYLE.color} lineStyle="solid" strokeWidth={1} />
                }
                label="Edge of the network"
              />
            )}
            {directed && (
              <Entry
                swatch={
                  <LineSwatch
                    color={AFFILIATION_STYLE.color}
                    lineStyle="solid"
                    strokeWidth={1}
                    arrow
                  />
                }
                label="Directed edge, to its target"
              />
            )}
          </EntryList>
          {fileDrawn && <p className="legend-note">Node colours and sizes are the file’s own.</p>}
        </>
      ) : view === 'claims' ? (
        <>
          <EntryList title="Stances">
            {stances.map((stance) => (
              <Entry
                key={stance.id}
                swatch={<LineSwatch color={stance.color} lineStyle={stance.lineStyle} arrow />}
                label={stance.label}
              />
            ))}
          </EntryList>
          {stances.length > 0 && (
            <p className="legend-note">Solid: for · dashed: against · dotted: neutral</p>
          )}
          <PatternsNote patterns="dashes and dots" />
          {kindList}
          <EntryList title="Claims and links">
            <Entry swatch={<ClaimSwatch color={CLAIM_STYLE.color} />} label={CLAIM_STYLE.label} />
            {showAffiliations && affiliations && (
              <Entry
                swatch={
                  <LineSwatch
                    color={AFFILIATION_STYLE.color}
                    lineStyle={AFFILIATION_STYLE.lineStyle}
                    strokeWidth={1}
                  />
                }
                label={AFFILIATION_STYLE.label}
              />
            )}
          </EntryList>
        </>
      ) : (
        <ActorViewLegend />
      )}
    </section>
  );
}
