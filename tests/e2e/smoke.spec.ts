import { expect, test } from '@playwright/test';
import { graph, openApp, shownPixelShare } from './helpers';

test('the first screen draws the sample dataset and counts what is shown', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('status')).toHaveText(/^\d+ actors · \d+ claims · \d+ statements$/);
  await expect(page.getByRole('heading', { name: 'Stancegraph' })).toBeVisible();
  // The canvas is drawn: a fair share of its pixels differ from the background.
  expect(await shownPixelShare(page)).toBeGreaterThan(0.01);
  await graph(page).screenshot({ path: 'test-results/screens/first-screen-graph.png' });
  await page.screenshot({ path: 'test-results/screens/first-screen.png' });
});

test('the graph area says it is busy until the layout is done', async ({ page }) => {
  await page.goto('/');
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
});

test('a dataset worker that cannot start does not stop the app: it reads on the page', async ({
  page,
}) => {
  // The worker's script fails to load after `new Worker` has returned, as a blocked or broken
  // script does; before, start-up waited for its answer for ever.
  await page.route(/datasetWorker[^/]*\.js/, (route) => route.abort());
  await openApp(page);
  await expect(page.getByRole('status')).toHaveText(/^\d+ actors · \d+ claims · \d+ statements$/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
