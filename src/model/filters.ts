import { dayRangeOf, statementDaysOf } from './days';
import { polarityOf, type GraphIndex } from './graphIndex';
import { ACTOR_KINDS, isRealDate } from './formatRules';
import type { ActorKind } from './schema';

/** What the user has switched off or narrowed; the graph shows what passes all of it. */
export interface FilterState {
  /** Stance ids switched off. */
  hiddenStances: readonly string[];
  /** Actor kinds switched off. */
  hiddenKinds: readonly ActorKind[];
  /** Full or partial ISO date, or null for an open start. */
  dateFrom: string | null;
  /** Full or partial ISO date, or null for an open end. */
  dateTo: string | null;
  /** Whether statements without a date stay visible while a date range is set. */
  includeUndated: boolean;
  /** Show only claims that are both affirmed and rejected. */
  contestedOnly: boolean;
  /** Hide actors and claims left without any visible edge. */
  hideIsolated: boolean;
  /** Show actor → actor memberOf ties. */
  showAffiliations: boolean;
  /**
   * The actor view: show actors without a drawn tie. Off by default: on real data they are many,
   * and would fill the picture with a grid of unconnected nodes (a note says how many are hidden).
   */
  showUntied: boolean;
}

/** Everything shown. */
export const DEFAULT_FILTERS: FilterState = {
  hiddenStances: [],
  hiddenKinds: [],
  dateFrom: null,
  dateTo: null,
  includeUndated: true,
  contestedOnly: false,
  hideIsolated: false,
  showAffiliations: true,
  showUntied: false,
};

/** The ids that pass the filters. */
export interface Visibility {
  actors: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  statements: ReadonlySet<string>;
  /** affiliationKey(actor, member) of every shown memberOf tie. */
  affiliations: ReadonlySet<string>;
}

/**
 * Returns the key of the memberOf tie from `actorId` to `memberId` (the group it belongs to). Ids
 * are free text, so the key is a JSON array rather than a joined string that "a|b" could fake.
 */
export function affiliationKey(actorId: string, memberId: string): string {
  return JSON.stringify([actorId, memberId]);
}

/**
 * Returns true when the claim has at least one statement of polarity +1 and one of -1, counted over
 * all of its statements: whether a claim is contested is a fact of the data, not of the filters.
 */
export function isContested(index: GraphIndex, claimId: string): boolean {
  let positive = false;
  let negative = false;
  for (const statement of index.statementsByClaim.get(claimId) ?? []) {
    const polarity = polarityOf(index, statement);
    if (polarity > 0) positive = true;
    else if (polarity < 0) negative = true;
    if (positive && negative) return true;
  }
  return false;
}

/**
 * Returns a predicate telling whether the statement at position `i` of the dataset passes the
 * filters' date range. Dates are compared as day numbers computed once per dataset (days.ts), so
 * a moving date window costs integer comparisons, not date parsing.
 */
function datePredicate(index: GraphIndex, filters: FilterState): (i: number) => boolean {
  const { includeUndated } = filters;
  // A bound that is not a real date (say "" from a cleared date input) leaves that side open
  // rather than throwing in the middle of rendering.
  const dateFrom =
    filters.dateFrom !== null && isRealDate(filters.dateFrom) ? filters.dateFrom : null;
  const dateTo = filters.dateTo !== null && isRealDate(filters.dateTo) ? filters.dateTo : null;
  if (dateFrom === null && dateTo === null) return () => true;
  // A partial bound covers its whole period (from "2024" = 2024-01-01).
  const fromDay = dateFrom === null ? -Infinity : dayRangeOf(dateFrom).start;
  const toDay = dateTo === null ? Infinity : dayRangeOf(dateTo).end;
  const { start, end, dated } = statementDaysOf(index);
  return (i) => (dated[i] === 0 ? includeUndated : end[i]! >= fromDay && start[i]! <= toDay);
}

