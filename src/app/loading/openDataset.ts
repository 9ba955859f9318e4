import { isHttpUrl } from '../../model/formatRules';
import type { Problem } from '../../model/parseDataset';
import type { ViewPositions } from '../../model/positions';
import type { Dataset } from '../../model/schema';
import type { ViewState } from '../../model/viewState';
import type { DatasetSource, LoadFailure } from '../../store/datasetSlice';
import { useStore } from '../../store/store';
import { unpackLinkData } from '../share/linkData';
import { readInWorker, type FileFacts } from './readInWorker';

/** Files above this are refused before they are read: parsing them would exhaust the tab. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What happens after a dataset loaded: the session is saved (set by the app at start-up). */
let afterLoad: (text: string | null, source: DatasetSource) => void = () => {};

export function onDatasetLoaded(callback: typeof afterLoad): void {
  afterLoad = callback;
}

export function notifyDatasetLoaded(text: string | null, source: DatasetSource): void {
  afterLoad(text, source);
}

function fail(title: string, problems: Problem[], unopened?: LoadFailure['unopened']): false {
  useStore.getState().failLoading({ title, problems, ...(unopened && { unopened }) });
  return false;
}

/** What a saved session or a link brings besides the dataset: its arrangement and its view. */
export interface Restored {
  positions?: ViewPositions | null;
  unsavedEdits?: boolean;
  viewState?: ViewState | null;
}

/**
 * Reads, validates and loads a dataset from a file or text, in any format the app reads. On any
 * problem the loaded dataset stays untouched and the problems are shown. A spreadsheet of
 * statements opens the Map columns dialog instead (it loads on Import). Returns whether it loaded.
 */
async function open(
  input: Blob | string,
  label: string,
  source: DatasetSource,
  {
    facts = {},
    restored,
    unopened,
  }: { facts?: FileFacts; restored?: Restored; unopened?: LoadFailure['unopened'] } = {},
): Promise<boolean> {
  const store = useStore.getState();
  store.startLoading(label);
  try {
    const { result, text } = await readInWorker(
      input,
      (phase) => useStore.getState().setLoadPhase(phase),
      facts,
    );
    if (!result.ok) return fail(`${label} could not be opened`, result.problems, unopened);
    if ('table' in result) {
      useStore.getState().askForMapping({ table: result.table, label, source });
      return false;
    }
    useStore.getState().loadDataset(result.dataset, {
      network: result.network,
      source,
      positions: restored?.positions,
      unsavedEdits: restored?.unsavedEdits,
      viewState: restored?.viewState,
    });
    notifyDatasetLoaded(text, source);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(
      `${label} could not be opened`,
      [{ path: '', message: `could not be read: ${message}` }],
      unopened,
    );
  }
}

/** Opens a file the user chose or dropped; files over 50 MB are refused before reading. */
export function openFile(file: File): Promise<boolean> {
  if (file.size > MAX_FILE_BYTES) {
    return Promise.resolve(
      fail(`${file.name} could not be opened`, [
        {
          path: '',
          message: `the file is ${megabytes(file.size)}; files over ${megabytes(MAX_FILE_BYTES)} are not opened`,
        },
      ]),
    );
  }
  return open(file, file.name, { kind: 'file', name: file.name }, { facts: { name: file.name } });
}

/**
 * Opens the dataset made from a spreadsheet in the Map columns dialog: validated in the worker
 * like any file, then loaded; the session keeps its JSON.
 */
export function openMappedTable(
  dataset: Dataset,
  label: string,
  source: DatasetSource,
): Promise<boolean> {
  return open(JSON.stringify(dataset), label, source);
}

/** Opens JSON text pasted by the user. */
export function openText(text: string): Promise<boolean> {
  return open(text, 'The pasted text', { kind: 'text' });
}

/** Opens the dataset a saved session held, with its positions and whether it has unsaved edits. */
export function openSavedText(
  text: string,
  source: DatasetSource,
  restored: Restored,
): Promise<boolean> {
  // The text alone tells its format; the file's name gives a network from GEXF its title back.
  const title = source.kind === 'file' ? source.name.replace(/\.[^.]*$/, '') : undefined;
  // Refused (say, by a rule of the format newer than the session), it is offered as a file: the
  // dataset opened instead is saved over it, and its edits would otherwise be gone.
  const name = source.kind === 'file' ? source.name : 'saved-dataset.json';
  return open(text, 'The saved dataset', source, {
    facts: title === undefined ? {} : { title },
    restored,
    unopened: { name, text },
  });
}

function fileNameOf(url: URL): string | undefined {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last) || undefined;
  } catch {
    return last || undefined;
  }
}

/** Fetches and opens a dataset from a link (`?data=<url>`), saying clearly why when it cannot. */
export async function openUrl(address: string, restored?: Restored): Promise<boolean> {
  if (!isHttpUrl(address)) {
    return fail('The dataset link could not be opened', [
      { path: 'data', message: `"${address}" is not an http or https address` },
    ]);
  }
  const url = new URL(address);
  const label = url.href;
  useStore.getState().startLoading(label);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    return fail(`${label} could not be fetched`, [
      {
        path: 'data',
        message:
          'the server did not answer, or it does not allow other sites to read the file (CORS). ' +
          'Download the file and open it with "Open dataset" instead.',
      },
    ]);
  }
  if (!response.ok) {
    return fail(`${label} could not be fetched`, [
      {
        path: 'data',
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
      },
    ]);
  }
  const size = Number(response.headers.get('content-length') ?? 0);
  if (size > MAX_FILE_BYTES) {
    return fail(`${label} could not be opened`, [
      { path: 'data', message: `the file is ${megabytes(size)}; files over 50 MB are not opened` },
    ]);
  }
  const blob = await response.blob();
  if (blob.size > MAX_FILE_BYTES) {
    return fail(`${label} could not be opened`, [
      {
        path: 'data',
        message: `the file is ${megabytes(blob.size)}; files over 50 MB are not opened`,
      },
    ]);
  }
  // The link's last path segment names the file, which helps tell its format (a .gexf, a .csv).
  const name = fileNameOf(url);
  return open(
    blob,
    label,
    { kind: 'url', url: url.href },
    {
      facts: name === undefined ? {} : { name },
      restored,
    },
  );
}

/** How messages name a dataset carried in a link's hash. */
export const LINK_DATA_LABEL = 'The dataset in the link';

/**
 * Opens the dataset a link carries in its hash ("Copy link with data"): unpacked, then read and
 * validated in the worker like any file; a damaged link is refused and what is on screen stays.
 */
export async function openLinkData(payload: string, restored?: Restored): Promise<boolean> {
  useStore.getState().startLoading(LINK_DATA_LABEL);
  const unpacked = await unpackLinkData(payload);
  if (!unpacked.ok)
    return fail(`${LINK_DATA_LABEL} could not be opened`, [
      { path: 'data', message: unpacked.message },
    ]);
  return open(unpacked.text, LINK_DATA_LABEL, { kind: 'text' }, { restored });
}
