import { DetailsPanel } from '../../components/DetailsPanel/DetailsPanel';
import { GraphCanvas } from '../../components/GraphCanvas/GraphCanvas';
import { Legend } from '../../components/Legend/Legend';
import { LoadAlert } from '../../components/LoadAlert/LoadAlert';
import { LoadProgress } from '../../components/LoadProgress/LoadProgress';
import { ReadOnlyContext, SourcesShownContext } from '../../components/readOnly';
import { ViewNotice } from '../../components/ViewNotice/ViewNotice';
import { useStore } from '../../store/store';
import { viewHashOf } from '../urlSync';
import './EmbedApp.css';

/**
 * The full app's address for what the embed shows, when the embed shows a hosted file: the same
 * `?data=` link in the same view. (The app opened plainly would show the reader's own last
 * dataset, not the embed's.)
 */
function useFullAppLink(): string | null {
  const source = useStore((s) => s.source);
  const hash = useStore(viewHashOf);
  if (source.kind !== 'url') return null;
  const app = `${window.location.origin}${window.location.pathname}`;
  return `${app}?data=${encodeURIComponent(source.url)}${hash ? `#${hash}` : ''}`;
}

/**
 * The app inside another page's iframe (`?embed`): the graph filling the frame between a title line
 * and a compact legend, and the details of what is clicked over the graph; nothing edits or opens
 * other data. The title line and the legend have fixed heights, so the graph's size is settled
 * before it is first fitted.
 */
export default function EmbedApp() {
  const title = useStore((s) => s.index?.dataset.title);
  const selected = useStore((s) => s.selection !== null);
  const fullApp = useFullAppLink();
  return (
    <ReadOnlyContext.Provider value={true}>
      <SourcesShownContext.Provider value={false}>
        <div className="embed">
          <header className="embed-top">
            {title && <h1 className="embed-title">{title}</h1>}
            {fullApp && (
              <a className="embed-open" href={fullApp} target="_blank" rel="noopener noreferrer">
                Open in Stancegraph
              </a>
            )}
          </header>
          <main className="embed-graph">
            <GraphCanvas />
            <LoadProgress />
            <LoadAlert />
            <ViewNotice />
            {selected && (
              // Clear selection, in the details, and Escape close them.
              <aside className="embed-details" aria-label="Details of the selection">
                <DetailsPanel />
              </aside>
            )}
          </main>
          <footer className="embed-legend">
            <Legend />
          </footer>
        </div>
      </SourcesShownContext.Provider>
    </ReadOnlyContext.Provider>
  );
}
