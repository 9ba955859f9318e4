import { downloadFile } from '../../components/download';
import type { ExportFormat, ExportOptions } from '../../components/ExportMenu/ExportMenu';
import type { GraphController } from '../../cytoscape/graphController';
import type { SingleTieType } from '../../model/actorNetwork';
import { exportFileName } from '../../model/exportFileName';
import { positionsAt, withLayout } from '../../model/positions';
import type { Dataset } from '../../model/schema';
import {
  selectActorGrouping,
  selectActorsViewShown,
  selectActorViewKinds,
  selectNetworkCounts,
  selectNetworkShown,
  selectNodeColours,
  selectNodeMetrics,
  selectPositionsKey,
  selectShownVisibility,
  selectVisibility,
} from '../../store/selectors';
import { useStore, type StoreState } from '../../store/store';
import { imageLegend } from './legendEntries';

const MIME: Record<Exclude<ExportFormat, MatrixFormat>, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  svg: 'image/svg+xml',
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

type MatrixFormat = Extract<ExportFormat, `matrix-${string}`>;

function isMatrixFormat(format: ExportFormat): format is MatrixFormat {
  return format.startsWith('matrix-');
}

// A network read from another tool (GEXF, GraphML, Cytoscape JSON) is shown through a dataset of
// its nodes alone; these files are written from that dataset and have no place for its edges, so
// they would silently lose them. The menu disables them for a network (ExportMenu).
const NOT_FOR_NETWORKS: Partial<Record<ExportFormat, string>> = {
  json: 'a stancegraph JSON file has no place for the edges of a network read from another tool',
  csv: 'the statements CSV has no place for the edges of a network read from another tool',
};

/** Why the format cannot be exported for what is loaded, or null when it can. */
function refusal(format: ExportFormat): string | null {
  if (!useStore.getState().network) return null;
  const reason = isMatrixFormat(format)
    ? 'a network read from another tool has no actor ties to write as a matrix'
    : NOT_FOR_NETWORKS[format];
  return reason === undefined ? null : `${reason}: export it as GEXF or GraphML`;
}

function mimeOf(format: ExportFormat): string {
  return isMatrixFormat(format) ? MIME.csv : MIME[format];
}

