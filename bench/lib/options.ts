// The bench's paths, its command-line options and its fixed limits: runs, time budgets, timeouts.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../generate';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(BENCH_DIR, '..');
export const APP_DIST = join(ROOT, 'dist');
export const PLAIN_DIST = join(DATA_DIR, 'dist-plain');
export const PROFILE_APP_DIST = join(DATA_DIR, 'dist-profile-app');
export const PROFILE_PLAIN_DIST = join(DATA_DIR, 'dist-profile-plain');
export const VIEWPORT = { width: 1280, height: 800 };
export const RELOAD_SIZE = 10_000;
export const RELOADS = 10;

/** What the command line asked for (parsed in bench/run.ts). */
export interface BenchOptions {
  sizes: number[];
  /** --runs: this many runs at every size instead of the default. */
  runs?: number;
  profile: boolean;
  /** Profile at this size (with --profile-parts, these parts) instead of the automatic choice. */
  profileSize?: number;
  profileParts?: string[];
  reloadTest: boolean;
}

/** Runs at a size: --runs, else 5 up to 10,000 statements and 3 above. */
export const runsFor = (options: BenchOptions, size: number) =>
  options.runs ?? (size <= 10_000 ? 5 : 3);
/** How long one load may take before the run is stopped (ms). */
export const timeoutFor = (size: number) =>
  size >= 50_000 ? 180_000 : size >= 10_000 ? 200_000 : 90_000;
/**
 * Seconds each size may take. Runs stop early (after at least one) when the next would go past
 * it, so the whole bench stays near 15 minutes even while a load takes minutes.
 */
const BUDGET_S: Record<number, number> = { 100: 60, 2_000: 150, 10_000: 300, 50_000: 300 };
export const budgetFor = (size: number) => BUDGET_S[size] ?? 180;
/** Above this median 10,000 load, the reload test uses a grid layout so that 11 loads fit. */
export const RELOAD_SLOW_MS = 20_000;
/** The CPU profile runs at the largest size whose loads take at most this (ms). */
export const PROFILE_MAX_MS = 30_000;

/** How long one interaction may take before it counts as failed (ms). */
export const STEP_TIMEOUT = 60_000;
