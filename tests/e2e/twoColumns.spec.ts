import { expect, test } from '@playwright/test';
import { graph, nodePositions, openApp } from './helpers';
import { seed } from './seed';

test('Two columns puts actors on one side and claims on the other, none on another', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Two columns' });
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  const positions = await nodePositions(page);
  const column = (ids: string[]) => ids.map((id) => positions[`n:${id}`]!);
  const actors = column(seed.actors.map((a) => a.id));
  const claims = column(seed.claims.map((c) => c.id));
  expect(new Set(actors.map((p) => Math.round(p.x))).size).toBe(1);
  expect(new Set(claims.map((p) => Math.round(p.x))).size).toBe(1);
  // Claim boxes are 160 wide, actor labels about as much: the columns stand well apart.
  expect(claims[0]!.x - actors[0]!.x).toBeGreaterThan(300);
  // Down each column, no node reaches the next: an actor and its label take about 45 units.
  for (const [points, room] of [
    [actors, 45],
    [claims, 40],
  ] as const) {
    const ys = points.map((p) => p.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(room);
  }
  await page.screenshot({ path: 'test-results/screens/two-columns.png' });

  // The actor view has no claims: a circle, and the toolbar says so.
  await page.getByRole('radio', { name: 'Actors' }).check();
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByText('No claims here: drawn as a circle')).toBeVisible();
  const ring = Object.values(await nodePositions(page));
  const centre = {
    x: ring.reduce((s, p) => s + p.x, 0) / ring.length,
    y: ring.reduce((s, p) => s + p.y, 0) / ring.length,
  };
  const radii = ring.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y));
  // The ring holds the boxes with their labels (a label hangs below its node), so the nodes
  // themselves stand a few units off it, no more.
  const mean = radii.reduce((s, r) => s + r, 0) / radii.length;
  expect(mean).toBeGreaterThan(100);
  expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(0.15 * mean);
});
