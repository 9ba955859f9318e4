// The one edit path of the workbench: pure operations on a dataset. Each returns the new dataset
// and the change that led there (undone with invertChange), or the problems that refuse it; a
// refused edit changes nothing. Every edit is checked by the rules of an opened file
// (docs/FORMAT.md), plus a few a form needs (a name that is not blank, no merge into itself).
import {
  applyChange,
  type Change,
  type Collection,
  type DatasetRecord,
  type Patch,
} from './changes';
import { uniqueId } from './ids';
import { checkEditedDataset, formatPath, type Problem } from './parseDataset';
import { spanAfterTextEdit } from './quotes';
import {
  quoteValue,
  type Actor,
  type Claim,
  type Dataset,
  type Source,
  type Statement,
} from './schema';

/** Fields of a record as a form gives them; `undefined` removes a field. Unknown fields stay. */
export type Fields<T> = { [K in keyof T]?: T[K] | undefined } & Record<string, unknown>;

/** Everything the app can do to a dataset. */
export type Edit =
  | { type: 'addActor'; fields: Fields<Omit<Actor, 'id'>> & Pick<Actor, 'name' | 'kind'> }
  | { type: 'addClaim'; fields: Fields<Omit<Claim, 'id'>> & Pick<Claim, 'text'> }
  | {
      type: 'addStatement';
      fields: Fields<Omit<Statement, 'id'>> & Pick<Statement, 'stance'>;
      /** An actor made with the statement (one step of the history); its id becomes `actor`. */
      newActor?: Fields<Omit<Actor, 'id'>> & Pick<Actor, 'name' | 'kind'>;
      /** A claim made with the statement; its id becomes `claim`. */
      newClaim?: Fields<Omit<Claim, 'id'>> & Pick<Claim, 'text'>;
    }
  | { type: 'addSource'; fields: Fields<Omit<Source, 'id'>> }
  | { type: 'update'; collection: Collection; id: string; fields: Fields<DatasetRecord> }
  | { type: 'delete'; collection: Collection; id: string }
  | { type: 'mergeActors'; keep: string; remove: string }
  | { type: 'mergeClaims'; keep: string; remove: string }
  | { type: 'setTitle'; title: string };

/** A reason an edit is refused: where (a JSON path), the form field when it is the edited record's. */
export interface EditProblem extends Problem {
  /** The field of the edited record the problem is in, e.g. "name" or "date"; null elsewhere. */
  field: string | null;
}

/** The record an add made, so the app can select it. */
export type Created = { collection: Collection; id: string } | null;

export type EditOutcome =
  | { ok: true; dataset: Dataset; change: Change; created: Created }
  | { ok: false; problems: EditProblem[] };

const NOUN: Readonly<Record<Collection, string>> = {
  actors: 'actor',
  claims: 'claim',
  statements: 'statement',
  sources: 'source',
};

const MAX_LABEL_TEXT = 40;

