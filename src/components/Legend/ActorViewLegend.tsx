import { useShallow } from 'zustand/react/shallow';
import { METRIC_LABELS } from '../../model/nodeAppearance';
import { KIND_STYLES, TIE_STYLES, tieLegend } from '../../model/styleTable';
import { selectActorViewKinds, selectNodeColours } from '../../store/selectors';
import type { StoreState } from '../../store/store';
import { useStore } from '../../store/store';
import { Entry, EntryList } from './EntryList';
import { PatternsNote } from './PatternsNote';
import { KeyIcon, LineSwatch, ShapeSwatch } from './Swatches';

const selectLegendState = (state: StoreState) => ({
  tieMode: state.tieMode,
  sizeBy: state.sizeBy,
  kinds: selectActorViewKinds(state),
  colours: selectNodeColours(state),
  metricsReady: state.metricsReady,
});

/**
 * The key to the actor view: the ties its tie type draws, what width means, what node colours
 * mean (kind, community or an attribute's values, with how many drawn nodes have each), the
 * shapes of the kinds drawn and what node size means; it follows every choice of the actor
 * network panel.
 */
export function ActorViewLegend() {
  const { tieMode, sizeBy, kinds, colours, metricsReady } = useStore(useShallow(selectLegendState));
  const byKind = colours?.title === null;

  return (
    <>
      <EntryList title="Ties">
        {tieLegend(tieMode).map(({ type, label }) => {
          const style = TIE_STYLES[type];
          return (
            <Entry
              key={type}
              swatch={<LineSwatch color={style.color} lineStyle={style.lineStyle} />}
              label={label}
            />
          );
        })}
      </EntryList>
      <PatternsNote patterns="dashes" />
      <p className="legend-note legend-width-note">
        <KeyIcon kind="width" />
        Width and label = tie weight
      </p>
      {colours && !byKind && (
        <EntryList title={colours.title ?? ''}>
          {colours.entries.map((entry) => (
            <Entry
              key={entry.label}
              swatch={<ShapeSwatch shape="ellipse" color={entry.color} />}
              label={`${entry.label} (${entry.count})`}
            />
          ))}
        </EntryList>
      )}
      {colours && !byKind && colours.entries.length === 0 && (
        <p className="legend-note">{metricsReady ? 'No values to colour by' : 'Computing…'}</p>
      )}
      {kinds.length > 0 && (
        <EntryList title={byKind ? 'Actors' : 'Shapes'}>
          {kinds.map((kind) => {
            const style = KIND_STYLES[kind];
            // Coloured by something else, the shapes alone tell the kinds apart.
            const color = byKind ? style.color : 'currentColor';
            return (
              <Entry
                key={kind}
                swatch={<ShapeSwatch shape={style.shape} color={color} />}
                label={style.label}
              />
            );
          })}
        </EntryList>
      )}
      {sizeBy !== 'none' && (
        <p className="legend-note legend-width-note">
          <KeyIcon kind="size" />
          Size = {METRIC_LABELS[sizeBy].toLowerCase()}
        </p>
      )}
    </>
  );
}
