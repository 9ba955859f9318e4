import type { EditHeapResult } from './editHeap';
// Shapes shared by the bench's modules: what the pages record, what a run measures, the results.

// What the pages record

export interface LongTask {
  start: number;
  duration: number;
}
export interface WorkerMessage {
  at: number;
  read: number;
  type?: string;
  phase?: string;
  /** An answer of a layout worker (it carries positions). */
  layout?: boolean;
}
export interface AppLoadOutcome {
  doneAt: number;
  chosenAt: number;
  worker: WorkerMessage[];
  longtasks: LongTask[];
}
export interface Timed {
  startAt: number;
  doneAt: number;
}
export interface BlobInfo {
  at: number;
  type: string;
  size: number;
}

import type { HeapSplit } from './heapSnapshot';

// What one run measures

export const METRICS = [
  'load',
  'reopen',
  'filterHide',
  'filterShow',
  'searchResults',
  'searchFocus',
  'actorView',
  'exportPng',
  'renameActor',
  'addStatement',
  'windowStep',
  'windowStepActors',
  'windowStepCheapest',
  'windowStepActorsCheapest',
  'windowStepFloor',
  'windowStepActorsFloor',
  'heapAfterLoad',
] as const;
export type Metric = (typeof METRICS)[number];

export interface RunResult {
  values: Partial<Record<Metric, number>>;
  phases: Record<string, number>;
  longtasks?: { parseValidate: number; resultTask: number; load: number; atLeast?: boolean };
  /** The longest main-thread task while a file with saved positions was opened again. */
  reopenLongestTask?: number;
  /** On screen after the load, e.g. what the app says about a large graph's layout. */
  graphNote?: string;
  /** Set when the load did not finish within its time limit (ms). */
  loadStoppedAfter?: number;
  layout?: string;
  pngScale?: number;
  region?: { width: number; height: number };
  png?: { width: number; height: number; bytes: number } | null;
  /** How many other nodes an edit moved (the app must move none). */
  movedByEdits?: number;
  /** The status line at each measured step of the moving window (claims view). */
  windowStatuses?: string[];
  /** Steps that failed or timed out (not tried again at this size). */
  failedSteps: string[];
  /** Seconds spent on steps that failed (not spent again in later runs). */
  wastedSeconds: number;
  notes: string[];
}

/** A run's result before anything is measured. */
export const emptyRunResult = (): RunResult => ({
  values: {},
  phases: {},
  notes: [],
  failedSteps: [],
  wastedSeconds: 0,
});

export interface Exported {
  ms: number;
  scale?: number;
  png: RunResult['png'];
}

export interface Mirror {
  layout: string;
  /** Whether the app treats the graph as large (a cheaper variant of its layout). */
  large?: boolean;
  region?: { width: number; height: number };
  scale?: number;
}

export interface ReloadResult {
  layout: string;
  series: number[];
  before: number;
  after: number;
  /** From the first load to the last. */
  growth: number;
  /** From the second load (the first reload) to the last. */
  steadyGrowth: number;
  /** A heap snapshot after each reload (from the first on), split into compiled code and the rest. */
  splits: HeapSplit[];
  /**
   * The growth of everything but compiled code from the first reload to the last (MB), worked out
   * from the median of the first three snapshots and that of the last three, so that one load's
   * odd figure (V8's bookkeeping differs from load to load) is not taken for a trend. NaN without
   * six snapshots.
   */
  steadyObjectGrowth: number;
  notes: string[];
}

// CPU profiles

export interface ProfileSummary {
  totalMs: number;
  byGroup: { group: string; ms: number }[];
  topFunctions: { name: string; where: string; group: string; ms: number }[];
}

export const PROFILE_PARTS = [
  'load',
  'filterHide',
  'searchFocus',
  'exportPng',
  'actorView',
] as const;
export type ProfilePart = (typeof PROFILE_PARTS)[number];

/** The parts the plain page has too. */
export const PLAIN_PARTS: readonly ProfilePart[] = ['load', 'filterHide', 'exportPng'];

export interface ProfileEntry {
  part: ProfilePart;
  statements: number;
  app?: ProfileSummary;
  plain?: ProfileSummary;
  appMs?: number;
  plainMs?: number;
}

export interface ProfileReport {
  entries: ProfileEntry[];
  notes: string[];
}

// The results

export interface BundleFile {
  file: string;
  bytes: number;
  gzip: number;
}
export interface BundleReport {
  firstLoad: BundleFile[];
  firstLoadGzipKb: number;
  lazy: BundleFile[];
  workers: BundleFile[];
  css: BundleFile[];
  plain: BundleFile[];
}

export interface Spread {
  runs: number;
  median: number | null;
  min: number | null;
  max: number | null;
  values: number[];
}

export interface SizeResult {
  statements: number;
  actors: number;
  claims: number;
  megabytes: number;
  layout: { app: string; plain: string };
  /** Whether the app treats this size as a large graph (and the plain page mirrors it). */
  large: boolean;
  /** What the app said on screen about the graph (its large-graph note). */
  graphNote: string | null;
  /** The scale of the app's PNG export (its menu's default), which the plain page used too. */
  pngScale: number | null;
  /** The most nodes other than the edited ones that an edit moved in any run; null: not measured. */
  movedByEdits: number | null;
  /** Whether a long-task figure of the app is a lower bound (a load stopped while frozen). */
  longtasksAtLeast: boolean;
  /** The longest main-thread task while the app opened a file with saved positions. */
  reopenLongestTask: Spread;
  metrics: Record<Metric, { app: Spread; plain: Spread; ratio: number | null }>;
  phases: { app: Record<string, Spread>; plain: Record<string, Spread> };
  longtasks: { app: Record<string, Spread>; plain: Record<string, Spread> };
  png: { app: RunResult['png'][]; plain: RunResult['png'][] };
  /** The time limit (ms) of a load that did not finish, if one did not. */
  loadStopped: { app: number | null; plain: number | null };
  /** App steps that failed at this size, and whether for lack of time. */
  failed: { step: string; timedOut: boolean }[];
  notes: string[];
}

export interface Results {
  date: string;
  machine: Record<string, string | number>;
  config: Record<string, unknown>;
  sizes: SizeResult[];
  reloads: { statements: number; reloads: number; app: ReloadResult; plain: ReloadResult } | null;
  /** The heap 200 edits keep alive in the history (issue 10: under 20 MB at 10,000 statements). */
  editHeap: EditHeapResult | null;
  profile: ProfileReport | null;
  bundle: BundleReport;
  durationSeconds: number;
  notes: string[];
}
