// The plain Cytoscape.js page: its URL, its layout check, its interactions, a run, its reloads.
import type { Browser, Page } from '@playwright/test';
import type { GeneratedInfo } from '../generate';
import { forceAtlasIterations, forceAtlasSettings } from '../../src/cytoscape/forceAtlas';
import * as appLayouts from '../../src/cytoscape/layouts';
import { LAYOUT_NAMES } from '../../src/model/view';
import {
  awaitLoad,
  closeSession,
  heapMb,
  heapSeries,
  openSession,
  pngOf,
  responsive,
  waitIn,
} from './browser';
import { RELOADS, STEP_TIMEOUT, timeoutFor } from './options';
import { heapSplitOf, type HeapSplit } from './heapSnapshot';
import { reloadSummary } from './stats';
import {
  emptyRunResult,
  type BlobInfo,
  type Exported,
  type LongTask,
  type Mirror,
  type ReloadResult,
  type RunResult,
} from './types';
import { message, num } from './util';
import {
  plainActorWindowSteps,
  plainCheapestWindowSteps,
  plainWindowSteps,
  windowPlan,
  type WindowPlan,
} from './windowSteps';

// One plan per dataset file: reading and indexing 50,000 statements once is enough.
const plans = new Map<string, WindowPlan>();
export const planFor = (info: GeneratedInfo) => {
  let plan = plans.get(info.path);
  if (!plan) {
    plan = windowPlan(info);
    plans.set(info.path, plan);
  }
  return plan;
};

export function plainUrl(base: string, mirror: Mirror) {
  const query = new URLSearchParams({ layout: mirror.layout });
  if (mirror.large) query.set('large', '1');
  if (mirror.region) {
    query.set('w', String(mirror.region.width));
    query.set('h', String(mirror.region.height));
  }
  if (mirror.scale) query.set('scale', String(mirror.scale));
  return `${base}/?${query}`;
}

/**
 * Whether the app, as built from this tree, lays this file's graph out with ForceAtlas2 (the
 * plain page's "large" variant): for its many nodes, or (usesForceAtlas) its many tied pairs.
 */
export function appTreatsAsLarge(info: GeneratedInfo): boolean {
  const layouts = appLayouts as Record<string, unknown>;
  const nodes = info.actors + info.claims;
  if (typeof layouts.usesForceAtlas === 'function')
    return Boolean(layouts.usesForceAtlas(nodes, info.pairs));
  return typeof layouts.isLargeGraph === 'function' ? Boolean(layouts.isLargeGraph(nodes)) : false;
}

const withoutFunctions = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) => (typeof v === 'function' ? 'function' : v));

/** The layouts whose options in the plain page differ from the app's (they must not). */
export async function layoutMismatches(browser: Browser, base: string): Promise<string[]> {
  const session = await openSession(browser);
  const found: string[] = [];
  try {
    await session.page.goto(plainUrl(base, { layout: 'grid' }));
    await waitIn(session.page, '!!window.plainBench', 30_000);
    const options = appLayouts.layoutOptions as (name: string) => unknown;
    // Two columns is the app's own algorithm (src/cytoscape/twoColumns.ts), not a Cytoscape layout
    // a user would configure: the plain page has nothing to mirror, and the bench never uses it.
    for (const name of LAYOUT_NAMES.filter((n) => n !== 'twoColumns')) {
      const app = withoutFunctions(options(name));
      const plain = (await session.page.evaluate(
        `JSON.stringify(window.plainBench.layoutOptions(${JSON.stringify(name)}),
          (_, v) => (typeof v === 'function' ? 'function' : v))`,
      )) as string;
      if (app !== plain) found.push(name);
    }
    // A large graph's force layout: ForceAtlas2 with the same settings and iterations.
    for (const nodes of [1_500, 5_000, 20_000]) {
      const app = JSON.stringify({
        settings: forceAtlasSettings(nodes),
        iterations: forceAtlasIterations(nodes),
      });
      const plain = (await session.page.evaluate(
        `JSON.stringify(window.plainBench.forceAtlas(${nodes}))`,
      )) as string;
      if (app !== plain) found.push(`fcose (large graph: ForceAtlas2 at ${num(nodes)} nodes)`);
    }
  } finally {
    await closeSession(session, false);
  }
  return found;
}

/** Toggles the plain page's "denies" edges; it returns after two frames. */
export async function plainToggleDenies(page: Page): Promise<number> {
  return (await page.evaluate(`(async () => {
    const t0 = performance.now();
    await window.plainBench.toggleStance('denies');
    return performance.now() - t0;
  })()`)) as number;
}

