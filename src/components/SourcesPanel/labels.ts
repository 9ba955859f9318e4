import type { GraphIndex } from '../../model/graphIndex';
import type { Source, Statement } from '../../model/schema';
import { formatDate } from '../DetailsPanel/format';

const MAX_CLAIM_TEXT = 40;

/** The text cut at a word to about `max` characters, with an ellipsis when cut. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A statement in a few words: "Mark Rutte doubts: North Korean soldiers are fighting…". */
export function statementLabel(index: GraphIndex, statement: Statement): string {
  const actor = index.actorById.get(statement.actor)?.name ?? statement.actor;
  const stance = index.stanceById.get(statement.stance)?.label ?? statement.stance;
  const claim = index.claimById.get(statement.claim)?.text ?? statement.claim;
  const verb = stance.charAt(0).toLowerCase() + stance.slice(1);
  return `${actor} ${verb}: ${shortened(claim, MAX_CLAIM_TEXT)}`;
}

/** A source's name: its title, else its publisher, address or id. */
export function sourceName(source: Source): string {
  return source.title ?? source.publisher ?? source.url ?? source.id;
}

/** "TIME · 17 October 2024", or the empty string when neither is known. */
export function sourceFacts(source: Source): string {
  return [source.publisher, source.published && formatDate(source.published)]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' \u00B7 ');
}
