import type { ShareResult } from '../../components/ExportMenu/ShareSection';
import { isHttpUrl } from '../../model/formatRules';
import { withLayout } from '../../model/positions';
import { useStore } from '../../store/store';
import { currentViewHash } from '../urlSync';
import { embedSnippet } from './embedCode';
import { DATA_PARAM, deflateText, MAX_LINK_DATA_BYTES, toBase64Url } from './linkData';

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;

/** The app's own address, without query or hash. */
function appAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * The link to the app with the dataset (and its positions) compressed into the hash, after the
 * view, filters and all: the same data and view anywhere. For a dataset over 100 KB compressed,
 * why not and what to do instead.
 */
export async function linkWithData(): Promise<ShareResult> {
  const { index, positions, network } = useStore.getState();
  if (!index) throw new Error('no dataset is loaded');
  // The link carries a dataset, and a network read from another tool is shown through a dataset
  // of its nodes alone: its edges would not travel.
  if (network) {
    return {
      ok: false,
      message:
        'A link carries a stancegraph dataset, which has no place for the edges of a network ' +
        `read from another tool. Put its file online and share ${appAddress()}?data=<the ` +
        "file's address> instead (Copy embed code makes an embed of it).",
    };
  }
  const packed = await deflateText(JSON.stringify(withLayout(index.dataset, positions)));
  if (packed.length > MAX_LINK_DATA_BYTES) {
    return {
      ok: false,
      message:
        `The dataset is ${kilobytes(packed.length)} compressed; a link carries up to ` +
        `${kilobytes(MAX_LINK_DATA_BYTES)}. Export JSON, put the file online, and share ` +
        `${appAddress()}?data=<the file's address> instead (Copy embed code makes an embed of it).`,
    };
  }
  const view = currentViewHash();
  const hash = `${view ? `${view}&` : ''}${DATA_PARAM}=${toBase64Url(packed)}`;
  return {
    ok: true,
    text: `${appAddress()}#${hash}`,
    note: `${kilobytes(packed.length)} of data in the link.`,
  };
}

/** The iframe snippet of the hosted file at `address`, in the view on screen. */
export function embedCode(address: string): ShareResult {
  const dataAddress = address.trim();
  if (!isHttpUrl(dataAddress))
    return { ok: false, message: `"${dataAddress}" is not an http or https address.` };
  const state = useStore.getState();
  const fromThatFile = state.source.kind === 'url' && state.source.url === dataAddress;
  const edited =
    fromThatFile && state.unsavedEdits
      ? ' It shows the hosted file: edits made here since are not in it until it is exported and hosted again.'
      : '';
  return {
    ok: true,
    text: embedSnippet({
      appUrl: appAddress(),
      dataAddress,
      viewHash: currentViewHash(),
      title: state.index?.dataset.title,
    }),
    note: `The embed reads ${dataAddress} when it is shown.${edited}`,
  };
}
