import type { ActorGrouping } from '../model/actorLevel';
import type { GraphIndex } from '../model/graphIndex';
import { memoizeLast } from '../model/memoizeLast';
import { METRIC_LABELS, METRIC_NAMES, type NodeMetrics } from '../model/nodeAppearance';
import {
  actorTable,
  claimTable,
  statementTable,
  type ActorValueColumn,
  type TableData,
  type TableRow,
} from '../model/tableRows';
import type { TieEdge } from '../model/tieEdges';
import {
  selectActorGrouping,
  selectActorsViewShown,
  selectNetworkShown,
  selectNodeMetrics,
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
const NO_COLUMNS: readonly ActorValueColumn[] = [];
const NO_TIES: readonly TieEdge[] = [];

// The actor view draws no claims or statements: the table lists the statements of the actors it
// shows (at another level than actors, those of the members of the groups it shows), and the
// claims the filters show.
const actorsViewTableShownOf = memoizeLast(
  (
    index: GraphIndex,
    grouping: ActorGrouping,
    nodes: ReadonlySet<string>,
    visibility: {
      actors: ReadonlySet<string>;
      claims: ReadonlySet<string>;
      statements: ReadonlySet<string>;
    },
  ): TableShown => {
    const actors = new Set<string>();
    for (const actor of visibility.actors) {
      const node = grouping.nodeOf.get(actor);
      if (node !== undefined && nodes.has(node)) actors.add(actor);
    }
    const spoken = new Set<string>();
    for (const id of visibility.statements) {
      const statement = index.statementById.get(id);
      if (statement && actors.has(statement.actor)) spoken.add(id);
    }
    return { actors, claims: visibility.claims, statements: spoken };
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
  const grouping = selectActorGrouping(state);
  const actorsView = selectActorsViewShown(state);
  if (!state.index || !visibility || !grouping || !actorsView) return null;
  return actorsViewTableShownOf(state.index, grouping, actorsView.actors, visibility);
};

// The actor view's metrics as columns of the actor table: one per metric, then the community.
const metricColumnsOf = memoizeLast((metrics: NodeMetrics): ActorValueColumn[] => [
  ...METRIC_NAMES.map((name): ActorValueColumn => ({
    column: { id: `metric:${name}`, header: METRIC_LABELS[name], kind: 'number' },
    value: (id) => metrics.values[name].get(id),
  })),
  {
    column: { id: 'community', header: 'Community', kind: 'number' },
    value: (id) => metrics.community.get(id),
  },
]);

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
      // Ties and metrics are those of the actor view's network, whose nodes are the actors
      // themselves only at the level of actors (not for a plain network, which has no such view).
      const actorLevel = !state.network && selectActorGrouping(state)?.level === 'actors';
      const ties: readonly TieEdge[] | null = actorLevel
        ? (selectActorsViewShown(state)?.ties ?? NO_TIES)
        : null;
      const metrics = actorLevel ? selectNodeMetrics(state) : null;
      return actorTableOf(
        index,
        shown.actors,
        shown.statements,
        ties,
        metrics ? metricColumnsOf(metrics) : NO_COLUMNS,
      );
    }
    case 'claims':
      return claimTableOf(index, shown.claims, shown.statements);
  }
}
