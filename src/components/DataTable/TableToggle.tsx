import { useStore } from '../../store/store';

/** The Table button of the graph bar: opens and closes the table below the graph. */
export function TableToggle() {
  const open = useStore((s) => s.tableOpen);
  const setOpen = useStore((s) => s.setTableOpen);
  const loaded = useStore((s) => s.index !== null);
  return (
    <button
      type="button"
      className="button"
      aria-pressed={open}
      // Only while open: the table is not in the page when closed.
      aria-controls={open ? 'data-table' : undefined}
      disabled={!loaded}
      onClick={() => setOpen(!open)}
    >
      Table
    </button>
  );
}
