// The force layout draws on Math.random; seeding it from the graph makes the same data give the
// same picture on every machine and every visit.

/** Returns a fast, well-mixed pseudo-random generator of [0, 1) for a 32-bit seed (mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a 32-bit seed made from strings (FNV-1a), the same for the same strings in any order. */
export function seedOf(strings: Iterable<string>): number {
  let hash = 0x811c9dc5;
  for (const text of [...strings].sort()) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193); // a separator, so ["ab"] and ["a", "b"] differ
  }
  return hash >>> 0;
}

/**
 * Runs `work` with Math.random replaced by a generator seeded with `seed`, and puts the original
 * back even when it throws. Only for synchronous work: nothing else runs meanwhile.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
