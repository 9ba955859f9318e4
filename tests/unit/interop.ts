// Where the real files of other tools are: ../shared/interop beside the repository (CI has it;
// elsewhere the tests that read them are skipped, saying why).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const INTEROP = resolve(repoRoot, '../shared/interop');
export const haveInterop = existsSync(INTEROP);
/** Why a test of the real files is skipped here, shown by the reporter. */
export const INTEROP_MISSING = `skipped: the real files of other tools are not at ${INTEROP}`;

/** Skips the calling test, saying why, when the real files of other tools are missing. */
export function needInterop(context: { skip: (condition: boolean, note?: string) => void }): void {
  context.skip(!haveInterop, INTEROP_MISSING);
}

export function interopBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(INTEROP, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(resolve(repoRoot, 'tests/fixtures', name), 'utf8');
}
