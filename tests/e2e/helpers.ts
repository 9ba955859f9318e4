import { expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../../bench/generate';
// The probe's type, and with it the window.stancegraphProbe global it is published as.
import type { GraphProbe } from '../../src/cytoscape/graphController';

/** The graph area, found as a person with a screen reader would: by its label. */
export function graph(page: Page): Locator {
  return page.getByRole('region', { name: 'Graph' });
}

/** Opens the app (with an optional URL hash or query) and waits for the graph to be laid out. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  // An error thrown in the page fails no test by itself: it is said in the run's output, so a
  // flaky failure that follows one can be traced to it.
  page.on('pageerror', (error) => console.error(`page error at ${page.url()}: ${error.stack}`));
  await page.goto(path);
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

/**
 * The share of the graph's canvas pixels that are not background: 0 for a blank canvas. Reads the
 * canvases Cytoscape draws on, inside the page.
 */
export async function shownPixelShare(page: Page): Promise<number> {
  return graph(page).evaluate((element) => {
    const canvases = [...element.querySelectorAll('canvas')];
    let painted = 0;
    let total = 0;
    for (const canvas of canvases) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) {
        total++;
        if (data[i]! > 0) painted++;
      }
    }
    return total === 0 ? 0 : painted / (total / Math.max(1, canvases.length));
  });
}

/** Clicks the middle of a node of the graph, as a person would with the mouse. */
export async function clickNode(page: Page, datasetId: string): Promise<void> {
  const point = await page.evaluate(
    (id) => window.stancegraphProbe?.clientPointOf('node', id),
    datasetId,
  );
  if (!point) throw new Error(`node ${datasetId} is not drawn`);
  await page.mouse.click(point.x, point.y);
}

/** Clicks the middle of a statement's edge. */
export async function clickStatement(page: Page, statementId: string): Promise<void> {
  const point = await page.evaluate(
    (id) => window.stancegraphProbe?.clientPointOf('statement', id),
    statementId,
  );
  if (!point) throw new Error(`statement ${statementId} is not drawn`);
  await page.mouse.click(point.x, point.y);
}

export async function nodePositions(page: Page): Promise<ReturnType<GraphProbe['nodePositions']>> {
  return page.evaluate(() => window.stancegraphProbe!.nodePositions());
}

export async function shownCount(page: Page) {
  return page.evaluate(() => window.stancegraphProbe!.shownCount());
}

export function details(page: Page): Locator {
  return page.getByRole('region', { name: 'Details' });
}

/** Pastes a dataset's text into "Open from text" and presses Open. */
export async function openText(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Open from text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open from text' });
  await dialog.getByLabel('Dataset JSON').fill(text);
  await dialog.getByRole('button', { name: 'Open' }).click();
}

export interface Downloaded {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Opens the Export menu if it is closed, presses one of its buttons and reads the download. */
export async function exportAs(page: Page, label: string): Promise<Downloaded> {
  const panel = page.getByRole('group', { name: 'Export' });
  if (!(await panel.isVisible()))
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: label }).click(),
  ]);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Deletes an actor as a person does: clicks its node, Delete in its details, and confirms. */
export async function deleteActor(page: Page, actorId: string): Promise<void> {
  await clickNode(page, actorId);
  await details(page).getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete actor' })
    .getByRole('button', { name: 'Delete' })
    .click();
}

/**
 * Writes a generated debate of `statements` statements (the bench's generator: a few hundred
 * actors in parties, 100 claims, a year of dates) to a file of its own, and returns its path.
 */
export function debateFile(statements: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'stancegraph-debate-'));
  const path = join(dir, `debate-${statements}.json`);
  writeFileSync(path, JSON.stringify(generateDataset(statements)));
  return path;
}