/** cy.png of the whole graph, handed to the browser as a download. */
export async function plainExportPng(page: Page): Promise<Exported> {
  const blobs = (await page.evaluate('window.__bench.blobs.length')) as number;
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
  const startAt = (await page.evaluate(`(async () => {
    const t0 = performance.now();
    await window.plainBench.exportPng();
    return t0;
  })()`)) as number;
  const file = await download;
  const blob = (await page.evaluate(`window.__bench.blobSince(${blobs})`)) as BlobInfo | null;
  if (!blob) throw new Error('the plain page made no Blob for its PNG');
  return { ms: blob.at - startAt, png: await pngOf(file) };
}

const PLAIN_LOAD = `({
  doneAt: Number(document.body.dataset.done),
  chosenAt: window.__bench.chosenAt,
  longtasks: window.__bench.longtasks.filter((t) => t.start + t.duration >= window.__bench.chosenAt),
  measures: performance.getEntriesByType('measure')
    .filter((m) => m.name.startsWith('plain:'))
    .map((m) => ({ name: m.name.slice(6), duration: m.duration })),
})`;

export async function plainRun(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  mirror: Mirror,
  loadTimeoutMs: number,
): Promise<RunResult> {
  const result: RunResult = { ...emptyRunResult(), layout: mirror.layout };
  const session = await openSession(browser);
  const { page, cdp } = session;
  let stuck = false;
  const fail = (step: string, error: unknown) =>
    result.notes.push(`plain, ${step}: ${message(error)}`);
  try {
    await page.goto(plainUrl(base, mirror));
    await waitIn(page, '!!window.plainBench', 30_000);
    await page.locator('#file').setInputFiles(info.path);
    const load = await awaitLoad(page, async () => {
      await waitIn(page, 'document.body.dataset.done !== undefined', loadTimeoutMs);
      return (await page.evaluate(PLAIN_LOAD)) as {
        doneAt: number;
        chosenAt: number;
        longtasks: LongTask[];
        measures: { name: string; duration: number }[];
      };
    });
    if (!load.value) {
      result.loadStoppedAfter = loadTimeoutMs;
      fail('load', load.error);
      stuck = !(await responsive(page));
      return result;
    }
    const outcome = load.value;
    result.values.load = outcome.doneAt - outcome.chosenAt;
    for (const m of outcome.measures) result.phases[m.name] = m.duration;
    const longest = Math.max(0, ...outcome.longtasks.map((t) => t.duration));
    result.longtasks = { parseValidate: longest, resultTask: 0, load: longest };
    result.values.heapAfterLoad = await heapMb(cdp);

    try {
      result.values.filterHide = await plainToggleDenies(page);
      result.values.filterShow = await plainToggleDenies(page);
    } catch (error) {
      fail('stance filter', error);
    }
    try {
      // What an edit of the app does to the graph, done by hand: a label changed, an edge added.
      result.values.renameActor = (await page.evaluate(
        `window.plainBench.rename(${JSON.stringify(info.searchId)}, 'Renamed')`,
      )) as number;
      result.values.addStatement = (await page.evaluate(
        `window.plainBench.addEdge(${JSON.stringify(info.searchId)}, ${JSON.stringify(info.firstClaimId)})`,
      )) as number;
    } catch (error) {
      fail('edit', error);
    }
    try {
      const exported = await plainExportPng(page);
      result.values.exportPng = exported.ms;
      result.png = exported.png;
    } catch (error) {
      fail('PNG export', error);
      stuck = !(await responsive(page));
    }
    // Last: the actor view replaces the claims view's graph.
    try {
      const plan = planFor(info);
      result.values.windowStep = await plainWindowSteps(page, plan);
      const cheapest = await plainCheapestWindowSteps(page, plan);
      result.values.windowStepCheapest = cheapest.claims;
      result.values.windowStepActorsCheapest = cheapest.actors;
      result.values.windowStepActors = await plainActorWindowSteps(page, plan);
    } catch (error) {
      fail('window steps', error);
    }
  } catch (error) {
    fail('run', error);
    stuck = !(await responsive(page));
  } finally {
    await closeSession(session, stuck);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Heap across reloads: the same file opened again and again in one page

export async function plainReloads(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  layout: string,
): Promise<ReloadResult> {
  const timeoutMs = timeoutFor(info.statements);
  const splits: HeapSplit[] = [];
  const { series, notes } = await heapSeries(
    browser,
    'plain reloads',
    async ({ page, cdp }, series) => {
      await page.goto(plainUrl(base, { layout, large: appTreatsAsLarge(info) }));
      await waitIn(page, '!!window.plainBench', 30_000);
      for (let i = 0; i <= RELOADS; i++) {
        await page.locator('#file').setInputFiles(info.path);
        await waitIn(page, `document.body.dataset.loads === '${i + 1}'`, timeoutMs);
        series.push(await heapMb(cdp));
        // From the first reload on (load 0 is the first load).
        if (i > 0) splits.push(await heapSplitOf(cdp));
      }
    },
  );
  return reloadSummary(layout, series, splits, notes);
}
