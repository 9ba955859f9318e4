import { DetailsPanel } from '../components/DetailsPanel/DetailsPanel';
import { FilterPanel } from '../components/FilterPanel/FilterPanel';
import { GraphCanvas } from '../components/GraphCanvas/GraphCanvas';
import { GraphToolbar } from '../components/GraphToolbar/GraphToolbar';
import { Legend } from '../components/Legend/Legend';
import { SearchBox } from '../components/SearchBox/SearchBox';
import { StatusLine } from '../components/StatusLine/StatusLine';
import { ViewSwitch } from '../components/ViewSwitch/ViewSwitch';
import { useStore } from '../store/store';

export function App() {
  const title = useStore((s) => s.index?.dataset.title);
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Stancegraph</h1>
        {title && <p className="dataset-title">{title}</p>}
        <div className="header-spacer" />
        <SearchBox />
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
          </div>
          <div className="graph-area">
            <GraphCanvas />
          </div>
        </main>
        <aside className="side-panel side-panel-right">
          <DetailsPanel />
        </aside>
      </div>
      <footer className="app-footer">
        <StatusLine />
      </footer>
    </div>
  );
}
