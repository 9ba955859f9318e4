// The runs at one size: app and plain in turn, stopped early by the time budget or a stuck load.
import type { Browser } from '@playwright/test';
import type { GeneratedInfo } from '../generate';
import { appRun } from './appRun';
import { budgetFor, runsFor, timeoutFor, type BenchOptions } from './options';
import { appTreatsAsLarge, planFor, plainRun } from './plainSteps';
import { summarizeSize } from './stats';
import type { Mirror, RunResult, SizeResult } from './types';
import { log, num } from './util';

/** A run in one line of the log. */
const describe = (r: RunResult) =>
  `load ${r.loadStoppedAfter ? `stopped after ${r.loadStoppedAfter / 1000} s` : `${num(r.values.load)} ms`}, ` +
  `hide ${num(r.values.filterHide)} ms${r.notes.length ? ` (${r.notes.join('; ')})` : ''}`;

/** What the runs at every size share: the browser, the two servers, the options. */
export interface SizeContext {
  browser: Browser;
  app: { url: string };
  plain: { url: string };
  options: BenchOptions;
}

/** Runs the app and the plain page at one size; `previous` is the summary of the size before. */
export async function runSize(
  { browser, app, plain, options }: SizeContext,
  info: GeneratedInfo,
  previous: SizeResult | undefined,
): Promise<SizeResult> {
  const size = info.statements;
  const planned = runsFor(options, size);
  const timeoutMs = timeoutFor(size);
  const appRuns: RunResult[] = [];
  const plainRuns: RunResult[] = [];
  const mirror: Mirror = {
    layout: previous?.layout.app ?? 'fcose',
    large: appTreatsAsLarge(info),
  };
  const sizeNotes: string[] = [];
  const failedSteps = new Set<string>();
  let plainSkipped = false;
  const sizeStarted = Date.now();

  const doApp = async (run: number) => {
    // A load predicted to go past its limit is still run once (the worker's parsing and the
    // long tasks meanwhile are measured), but stopped after a minute.
    let limit = timeoutMs;
    const before = previous?.metrics.load.app.median ?? previous?.loadStopped.app;
    if (run === 0 && previous && before && previous.large === mirror.large) {
      const predicted = before * (size / previous.statements) ** 1.5;
      if (predicted > timeoutMs) {
        limit = Math.min(timeoutMs, 60_000);
        sizeNotes.push(
          `app load stopped after ${limit / 1000} s: it took ` +
            `${previous.metrics.load.app.median ? '' : 'over '}${num(before / 1000)} s at ` +
            `${num(previous.statements)} statements, so about ${num(predicted / 1000)} s here`,
        );
      }
    }
    const r = await appRun(browser, app.url, info, limit, failedSteps);
    for (const step of r.failedSteps) {
      if (!failedSteps.has(step)) {
        failedSteps.add(step);
        if (run + 1 < planned) sizeNotes.push(`app, ${step}: not tried again at this size`);
      }
    }
    appRuns.push(r);
    // The app and plain must show the same statements at each window, or the race is not fair.
    const statements = (status: string) =>
      Number(/([\d,]+) statements?$/.exec(status)?.[1]?.replace(/,/g, ''));
    // The edit step before adds one undated statement, which every window shows.
    const added = r.values.addStatement === undefined ? 0 : 1;
    const expected = planFor(info)
      .statements.slice(1)
      .map((ids) => ids.length + added);
    const shown = (r.windowStatuses ?? []).map(statements);
    if (shown.length > 0 && shown.some((n, i) => n !== expected[i]))
      sizeNotes.push(
        `window steps: the app showed ${shown.join(', ')} statements, plain ${expected.join(', ')}`,
      );
    if (r.layout) mirror.layout = r.layout;
    mirror.region ??= r.region;
    mirror.scale ??= r.pngScale;
    log(`${num(size)} app #${run + 1}: ${describe(r)}`);
  };
  const doPlain = async (run: number) => {
    // Plain Cytoscape with a layout that grows faster than linearly: skip what cannot finish.
    // A load that was stopped counts as taking its whole time limit (at least).
    const before = previous?.metrics.load.plain.median ?? previous?.loadStopped.plain;
    const sameWork = previous?.layout.plain === mirror.layout && previous.large === mirror.large;
    if (run === 0 && previous && before && sameWork) {
      const predicted = before * (size / previous.statements) ** 1.5;
      if (predicted > timeoutMs) {
        plainSkipped = true;
        sizeNotes.push(
          `plain not run: its load took ${num(before / 1000)} s at ${num(previous.statements)} ` +
            `statements with ${mirror.layout}, so about ${num(predicted / 1000)} s here, over ` +
            `the ${timeoutMs / 1000} s limit`,
        );
        log(`${num(size)} plain: skipped (predicted ${num(predicted / 1000)} s)`);
      }
    }
    if (plainSkipped) return;
    const r = await plainRun(browser, plain.url, info, mirror, timeoutMs);
    plainRuns.push(r);
    log(
      `${num(size)} plain #${run + 1} (${mirror.layout}${mirror.large ? ', large' : ''}): ${describe(r)}`,
    );
  };

  for (let run = 0; run < planned; run++) {
    if (run > 0) {
      const spent = (Date.now() - sizeStarted) / 1000;
      if (appRuns.some((r) => r.loadStoppedAfter)) {
        sizeNotes.push(`app: 1 run only, its load did not finish within ${timeoutMs / 1000} s`);
        break;
      }
      // Time lost to steps that failed is not spent again: they are skipped from now on.
      const wasted = appRuns.reduce((sum, r) => sum + r.wastedSeconds, 0);
      if (spent + (spent - wasted) / run > budgetFor(size)) {
        sizeNotes.push(
          `${run} run${run === 1 ? '' : 's'} of ${planned}: another would go past this ` +
            `size's time budget of ${budgetFor(size)} s`,
        );
        break;
      }
    }
    // The app goes first in the first run: the plain page mirrors the layout it chose.
    if (run % 2 === 0) {
      await doApp(run);
      await doPlain(run);
    } else {
      await doPlain(run);
      await doApp(run);
    }
  }
  const summary = summarizeSize(info, appRuns, plainRuns, mirror.layout);
  summary.large = mirror.large ?? false;
  summary.notes.unshift(...sizeNotes);
  return summary;
}
