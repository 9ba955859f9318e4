import { lazy, Suspense, type ReactNode, type RefObject } from 'react';
import { ActorNetworkPanel } from '../components/ActorNetworkPanel/ActorNetworkPanel';
import { TableToggle } from '../components/DataTable/TableToggle';
import { DetailsPanel } from '../components/DetailsPanel/DetailsPanel';
import { FilterPanel } from '../components/FilterPanel/FilterPanel';
import { GraphCanvas } from '../components/GraphCanvas/GraphCanvas';
import { GraphToolbar } from '../components/GraphToolbar/GraphToolbar';
import { Legend } from '../components/Legend/Legend';
import { LoadAlert } from '../components/LoadAlert/LoadAlert';
import { LoadProgress } from '../components/LoadProgress/LoadProgress';
import { ReadOnlyContext } from '../components/readOnly';
import { SearchBox } from '../components/SearchBox/SearchBox';
import { PanelToggles, SidePanel } from '../components/SidePanel/SidePanel';
import { SidePanelTabs } from '../components/SidePanel/SidePanelTabs';
import { useOverlayPanels } from '../components/SidePanel/useOverlayPanels';
import { StatusLine } from '../components/StatusLine/StatusLine';
import { Timeline } from '../components/Timeline/Timeline';
import { TimelineToggle } from '../components/Timeline/TimelineToggle';
import { ViewNotice } from '../components/ViewNotice/ViewNotice';
import { ViewSwitch } from '../components/ViewSwitch/ViewSwitch';
import type { GraphController } from '../cytoscape/graphController';
import { useStore } from '../store/store';

// Loaded when the table is first opened: it is not part of the first screen.
const DataTable = lazy(() => import('../components/DataTable/DataTable'));

/** The table below the graph, while it is open. */
function TableWhenOpen() {
  const open = useStore((s) => s.tableOpen);
  if (!open) return null;
  return (
    <Suspense fallback={<p className="table-loading">Loading the table…</p>}>
      <DataTable />
    </Suspense>
  );
}

export interface AppFrameProps {
  /** The page only shows its data: nothing that edits it or opens another is drawn. */
  readOnly?: boolean;
  /** Where the graph on screen is handed over (the image exports draw from it). */
  graphRef?: RefObject<GraphController | null>;
  /** At the end of the header: the ways to open a dataset, or what the page is. */
  headerEnd?: ReactNode;
  /** In the graph bar after the view switch: adding and undoing. */
  editTools?: ReactNode;
  /** At the end of the graph bar: the exports. */
  barEnd?: ReactNode;
  /** At the end of the footer. */
  footerEnd?: ReactNode;
  /** Dialogs and overlays of the page. */
  children?: ReactNode;
}

/**
 * The explorer every page shares, the app's and the exported standalone page's: header with
 * search, filters and legend, the graph with its bar, timeline and table, details, status. What each page adds
 * (opening, editing, exporting) comes in through the slots, so the read-only page does not even
 * load that code.
 */
export function AppFrame({
  readOnly = false,
  graphRef,
  headerEnd,
  editTools,
  barEnd,
  footerEnd,
  children,
}: AppFrameProps) {
  const title = useStore((s) => s.index?.dataset.title);
  const panels = useOverlayPanels();
  const reading = useStore((s) => s.sidePanel === 'sources');
  return (
    <ReadOnlyContext.Provider value={readOnly}>
      <div className="app">
        <header className="app-header">
          <h1 className="app-name">Stancegraph</h1>
          {title && <p className="dataset-title">{title}</p>}
          <SearchBox />
          {headerEnd}
        </header>
        <div className="app-main">
          <SidePanel panel="filters" panels={panels} label="Filters and sources" wide={reading}>
            <SidePanelTabs
              filters={
                <>
                  <ActorNetworkPanel />
                  <FilterPanel />
                  <Legend />
                </>
              }
            />
          </SidePanel>
          <main className="graph-column">
            <div className="graph-bar">
              <PanelToggles panels={panels} />
              <ViewSwitch />
              {editTools}
              <GraphToolbar />
              {barEnd}
            </div>
            <div className="graph-area">
              <GraphCanvas graphRef={graphRef} />
              <LoadProgress />
              <LoadAlert />
              <ViewNotice />
            </div>
            <Timeline />
            <TableWhenOpen />
          </main>
          <SidePanel panel="details" panels={panels}>
            <DetailsPanel />
          </SidePanel>
        </div>
        <footer className="app-footer">
          <TableToggle />
          <TimelineToggle />
          <StatusLine />
          {footerEnd}
        </footer>
        {children}
      </div>
    </ReadOnlyContext.Provider>
  );
}
