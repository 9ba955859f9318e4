import { isCytoscapeJson, readCytoscapeJson, type PlainNetwork } from './network';
import { parseDataset, validateDataset, type Problem } from './parseDataset';
import type { Dataset } from './schema';

/** A file read as one of the formats the app opens: a stancegraph dataset, or a plain network. */
export type ReadResult =
  { ok: true; dataset: Dataset; network: PlainNetwork | null } | { ok: false; problems: Problem[] };

/**
 * Returns what a file's text holds: a stancegraph dataset, or a Cytoscape.js JSON network (with
 * the dataset the rest of the app reads it through), else every problem found. Never throws.
 */
export function readDatasetText(text: string): ReadResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // parseDataset words and locates JSON syntax errors the same way in every browser.
    const result = parseDataset(body);
    return result.ok ? { ...result, network: null } : result;
  }
  if (isCytoscapeJson(value)) return readCytoscapeJson(value);
  const result = validateDataset(value);
  return result.ok ? { ...result, network: null } : result;
}
