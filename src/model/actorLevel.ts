// "Actors as": the level at which the actor view counts statements. Discourse network analysts
// often code people but compare the organisations they speak for (DNA's "person" and
// "organization" variables), or compare by an attribute such as party; each statement then
// counts for the node its actor belongs to at that level.
import type { GraphIndex } from './graphIndex';
import type { Actor, ActorKind } from './schema';
import { compareStrings } from './ties';

/**
 * `actors`: every coded actor is its own node. `organisations`: a statement counts for its actor's
 * first `memberOf` (actors without one stay themselves). `attribute:<key>`: actors with the same
 * value of that attribute form one node (actors without it stay themselves).
 */
export type ActorLevel = 'actors' | 'organisations' | `attribute:${string}`;

export const DEFAULT_ACTOR_LEVEL: ActorLevel = 'actors';

/** A value an attribute can hold (FORMAT.md "Attributes"). */
export type AttributeValue = string | number | boolean;

/** One node of the actor view at a level: an actor, or a group of actors. */
export interface ActorNode {
  /** An actor id, or for a group of an attribute value an id no actor or claim has. */
  readonly id: string;
  readonly label: string;
  /** How it is drawn: the actor's kind, or `group` for a group of an attribute value. */
  readonly kind: ActorKind;
  /** The actors whose statements count for this node, in file order. */
  readonly members: readonly string[];
  /** The dataset actor this node is; absent for a group of an attribute value. */
  readonly actor?: string;
  /** For a group of an attribute value: which attribute and value. */
  readonly attribute?: { readonly key: string; readonly value: AttributeValue };
}

/** The nodes of one level and which node each actor counts for. */
export interface ActorGrouping {
  readonly level: ActorLevel;
  /** Every node, in the order of their first member in the file. */
  readonly nodes: ReadonlyMap<string, ActorNode>;
  /** Actor id → the id of the node its statements count for. */
  readonly nodeOf: ReadonlyMap<string, string>;
}

// The fields FORMAT.md gives actors; every other string, number or boolean field is an attribute.
const ACTOR_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'kind',
  'role',
  'memberOf',
  'aliases',
  'country',
]);

function isAttributeValue(value: unknown): value is AttributeValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Returns an actor's attributes (FORMAT.md): its other string, number and boolean fields. */
export function actorAttributes(actor: Actor): [key: string, value: AttributeValue][] {
  return Object.entries(actor).filter(
    (entry): entry is [string, AttributeValue] =>
      !ACTOR_FIELDS.has(entry[0]) && isAttributeValue(entry[1]),
  );
}

/** Returns the value of one attribute of an actor, or undefined when it has none. */
export function actorAttribute(actor: Actor, key: string): AttributeValue | undefined {
  if (ACTOR_FIELDS.has(key) || !Object.hasOwn(actor, key)) return undefined;
  const value: unknown = (actor as Record<string, unknown>)[key];
  return isAttributeValue(value) ? value : undefined;
}

/** Returns the names of every actor attribute of the dataset, sorted. */
export function actorAttributeKeys(index: GraphIndex): string[] {
  const keys = new Set<string>();
  for (const actor of index.dataset.actors) {
    for (const [key] of actorAttributes(actor)) keys.add(key);
  }
  return [...keys].sort(compareStrings);
}

/** The level that groups by an attribute. */
export function attributeLevel(key: string): ActorLevel {
  return `attribute:${key}`;
}

/** Returns the attribute a level groups by, or null for the other levels. */
export function levelAttribute(level: ActorLevel): string | null {
  return level.startsWith('attribute:') ? level.slice('attribute:'.length) : null;
}

/** Returns whether a string (from a link or storage) names a level, of any dataset. */
export function isActorLevel(value: string): value is ActorLevel {
  return (
    value === 'actors' ||
    value === 'organisations' ||
    (value.startsWith('attribute:') && value.length > 'attribute:'.length)
  );
}

/**
 * Returns the level if the dataset has it, else the coded actors: a link or a session may name
 * an attribute that the dataset now open does not have.
 */
export function effectiveActorLevel(index: GraphIndex, level: ActorLevel): ActorLevel {
  const key = levelAttribute(level);
  return key === null || actorAttributeKeys(index).includes(key) ? level : DEFAULT_ACTOR_LEVEL;
}

/** The name of a level, as the "Actors as" choice shows it. */
export function actorLevelLabel(level: ActorLevel): string {
  if (level === 'actors') return 'Coded actors';
  if (level === 'organisations') return 'Organisations';
  return `Attribute: ${levelAttribute(level)}`;
}

/** Returns the id of a group node: JSON, so no attribute value can fake another's id. */
function groupId(key: string, value: AttributeValue, taken: (id: string) => boolean): string {
  let id = `attribute:${JSON.stringify([key, value])}`;
  // An actor or claim id may be any text, even this one; a suffix keeps the spaces apart.
  while (taken(id)) id = `${id}#`;
  return id;
}

/** The node an actor counts for at the organisations level: its first memberOf, or itself. */
function organisationOf(index: GraphIndex, actor: Actor): Actor {
  const first = (actor.memberOf ?? []).find((id) => id !== actor.id);
  return (first === undefined ? undefined : index.actorById.get(first)) ?? actor;
}

function actorNode(actor: Actor): Omit<ActorNode, 'members'> {
  return { id: actor.id, label: actor.name, kind: actor.kind, actor: actor.id };
}

/**
 * Returns the nodes of the actor view at a level and the node each actor counts for. Every actor
 * counts for exactly one node, and a node exists when some actor counts for it: at the
 * organisations level an organisation is a node through its members or because it counts for
 * itself, while a person who belongs to one is no node of its own.
 */
export function actorGrouping(index: GraphIndex, level: ActorLevel): ActorGrouping {
  const key = levelAttribute(level);
  const taken = (id: string) => index.actorById.has(id) || index.claimById.has(id);
  const nodes = new Map<string, Omit<ActorNode, 'members'> & { members: string[] }>();
  const nodeOf = new Map<string, string>();
  for (const actor of index.dataset.actors) {
    let node: Omit<ActorNode, 'members'>;
    if (level === 'organisations') node = actorNode(organisationOf(index, actor));
    else if (key !== null) {
      const value = actorAttribute(actor, key);
      node =
        value === undefined
          ? actorNode(actor)
          : {
              id: groupId(key, value, taken),
              label: String(value),
              kind: 'group',
              attribute: { key, value },
            };
    } else node = actorNode(actor);
    const existing = nodes.get(node.id);
    if (existing) existing.members.push(actor.id);
    else nodes.set(node.id, { ...node, members: [actor.id] });
    nodeOf.set(actor.id, node.id);
  }
  return { level, nodes, nodeOf };
}