function short(text: string): string {
  return text.length > MAX_LABEL_TEXT ? `${text.slice(0, MAX_LABEL_TEXT - 1)}…` : text;
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * How a record is named in a change's label: an actor's name, a claim's text, a source's title, a
 * statement as who took which stance on what ("Alice asserts: The bridge is unsafe").
 */
function nameOf(
  collection: Collection,
  record: DatasetRecord,
  dataset?: Pick<Dataset, 'actors' | 'claims'>,
): string {
  if (collection === 'actors') return `"${short((record as Actor).name)}"`;
  if (collection === 'claims') return `"${short((record as Claim).text)}"`;
  if (collection === 'sources') return `"${short((record as Source).title ?? record.id)}"`;
  const statement = record as Statement;
  const actor = dataset?.actors.find((a) => a.id === statement.actor)?.name ?? statement.actor;
  const claim = dataset?.claims.find((c) => c.id === statement.claim)?.text ?? statement.claim;
  return `"${actor} ${statement.stance}: ${short(claim)}"`;
}

function listOf(dataset: Dataset, collection: Collection): readonly DatasetRecord[] {
  return dataset[collection] ?? [];
}

function indexOfId(list: readonly DatasetRecord[], id: string): number {
  return list.findIndex((record) => record.id === id);
}

/**
 * Returns a copy of the record with the fields set (undefined removes one), key order kept. A
 * field is defined, not assigned: a new field named "__proto__" is a field, not the prototype.
 */
function withFields<T extends object>(record: T, fields: Record<string, unknown>): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete next[key];
    else if (Object.hasOwn(next, key)) next[key] = value;
    else
      Object.defineProperty(next, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return next as T;
}

function refuse(path: string, message: string, field: string | null = null): EditOutcome {
  return { ok: false, problems: [{ path, message, field }] };
}

/** Collects the steps of one change; records it inserts or replaces are checked afterwards. */
class ChangeBuilder {
  readonly patches: Patch[] = [];
  readonly edited = new Set<object>();

  constructor(private readonly dataset: Dataset) {}

  replace(collection: Collection, index: number, after: DatasetRecord): void {
    const before = listOf(this.dataset, collection)[index]!;
    this.patches.push({ op: 'replace', collection, index, before, after });
    this.edited.add(after);
  }

  /** Appends a record to its list, creating the list when the dataset has none (sources). */
  append(collection: Collection, record: DatasetRecord): void {
    const list = this.dataset[collection];
    if (list === undefined)
      this.patches.push({ op: 'field', key: collection, before: undefined, after: [] });
    this.patches.push({ op: 'insert', collection, index: list?.length ?? 0, record });
    this.edited.add(record);
  }

  /** Removes records by their index in the dataset as it was; the last first, so indices hold. */
  remove(collection: Collection, indices: Iterable<number>): void {
    const list = listOf(this.dataset, collection);
    for (const index of [...new Set(indices)].sort((x, y) => y - x)) {
      this.patches.push({ op: 'remove', collection, index, record: list[index]! });
    }
  }

  field(key: string, after: unknown): void {
    const before: unknown = Object.prototype.hasOwnProperty.call(this.dataset, key)
      ? (this.dataset as unknown as Record<string, unknown>)[key]
      : undefined;
    this.patches.push({ op: 'field', key, before, after });
  }
}

/** Field names of the edited record's problems, for the form; other records' problems keep null. */
function problemsOf(
  problems: readonly Problem[],
  edited: { collection: Collection; index: number } | null,
): EditProblem[] {
  const prefix = edited ? formatPath([edited.collection, edited.index]) : null;
  return problems.map((problem) => {
    let field: string | null = null;
    if (prefix !== null && problem.path.startsWith(prefix)) {
      const rest = problem.path.slice(prefix.length);
      const match = /^\.([A-Za-z_$][\w$]*)|^\["((?:[^"\\]|\\.)*)"\]/.exec(rest);
      field = match ? (match[1] ?? (JSON.parse(`"${match[2]}"`) as string)) : null;
    }
    return { ...problem, field };
  });
}

/**
 * Checks the change by the format's rules and returns the outcome. `focus` names the record the
 * form edits, so its problems are put at its fields.
 */
function finish(
  dataset: Dataset,
  builder: ChangeBuilder,
  label: string,
  focus: { collection: Collection; record: DatasetRecord } | null,
  created: Created,
): EditOutcome {
  const change: Change = { label, patches: builder.patches };
  const next = applyChange(dataset, change);
  const problems = checkEditedDataset(next, builder.edited);
  if (problems.length > 0) {
    const index = focus ? listOf(next, focus.collection).indexOf(focus.record) : -1;
    return {
      ok: false,
      problems: problemsOf(
        problems,
        focus && index >= 0 ? { collection: focus.collection, index } : null,
      ),
    };
  }
  return { ok: true, dataset: next, change, created };
}

/** Ids taken in the space a new record of this list goes into (actors and claims share one). */
function takenIds(dataset: Dataset, collection: Collection): Set<string> {
  if (collection === 'actors' || collection === 'claims')
    return new Set([...dataset.actors, ...dataset.claims].map((record) => record.id));
  return new Set(listOf(dataset, collection).map((record) => record.id));
}

/** Form rules beyond the format: a name or text must say something. */
function blankProblem(
  collection: Collection,
  index: number,
  fields: Record<string, unknown>,
): EditOutcome | null {
  const key = collection === 'actors' ? 'name' : collection === 'claims' ? 'text' : null;
  if (key === null || !(key in fields)) return null;
  const value = fields[key];
  if (typeof value === 'string' && value.trim() === '')
    return refuse(formatPath([collection, index, key]), `the ${key} is empty`, key);
  return null;
}

/** The text a new record's id is made from: a name, a text, a title. */
function idTextOf(collection: Collection, fields: Record<string, unknown>): string {
  const key = collection === 'actors' ? 'name' : collection === 'claims' ? 'text' : 'title';
  return String(fields[key] ?? '');
}

/** Appends a new record with a readable id not in `taken` (which then holds it too). */
function appendNew(
  builder: ChangeBuilder,
  collection: Collection,
  fields: Record<string, unknown>,
  idText: string,
  taken: Set<string>,
): DatasetRecord {
  const id = uniqueId(idText, taken, NOUN[collection]);
  taken.add(id);
  const record = withFields({ id } as DatasetRecord, fields);
  builder.append(collection, record);
  return record;
}

