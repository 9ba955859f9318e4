// Issue 11: a small dataset's first picture is readable as it is, and the camera keeps it so.
import { expect, test, type Page } from '@playwright/test';
import type { DrawnNode } from '../../src/cytoscape/graphController';
import { clickNode, clickStatement, details, graph, openApp } from './helpers';
import { actorNamed, claimContaining } from './seed';

const SHAPES = {
  chain: 'A chain of claims',
  star: 'Everyone on one claim',
  components: 'Several small debates',
} as const;
/** Fitting zooms in no further than this (GraphController's MAX_FIT_ZOOM). */
const MAX_FIT_ZOOM = 1.6;
/** Labels at least this high on screen, in px. */
const MIN_LABEL_PX = 10;

async function drawn(page: Page): Promise<{ nodes: DrawnNode[]; width: number; height: number }> {
  return page.evaluate(() => {
    const probe = window.stancegraphProbe!;
    return { nodes: probe.drawnNodes(), ...probe.size() };
  });
}

/** What a person sees: how small the smallest label is, what is out of view, what overlaps. */
function legibility({ nodes, width, height }: Awaited<ReturnType<typeof drawn>>) {
  const outOfView = nodes
    .filter((n) => n.withLabel.x1 < 0 || n.withLabel.y1 < 0)
    .concat(nodes.filter((n) => n.withLabel.x2 > width || n.withLabel.y2 > height))
    .map((n) => n.id);
  const overlaps: string[] = [];
  let closest = Infinity;
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      const [p, q] = [a.body, b.body];
      if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2)
        overlaps.push(`${a.id}/${b.id}`);
      const centre = (box: DrawnNode['body']) => [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
      const [[ax, ay], [bx, by]] = [centre(p), centre(q)];
      closest = Math.min(closest, Math.hypot(ax! - bx!, ay! - by!));
    }),
  );
  return {
    smallestLabel: Math.min(...nodes.map((n) => n.labelPx)),
    outOfView,
    overlaps,
    closest,
  };
}

/**
 * Whether the shown nodes are fitted to the graph area: their box centred in it and filling it on
 * one side (or at the closest zoom a fit allows).
 */
async function fitsTheView(page: Page): Promise<boolean> {
  const { nodes, width, height } = await drawn(page);
  const zoom = await page.evaluate(() => window.stancegraphProbe!.zoom());
  const xs = nodes.flatMap((n) => [n.withLabel.x1, n.withLabel.x2]);
  const ys = nodes.flatMap((n) => [n.withLabel.y1, n.withLabel.y2]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const centred =
    Math.abs((x1 + x2) / 2 - width / 2) < 8 && Math.abs((y1 + y2) / 2 - height / 2) < 8;
  const fill = Math.max((x2 - x1) / width, (y2 - y1) / height);
  return centred && (fill > 0.7 || Math.abs(zoom - MAX_FIT_ZOOM) < 1e-6);
}

for (const [shape, title] of Object.entries(SHAPES)) {
  test(`a ${shape} of about 30 nodes opens legible: labels 10 px, all in view, none on another`, async ({
    page,
  }) => {
    await openApp(page);
    await page.getByLabel('Open dataset').setInputFiles(`tests/fixtures/shapes/${shape}.json`);
    await expect(page.getByRole('banner')).toContainText(title);
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    const first = legibility(await drawn(page));
    expect(first.smallestLabel).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(first.outOfView).toEqual([]);
    expect(first.overlaps).toEqual([]);
    expect(first.closest).toBeGreaterThan(30);
    await page.screenshot({ path: `test-results/screens/legible-${shape}.png` });

    // Zoomed out and Fit again: the same.
    await graph(page).hover();
    await page.mouse.wheel(0, 600);
    await page.getByRole('button', { name: 'Fit' }).click();
    const fitted = legibility(await drawn(page));
    expect(fitted.smallestLabel).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(fitted.outOfView).toEqual([]);
  });
}

test('the sample opens legible too', async ({ page }) => {
  await openApp(page);
  const sample = legibility(await drawn(page));
  expect(sample.smallestLabel).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  expect(sample.outOfView).toEqual([]);
  expect(sample.overlaps).toEqual([]);
});

test('selecting a node moves nothing when it is in view; Focus fits its neighbourhood', async ({
  page,
}) => {
  await openApp(page);
  const pan = () => page.evaluate(() => window.stancegraphProbe!.drawnNodes()[0]!.body);
  const before = await pan();
  await clickNode(page, actorNamed('Mark Rutte').id);
  await expect(details(page).getByRole('heading', { name: 'Mark Rutte' })).toBeVisible();
  await page.waitForTimeout(300); // a reveal would animate for 250 ms
  expect(await pan()).toEqual(before);
  expect(legibility(await drawn(page)).outOfView).toEqual([]);

  const zoomBefore = await page.evaluate(() => window.stancegraphProbe!.zoom());
  const claim = claimContaining('troops to fight');
  await clickNode(page, claim.id);
  await details(page).getByRole('combobox', { name: 'Focus depth' }).selectOption('1');
  await expect
    .poll(() => page.evaluate(() => window.stancegraphProbe!.zoom()))
    .toBeGreaterThan(zoomBefore);
  expect(legibility(await drawn(page)).outOfView).toEqual([]);
  expect(await fitsTheView(page)).toBe(true);
});

test('Escape clears the focus, then the selection, from a button of the details panel', async ({
  page,
}) => {
  await openApp(page);
  await clickNode(page, actorNamed('Mark Rutte').id);
  await details(page).getByRole('combobox', { name: 'Focus depth' }).selectOption('1');
  const clear = details(page).getByRole('button', { name: 'Clear selection' });
  await clear.focus();
  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('combobox', { name: 'Focus depth' })).toHaveValue('0');
  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('heading', { name: 'Mark Rutte' })).toHaveCount(0);
});

