import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DEFAULT_FILTERS, kindCounts, stanceCounts, type FilterState } from '../../model/filters';
import type { GraphIndex } from '../../model/graphIndex';
import { KIND_STYLES, stanceStyles } from '../../model/styleTable';
import { selectVisibility } from '../../store/selectors';
import type { StoreState } from '../../store/store';
import { useStore } from '../../store/store';
import { hasAffiliations, kindsPresent } from '../Legend/datasetFacts';
import { LineSwatch, ShapeSwatch } from '../Legend/Swatches';
import { CountedCheckbox } from './CountedCheckbox';
import { DateFilter } from './DateFilter';
import './FilterPanel.css';

function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((item) => set.has(item));
}

/** Whether the filters are the defaults (the hidden lists compared as sets). */
function isDefault(filters: FilterState): boolean {
  const d = DEFAULT_FILTERS;
  return (
    sameMembers(filters.hiddenStances, d.hiddenStances) &&
    sameMembers(filters.hiddenKinds, d.hiddenKinds) &&
    filters.dateFrom === d.dateFrom &&
    filters.dateTo === d.dateTo &&
    filters.includeUndated === d.includeUndated &&
    filters.contestedOnly === d.contestedOnly &&
    filters.hideIsolated === d.hideIsolated &&
    filters.showAffiliations === d.showAffiliations &&
    filters.showUntied === d.showUntied
  );
}

const selectPanelState = (state: StoreState) => ({
  filters: state.filters,
  visibility: selectVisibility(state),
  toggleStance: state.toggleStance,
  toggleKind: state.toggleKind,
  setFilter: state.setFilter,
  resetFilters: state.resetFilters,
});

/** One checkbox row of the "Graph" group. */
function GraphOption(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <li className="filter-row">
      <label className="filter-check">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <span className="filter-label">{props.label}</span>
      </label>
    </li>
  );
}

/** The filters of a loaded dataset. */
function FilterControls({ index }: { index: GraphIndex }) {
  const { filters, visibility, toggleStance, toggleKind, setFilter, resetFilters } = useStore(
    useShallow(selectPanelState),
  );
  // A plain network from another tool has no stances, dates or claims to filter.
  const isNetwork = useStore((s) => s.network !== null);
  const affiliationNoteId = useId();
  // Remounting the date fields on Reset drops what was typed but never applied, too.
  const [resets, setResets] = useState(0);

  const styles = useMemo(() => stanceStyles(index.stances), [index]);
  const kinds = useMemo(() => kindsPresent(index), [index]);
  const affiliations = useMemo(() => hasAffiliations(index), [index]);
  const stanceTally = useMemo(
    () => stanceCounts(index, filters, visibility ?? undefined),
    [index, filters, visibility],
  );
  const kindTally = useMemo(
    () => kindCounts(index, filters, visibility ?? undefined),
    [index, filters, visibility],
  );
  const hiddenStances = new Set(filters.hiddenStances);
  const hiddenKinds = new Set<string>(filters.hiddenKinds);

  return (
    <>
      {!isNetwork && (
        <fieldset className="filter-group">
          <legend className="filter-group-title">Stances</legend>
          {styles.length === 0 ? (
            <p className="filter-note">No stances in this vocabulary</p>
          ) : (
            <ul className="filter-list">
              {styles.map((style) => {
                const count = stanceTally.get(style.id) ?? { shown: 0, total: 0 };
                return (
                  <CountedCheckbox
                    key={style.id}
                    label={style.label}
                    checked={!hiddenStances.has(style.id)}
                    onToggle={() => toggleStance(style.id)}
                    shown={count.shown}
                    total={count.total}
                    noun="statements"
                    swatch={
                      <LineSwatch
                        color={style.color}
                        lineStyle={style.lineStyle}
                        arrow
                        width={24}
                      />
                    }
                  />
                );
              })}
            </ul>
          )}
        </fieldset>
      )}

      <fieldset className="filter-group">
        <legend className="filter-group-title">Actor kinds</legend>
        {kinds.length === 0 ? (
          <p className="filter-note">No actors</p>
        ) : (
          <ul className="filter-list">
            {kinds.map((kind) => {
              const style = KIND_STYLES[kind];
              const count = kindTally.get(kind) ?? { shown: 0, total: 0 };
              return (
                <CountedCheckbox
                  key={kind}
                  label={style.label}
                  checked={!hiddenKinds.has(kind)}
                  onToggle={() => toggleKind(kind)}
                  shown={count.shown}
                  total={count.total}
                  noun="actors"
                  swatch={<ShapeSwatch shape={style.shape} color={style.color} size={12} />}
                />
              );
            })}
          </ul>
        )}
      </fieldset>

      {!isNetwork && <DateFilter key={resets} index={index} />}

      <fieldset className="filter-group">
        <legend className="filter-group-title">Graph</legend>
        <ul className="filter-list">
          {!isNetwork && (
            <GraphOption
              label="Contested claims only"
              checked={filters.contestedOnly}
              onChange={(checked) => setFilter('contestedOnly', checked)}
            />
          )}
          <GraphOption
            label="Hide isolated nodes"
            checked={filters.hideIsolated}
            onChange={(checked) => setFilter('hideIsolated', checked)}
          />
          <li className="filter-row filter-row-wrap">
            <label className="filter-check">
              <input
                type="checkbox"
                checked={filters.showAffiliations}
                disabled={!affiliations}
                aria-describedby={affiliations ? undefined : affiliationNoteId}
                onChange={(event) => setFilter('showAffiliations', event.target.checked)}
              />
              <span className="filter-label">Show affiliations</span>
            </label>
            {!affiliations && (
              <span id={affiliationNoteId} className="filter-note filter-row-note">
                No memberOf ties in this dataset
              </span>
            )}
          </li>
        </ul>
      </fieldset>

      <button
        type="button"
        className="button filter-reset"
        disabled={isDefault(filters)}
        onClick={() => {
          resetFilters();
          setResets((n) => n + 1);
        }}
      >
        Reset filters
      </button>
    </>
  );
}

/** The filter panel: stances, actor kinds, dates and graph options, with shown/total counts. */
export function FilterPanel() {
  const index = useStore((state) => state.index);
  const datasetVersion = useStore((state) => state.datasetVersion);
  const headingId = useId();
  return (
    <section className="filter-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Filters
      </h2>
      {index ? (
        // A new dataset starts with fresh controls (no half-typed date from the last one).
        <FilterControls key={datasetVersion} index={index} />
      ) : (
        <p className="filter-note">No dataset loaded</p>
      )}
    </section>
  );
}