function add(
  dataset: Dataset,
  collection: Collection,
  fields: Record<string, unknown>,
): EditOutcome {
  const blank = blankProblem(collection, listOf(dataset, collection).length, fields);
  if (blank) return blank;
  const builder = new ChangeBuilder(dataset);
  const taken = takenIds(dataset, collection);
  const record = appendNew(builder, collection, fields, idTextOf(collection, fields), taken);
  return finish(
    dataset,
    builder,
    `Add ${NOUN[collection]} ${nameOf(collection, record)}`,
    { collection, record },
    { collection, id: record.id },
  );
}

/** A blank name or text of a record made with a statement, put at the statement's field. */
function blankAt(field: string, outcome: EditOutcome | null): EditOutcome | null {
  if (!outcome || outcome.ok) return outcome;
  return { ok: false, problems: outcome.problems.map((problem) => ({ ...problem, field })) };
}

/**
 * A statement, and with it the actor or claim it names when they are new: one step, undone
 * together. Its id says who took which stance on what: "zelensky-asserts-north-korea-is-sending".
 */
function addStatement(
  dataset: Dataset,
  edit: Extract<Edit, { type: 'addStatement' }>,
): EditOutcome {
  const blank =
    (edit.newActor &&
      blankAt('actor', blankProblem('actors', dataset.actors.length, edit.newActor))) ||
    (edit.newClaim &&
      blankAt('claim', blankProblem('claims', dataset.claims.length, edit.newClaim)));
  if (blank) return blank;
  const builder = new ChangeBuilder(dataset);
  const entities = takenIds(dataset, 'actors');
  const fields: Record<string, unknown> = { ...edit.fields };
  if (edit.newActor)
    fields.actor = appendNew(builder, 'actors', edit.newActor, edit.newActor.name, entities).id;
  if (edit.newClaim)
    fields.claim = appendNew(builder, 'claims', edit.newClaim, edit.newClaim.text, entities).id;
  const actorName = edit.newActor?.name ?? dataset.actors.find((a) => a.id === fields.actor)?.name;
  const claimText = edit.newClaim?.text ?? dataset.claims.find((c) => c.id === fields.claim)?.text;
  const idText = [actorName ?? fields.actor, fields.stance, claimText ?? fields.claim].join(' ');
  const record = appendNew(builder, 'statements', fields, idText, takenIds(dataset, 'statements'));
  const made = [edit.newActor ? 'actor' : null, edit.newClaim ? 'claim' : null].filter(Boolean);
  const label =
    `Add statement "${actorName ?? String(fields.actor)} ${String(fields.stance)}: ${short(String(claimText ?? fields.claim))}"` +
    (made.length > 0 ? ` with a new ${made.join(' and ')}` : '');
  return finish(
    dataset,
    builder,
    label,
    { collection: 'statements', record },
    {
      collection: 'statements',
      id: record.id,
    },
  );
}

function update(
  dataset: Dataset,
  collection: Collection,
  id: string,
  fields: Record<string, unknown>,
): EditOutcome {
  const list = listOf(dataset, collection);
  const index = indexOfId(list, id);
  if (index < 0) return refuse(collection, `no ${NOUN[collection]} with id ${quoteValue(id)}`);
  if ('id' in fields && fields.id !== id)
    return refuse(formatPath([collection, index, 'id']), 'an id cannot be changed', 'id');
  const blank = blankProblem(collection, index, fields);
  if (blank) return blank;
  const before = list[index]!;
  const after = withFields(before, fields);
  const builder = new ChangeBuilder(dataset);
  builder.replace(collection, index, after);
  if (collection === 'sources')
    followSourceText(builder, dataset, before as Source, after as Source);
  const renamed =
    collection === 'actors' && (before as Actor).name !== (after as Actor).name
      ? `Rename actor ${nameOf(collection, before)} to ${nameOf(collection, after)}`
      : `Edit ${NOUN[collection]} ${nameOf(collection, after, dataset)}`;
  return finish(dataset, builder, renamed, { collection, record: after }, null);
}

/**
 * Moves the spans into a source's text along with an edit of that text, in the same change: the
 * words of each statement keep their place; a span whose words the edit took out, or into a text
 * that is gone, is dropped (the statement keeps its quote, and the quote check lists it).
 */
