import { useDeferredValue, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { countOf } from '../../model/countOf';
import { filterRows } from '../../model/tableRows';
import { useStore } from '../../store/store';
import { selectTableData } from '../../store/tableSelectors';
import { tableTabOf, type TableTab } from '../../store/tableSlice';
import { DataGrid } from './DataGrid';
import './DataTable.css';

const TABS: readonly { tab: TableTab; label: string; one: string; many: string }[] = [
  { tab: 'statements', label: 'Statements', one: 'statement', many: 'statements' },
  { tab: 'actors', label: 'Actors', one: 'actor', many: 'actors' },
  { tab: 'claims', label: 'Claims', one: 'claim', many: 'claims' },
];

const TYPE_OF_TAB = { statements: 'statement', actors: 'actor', claims: 'claim' } as const;

/**
 * The table of what the graph shows, below it: statements, actors and claims in tabs, each
 * sortable by any column and narrowed by a filter box. A click or Enter on a row selects its item
 * (the graph and the details follow, through the store); a selection made in the graph opens
 * its tab and highlights its row. Loaded when first opened.
 */
export default function DataTable() {
  const tab = useStore((s) => s.tableTab);
  const setTab = useStore((s) => s.setTableTab);
  const selection = useStore((s) => s.selection);
  const playing = useStore((s) => s.playing);
  const select = useStore((s) => s.select);
  // The rows follow the graph, but a moving date window never waits for the table: its rows
  // (and the actor view's metrics they may show) are worked out in a deferred render, not in
  // the store update that the graph draws from.
  const state = useDeferredValue(useStore((s) => s));
  const data = selectTableData(state, tab);
  // The filter and the sorts outlive the table being closed.
  const query = useStore((s) => s.tableQuery);
  const setQuery = useStore((s) => s.setTableQuery);
  const deferredQuery = useDeferredValue(query);
  const sort = useStore((s) => s.tableSorting[tab]);
  const setSorting = useStore((s) => s.setTableSorting);
  const tabIds = useId();
  const filterId = useId();
  const tabRefs = useRef<Partial<Record<TableTab, HTMLButtonElement | null>>>({});

  // A selection made elsewhere opens the tab that lists it (the store's select does so too, open
  // or not; this covers a selection set otherwise, such as by a link).
  const lastSelection = useRef(selection);
  useEffect(() => {
    if (selection === lastSelection.current) return;
    lastSelection.current = selection;
    const wanted = tableTabOf(selection);
    if (wanted && wanted !== useStore.getState().tableTab) setTab(wanted);
  }, [selection, setTab]);

  // The actor table shows the actor view's metrics, whose code loads on use.
  useEffect(() => {
    if (tab === 'actors') void useStore.getState().requestMetrics();
  }, [tab]);

  // A sort by a column this dataset has not (one opened since) is left out. The same array while
  // nothing changes: a new one would sort the rows again at every render.
  const columns = data?.columns;
  const sorting = useMemo(
    () => sort.filter((by) => columns?.some((column) => column.id === by.id) ?? false),
    [sort, columns],
  );

  const rows = useMemo(
    () => (data ? filterRows(data.rows, deferredQuery) : []),
    [data, deferredQuery],
  );
  const info = TABS.find((t) => t.tab === tab)!;
  const total = data?.rows.length ?? 0;
  const selectedId =
    selection && selection.type === TYPE_OF_TAB[tab] ? (selection as { id: string }).id : null;

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = TABS.findIndex((t) => t.tab === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(at + step + TABS.length) % TABS.length]!.tab;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  return (
    <section id="data-table" className="data-table" aria-label="Table">
      <div className="data-table-bar">
        <div role="tablist" aria-label="Table of" className="data-table-tabs">
          {TABS.map((t) => (
            <button
              key={t.tab}
              ref={(element) => {
                tabRefs.current[t.tab] = element;
              }}
              type="button"
              role="tab"
              id={`${tabIds}-${t.tab}`}
              aria-selected={t.tab === tab}
              aria-controls={`${tabIds}-panel`}
              tabIndex={t.tab === tab ? 0 : -1}
              className="data-table-tab"
              onClick={() => setTab(t.tab)}
              onKeyDown={onTabKey}
            >
              {t.label}
            </button>
          ))}
        </div>
        <label className="data-table-filter" htmlFor={filterId}>
          <span>Filter rows</span>
          <input
            id={filterId}
            type="search"
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        {/* While Play moves the window, the timeline says each step: the count here waits. */}
        <p className="data-table-count" aria-live={playing ? 'off' : 'polite'}>
          {rows.length === total
            ? countOf(total, info.one, info.many)
            : `${rows.length.toLocaleString('en-US')} of ${countOf(total, info.one, info.many)}`}
        </p>
      </div>
      <div
        id={`${tabIds}-panel`}
        role="tabpanel"
        aria-labelledby={`${tabIds}-${tab}`}
        className="data-table-panel"
      >
        {data && (
          <DataGrid
            key={tab}
            label={info.label}
            columns={data.columns}
            rows={rows}
            sorting={sorting}
            onSortingChange={(next) => setSorting(tab, next)}
            revealKey={deferredQuery}
            selectedId={selectedId}
            onSelect={(id) => select({ type: TYPE_OF_TAB[tab], id })}
          />
        )}
      </div>
    </section>
  );
}
