/** What the details panel shows and the graph highlights. Ties exist only in the actor view. */
export type Selection =
  | { type: 'actor' | 'claim' | 'statement'; id: string }
  | { type: 'tie'; a: string; b: string }
  | null;

/** Returns whether two selections name the same thing. */
export function sameSelection(x: Selection, y: Selection): boolean {
  if (x === null || y === null) return x === y;
  if (x.type === 'tie' || y.type === 'tie')
    return x.type === 'tie' && y.type === 'tie' && x.a === y.a && x.b === y.b;
  return x.type === y.type && x.id === y.id;
}
