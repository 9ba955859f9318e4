// The force layout draws on Math.random; seeding it from the graph makes the same data give the
// same picture on every machine and every visit.
import { mulberry32 } from '../model/seededRandom';

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
