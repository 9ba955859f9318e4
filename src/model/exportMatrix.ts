// The actor network as a labelled matrix, written as DNA's network exporter writes a one-mode
// matrix to CSV (Exporter.java, exportCSV): semicolons between cells, an empty quoted corner,
// quoted row and column labels in sorted order with any double quote turned into an apostrophe,
// whole numbers when the weights are counts and six decimals once they are normalised.
import {
  tieValues,
  type NetworkCounts,
  type Normalisation,
  type SingleTieType,
} from './actorNetwork';
import { compareStrings } from './ties';

/** A row and column of the matrix: a node of the actor view and its name. */
export interface MatrixNode {
  readonly id: string;
  readonly label: string;
}

// A spreadsheet runs a cell that starts with one of these as a formula, quoted or not (see
// exportCsv.ts); DNA does not guard its labels, but a name such as "=HYPERLINK(…)" must not run.
const FORMULA_START = /^[=+\-@\t\r]/;

function labelCell(label: string): string {
  const text = label.replace(/"/g, "'");
  return `"${FORMULA_START.test(text) ? `'${text}` : text}"`;
}

/**
 * Labels for the rows: the node names, sorted as DNA sorts them (by UTF-16 code units); a name
 * that two nodes share gets each node's id in brackets, since a matrix needs one row per node.
 */
function matrixLabels(nodes: readonly MatrixNode[]): { id: string; label: string }[] {
  const uses = new Map<string, number>();
  for (const node of nodes) uses.set(node.label, (uses.get(node.label) ?? 0) + 1);
  return nodes
    .map((node) => ({
      id: node.id,
      label: uses.get(node.label)! > 1 ? `${node.label} (${node.id})` : node.label,
    }))
    .sort((x, y) => compareStrings(x.label, y.label) || compareStrings(x.id, y.id));
}

/**
 * Returns the network of one tie type among the given nodes as DNA's matrix CSV: a square,
 * symmetric matrix with 0 on the diagonal and for pairs without a tie, lines ended by LF. Weights
 * are whole numbers without normalisation and "%.6f" (six decimals, a point) with it.
 */
export function matrixCsv(
  nodes: readonly MatrixNode[],
  counts: NetworkCounts,
  type: SingleTieType,
  normalisation: Normalisation,
): string {
  const values = tieValues(counts, type, normalisation);
  const weightOf = new Map<string, number>();
  counts.a.forEach((x, i) => {
    const a = counts.nodeIds[x]!;
    const b = counts.nodeIds[counts.b[i]!]!;
    weightOf.set(JSON.stringify([a, b]), values[i]!);
    weightOf.set(JSON.stringify([b, a]), values[i]!);
  });
  const rows = matrixLabels(nodes);
  const cell = (weight: number) =>
    normalisation === 'none' ? String(Math.trunc(weight)) : weight.toFixed(6);
  const lines = [['""', ...rows.map((row) => labelCell(row.label))].join(';')];
  for (const row of rows) {
    const cells = rows.map((column) =>
      cell(row.id === column.id ? 0 : (weightOf.get(JSON.stringify([row.id, column.id])) ?? 0)),
    );
    lines.push([labelCell(row.label), ...cells].join(';'));
  }
  return lines.join('\n');
}
