import { lazy, Suspense, useCallback, useRef } from 'react';
import { ActorNetworkPanel } from '../components/ActorNetworkPanel/ActorNetworkPanel';
import { AddMenu } from '../components/AddMenu/AddMenu';
import { HistoryButtons } from '../components/HistoryButtons/HistoryButtons';
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
import { PanelToggles, SidePanel } from '../components/SidePanel/SidePanel';
import { SidePanelTabs } from '../components/SidePanel/SidePanelTabs';
import { useOverlayPanels } from '../components/SidePanel/useOverlayPanels';
import { StatusLine } from '../components/StatusLine/StatusLine';
import { StorageNotice } from '../components/StatusLine/StorageNotice';
import { TableToggle } from '../components/DataTable/TableToggle';
import { Timeline } from '../components/Timeline/Timeline';
import { TimelineToggle } from '../components/Timeline/TimelineToggle';
import { ViewSwitch } from '../components/ViewSwitch/ViewSwitch';
import { useStore } from '../store/store';
import type { Dataset } from '../model/schema';
import { openFile, openMappedTable, openText } from './loading/openDataset';
import { createNewDataset } from './loading/newDataset';
import { openSample } from './loading/openSample';
import { runExport } from './export/runExport';
import { answerReplaceQuestion, mayReplaceDataset } from './replaceGuard';

// Loaded when first needed: editing is not part of the first screen.
const EditDialogs = lazy(() => import('../components/Editing/EditDialogs'));
const ReplaceDialog = lazy(() => import('../components/Editing/ReplaceDialog'));

// Every way of replacing the dataset asks first when it has edits that were never exported.
const openDroppedOrChosenFile = async (file: File) => {
  if (await mayReplaceDataset(`"${file.name}"`)) await openFile(file);
};
const openPastedText = async (text: string) =>
  (await mayReplaceDataset('the pasted text')) && (await openText(text));
const openSampleDataset = async () => {
  if (await mayReplaceDataset('the sample dataset')) await openSample();
};
const startNewDataset = async (title: string) => {
  useStore.getState().closeEditor();
  if (await mayReplaceDataset('a new dataset')) await createNewDataset(title);
};

/** The editing dialogs and the question before replacing an edited dataset, when asked for. */
function EditorQuestions() {
  const editor = useStore((s) => s.editor);
  const replaceQuestion = useStore((s) => s.replaceQuestion);
  const dialog = editor && editor.action !== 'add' && editor.action !== 'edit' ? editor : null;
  return (
    <Suspense fallback={null}>
      {dialog && (
        <EditDialogs request={dialog} onNewDataset={(title) => void startNewDataset(title)} />
      )}
      {replaceQuestion && (
        <ReplaceDialog by={replaceQuestion.by} onAnswer={answerReplaceQuestion} />
      )}
    </Suspense>
  );
}

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
  const panels = useOverlayPanels();
  const reading = useStore((s) => s.sidePanel === 'sources');
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Stancegraph</h1>
        {title && <p className="dataset-title">{title}</p>}
        <SearchBox />
        <OpenDataset
          onOpenFile={(file) => void openDroppedOrChosenFile(file)}
          onOpenText={openPastedText}
          onOpenSample={() => void openSampleDataset()}
        />
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
            <AddMenu />
            <HistoryButtons />
            <GraphToolbar />
            <ExportMenu onExport={exportShown} />
          </div>
          <div className="graph-area">
            <GraphCanvas graphRef={graphRef} />
            <LoadProgress />
            <LoadAlert />
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
        <StorageNotice />
      </footer>
      <DropZone onDropFile={(file) => void openDroppedOrChosenFile(file)} />
      <EditorQuestions />
      <PendingTableDialog />
    </div>
  );
}