/**
 * Returns the actors, claims, statements and affiliation ties that pass the filters.
 *
 * - An actor passes when its kind is not hidden; a claim passes when contestedOnly is off or the
 *   claim is contested (see isContested).
 * - A statement is visible when its stance is not hidden, its actor and claim pass, and its date
 *   passes the range: a dated statement when its (possibly partial) date shares a day with
 *   [dateFrom, dateTo]; an undated one always when no range is set, else only if includeUndated.
 *   A bound that is not a real date counts as open (null).
 * - A memberOf tie is visible when showAffiliations is on and both actors pass. Repeated memberOf
 *   entries are one tie; an actor listed as a member of itself draws no tie.
 * - hideIsolated then removes every actor and claim with no visible edge: no visible statement
 *   and, for actors, no visible memberOf tie in either direction. Removing a node that has no
 *   edge takes no edge away from any other node, so one pass reaches the fixed point and every
 *   statement and tie stays visible. Hence a state whose ministers speak stays, held by their ties,
 *   and so does a pair of silent actors joined by a tie (they are not isolated, they are a pair).
 */
export function computeVisibility(index: GraphIndex, filters: FilterState): Visibility {
  const hiddenKinds = new Set<string>(filters.hiddenKinds);
  const hiddenStances = new Set(filters.hiddenStances);
  const passesDate = datePredicate(index, filters);

  const actors = new Set<string>();
  for (const actor of index.dataset.actors) {
    if (!hiddenKinds.has(actor.kind)) actors.add(actor.id);
  }
  const claims = new Set<string>();
  for (const claim of index.dataset.claims) {
    if (!filters.contestedOnly || isContested(index, claim.id)) claims.add(claim.id);
  }

  const statements = new Set<string>();
  index.dataset.statements.forEach((statement, i) => {
    if (
      !hiddenStances.has(statement.stance) &&
      actors.has(statement.actor) &&
      claims.has(statement.claim) &&
      passesDate(i)
    ) {
      statements.add(statement.id);
    }
  });

  const affiliations = new Set<string>();
  // Actors at either end of a visible tie, for the isolation step.
  const tied = new Set<string>();
  if (filters.showAffiliations) {
    for (const actor of index.dataset.actors) {
      if (!actors.has(actor.id)) continue;
      for (const memberId of actor.memberOf ?? []) {
        if (memberId === actor.id || !actors.has(memberId)) continue;
        affiliations.add(affiliationKey(actor.id, memberId));
        tied.add(actor.id);
        tied.add(memberId);
      }
    }
  }

  if (filters.hideIsolated) {
    const speaking = new Set<string>();
    const discussed = new Set<string>();
    for (const id of statements) {
      const statement = index.statementById.get(id);
      if (!statement) continue;
      speaking.add(statement.actor);
      discussed.add(statement.claim);
    }
    for (const id of actors) if (!speaking.has(id) && !tied.has(id)) actors.delete(id);
    for (const id of claims) if (!discussed.has(id)) claims.delete(id);
  }

  return { actors, claims, statements, affiliations };
}

/**
 * Returns, for every stance of the vocabulary in force (in its order, 0 when unused), how many
 * statements use it (`total`) and how many of those are visible (`shown`). Pass `visibility` when
 * it is already computed for these filters.
 */
export function stanceCounts(
  index: GraphIndex,
  filters: FilterState,
  visibility: Visibility = computeVisibility(index, filters),
): Map<string, { shown: number; total: number }> {
  const counts = new Map<string, { shown: number; total: number }>();
  for (const stance of index.stances) counts.set(stance.id, { shown: 0, total: 0 });
  for (const statement of index.dataset.statements) {
    const count = counts.get(statement.stance);
    if (!count) continue;
    count.total += 1;
    if (visibility.statements.has(statement.id)) count.shown += 1;
  }
  return counts;
}

/**
 * Returns, for every actor kind (0 when unused), how many actors have it (`total`) and how many of
 * those are visible (`shown`). Pass `visibility` when it is already computed for these filters.
 */
export function kindCounts(
  index: GraphIndex,
  filters: FilterState,
  visibility: Visibility = computeVisibility(index, filters),
): Map<ActorKind, { shown: number; total: number }> {
  const counts = new Map<ActorKind, { shown: number; total: number }>();
  for (const kind of ACTOR_KINDS) counts.set(kind, { shown: 0, total: 0 });
  for (const actor of index.dataset.actors) {
    const count = counts.get(actor.kind);
    if (!count) continue;
    count.total += 1;
    if (visibility.actors.has(actor.id)) count.shown += 1;
  }
  return counts;
}
