// Where the real files of other tools are: ../shared/interop beside the repository (CI has it;
// elsewhere the tests that read them are skipped, saying why).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const INTEROP = resolve(repoRoot, '../shared/interop');
export const haveInterop = existsSync(INTEROP);
export const interopSkip = haveInterop
  ? false
  : `the real files of other tools are not at ${INTEROP}`;

export function interopBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(INTEROP, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(repoRoot, 'tests/fixtures', name), 'utf8');
}
