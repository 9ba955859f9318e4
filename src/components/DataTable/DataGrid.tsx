import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  numberText,
  type CellValue,
  type ColumnKind,
  type TableColumn,
  type TableRow,
} from '../../model/tableRows';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
type Features = typeof features;

/** The height of one row, in pixels (rows are one line: long text is cut with an ellipsis). */
const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 32;
const COLUMN_WIDTHS: Readonly<Record<ColumnKind, number>> = {
  text: 160,
  'long-text': 320,
  number: 96,
  date: 104,
};

/**
 * A column's width: by its kind, a number column wide enough for its header too ("Eigenvector
 * centrality"), within reason (a longer header is cut, and shown whole on hover).
 */
function columnWidth(column: TableColumn): number {
  const base = COLUMN_WIDTHS[column.kind];
  if (column.kind !== 'number') return base;
  // About 7.5 px a character of the bold 13 px header, the padding and the sort mark.
  return Math.min(200, Math.max(base, Math.ceil(column.header.length * 7.5) + 34));
}

// Text sorts as people read it (accents with their letters, numbers in order), in any language.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const compareText = (a: Row<Features, TableRow>, b: Row<Features, TableRow>, id: string) =>
  collator.compare(String(a.getValue(id)), String(b.getValue(id)));
const compareNumbers = (a: Row<Features, TableRow>, b: Row<Features, TableRow>, id: string) =>
  (a.getValue(id) as number) - (b.getValue(id) as number);
// ISO dates, full or partial, sort as strings: "2024" < "2024-01-05" < "2024-10" < "2024-10-17".
const compareDates = (a: Row<Features, TableRow>, b: Row<Features, TableRow>, id: string) => {
  const x = String(a.getValue(id));
  const y = String(b.getValue(id));
  return x < y ? -1 : x > y ? 1 : 0;
};

function columnDefs(columns: readonly TableColumn[]): ColumnDef<Features, TableRow>[] {
  return columns.map((column, i) => ({
    id: column.id,
    header: column.header,
    accessorFn: (row: TableRow) => row.values[i],
    sortFn:
      column.kind === 'number'
        ? compareNumbers
        : column.kind === 'date'
          ? compareDates
          : compareText,
    // Empty cells go last both ways; counts start with the largest.
    sortUndefined: 'last',
    sortDescFirst: column.kind === 'number',
  }));
}

function cellText(value: CellValue): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? numberText(value) : value;
}

interface Props {
  /** What the grid lists, for its accessible name ("Statements"). */
  label: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  /** The id of the selected row's item, when it is of this table's kind. */
  selectedId: string | null;
  /** When this changes (the filter box's text), the selected row is scrolled into view again. */
  revealKey?: string;
  onSelect: (id: string) => void;
}

/**
 * A sortable grid of rows, rendered virtually (only the rows in view are in the page), with the
 * grid pattern of ARIA: one tab stop; the arrow keys, Page Up/Down, Home/End (Ctrl for rows) move
 * the active cell; Enter or Space on a row selects its item, on a column header sorts by it.
 * The selected row is highlighted and scrolled into view whenever the selection changes.
 */