function followSourceText(
  builder: ChangeBuilder,
  dataset: Dataset,
  before: Source,
  after: Source,
): void {
  if (before.text === after.text) return;
  dataset.statements.forEach((statement, i) => {
    if (statement.source !== before.id || statement.span === undefined) return;
    const span =
      before.text === undefined || after.text === undefined
        ? null
        : spanAfterTextEdit(before.text, after.text, statement.span, statement.quote);
    if (span && span[0] === statement.span[0] && span[1] === statement.span[1]) return;
    builder.replace(
      'statements',
      i,
      withFields(statement, { span: span ? [span[0], span[1]] : undefined }),
    );
  });
}

/** Indices of the records of a list that satisfy a test. */
function indicesWhere<T>(list: readonly T[], test: (item: T) => boolean): number[] {
  const indices: number[] = [];
  list.forEach((item, i) => {
    if (test(item)) indices.push(i);
  });
  return indices;
}

/** Returns the list without `id`, or the same list when it does not hold it. */
function without(list: readonly string[] | undefined, id: string): string[] | undefined {
  return list?.includes(id) ? list.filter((x) => x !== id) : undefined;
}

/**
 * Drops every reference to an actor that is going: from other actors' memberOf and from claims'
 * about. Lists stay, empty if need be (as the JSON export does).
 */
function dropActorReferences(builder: ChangeBuilder, dataset: Dataset, id: string): void {
  dataset.actors.forEach((actor, index) => {
    const memberOf = without(actor.memberOf, id);
    if (memberOf && actor.id !== id) builder.replace('actors', index, { ...actor, memberOf });
  });
  dataset.claims.forEach((claim, index) => {
    const about = without(claim.about, id);
    if (about) builder.replace('claims', index, { ...claim, about });
  });
}

/** What goes with a record when it is deleted, for the label and for the question before. */
export function deletionConsequences(
  dataset: Dataset,
  collection: Collection,
  id: string,
): { statements: number } {
  if (collection === 'actors')
    return { statements: dataset.statements.filter((s) => s.actor === id).length };
  if (collection === 'claims')
    return { statements: dataset.statements.filter((s) => s.claim === id).length };
  return { statements: 0 };
}

function remove(dataset: Dataset, collection: Collection, id: string): EditOutcome {
  const list = listOf(dataset, collection);
  const index = indexOfId(list, id);
  if (index < 0) return refuse(collection, `no ${NOUN[collection]} with id ${quoteValue(id)}`);
  const record = list[index]!;
  const builder = new ChangeBuilder(dataset);
  let label = `Delete ${NOUN[collection]} ${nameOf(collection, record, dataset)}`;
  if (collection === 'actors' || collection === 'claims') {
    const key = collection === 'actors' ? 'actor' : 'claim';
    const statements = indicesWhere(dataset.statements, (s) => s[key] === id);
    if (collection === 'actors') dropActorReferences(builder, dataset, id);
    builder.remove('statements', statements);
    if (statements.length > 0) label += ` and its ${countOf(statements.length, 'statement')}`;
  }
  if (collection === 'sources') {
    // Statements keep their quotes; the citation and the span into the source's text go.
    dataset.statements.forEach((statement, i) => {
      if (statement.source === id)
        builder.replace(
          'statements',
          i,
          withFields(statement, { source: undefined, span: undefined }),
        );
    });
  }
  builder.remove(collection, [index]);
  return finish(dataset, builder, label, null, null);
}

function unionOf(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))];
}

type MergePair<T> = { keepIndex: number; removeIndex: number; kept: T; gone: T };

/** Finds the two records of a merge, or the reason there is no such merge. */
function mergePair<C extends 'actors' | 'claims'>(
  dataset: Dataset,
  collection: C,
  keepId: string,
  removeId: string,
): MergePair<Dataset[C][number]> | EditOutcome {
  const noun = NOUN[collection];
  if (keepId === removeId)
    return refuse(collection, `${withArticle(noun)} cannot be merged into itself`);
  const list: readonly Dataset[C][number][] = dataset[collection];
  const keepIndex = indexOfId(list, keepId);
  const removeIndex = indexOfId(list, removeId);
  if (keepIndex < 0) return refuse(collection, `no ${noun} with id ${quoteValue(keepId)}`);
  if (removeIndex < 0) return refuse(collection, `no ${noun} with id ${quoteValue(removeId)}`);
  return { keepIndex, removeIndex, kept: list[keepIndex]!, gone: list[removeIndex]! };
}

const withArticle = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/**
 * Moves the statements of one actor or claim to another, removes it, and returns the outcome
 * labelled "Merge … into … (n statements)".
 */
