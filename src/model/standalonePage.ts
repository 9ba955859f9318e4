// The exported standalone page: the app's read-only build (one HTML file, code and styles inline)
// with a dataset and a view written into it as data. The data goes into a
// <script type="application/json"> block, which the browser never runs; it is escaped so that no
// text in it can end that block or start anything else.
import type { Problem } from './parseDataset';

/** The id of the data block in the page. */
export const PAGE_DATA_ID = 'stancegraph-data';

/** The data block as the page template has it: empty, to be filled once. */
export const EMPTY_DATA_BLOCK = `<script type="application/json" id="${PAGE_DATA_ID}"></script>`;

/**
 * What a page carries: the dataset (with its `layout`), the view it opens in (a URL hash), the
 * digest of its content (see pageContent and datasetDigest), and, for a network read from another
 * tool, that network's shown nodes and edges (the dataset is then its nodes, as in the app).
 */
export interface PageData {
  format: 'stancegraph-page';
  version: 1;
  view: string;
  digest: string;
  dataset: unknown;
  network?: unknown;
}

/** What a page's digest is taken of: its dataset, with its network when it has one. */
export function pageContent(dataset: unknown, network: unknown): unknown {
  return network === undefined ? dataset : { dataset, network };
}

/**
 * Returns the SHA-256 of the dataset written as JSON, in base64, or null where the browser offers
 * no digest (a page served over plain http). The app validated the dataset before it wrote the
 * page; the page checks it by this digest, not by the validator, which does not fit in its 1 MB.
 */
export async function datasetDigest(dataset: unknown): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const hash = new Uint8Array(
    await subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(dataset))),
  );
  return btoa(String.fromCharCode(...hash));
}

/**
 * Returns the value as JSON that is safe inside a <script> element: `<`, `>` and `&` (which could
 * close the element or open a comment) and U+2028/U+2029 (line ends to older JavaScript) are
 * written as \u escapes. JSON.parse reads it back unchanged.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Returns the page template with the data written into its data block. Throws when the template
 * does not have exactly one empty data block (a broken build).
 */
export function fillStandalonePage(template: string, page: PageData): string {
  const at = template.indexOf(EMPTY_DATA_BLOCK);
  if (at < 0 || template.indexOf(EMPTY_DATA_BLOCK, at + 1) >= 0)
    throw new Error('the page template has no place for the data');
  const opening = EMPTY_DATA_BLOCK.slice(0, EMPTY_DATA_BLOCK.indexOf('</script>'));
  // Sliced, not String.replace: "$&" and the like in the data would be read as patterns.
  return `${template.slice(0, at)}${opening}${scriptSafeJson(page)}</script>${template.slice(at + EMPTY_DATA_BLOCK.length)}`;
}

export type PageReadResult =
  | { ok: true; view: string; digest: string; dataset: unknown; network: unknown }
  | { ok: false; problems: Problem[] };

const refuse = (path: string, message: string): PageReadResult => ({
  ok: false,
  problems: [{ path, message }],
});

/**
 * Returns the view and the (not yet validated) dataset that a page's data block holds, or what is
 * wrong with it. An empty block is the template itself, exported with no data. Never throws.
 */
export function readPageData(text: string): PageReadResult {
  if (text.trim() === '') return refuse('', 'this page holds no data: export it from Stancegraph');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('', 'the data of this page is not JSON (the file was changed or cut short)');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return refuse('', 'the data of this page is not an object');
  const page = value as Record<string, unknown>;
  if (page.format !== 'stancegraph-page')
    return refuse('format', 'the data of this page is not a Stancegraph page');
  if (page.version !== 1)
    return refuse('version', `version ${String(page.version)} is not read by this page`);
  if (typeof page.digest !== 'string')
    return refuse('digest', 'the data of this page has no digest to check it by');
  return {
    ok: true,
    view: typeof page.view === 'string' ? page.view : '',
    digest: page.digest,
    dataset: page.dataset,
    network: page.network,
  };
}
