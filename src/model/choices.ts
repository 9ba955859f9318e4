/**
 * Returns a check that a string (from a link or from storage) is one of a list of choices, typed
 * as that choice.
 */
export function isOneOf<T extends string>(choices: readonly T[]): (value: string) => value is T {
  return (value: string): value is T => (choices as readonly string[]).includes(value);
}
