import { DetailsPanel } from '../components/DetailsPanel/DetailsPanel';
import { DropZone } from '../components/DropZone/DropZone';
import { ExportMenu } from '../components/ExportMenu/ExportMenu';
import { LoadAlert } from '../components/LoadAlert/LoadAlert';
import { LoadProgress } from '../components/LoadProgress/LoadProgress';
import { OpenDataset } from '../components/OpenDataset/OpenDataset';
import { FilterPanel } from '../components/FilterPanel/FilterPanel';
import { GraphCanvas } from '../components/GraphCanvas/GraphCanvas';
import { GraphToolbar } from '../components/GraphToolbar/GraphToolbar';
import { Legend } from '../components/Legend/Legend';
import { SearchBox } from '../components/SearchBox/SearchBox';
import { PanelToggles, SidePanel } from '../components/SidePanel/SidePanel';
import { useOverlayPanels } from '../components/SidePanel/useOverlayPanels';
import { StatusLine } from '../components/StatusLine/StatusLine';
import { StorageNotice } from '../components/StatusLine/StorageNotice';
import { ViewSwitch } from '../components/ViewSwitch/ViewSwitch';
import { useStore } from '../store/store';
import { openFile, openText } from './loading/openDataset';
import { openSample } from './loading/openSample';
import { runExport } from './export/runExport';

const openDroppedOrChosenFile = (file: File) => void openFile(file);
const openSampleDataset = () => void openSample();

export function App() {
  const title = useStore((s) => s.index?.dataset.title);
  const panels = useOverlayPanels();
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Stancegraph</h1>
        {title && <p className="dataset-title">{title}</p>}
        <SearchBox />
        <OpenDataset
          onOpenFile={openDroppedOrChosenFile}
          onOpenText={openText}
          onOpenSample={openSampleDataset}
        />
      </header>
      <div className="app-main">
        <SidePanel panel="filters" panels={panels} label="Filters and legend">
          <FilterPanel />
          <Legend />
        </SidePanel>
        <main className="graph-column">
          <div className="graph-bar">
            <PanelToggles panels={panels} />
            <ViewSwitch />
            <GraphToolbar />
            <ExportMenu onExport={runExport} />
          </div>
          <div className="graph-area">
            <GraphCanvas />
            <LoadProgress />
            <LoadAlert />
          </div>
        </main>
        <SidePanel panel="details" panels={panels}>
          <DetailsPanel />
        </SidePanel>
      </div>
      <footer className="app-footer">
        <StatusLine />
        <StorageNotice />
      </footer>
      <DropZone onDropFile={openDroppedOrChosenFile} />
    </div>
  );
}
