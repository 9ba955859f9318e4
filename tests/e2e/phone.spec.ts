// A phone held upright (390 x 844): the graph takes the screen; filters and details open over it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickNode, details, graph, openApp } from './helpers';

const WIDTH = 390;
const HEIGHT = 844;
test.use({ viewport: { width: WIDTH, height: HEIGHT } });

const filtersPanel = (page: Page) =>
  page.getByRole('complementary', { name: 'Filters and sources' });

/** Whether the element lies wholly within the screen's width. */
async function expectWithinWidth(locator: Locator): Promise<void> {
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
}

test('the graph takes the screen, nothing scrolls sideways, and the header fits', async ({
  page,
}) => {
  await openApp(page);
  const scroll = await page.evaluate(() => ({
    content: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(scroll.content).toBeLessThanOrEqual(scroll.screen);

  const box = (await graph(page).boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(WIDTH - 2);
  expect(box.height).toBeGreaterThan(HEIGHT * 0.6);
  await expect(filtersPanel(page)).toBeHidden();
  await expect(details(page)).toBeHidden();

  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { name: 'Stancegraph' })).toBeInViewport();
  for (const control of [
    header.getByRole('combobox', { name: 'Search' }),
    header.getByText('Open dataset'),
    header.getByRole('button', { name: 'Open from text' }),
    header.getByRole('button', { name: 'Sample dataset' }),
  ]) {
    await expectWithinWidth(control);
  }

  // What opens from the header and the graph bar fits too.
  await header.getByRole('combobox', { name: 'Search' }).fill('korea');
  await expectWithinWidth(page.getByRole('listbox'));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expectWithinWidth(page.getByRole('group', { name: 'Export' }));
  await page.screenshot({ path: 'test-results/screens/phone-export.png' });

  // The actor view's menu has the longest items (a matrix each): their hints wrap on screen.
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'Actors' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const panel = page.getByRole('group', { name: 'Export' });
  await expect(panel.getByRole('button', { name: /agreement matrix/ })).toBeVisible();
  const hints = await panel.locator('.export-item-hint').all();
  expect(hints.length).toBeGreaterThan(5);
  for (const hint of hints) await expectWithinWidth(hint);
});

test('filters open over the graph from their button, and Close or Escape closes them', async ({
  page,
}) => {
  await openApp(page);
  const toggle = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  const panel = filtersPanel(page);
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Over the graph, not beside it: the graph keeps its width.
  const [over, under] = [(await panel.boundingBox())!, (await graph(page).boundingBox())!];
  expect(over.x).toBeLessThan(under.x + under.width);
  expect(over.y + over.height).toBeGreaterThan(under.y);
  expect(under.width).toBeGreaterThanOrEqual(WIDTH - 2);
  await expect(page.getByRole('button', { name: 'Close filters' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/phone-filters.png' });

  // It works there: a filter changes what is shown.
  await panel.getByRole('checkbox', { name: 'Denies' }).uncheck();
  await expect(panel.getByText('0/3')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await page.getByRole('button', { name: 'Close filters' }).click();
  await expect(panel).toBeHidden();
});

test('a tap on a node opens its details over the graph; Escape closes them, not the selection', async ({
  page,
}) => {
  await openApp(page);
  await clickNode(page, 'zelensky');
  const panel = details(page);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Volodymyr Zelensky');
  await expectWithinWidth(panel);
  await page.screenshot({ path: 'test-results/screens/phone-details.png' });

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(panel).toContainText('Volodymyr Zelensky');
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(panel).toBeHidden();
});

test('the timeline opens from its button and says its window whole on a line of its own', async ({
  page,
}) => {
  await openApp(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeHidden();
  await page.getByRole('button', { name: 'Timeline' }).click();
  await timeline.getByRole('combobox', { name: 'Window' }).selectOption('week');
  await timeline.getByRole('button', { name: 'Play' }).click();
  const said = timeline.locator('[aria-live="polite"]');
  await expect(said).toHaveText(/^Playing: week of /);
  await timeline.getByRole('button', { name: 'Pause' }).click();
  expect(await said.evaluate((text) => text.scrollWidth > text.clientWidth)).toBe(false);
  await expectWithinWidth(said);
  await expectWithinWidth(timeline.getByRole('img'));
});
