import { affiliationKey, type Visibility } from './filters';
import type { GraphIndex } from './graphIndex';
import type { Selection } from './selection';
import type { TieEdge } from './tieEdges';

/**
 * Returns the nodes within `depth` steps of the start nodes, walking the given undirected edges.
 * Node ids are dataset ids: actors and claims share one id space, so they never collide.
 */
export function neighbourhood(
  start: Iterable<string>,
  edges: Iterable<readonly [string, string]>,
  depth: number,
): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = adjacent.get(from);
    if (list) list.push(to);
    else adjacent.set(from, [to]);
  };
  for (const [a, b] of edges) {
    link(a, b);
    link(b, a);
  }
  const reached = new Set(start);
  let frontier = [...reached];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of adjacent.get(node) ?? []) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return reached;
}

function claimsViewStart(index: GraphIndex, selection: Selection): string[] {
  if (!selection || selection.type === 'tie') return [];
  if (selection.type !== 'statement') return [selection.id];
  const statement = index.statementById.get(selection.id);
  return statement ? [statement.actor, statement.claim] : [];
}

/**
 * Returns what the claims view shows when focused: the shown nodes within `depth` steps of the
 * selection, and the shown statements and affiliations between them. Without a shown node to
 * start from, nothing is narrowed.
 */
export function focusClaimsView(
  index: GraphIndex,
  visibility: Visibility,
  selection: Selection,
  depth: number,
): Visibility {
  const shownStatements = [...visibility.statements].flatMap((id) => {
    const statement = index.statementById.get(id);
    return statement ? [statement] : [];
  });
  const shownAffiliations: (readonly [string, string])[] = [];
  for (const actor of index.dataset.actors) {
    for (const member of actor.memberOf ?? []) {
      if (visibility.affiliations.has(affiliationKey(actor.id, member)))
        shownAffiliations.push([actor.id, member]);
    }
  }
  const edges = [...shownStatements.map((s) => [s.actor, s.claim] as const), ...shownAffiliations];
  const start = claimsViewStart(index, selection).filter(
    (id) => visibility.actors.has(id) || visibility.claims.has(id),
  );
  // A focus on something the filters hide (or the view does not draw) would show nothing at all.
  if (start.length === 0) return visibility;
  const region = neighbourhood(start, edges, depth);
  return {
    actors: new Set([...visibility.actors].filter((id) => region.has(id))),
    claims: new Set([...visibility.claims].filter((id) => region.has(id))),
    statements: new Set(
      shownStatements.filter((s) => region.has(s.actor) && region.has(s.claim)).map((s) => s.id),
    ),
    affiliations: new Set(
      shownAffiliations
        .filter(([a, b]) => region.has(a) && region.has(b))
        .map(([a, b]) => affiliationKey(a, b)),
    ),
  };
}

/**
 * Returns the actors the actor view shows when focused: those within `depth` ties of the selected
 * actor or tie; all of them when the selection is not a shown actor or tie.
 */
export function focusActorsView(
  shownActors: ReadonlySet<string>,
  ties: readonly TieEdge[],
  selection: Selection,
  depth: number,
): Set<string> {
  const start =
    selection?.type === 'actor'
      ? [selection.id]
      : selection?.type === 'tie'
        ? [selection.a, selection.b]
        : [];
  const shownStart = start.filter((id) => shownActors.has(id));
  if (shownStart.length === 0) return new Set(shownActors);
  const region = neighbourhood(
    shownStart,
    ties.map((t) => [t.a, t.b] as const),
    depth,
  );
  return new Set([...shownActors].filter((id) => region.has(id)));
}
