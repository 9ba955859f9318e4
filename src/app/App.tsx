import { lazy, Suspense, useCallback, useRef } from 'react';
import { AddMenu } from '../components/AddMenu/AddMenu';
import { HistoryButtons } from '../components/HistoryButtons/HistoryButtons';
import { DropZone } from '../components/DropZone/DropZone';
import { ExportMenu, type ExportMenuProps } from '../components/ExportMenu/ExportMenu';
import type { ShareActions } from '../components/ExportMenu/ShareSection';
import type { GraphController } from '../cytoscape/graphController';
import { OpenDataset, TEMPLATE_URL } from '../components/OpenDataset/OpenDataset';
import { StorageNotice } from '../components/StatusLine/StorageNotice';
import { useStore } from '../store/store';
import type { Dataset } from '../model/schema';
import { openFile, openMappedTable, openText } from './loading/openDataset';
import { createNewDataset } from './loading/newDataset';
import { openSample } from './loading/openSample';
import { runExport } from './export/runExport';
import { answerReplaceQuestion, mayReplaceDataset } from './replaceGuard';
import { AppFrame } from './AppFrame';

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

// Loaded on use: compressing a dataset into a link is not part of the first screen.
const shareModule = () => import('./share/shareActions');
const SHARE_ACTIONS: ShareActions = {
  linkWithData: async () => (await shareModule()).linkWithData(),
  hostedAddress: () => {
    const { source } = useStore.getState();
    return source.kind === 'url' ? source.url : null;
  },
  embedCode: async (address) => (await shareModule()).embedCode(address),
};

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
  // The graph on screen, handed over by the canvas that owns it; the image exports draw from it.
  const graphRef = useRef<GraphController | null>(null);
  const exportShown = useCallback<ExportMenuProps['onExport']>(
    (format, options) => runExport(graphRef.current, format, options),
    [],
  );
  return (
    <AppFrame
      graphRef={graphRef}
      headerEnd={
        <OpenDataset
          onOpenFile={(file) => void openDroppedOrChosenFile(file)}
          onOpenText={openPastedText}
          onOpenSample={() => void openSampleDataset()}
        />
      }
      editTools={
        <>
          <AddMenu />
          <HistoryButtons />
        </>
      }
      barEnd={<ExportMenu onExport={exportShown} share={SHARE_ACTIONS} />}
      footerEnd={<StorageNotice />}
    >
      <DropZone onDropFile={(file) => void openDroppedOrChosenFile(file)} />
      <EditorQuestions />
      <PendingTableDialog />
    </AppFrame>
  );
}