function download(data: Blob | string, name: string, format: ExportFormat): void {
  downloadFile(data, name, mimeOf(format));
}

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** Where the nodes of the view on screen are, by dataset id (a plain network: the claims view's). */
export function shownPositions(): ReadonlyMap<string, { x: number; y: number }> {
  const state = useStore.getState();
  return positionsAt(state.positions, selectPositionsKey(state));
}

/**
 * Returns the whole dataset as a stancegraph file with its node positions (`layout`), whatever the
 * filters show: what "Export JSON" offers before an edited dataset is replaced.
 */
export async function wholeDatasetJson(): Promise<string> {
  const state = useStore.getState();
  if (!state.index) throw new Error('no dataset is loaded');
  const { serializeDataset } = await import('../../model/exportJson');
  return serializeDataset(withLayout(state.index.dataset, state.positions));
}

/** Downloads the whole dataset as JSON; its edits are then safe. */
export async function exportWholeDataset(): Promise<void> {
  const state = useStore.getState();
  if (!state.index) return;
  const name = exportFileName(state.index.dataset.title, state.view, new Date(), 'json');
  download(await wholeDatasetJson(), name, 'json');
  useStore.getState().markExported();
}

/**
 * Returns what is shown as a dataset, with the positions of both views (so the picture comes back
 * when it is opened again), and whether that is every record: the JSON export, the standalone page
 * and the link with data all carry this.
 */
export async function shownDataset(): Promise<{ dataset: Dataset; whole: boolean }> {
  const state = useStore.getState();
  const visibility = selectShownVisibility(state);
  if (!state.index || !visibility) throw new Error('no dataset is loaded');
  const { exportShownDataset } = await import('../../model/exportJson');
  const shown = exportShownDataset(state.index, visibility);
  const all = state.index.dataset;
  return {
    dataset: withLayout(shown, state.positions),
    whole:
      shown.statements.length === all.statements.length &&
      shown.actors.length === all.actors.length &&
      shown.claims.length === all.claims.length,
  };
}

/** The store once the actor view's metrics are computable, so exports always carry them. */
async function stateWithMetrics(): Promise<StoreState> {
  const state = useStore.getState();
  if (state.view === 'actors') await state.requestMetrics();
  return useStore.getState();
}

/** The actor network of one tie type among the shown nodes, as DNA's matrix CSV. */
async function matrixFile(type: SingleTieType): Promise<string> {
  const state = useStore.getState();
  const grouping = selectActorGrouping(state);
  const counts = selectNetworkCounts(state);
  // Untied actors are hidden from the drawing only: the matrix holds every actor the filters
  // show, isolates included, as DNA's does.
  const shown = selectActorsViewShown({
    ...state,
    filters: { ...state.filters, showUntied: true },
  });
  if (!grouping || !counts || !shown) throw new Error('no dataset is loaded');
  const { matrixCsv } = await import('../../model/exportMatrix');
  const nodes = [...shown.actors].map((id) => ({ id, label: grouping.nodes.get(id)?.label ?? id }));
  return matrixCsv(nodes, counts, type, state.normalisation);
}

async function dataFile(format: 'json' | 'gexf' | 'graphml' | 'csv'): Promise<string> {
  const state = await stateWithMetrics();
  const visibility = selectShownVisibility(state);
  if (!state.index || !visibility) throw new Error('no dataset is loaded');
  const grouping = selectActorGrouping(state);
  const actorView =
    state.view === 'actors' && grouping ? { grouping, metrics: selectNodeMetrics(state) } : null;
  // Ties come from what the filters show; the focus narrows actors, not the statements behind ties.
  const filtered = selectVisibility(state);
  // Export code is loaded on first use, so it costs the first page load nothing.
  if (format === 'json') {
    const { serializeDataset } = await import('../../model/exportJson');
    const { dataset, whole } = await shownDataset();
    // Edits are safe once the file holds every record, not when filters left some out.
    if (whole) useStore.getState().markExported();
    return serializeDataset(dataset);
  }
  if (format === 'csv') {
    const { statementsCsv } = await import('../../model/exportCsv');
    return actorView && filtered
      ? statementsCsv(state.index, filtered, actorView)
      : statementsCsv(state.index, visibility);
  }
  const { actorsGraph, claimsGraph, networkGraph, toGexf, toGraphml } =
    await import('../../model/exportGraph');
  const positions = shownPositions();
  // A network read from another tool: its own nodes and edges, as the graph shows them.
  const network = selectNetworkShown(state);
  if (state.network && network) {
    const graph = networkGraph(state.network, network, positions);
    return format === 'gexf' ? toGexf(graph) : toGraphml(graph);
  }
  const shownActors = selectActorsViewShown(state);
  const graph =
    actorView && shownActors && filtered
      ? actorsGraph(state.index, {
          grouping: actorView.grouping,
          shownNodes: shownActors.actors,
          ties: shownActors.ties,
          statementIds: filtered.statements,
          positions,
          metrics: actorView.metrics,
        })
      : claimsGraph(state.index, visibility, positions);
  return format === 'gexf' ? toGexf(graph) : toGraphml(graph);
}

/**
 * Exports what is shown in a format and downloads it under a name made of the dataset's title,
 * the view and the date. Returns a message for the user when the result differs from what was
 * asked (a scale lowered to fit the browser's limits).
 */
export async function runExport(
  graph: GraphController | null,
  format: ExportFormat,
  options: ExportOptions,
): Promise<string | null> {
  const state = useStore.getState();
  if (!state.index) throw new Error('no dataset is loaded');
  const refused = refusal(format);
  if (refused) throw new Error(refused);
  if (isMatrixFormat(format)) {
    const type = format.slice('matrix-'.length) as SingleTieType;
    const name = exportFileName(state.index.dataset.title, `${type}-matrix`, new Date(), 'csv');
    download(await matrixFile(type), name, format);
    return null;
  }
  const name = exportFileName(state.index.dataset.title, state.view, new Date(), format);
  if (format === 'html') {
    const { standalonePageHtml } = await import('./exportStandalone');
    download(await standalonePageHtml(), name, format);
    return null;
  }
  if (format === 'json' || format === 'gexf' || format === 'graphml' || format === 'csv') {
    download(await dataFile(format), name, format);
    return null;
  }
  if (!graph) throw new Error('the graph is not on screen');
  const { exportRaster, exportSvg } = await import('../../cytoscape/exportImage');
  const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
  const background =
    options.background === 'transparent'
      ? null
      : options.background === 'white'
        ? '#ffffff'
        : cssVariable('--canvas-bg') || '#ffffff';
  const imageOptions = {
    scope: options.scope,
    scale: options.scale,
    background,
    textColor: options.background === 'theme' && dark ? '#e6e6e6' : '#1f2328',
    caption: options.includeLegend
      ? {
          title: state.index.dataset.title ?? 'Stancegraph',
          legend: imageLegend(
            state.index,
            state.view,
            state.network !== null,
            dark ? 'dark' : 'light',
            {
              tieMode: state.tieMode,
              colours: selectNodeColours(state),
              kinds: selectActorViewKinds(state),
            },
          ),
        }
      : null,
  };
  const result =
    format === 'svg'
      ? exportSvg(graph.cy, imageOptions)
      : await exportRaster(graph.cy, format, imageOptions);
  download(result.data, name, format);
  return result.capped
    ? `Scale lowered to ${result.scale}x: a larger image would pass the browser's size limit.`
    : null;
}
