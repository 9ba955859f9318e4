/**
 * Returns `compute` remembering its last result: called again with arguments that are the same
 * objects (by identity), it returns that result without computing. Derived data (what the filters
 * show, the graph's elements) is recomputed only when what it is derived from changes.
 */
export function memoizeLast<Args extends readonly unknown[], R>(compute: (...args: Args) => R) {
  let lastArgs: Args | null = null;
  let lastResult!: R;
  return (...args: Args): R => {
    if (lastArgs === null || args.some((arg, i) => arg !== lastArgs![i])) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
