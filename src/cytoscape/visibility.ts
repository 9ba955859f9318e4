import type { SingularElementReturnValue } from 'cytoscape';
import type { Visibility } from '../model/filters';

/** Whether an element of the claims view is shown under the filters' visibility. */
export function claimsViewPredicate(visibility: Visibility) {
  return (element: SingularElementReturnValue): boolean => {
    const ref = element.data('ref') as string;
    switch (element.data('type')) {
      case 'actor':
        return visibility.actors.has(ref);
      case 'claim':
        return visibility.claims.has(ref);
      case 'statement': {
        // A repeated statement's edge is shown while any of its statements is.
        const refs = element.data('refs') as readonly string[] | undefined;
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
  return (element: SingularElementReturnValue): boolean => {
    if (element.data('type') === 'actor') return shownActors.has(element.data('ref') as string);
    return (
      shownActors.has(element.data('a') as string) && shownActors.has(element.data('b') as string)
    );
  };
}

/** Whether an element of a plain network is shown: its node, or its edge, is in the shown sets. */
export function networkPredicate(shown: {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}) {
  return (element: SingularElementReturnValue): boolean => {
    const ref = element.data('ref') as string;
    return element.isNode() ? shown.nodes.has(ref) : shown.edges.has(ref);
  };
}
