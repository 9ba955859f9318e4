import type { GraphIndex } from '../model/graphIndex';
import { memoizeLast } from '../model/memoizeLast';
import {
  actorTable,
  claimTable,
  statementTable,
  type TableData,
  type TableRow,
} from '../model/tableRows';
import {
  selectActorsViewShown,
  selectNetworkShown,
  selectShownVisibility,
  selectVisibility,
} from './selectors';
import type { StoreState } from './store';
import type { TableTab } from './tableSlice';

/** The actors, claims and statements the table lists: those the graph shows. */
export interface TableShown {
  readonly actors: ReadonlySet<string>;
  readonly claims: ReadonlySet<string>;
  readonly statements: ReadonlySet<string>;
}

const NOTHING: ReadonlySet<string> = new Set();

// The actor view draws no claims or statements: the table lists the statements of the actors it
// shows, and the claims the filters show.
const actorsViewTableShownOf = memoizeLast(
  (
    index: GraphIndex,
    actors: ReadonlySet<string>,
    claims: ReadonlySet<string>,
    statements: ReadonlySet<string>,
  ): TableShown => {
    const spoken = new Set<string>();
    for (const id of statements) {
      const statement = index.statementById.get(id);
      if (statement && actors.has(statement.actor)) spoken.add(id);
    }
    return { actors, claims, statements: spoken };
  },
);
const networkTableShownOf = memoizeLast((nodes: ReadonlySet<string>): TableShown => ({
  actors: nodes,
  claims: NOTHING,
  statements: NOTHING,
}));

/**
 * What the table lists: in the claims view what the graph shows (so its counts are the status
 * line's); in the actor view its actors, their shown statements and the filters' claims; for a
 * plain network its nodes. Null before a dataset has loaded.
 */
export const selectTableShown = (state: StoreState): TableShown | null => {
  const network = selectNetworkShown(state);
  if (network) return networkTableShownOf(network.nodes);
  if (state.view === 'claims') return selectShownVisibility(state);
  const visibility = selectVisibility(state);
  const actorsView = selectActorsViewShown(state);
  if (!state.index || !visibility || !actorsView) return null;
  return actorsViewTableShownOf(
    state.index,
    actorsView.actors,
    visibility.claims,
    visibility.statements,
  );
};

const statementTableOf = memoizeLast(statementTable);
const shownStatementsOf = memoizeLast(
  (table: TableData, shown: ReadonlySet<string>): TableData => ({
    columns: table.columns,
    rows: table.rows.filter((row: TableRow) => shown.has(row.id)),
  }),
);
const actorTableOf = memoizeLast(actorTable);
const claimTableOf = memoizeLast(claimTable);

/** The rows and columns of a tab of the table, for what the graph shows; null before a dataset. */
export function selectTableData(state: StoreState, tab: TableTab): TableData | null {
  const { index } = state;
  const shown = selectTableShown(state);
  if (!index || !shown) return null;
  switch (tab) {
    case 'statements':
      return shownStatementsOf(statementTableOf(index), shown.statements);
    case 'actors': {
      // Ties are those the actor view draws (none for a plain network, which has no such view).
      const ties = state.network ? [] : (selectActorsViewShown(state)?.ties ?? []);
      return actorTableOf(index, shown.actors, shown.statements, ties);
    }
    case 'claims':
      return claimTableOf(index, shown.claims, shown.statements);
  }
}