test('hiding isolated nodes fits the view to what is left', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Open dataset').setInputFiles('tests/fixtures/shapes/components.json');
  await expect(page.getByRole('status')).toHaveText(/^20 actors/);
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  // Hide every stance but one: most nodes lose their edges and become isolated.
  for (const stance of ['Asserts', 'Agrees', 'Accuses', 'Denies', 'Doubts']) {
    await page.getByRole('checkbox', { name: stance, exact: true }).uncheck();
  }
  const shownBefore = (await drawn(page)).nodes.length;
  await page.getByRole('checkbox', { name: 'Hide isolated nodes' }).check();
  await expect.poll(async () => (await drawn(page)).nodes.length).toBeLessThan(shownBefore);
  expect(legibility(await drawn(page)).outOfView).toEqual([]);
  expect(await fitsTheView(page)).toBe(true);
});

test('a stance repeated on one claim is one edge with a count, and its details list each', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Open dataset').setInputFiles('tests/fixtures/shapes/repeated.json');
  await expect(page.getByRole('status')).toHaveText('2 actors · 1 claim · 11 statements');
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  // Anna's eight assertions, Ben's two denials, Ben's doubt: three edges.
  expect((await page.evaluate(() => window.stancegraphProbe!.shownCount())).edges).toBe(3);
  const countOf = (id: string) => page.evaluate((s) => window.stancegraphProbe!.countOf(s), id);
  expect(await countOf('a5')).toBe('×8');
  expect(await countOf('b2')).toBe('×2');
  expect(await countOf('b3')).toBe('');

  await clickStatement(page, 'a5');
  await expect(details(page)).toContainText(
    '8 statements in which Anna Andersen asserts this claim, drawn as one edge',
  );
  for (let i = 1; i <= 8; i++)
    await expect(details(page)).toContainText(`Quote number ${i} of Anna`);

  // The count is what the filters show.
  await page.getByRole('textbox', { name: 'From' }).fill('2024-05');
  await page.getByRole('textbox', { name: 'From' }).press('Enter');
  await expect.poll(() => countOf('a0')).toBe('×4');
});

test('opening the table below the graph keeps the whole graph in view; a zoomed-in view stays', async ({
  page,
}) => {
  await openApp(page);
  const height = async () => (await drawn(page)).height;
  const before = await height();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await expect.poll(height).toBeLessThan(before * 0.8);
  await expect.poll(async () => legibility(await drawn(page)).outOfView).toEqual([]);
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect.poll(height).toBe(before);
  await expect.poll(() => fitsTheView(page)).toBe(true);

  // Zoomed in by the user, part of the graph out of view: a resize leaves the camera alone.
  const box = (await graph(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -300);
  await expect.poll(async () => legibility(await drawn(page)).outOfView.length).toBeGreaterThan(0);
  const zoomIn = await page.evaluate(() => window.stancegraphProbe!.zoom());
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect.poll(height).toBeLessThan(before * 0.8);
  await page.waitForTimeout(300); // Cytoscape notices a resize after 100 ms
  expect(await page.evaluate(() => window.stancegraphProbe!.zoom())).toBe(zoomIn);
});
