// The JSON export: what the filters show, written back as a stancegraph file that this app (and
// anything else reading docs/FORMAT.md) can load again.
import type { Visibility } from './filters';
import type { GraphIndex } from './graphIndex';
import type { Dataset, Source, Statement } from './schema';

/**
 * Returns a valid stancegraph dataset of what is shown: the shown actors, claims and statements in
 * file order, everything else of the original kept.
 *
 * - Every record is a deep copy of the original (structuredClone), so fields this version does not
 *   know survive at every level, and the export shares nothing with the loaded dataset.
 * - Top-level fields other than the three lists and `sources` are kept as they are, `stances`
 *   (a custom vocabulary) included: a statement's stance always stays resolvable.
 * - `sources`, when the original has the key, keeps the sources a kept statement cites, and those
 *   no statement cites at all (a source added to be coded: no filter hides it), in file order;
 *   the key stays, as an empty list if need be. Without the key, none is added.
 * - References that would dangle are removed: `memberOf` and `about` entries naming an actor that
 *   is not exported are dropped. A list that was there stays, even when it ends up empty (`[]`),
 *   so the export says "none of them is here" rather than losing the field.
 * - `memberOf` entries to exported actors stay even when the affiliation ties are switched off:
 *   that switch hides a drawing, not a fact of the data.
 * - A statement is exported only when its actor and claim are too, whatever `visibility` says, so
 *   a visibility that is not closed (a hand-made one) still gives a valid file.
 */
export function exportShownDataset(index: GraphIndex, visibility: Visibility): Dataset {
  const { dataset } = index;

  const actors = dataset.actors
    .filter((actor) => visibility.actors.has(actor.id))
    .map((actor) => {
      const copy = structuredClone(actor);
      if (copy.memberOf !== undefined)
        copy.memberOf = copy.memberOf.filter((id) => visibility.actors.has(id));
      return copy;
    });
  const actorIds = new Set(actors.map((actor) => actor.id));

  const claims = dataset.claims
    .filter((claim) => visibility.claims.has(claim.id))
    .map((claim) => {
      const copy = structuredClone(claim);
      if (copy.about !== undefined) copy.about = copy.about.filter((id) => actorIds.has(id));
      return copy;
    });
  const claimIds = new Set(claims.map((claim) => claim.id));

  const statements = dataset.statements
    .filter(
      (statement) =>
        visibility.statements.has(statement.id) &&
        actorIds.has(statement.actor) &&
        claimIds.has(statement.claim),
    )
    .map((statement) => structuredClone(statement));

  const replaced = new Map<string, unknown>([
    ['actors', actors],
    ['claims', claims],
    ['statements', statements],
  ]);
  if (dataset.sources !== undefined) {
    const citedBy = (list: readonly Statement[]) =>
      new Set(list.flatMap((s) => (s.source === undefined ? [] : [s.source])));
    const kept = citedBy(statements);
    const cited = citedBy(dataset.statements);
    replaced.set(
      'sources',
      dataset.sources
        .filter((source) => kept.has(source.id) || !cited.has(source.id))
        .map((s) => structuredClone(s)),
    );
  }
  // Rebuilt key by key, so the top-level fields keep their order and unknown ones come along.
  // Object.fromEntries defines own properties: a "__proto__" field stays a field.
  return Object.fromEntries(
    Object.entries(dataset).map(([key, value]) => [
      key,
      replaced.has(key) ? replaced.get(key) : structuredClone(value),
    ]),
  ) as Dataset;
}

/** Returns the dataset as JSON text: two-space indent and a final newline. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

/**
 * Returns how a source is named in a CSV cell or a graph attribute: "publisher: title", either
 * alone, or its id when it has neither. Shared by the CSV and graph exports; it lives here because
 * this module imports nothing, so neither export pulls in the other's library.
 */
export function sourceLabel(source: Source): string {
  const parts = [source.publisher, source.title].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return parts.length > 0 ? parts.join(': ') : source.id;
}
