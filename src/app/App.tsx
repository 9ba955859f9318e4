import { lazy, Suspense, useCallback, useRef } from 'react';
import { DetailsPanel } from '../components/DetailsPanel/DetailsPanel';
import { DropZone } from '../components/DropZone/DropZone';
import { ExportMenu, type ExportMenuProps } from '../components/ExportMenu/ExportMenu';
import type { GraphController } from '../cytoscape/graphController';
import { LoadAlert } from '../components/LoadAlert/LoadAlert';
import { LoadProgress } from '../components/LoadProgress/LoadProgress';
import { OpenDataset, TEMPLATE_URL } from '../components/OpenDataset/OpenDataset';
import { FilterPanel } from '../components/FilterPanel/FilterPanel';
import { GraphCanvas } from '../components/GraphCanvas/GraphCanvas';
import { GraphToolbar } from '../components/GraphToolbar/GraphToolbar';
import { Legend } from '../components/Legend/Legend';
import { SearchBox } from '../components/SearchBox/SearchBox';
import { StatusLine } from '../components/StatusLine/StatusLine';
import { StorageNotice } from '../components/StatusLine/StorageNotice';
import { ViewSwitch } from '../components/ViewSwitch/ViewSwitch';
import { useStore } from '../store/store';
import type { Dataset } from '../model/schema';
import { openFile, openMappedTable, openText } from './loading/openDataset';
import { openSample } from './loading/openSample';
import { runExport } from './export/runExport';

const openDroppedOrChosenFile = (file: File) => void openFile(file);
const openPastedText = (text: string) => void openText(text);
const openSampleDataset = () => void openSample();

// Loaded only when a spreadsheet is opened: the first load stays small.
const MapColumnsDialog = lazy(() => import('../components/MapColumns/MapColumnsDialog'));

/** The Map columns dialog for a spreadsheet that was opened, while one waits for it. */
function PendingTableDialog() {
  const pending = useStore((s) => s.pendingTable);
  const closeMapping = useStore((s) => s.closeMapping);
  if (!pending) return null;
  const importDataset = (dataset: Dataset) => {
    closeMapping();
    void openMappedTable(dataset, pending.label, pending.source);
  };
  return (
    <Suspense fallback={null}>
      <MapColumnsDialog
        table={pending.table}
        label={pending.label}
        onImport={importDataset}
        onCancel={closeMapping}
        templateUrl={TEMPLATE_URL}
      />
    </Suspense>
  );
}

export function App() {
  const title = useStore((s) => s.index?.dataset.title);
  // The graph on screen, handed over by the canvas that owns it; the image exports draw from it.
  const graphRef = useRef<GraphController | null>(null);
  const exportShown = useCallback<ExportMenuProps['onExport']>(
    (format, options) => runExport(graphRef.current, format, options),
    [],
  );
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Stancegraph</h1>
        {title && <p className="dataset-title">{title}</p>}
        <SearchBox />
        <OpenDataset
          onOpenFile={openDroppedOrChosenFile}
          onOpenText={openPastedText}
          onOpenSample={openSampleDataset}
        />
      </header>
      <div className="app-main">
        <aside className="side-panel side-panel-left" aria-label="Filters and legend">
          <FilterPanel />
          <Legend />
        </aside>
        <main className="graph-column">
          <div className="graph-bar">
            <ViewSwitch />
            <GraphToolbar />
            <ExportMenu onExport={exportShown} />
          </div>
          <div className="graph-area">
            <GraphCanvas graphRef={graphRef} />
            <LoadProgress />
            <LoadAlert />
          </div>
        </main>
        <aside className="side-panel side-panel-right">
          <DetailsPanel />
        </aside>
      </div>
      <footer className="app-footer">
        <StatusLine />
        <StorageNotice />
      </footer>
      <DropZone onDropFile={openDroppedOrChosenFile} />
      <PendingTableDialog />
    </div>
  );
}
