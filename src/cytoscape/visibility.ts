import type { Visibility } from '../model/filters';
import type { ElementData } from './scene';

/** Whether an element of the claims view is shown under the filters' visibility. */
export function claimsViewPredicate(visibility: Visibility) {
  return (data: ElementData): boolean => {
    const ref = data.ref as string;
    switch (data.type) {
      case 'actor':
        return visibility.actors.has(ref);
      case 'claim':
        return visibility.claims.has(ref);
      case 'statement': {
        // A repeated statement's edge is shown while any of its statements is.
        const refs = data.refs as readonly string[] | undefined;
        return refs
          ? refs.some((id) => visibility.statements.has(id))
          : visibility.statements.has(ref);
      }
      case 'affiliation':
        return visibility.affiliations.has(ref);

      default:
        return true;
    }
  };
}

/** Whether an element of the actor view is shown: its actor, or both actors of its tie, are. */
export function actorsViewPredicate(shownActors: ReadonlySet<string>) {
  return (data: ElementData): boolean => {
    if (data.type === 'actor') return shownActors.has(data.ref as string);
    return shownActors.has(data.a as string) && shownActors.has(data.b as string);
  };
}

/** Whether an element of a plain network is shown: its node, or its edge, is in the shown sets. */
export function networkPredicate(shown: {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}) {
  return (data: ElementData): boolean => {
    const ref = data.ref as string;
    return data.type === 'link' ? shown.edges.has(ref) : shown.nodes.has(ref);
  };
}
