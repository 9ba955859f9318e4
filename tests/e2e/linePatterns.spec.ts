// Issue 13: a view of many edges draws them without dashes and dots (dashing was a third of the
// frame that first shows a 10,000-statement debate), says so in the legend, and brings the
// patterns back when zoomed in or filtered down to fewer edges in view.
import { expect, test } from '@playwright/test';
import { debateFile, graph, openApp } from './helpers';

const zoom = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.stancegraphProbe!.zoom());

test('a dense debate is drawn with solid lines and says so; zoom or filters bring dashes back', async ({
  page,
}) => {
  const path = debateFile(2000);
  await openApp(page);
  const note = page
    .getByRole('region', { name: 'Legend' })
    .getByRole('note')
    .filter({ hasText: 'Lines are drawn solid' });
  // The sample has a few dozen edges: patterns drawn, nothing said.
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText('dashed: against');
  await expect(note).toHaveCount(0);

  await page.getByLabel('Open dataset').setInputFiles(path);
  await expect(page.getByRole('status').first()).toContainText('2,000 statements', {
    timeout: 60_000,
  });
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(note).toHaveText(
    'Lines are drawn solid while over 1,500 are in view: zoom in or filter to see dashes and dots.',
  );

  // Zoomed in over the middle of the graph, a fraction of the edges is in view.
  const fitted = await zoom(page);
  const box = (await graph(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12 && (await note.count()) > 0; i++) {
    await page.mouse.wheel(0, -150);
    await page.waitForTimeout(150);
  }
  await expect(note).toHaveCount(0);
  expect(await zoom(page)).toBeGreaterThan(fitted * 1.1);

  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(note).toHaveCount(1);
  expect(await zoom(page)).toBeCloseTo(fitted, 2);

  // "Asserts" is a third of the statements: without it, fewer than 1,500 edges are shown.
  await page.getByRole('checkbox', { name: 'Asserts' }).uncheck();
  await expect(note).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Asserts' }).check();
  await expect(note).toHaveCount(1);
});
