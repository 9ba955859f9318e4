// Medians and spreads of the runs: one size's summary, and the heap series of the reload test.
import type { GeneratedInfo } from '../generate';
import type { HeapSplit } from './heapSnapshot';
import { METRICS, type ReloadResult, type RunResult, type SizeResult, type Spread } from './types';

function spread(values: (number | undefined)[]): Spread {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  const sorted = [...v].sort((a, b) => a - b);
  const n = sorted.length;
  const median =
    n === 0 ? null : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { runs: n, median, min: sorted[0] ?? null, max: sorted[n - 1] ?? null, values: v };
}

function phaseSpreads(runs: RunResult[]): Record<string, Spread> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  return Object.fromEntries(names.map((n) => [n, spread(runs.map((r) => r.phases[n]))]));
}

function longtaskSpreads(runs: RunResult[]): Record<string, Spread> {
  const keys = ['parseValidate', 'resultTask', 'load'] as const;
  return Object.fromEntries(keys.map((k) => [k, spread(runs.map((r) => r.longtasks?.[k]))]));
}

export function summarizeSize(
  info: GeneratedInfo,
  app: RunResult[],
  plain: RunResult[],
  layout: string,
): SizeResult {
  const metrics = Object.fromEntries(
    METRICS.map((m) => {
      const a = spread(app.map((r) => r.values[m]));
      // The plain page has no saved positions to open: a reopen is compared with its load.
      const p = spread(plain.map((r) => r.values[m === 'reopen' ? 'load' : m]));
      const ratio = a.median !== null && p.median ? a.median / p.median : null;
      return [m, { app: a, plain: p, ratio }];
    }),
  ) as SizeResult['metrics'];
  return {
    statements: info.statements,
    actors: info.actors,
    claims: info.claims,
    megabytes: info.bytes / 1024 / 1024,
    layout: { app: app.find((r) => r.layout)?.layout ?? layout, plain: layout },
    graphNote: app.find((r) => r.graphNote)?.graphNote ?? null,
    pngScale: app.find((r) => r.pngScale)?.pngScale ?? null,
    movedByEdits: app.some((r) => r.movedByEdits !== undefined)
      ? Math.max(...app.map((r) => r.movedByEdits ?? 0))
      : null,
    longtasksAtLeast: app.some((r) => r.longtasks?.atLeast),
    reopenLongestTask: spread(app.map((r) => r.reopenLongestTask)),
    large: false,
    metrics,
    phases: { app: phaseSpreads(app), plain: phaseSpreads(plain) },
    longtasks: { app: longtaskSpreads(app), plain: longtaskSpreads(plain) },
    png: { app: app.map((r) => r.png), plain: plain.map((r) => r.png) },
    failed: [...new Set(app.flatMap((r) => r.failedSteps))].map((step) => ({
      step,
      timedOut: app.some((r) =>
        r.notes.some((n) => n.startsWith(`app, ${step}:`) && /timed out|no answer/.test(n)),
      ),
    })),
    loadStopped: {
      app: app.find((r) => r.loadStoppedAfter)?.loadStoppedAfter ?? null,
      plain: plain.find((r) => r.loadStoppedAfter)?.loadStoppedAfter ?? null,
    },
    notes: [...new Set([...app, ...plain].flatMap((r) => r.notes))],
  };
}

export function reloadSummary(
  layout: string,
  series: number[],
  splits: HeapSplit[],
  notes: string[],
): ReloadResult {
  const before = series[0] ?? NaN;
  const after = series[series.length - 1] ?? NaN;
  const steadyGrowth = series.length > 2 ? after - series[1]! : NaN;
  const objects = splits.map((split) => split.objectsMb);
  const n = objects.length;
  // The medians stand for the second snapshot and the last but one: n - 3 reloads apart.
  const steadyObjectGrowth =
    n >= 6
      ? (((spread(objects.slice(-3)).median ?? NaN) - (spread(objects.slice(0, 3)).median ?? NaN)) *
          (n - 1)) /
        (n - 3)
      : NaN;
  return {
    layout,
    series,
    before,
    after,
    growth: after - before,
    steadyGrowth,
    splits,
    steadyObjectGrowth,
    notes,
  };
}

/**
 * Whether the heap stays flat across reloads: from the second load on (the first reload may fill
 * caches once), at most 1 MB or 2% of the heap over the remaining reloads. What counts is the heap
 * without compiled code (heapSnapshot.ts, steadyObjectGrowth) when the snapshots were taken;
 * else the whole heap.
 */
export const heapFlat = (r: ReloadResult) =>
  (Number.isFinite(r.steadyObjectGrowth) ? r.steadyObjectGrowth : r.steadyGrowth) <=
  Math.max(1, 0.02 * r.before);