export function DataGrid({
  label,
  columns,
  rows,
  sorting,
  onSortingChange,
  selectedId,
  revealKey = '',
  onSelect,
}: Props) {
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Column definitions change only with the columns themselves, not with every new set of rows
  // (the actor and claim tables are built anew whenever their counts change).
  const columnKey = columns.map((column) => `${column.id}\u0000${column.header}`).join('\u0001');
  const [defs, setDefs] = useState(() => ({ key: columnKey, columns: columnDefs(columns) }));
  if (defs.key !== columnKey) setDefs({ key: columnKey, columns: columnDefs(columns) });
  const table = useTable({
    features,
    columns: defs.columns,
    data: rows as TableRow[],
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: (updater) =>
      onSortingChange(typeof updater === 'function' ? updater(sorting) : updater),
  });
  const sortedRows = table.getRowModel().rows;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const template = columns.map((column) => `${columnWidth(column)}px`).join(' ');

  // The app has no React Compiler, which is what this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sortedRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // The body starts below the sticky header row, which must not cover a row scrolled to.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 12,
  });

  // The active cell of the keyboard: row -1 is the header row.
  const [active, setActive] = useState<{ row: number; column: number } | null>(null);
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : sortedRows.findIndex((row) => row.id === selectedId)),
    [sortedRows, selectedId],
  );

  // A new selection (from the graph, the details or a click here): its row becomes active and is
  // scrolled into view; so it is again when the filter box changes. New rows or a new order
  // alone (a moving date window, a sort) do not scroll.
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    const key = `${selectedId}\u0000${revealKey}`;
    if (key === scrolledFor.current) return;
    scrolledFor.current = key;
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    setActive((current) => ({ row: selectedIndex, column: current?.column ?? 0 }));
  }, [selectedId, revealKey, selectedIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const cellId = (row: number, column: number) =>
    `${gridId}-${row < 0 ? 'h' : `r${row}`}-c${column}`;
  const activeRow = active && active.row < sortedRows.length ? active.row : null;
  const activeRendered =
    activeRow !== null && (activeRow < 0 || items.some((item) => item.index === activeRow));

  const moveTo = (row: number, column: number) => {
    const nextRow = Math.max(-1, Math.min(sortedRows.length - 1, row));
    const nextColumn = Math.max(0, Math.min(columns.length - 1, column));
    setActive({ row: nextRow, column: nextColumn });
    if (nextRow >= 0) virtualizer.scrollToIndex(nextRow, { align: 'auto' });
    else scrollRef.current?.scrollTo({ top: 0 });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = activeRow ?? -1;
    const column = active?.column ?? 0;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / ROW_HEIGHT) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(row + 1, column),
      ArrowUp: () => moveTo(row - 1, column),
      ArrowRight: () => moveTo(row, column + 1),
      ArrowLeft: () => moveTo(row, column - 1),
      PageDown: () => moveTo(row + page, column),
      PageUp: () => moveTo(Math.max(0, row - page), column),
      Home: () => (event.ctrlKey ? moveTo(0, column) : moveTo(row, 0)),
      End: () =>
        event.ctrlKey ? moveTo(sortedRows.length - 1, column) : moveTo(row, columns.length - 1),
      Enter: () => activate(row, column),
      ' ': () => activate(row, column),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const activate = (row: number, column: number) => {
    if (row < 0) headers[column]?.column.toggleSorting();
    else {
      const target = sortedRows[row];
      if (target) onSelect(target.id);
    }
  };

  return (
    <div
      ref={scrollRef}
      className="data-grid"
      role="grid"
      aria-label={label}
      aria-rowcount={sortedRows.length + 1}
      aria-colcount={columns.length}
      tabIndex={0}
      aria-activedescendant={
        activeRendered && active ? cellId(activeRow!, active.column) : undefined
      }
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && active === null)
          setActive({
            row: selectedIndex >= 0 ? selectedIndex : sortedRows.length > 0 ? 0 : -1,
            column: 0,
          });
      }}
    >
      <div role="rowgroup" className="data-grid-head" style={{ height: HEADER_HEIGHT }}>
        <div
          role="row"
          aria-rowindex={1}
          className="data-grid-row"
          style={{ gridTemplateColumns: template }}
        >
          {headers.map((header, i) => {
            const sorted = header.column.getIsSorted();
            return (
              <div
                key={header.id}
                id={cellId(-1, i)}
                role="columnheader"
                aria-colindex={i + 1}
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                }
                className={
                  activeRow === -1 && active?.column === i
                    ? 'data-grid-cell data-grid-header active'
                    : 'data-grid-cell data-grid-header'
                }
              >
                <button
                  type="button"
                  tabIndex={-1}
                  className="data-grid-sort"
                  // A long header is cut to its column's width; the whole of it shows on hover.
                  title={columns[i]?.header}
                  onClick={() => {
                    setActive({ row: -1, column: i });
                    header.column.toggleSorting();
                  }}
                >
                  <span className="data-grid-sort-text">{columns[i]?.header}</span>
                  <span aria-hidden="true" className="data-grid-sort-mark">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        className="data-grid-body"
        style={{ height: virtualizer.getTotalSize(), width: 'max-content', minWidth: '100%' }}
      >
        {items.map((item) => {
          const row = sortedRows[item.index]!;
          const selected = row.id === selectedId;
          const isActiveRow = activeRow === item.index;
          return (
            <div
              key={row.id}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              className={selected ? 'data-grid-row selected' : 'data-grid-row'}
              style={{
                gridTemplateColumns: template,
                transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
              }}
              onClick={() => {
                setActive((current) => ({ row: item.index, column: current?.column ?? 0 }));
                onSelect(row.id);
              }}
            >
              {row.getAllCells().map((cell, i) => (
                <div
                  key={cell.id}
                  id={cellId(item.index, i)}
                  role="gridcell"
                  aria-colindex={i + 1}
                  className={[
                    'data-grid-cell',
                    columns[i]?.kind === 'number' ? 'number' : '',
                    isActiveRow && active?.column === i ? 'active' : '',
                  ].join(' ')}
                >
                  {cellText(cell.getValue() as CellValue)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
