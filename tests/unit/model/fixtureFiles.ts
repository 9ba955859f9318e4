// Reading the shared fixtures of tests/fixtures (<case>.valid.json / <case>.invalid.json).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Returns the case names of the fixtures of one kind, sorted. */
export function fixtureCases(kind: 'valid' | 'invalid'): string[] {
  const suffix = `.${kind}.json`;
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();
}

/** Returns the text of tests/fixtures/<name>.<kind>.json. */
export function readFixture(name: string, kind: 'valid' | 'invalid'): string {
  return readFileSync(`${FIXTURE_DIR}${name}.${kind}.json`, 'utf8');
}