function finishMerge<C extends 'actors' | 'claims'>(
  dataset: Dataset,
  builder: ChangeBuilder,
  collection: C,
  pair: MergePair<Dataset[C][number]>,
): EditOutcome {
  const key = collection === 'actors' ? 'actor' : 'claim';
  const moved = indicesWhere(dataset.statements, (s) => s[key] === pair.gone.id);
  for (const i of moved)
    builder.replace('statements', i, { ...dataset.statements[i]!, [key]: pair.kept.id });
  builder.remove(collection, [pair.removeIndex]);
  const label =
    `Merge ${nameOf(collection, pair.gone)} into ${nameOf(collection, pair.kept)}` +
    (moved.length > 0 ? ` (${countOf(moved.length, 'statement')})` : '');
  return finish(dataset, builder, label, null, null);
}

/**
 * Merges actor `removeId` into `keepId`: its statements, the memberOf and about references to it
 * move to the kept actor, its name and aliases join the kept actor's aliases, its own memberOf
 * joins the kept actor's; then it is deleted.
 */
function mergeActors(dataset: Dataset, keepId: string, removeId: string): EditOutcome {
  const pair = mergePair(dataset, 'actors', keepId, removeId);
  if ('ok' in pair) return pair;
  const { kept, gone, keepIndex, removeIndex } = pair;
  const builder = new ChangeBuilder(dataset);
  const moveRef = (ids: readonly string[]) =>
    unionOf(ids.map((x) => (x === removeId ? keepId : x)));

  dataset.actors.forEach((actor, index) => {
    if (index === removeIndex) return;
    if (index === keepIndex) {
      const aliases = unionOf(kept.aliases, [gone.name], gone.aliases).filter(
        (a) => a !== kept.name,
      );
      const memberOf = unionOf(kept.memberOf, gone.memberOf).filter(
        (x) => x !== keepId && x !== removeId,
      );
      builder.replace('actors', index, {
        ...kept,
        ...(aliases.length > 0 || kept.aliases ? { aliases } : {}),
        ...(memberOf.length > 0 || kept.memberOf ? { memberOf } : {}),
      });
    } else if (actor.memberOf?.includes(removeId)) {
      builder.replace('actors', index, { ...actor, memberOf: moveRef(actor.memberOf) });
    }
  });
  dataset.claims.forEach((claim, index) => {
    if (claim.about?.includes(removeId))
      builder.replace('claims', index, { ...claim, about: moveRef(claim.about) });
  });
  return finishMerge(dataset, builder, 'actors', pair);
}

/** Merges claim `removeId` into `keepId`: its statements and about move over, then it goes. */
function mergeClaims(dataset: Dataset, keepId: string, removeId: string): EditOutcome {
  const pair = mergePair(dataset, 'claims', keepId, removeId);
  if ('ok' in pair) return pair;
  const { kept, gone, keepIndex } = pair;
  const builder = new ChangeBuilder(dataset);
  if (gone.about && gone.about.some((id) => !kept.about?.includes(id)))
    builder.replace('claims', keepIndex, { ...kept, about: unionOf(kept.about, gone.about) });
  return finishMerge(dataset, builder, 'claims', pair);
}

function setTitle(dataset: Dataset, title: string): EditOutcome {
  const builder = new ChangeBuilder(dataset);
  builder.field('title', title.trim() === '' ? undefined : title);
  return finish(dataset, builder, 'Rename the dataset', null, null);
}

/**
 * Returns the dataset after the edit and the change that made it (invertChange undoes it), or
 * the problems that refuse it, each with its JSON path and, for the edited record, its field.
 * Never throws, never modifies `dataset`.
 */
export function applyEdit(dataset: Dataset, edit: Edit): EditOutcome {
  switch (edit.type) {
    case 'addActor':
      return add(dataset, 'actors', edit.fields);
    case 'addClaim':
      return add(dataset, 'claims', edit.fields);
    case 'addStatement':
      return addStatement(dataset, edit);
    case 'addSource':
      return add(dataset, 'sources', edit.fields);
    case 'update':
      return update(dataset, edit.collection, edit.id, edit.fields);
    case 'delete':
      return remove(dataset, edit.collection, edit.id);
    case 'mergeActors':
      return mergeActors(dataset, edit.keep, edit.remove);
    case 'mergeClaims':
      return mergeClaims(dataset, edit.keep, edit.remove);
    case 'setTitle':
      return setTitle(dataset, edit.title);
  }
}

/** Returns an empty dataset with a title: what "New dataset" starts from. */
export function emptyDataset(title: string): Dataset {
  const dataset: Dataset = {
    format: 'stancegraph',
    version: 1,
    actors: [],
    claims: [],
    statements: [],
  };
  return title.trim() === '' ? dataset : { ...dataset, title: title.trim() };
}
