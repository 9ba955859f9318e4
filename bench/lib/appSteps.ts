// The app's interactions (open, filter, search, export, actor view), timed; its reload test.
import type { Browser, Page } from '@playwright/test';
import type { GeneratedInfo } from '../generate';
import {
  arm,
  closeSession,
  heapMb,
  heapSeries,
  openSession,
  pending,
  pngOf,
  responsive,
  waitIn,
} from './browser';
import { RELOADS, STEP_TIMEOUT, timeoutFor } from './options';
import { heapSplitOf, type HeapSplit } from './heapSnapshot';
import { reloadSummary } from './stats';
import type { AppLoadOutcome, BlobInfo, Exported, ReloadResult, Timed } from './types';

/** The app's layout menu (its label also holds the chosen option's text). */
export const layoutSelect = (page: Page) => page.getByRole('combobox', { name: /^Layout\b/ });

export const statusOf = (page: Page) => page.evaluate('window.__bench.status()') as Promise<string>;

export async function openApp(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/`);
  await waitIn(page, 'window.__bench.idle() && !!window.stancegraphProbe', 60_000);
  // Without long tasks the freeze figures would read 0 ms: a browser that cannot report them
  // stops the bench rather than pass the "no task over 1 s" target by silence.
  const longtaskError = (await page.evaluate('window.__bench.longtaskError')) as string | undefined;
  if (longtaskError) throw new Error(`the page cannot observe long tasks: ${longtaskError}`);
}

// The interactions, each returning how long it took (ms): shared by the runs and the profiles

/** Clicks the "Denies" stance filter; done when the status line changed and two frames passed. */
export async function appToggleDenies(page: Page): Promise<number> {
  await arm(page, 'armStatusChange', STEP_TIMEOUT);
  await page.getByRole('checkbox', { name: 'Denies', exact: true }).click();
  const toggled = await pending<Timed>(page, STEP_TIMEOUT);
  return toggled.doneAt - toggled.startAt;
}

/** Types a name into the search (until results are listed), then Enter (until selected and in view). */
export async function appSearch(
  page: Page,
  info: GeneratedInfo,
): Promise<{ listed: number; revealed: number }> {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.click();
  await arm(page, 'armSearchResults', STEP_TIMEOUT);
  await search.fill(info.searchName);
  const listed = await pending<Timed>(page, STEP_TIMEOUT);
  await arm(page, 'armRevealed', {
    nodeId: info.searchId,
    name: info.searchName,
    timeoutMs: STEP_TIMEOUT,
  });
  await search.press('Enter');
  const revealed = await pending<Timed>(page, STEP_TIMEOUT);
  return { listed: listed.doneAt - listed.startAt, revealed: revealed.doneAt - revealed.startAt };
}

const positionsIn = (page: Page) =>
  page.evaluate('window.stancegraphProbe.nodePositions()') as Promise<
    Record<string, { x: number; y: number }>
  >;

/**
 * Two edits through the forms, on the actor the search left selected: a rename (Save → the new
 * label drawn) and a statement of it on the first claim (Save → the status line counts it, two
 * frames). Also counts the nodes the edits moved, which must be none.
 */
export async function appEdits(
  page: Page,
  info: GeneratedInfo,
): Promise<{ rename: number; add: number; moved: number }> {
  const before = await positionsIn(page);
  const details = page.getByRole('region', { name: 'Details' });
  await details.getByRole('button', { name: 'Edit', exact: true }).click();
  const renamed = `${info.searchName} (renamed)`;
  await page.getByRole('textbox', { name: 'Name' }).fill(renamed);
  await arm(page, 'armLabel', { nodeId: info.searchId, label: renamed, timeoutMs: STEP_TIMEOUT });
  await page.getByRole('button', { name: 'Save' }).click();
  const rename = await pending<Timed>(page, STEP_TIMEOUT);

  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Add statement' }).click();
  await page.getByRole('combobox', { name: 'Actor', exact: true }).fill(renamed);
  await page.getByRole('option', { name: renamed, exact: true }).click();
  await page.getByRole('combobox', { name: 'Claim', exact: true }).fill(info.firstClaimText);
  await page.getByRole('option', { name: info.firstClaimText, exact: true }).click();
  await arm(page, 'armStatusChange', STEP_TIMEOUT);
  await page.getByRole('button', { name: 'Save' }).click();
  const added = await pending<Timed>(page, STEP_TIMEOUT);

  const after = await positionsIn(page);
  const moved = Object.keys(before).filter((id) => {
    const [p, q] = [before[id]!, after[id]];
    return !q || p.x !== q.x || p.y !== q.y;
  }).length;
  return { rename: rename.doneAt - rename.startAt, add: added.doneAt - added.startAt, moved };
}

/**
 * Export → Export PNG with the menu's defaults; done when the PNG is handed to the browser as a
 * download (its Blob made into a URL). Returns a note instead when the app has no such export.
 */
export async function appExportPng(page: Page): Promise<Exported | string> {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  if ((await button.count()) === 0)
    return 'no "Export" button in the app yet: PNG export not measured';
  await button.click();
  const item = page.getByRole('button', { name: 'Export PNG', exact: true });
  if ((await item.count()) === 0) {
    await page.keyboard.press('Escape');
    return 'the Export menu has no "Export PNG" yet: PNG export not measured';
  }
  // The plain page exports at the scale the app's menu offers by default.
  const scale = Number(
    await page
      .getByRole('group', { name: 'Export' })
      .getByLabel('Scale')
      .inputValue({ timeout: 2_000 })
      .catch(() => '1'),
  );
  const blobs = (await page.evaluate('window.__bench.blobs.length')) as number;
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
  const clickedAt = performance.now();
  await item.click();
  const file = await download;
  const nodeMs = performance.now() - clickedAt;
  const blob = (await page.evaluate(`window.__bench.blobSince(${blobs})`)) as BlobInfo | null;
  const clickAt = (await page.evaluate('window.__bench.clickAt')) as number;
  const png = await pngOf(file);
  await page.keyboard.press('Escape');
  return { ms: blob ? blob.at - clickAt : nodeMs, scale, png };
}

/**
 * Export → Export JSON: the dataset with its positions as `layout` (what a user saves to come back
 * to the same picture). Returns the saved file's path.
 */
export async function appExportJson(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
  await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const file = await download;
  const path = await file.path();
  await page.keyboard.press('Escape');
  if (!path) throw new Error('Export JSON gave no file');
  return path;
}

/**
 * Opens a file that carries its positions (`layout`) in a fresh page (no session to restore):
 * file chosen → drawn and idle, as the first load is timed. Returns the milliseconds and the
 * longest main-thread task meanwhile.
 */
export async function appReopen(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  path: string,
): Promise<{ ms: number; longestTask: number }> {
  const session = await openSession(browser);
  const { page } = session;
  let stuck = false;
  try {
    await openApp(page, base);
    const timeoutMs = timeoutFor(info.statements);
    await arm(page, 'armAppLoad', {
      before: await statusOf(page),
      nodeId: info.lastActorId,
      timeoutMs,
    });
    await page.getByLabel('Open dataset').setInputFiles(path);
    const outcome = await pending<AppLoadOutcome>(page, timeoutMs);
    return {
      ms: outcome.doneAt - outcome.chosenAt,
      longestTask: Math.max(0, ...outcome.longtasks.map((t) => t.duration)),
    };
  } catch (error) {
    stuck = !(await responsive(page));
    throw error;
  } finally {
    await closeSession(session, stuck);
  }
}

/** Clicks the "Actors" view; done when claims are gone, actors drawn and the graph idle. */
export async function appActorView(page: Page, info: GeneratedInfo): Promise<number> {
  await arm(page, 'armActorView', {
    before: await statusOf(page),
    claimId: info.firstClaimId,
    actorId: info.searchId,
    timeoutMs: STEP_TIMEOUT,
  });
  await page.getByRole('radio', { name: 'Actors' }).click();
  const shown = await pending<Timed>(page, STEP_TIMEOUT);
  return shown.doneAt - shown.startAt;
}

// ---------------------------------------------------------------------------------------------
// Heap across reloads: the same file opened again and again in one page

export async function appReloads(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  layout: string | null,
): Promise<ReloadResult> {
  const timeoutMs = timeoutFor(info.statements);
  const splits: HeapSplit[] = [];
  const { series, notes } = await heapSeries(
    browser,
    'app reloads',
    async ({ page, cdp }, series) => {
      await openApp(page, base);
      if (layout) {
        await layoutSelect(page).selectOption(layout);
        await waitIn(page, 'window.__bench.idle()', timeoutMs);
      }
      await arm(page, 'armAppLoad', {
        before: await statusOf(page),
        nodeId: info.lastActorId,
        timeoutMs,
      });
      await page.getByLabel('Open dataset').setInputFiles(info.path);
      await pending(page, timeoutMs);
      series.push(await heapMb(cdp));
      for (let i = 0; i < RELOADS; i++) {
        await arm(page, 'armAppReload', { nodeId: info.lastActorId, timeoutMs });
        await page.getByLabel('Open dataset').setInputFiles(info.path);
        await pending(page, timeoutMs);
        series.push(await heapMb(cdp));
        splits.push(await heapSplitOf(cdp));
      }
    },
  );
  return reloadSummary(layout ?? 'the app’s own', series, splits, notes);
}
