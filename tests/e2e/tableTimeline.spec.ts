import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickNode, details, openApp } from './helpers';
import { actorNamed, seed } from './seed';

const status = (page: Page) => page.getByRole('status');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const grid = (page: Page) => page.getByRole('grid');
const windowText = (page: Page) => timeline(page).locator('[aria-live="polite"]');

/** The counts of the status line: {actors, claims, statements} or {actors, ties}. */
async function statusCounts(page: Page): Promise<Record<string, number>> {
  const text = (await status(page).textContent()) ?? '';
  return Object.fromEntries(
    [...text.matchAll(/([\d,]+) (\w+?)s?\b/g)].map((m) => [m[2]!, Number(m[1]!.replace(/,/g, ''))]),
  );
}

async function openTable(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(grid(page)).toBeVisible();
}

/** Rows of the grid's body (the header row is the first row). */
const bodyRows = (page: Page) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });

/** The texts of one column, in the order shown. */
async function column(page: Page, header: string): Promise<string[]> {
  const headers = await grid(page).getByRole('columnheader').allTextContents();
  const at = headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === header);
  expect(at, `column ${header}`).toBeGreaterThanOrEqual(0);
  const rows = await bodyRows(page).all();
  // Rows are placed by their offset, not their order in the page: sort by aria-rowindex.
  const withIndex = await Promise.all(
    rows.map(async (row) => ({
      index: Number(await row.getAttribute('aria-rowindex')),
      text: (await row.getByRole('gridcell').nth(at).textContent()) ?? '',
    })),
  );
  return withIndex.sort((a, b) => a.index - b.index).map((r) => r.text);
}

/** The table's row count as assistive technology gets it (aria-rowcount less the header row). */
async function rowCount(page: Page): Promise<number> {
  return Number(await grid(page).getAttribute('aria-rowcount')) - 1;
}

async function expectTableMatchesStatus(page: Page): Promise<void> {
  const counts = await statusCounts(page);
  for (const [tab, noun] of [
    ['Statements', 'statement'],
    ['Actors', 'actor'],
    ['Claims', 'claim'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(grid(page)).toHaveAccessibleName(tab);
    await expect.poll(() => rowCount(page), `${tab} rows`).toBe(counts[noun]);
    await expect(page.locator('.data-table-count')).toHaveText(
      new RegExp(`^${counts[noun]} ${noun}s?$`),
    );
  }
}

test.describe('the table', () => {
  test('lists what the status line counts, for the sample and for a filtered view', async ({
    page,
  }) => {
    await openApp(page);
    await openTable(page);
    await expectTableMatchesStatus(page);
    expect((await statusCounts(page)).statement).toBe(seed.statements.length);

    await page.getByRole('checkbox', { name: 'Asserts' }).uncheck();
    await page.getByRole('checkbox', { name: 'Contested claims only' }).check();
    expect((await statusCounts(page)).statement).toBeLessThan(seed.statements.length);
    await expectTableMatchesStatus(page);
  });

  test('sorts by date, both ways, with undated statements last', async ({ page }) => {
    await openApp(page);
    await openTable(page);
    const header = grid(page).getByRole('columnheader', { name: 'Date' });
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const dated = seed.statements.flatMap((s) => (s.date ? [s.date] : [])).sort();
    const undated = seed.statements.length - dated.length;
    expect(await column(page, 'Date')).toEqual([...dated, ...Array(undated).fill('')]);

    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await column(page, 'Date')).toEqual([...dated.reverse(), ...Array(undated).fill('')]);
  });

  test('a row click opens its details; a graph click highlights its row', async ({ page }) => {
    await openApp(page);
    await openTable(page);
    const statement = seed.statements.find(
      (s) => s.quote && s.actor === actorNamed('Kurt Campbell').id,
    )!;
    const row = bodyRows(page).filter({ hasText: statement.quote!.slice(0, 40) });
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect(details(page)).toContainText(statement.quote!.slice(0, 40));
    await expect(page).toHaveURL(new RegExp(`select=statement%3A${statement.id}`));

    // The graph is smaller with the table open, and centred on the selected statement: fit it
    // (after its animation) so that the node to click is in view.
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(100);
    const zelensky = actorNamed('Volodymyr Zelensky');
    await clickNode(page, zelensky.id);
    await expect(details(page)).toContainText(zelensky.name);
    await expect(page.getByRole('tab', { name: 'Actors' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const selected = bodyRows(page).and(page.locator('[aria-selected="true"]'));
    await expect(selected).toHaveCount(1);
    await expect(selected.getByRole('gridcell').first()).toHaveText(zelensky.name);
    await expect(selected).toBeInViewport();
  });

  test('opened after a graph selection, shows its row; keeps its filter and sort when closed', async ({
    page,
  }) => {
    await openApp(page);
    const putin = actorNamed('Vladimir Putin');
    await clickNode(page, putin.id);
    await expect(details(page)).toContainText(putin.name);
    await openTable(page);
    await expect(page.getByRole('tab', { name: 'Actors' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const selected = bodyRows(page).and(page.locator('[aria-selected="true"]'));
    await expect(selected.getByRole('gridcell').first()).toHaveText(putin.name);

    // Words from two columns: the rows holding both, each anywhere (here the actor and the
    // stance) are those of one word that hold the other.
    await page.getByRole('tab', { name: 'Statements' }).click();
    const filter = page.getByRole('searchbox', { name: 'Filter rows' });
    await filter.fill('campbell');
    await expect.poll(() => rowCount(page)).toBeLessThan(seed.statements.length);
    const campbell = await column(page, 'Stance');
    const asserts = campbell.filter((stance) => stance === 'Asserts').length;
    expect(asserts).toBeGreaterThan(0);
    expect(asserts).toBeLessThan(campbell.length);
    await filter.fill('campbell asserts');
    await expect.poll(() => rowCount(page)).toBe(asserts);
    expect(new Set(await column(page, 'Stance'))).toEqual(new Set(['Asserts']));
    await grid(page).getByRole('columnheader', { name: 'Date' }).getByRole('button').click();

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(grid(page)).toHaveCount(0);
    await openTable(page);
    await expect(filter).toHaveValue('campbell asserts');
    await expect.poll(() => rowCount(page)).toBe(asserts);
    await expect(grid(page).getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  test('a filter that hid the selected row, once cleared, brings the row back into view', async ({
    page,
  }) => {
    await openApp(page);
    await openTable(page);
    // The last statement's row, scrolled to and selected by keyboard.
    await grid(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    const selected = bodyRows(page).and(page.locator('[aria-selected="true"]'));
    await expect(selected).toHaveAttribute('aria-rowindex', String(seed.statements.length + 1));
    await expect(selected).toBeInViewport();
    const filter = page.getByRole('searchbox', { name: 'Filter rows' });
    await filter.fill('no such words');
    await expect.poll(() => rowCount(page)).toBe(0);
    await filter.fill('');
    await expect.poll(() => rowCount(page)).toBe(seed.statements.length);
    await expect(selected).toBeInViewport();
  });

  test('is used by keyboard: arrows move, Enter selects, Enter on a header sorts', async ({
    page,
  }) => {
    await openApp(page);
    await openTable(page);
    await page.getByRole('tab', { name: 'Actors' }).click();
    await page.getByRole('tab', { name: 'Actors' }).press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Claims' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Actors' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await grid(page).focus();
    const active = () =>
      grid(page).evaluate((element) => {
        const id = element.getAttribute('aria-activedescendant');
        return id ? (document.getElementById(id)?.textContent ?? null) : null;
      });
    const names = await column(page, 'Name');
    await expect.poll(active).toBe(names[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toBe(names[2]);
    await page.keyboard.press('Enter');
    await expect(details(page)).toContainText(names[2]!);
    await expect(bodyRows(page).and(page.locator('[aria-selected="true"]'))).toContainText(
      names[2]!,
    );

    // Up to the header row, then Enter sorts by the active column (Name).
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowUp');
    await expect.poll(active).toMatch(/^Name/);
    await page.keyboard.press('Enter');
    await expect(grid(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const sorted = [...names].sort((a, b) => a.localeCompare(b));
    expect(await column(page, 'Name')).toEqual(sorted);

    // Right moves along the row; the filter box narrows the rows.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(active).toMatch(/^(Person|State|Organization|Group|Other)$/);
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('korea');
    await expect
      .poll(() => rowCount(page))
      .toBe(seed.actors.filter((a) => /korea/i.test(`${a.name} ${a.role ?? ''}`)).length);
    await expect(page.locator('.data-table-count')).toHaveText(/ of 13 actors$/);
  });
});

// The first and last day a full or partial date covers, as strings that compare as dates ("-31"
// ends every month: no real day of a shorter month comes after it).
const startOf = (date: string) =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
const endOf = (date: string) =>
  date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;

/** Drags across the histogram from one share of its width to another. */
async function dragAcross(page: Page, chart: Locator, from: number, to: number): Promise<void> {
  const box = (await chart.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 3 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 3 });
  await page.mouse.up();
}

test.describe('the timeline', () => {
  test('is a histogram with a name and a summary; dragging across it sets From and To', async ({
    page,
  }) => {
    await openApp(page);
    const chart = timeline(page).getByRole('img', { name: /statements over time/i });
    await expect(chart).toHaveAccessibleDescription(/Statements by week, 2024-01-01 to/);
    const from = page.getByRole('textbox', { name: 'From' });
    const to = page.getByRole('textbox', { name: 'To' });
    await expect(from).toHaveValue('');

    // The sample's statements are dated in 2024; the last quarter holds most of them.
    await dragAcross(page, chart, 0.72, 0.85);
    await expect(from).not.toHaveValue('');
    await expect(to).not.toHaveValue('');
    const [fromValue, toValue] = [await from.inputValue(), await to.inputValue()];
    expect(fromValue < toValue).toBe(true);
    const inRange = seed.statements.filter(
      (s) => !s.date || (endOf(s.date) >= startOf(fromValue) && startOf(s.date) <= endOf(toValue)),
    ).length;
    expect((await statusCounts(page)).statement).toBe(inRange);
    expect(inRange).toBeLessThan(seed.statements.length);
    await expect(windowText(page)).toHaveText(`${fromValue} to ${toValue} · ${inRange} statements`);
    await expect(page).toHaveURL(new RegExp(`from=${fromValue}&to=${toValue}`));

    // Typing in the fields moves the range drawn on the chart.
    await from.fill('2024-06');
    await from.press('Enter');
    await expect(windowText(page)).toHaveText(new RegExp(`^2024-06 to ${toValue} · `));
    await timeline(page).getByRole('button', { name: 'All dates' }).click();
    await expect(from).toHaveValue('');
    expect((await statusCounts(page)).statement).toBe(seed.statements.length);
  });

  test('Play moves a window step by step, the counts follow, Pause stops it', async ({ page }) => {
    await openApp(page);
    await timeline(page).getByRole('combobox', { name: 'Window' }).selectOption('quarter');
    const undated = seed.statements.filter((s) => !s.date).length;
    // Per quarter of 2024: the undated ones (Include undated is on), "2024", and that quarter's.
    const inQuarter = (q: number) =>
      undated +
      seed.statements.filter((s) => {
        if (!s.date) return false;
        if (s.date.length === 4) return true;
        const month = Number(s.date.slice(5, 7));
        return Math.ceil(month / 3) === q;
      }).length;
    const hashBefore = new URL(page.url()).hash;

    // With the table open, only the timeline says each step while playing (not the row count).
    await openTable(page);
    const rowsSaid = page.locator('.data-table-count');
    await expect(rowsSaid).toHaveAttribute('aria-live', 'polite');
    await timeline(page).getByRole('button', { name: 'Play' }).click();
    await expect(windowText(page)).toHaveText(`Playing: 2024 Q1 · ${inQuarter(1)} statements`);
    expect((await statusCounts(page)).statement).toBe(inQuarter(1));
    await expect(rowsSaid).toHaveAttribute('aria-live', 'off');
    await expect(windowText(page)).toHaveText(`Playing: 2024 Q2 · ${inQuarter(2)} statements`);
    expect((await statusCounts(page)).statement).toBe(inQuarter(2));
    expect(inQuarter(2)).not.toBe(inQuarter(1));
    // The address waits for the range to settle.
    expect(new URL(page.url()).hash).toBe(hashBefore);

    await timeline(page).getByRole('button', { name: 'Pause' }).click();
    await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(rowsSaid).toHaveAttribute('aria-live', 'polite');
    const paused = await windowText(page).textContent();
    expect(paused).toMatch(/^Window: 2024 Q[23]/);
    await expect(page).toHaveURL(/from=2024-0[47]&to=2024-0[69]/);
    await page.waitForTimeout(1500);
    await expect(windowText(page)).toHaveText(paused!);
    await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(/^2024-0[47]$/);

    // Next and Previous step by hand, up to the last window, where Next says there is none.
    const next = timeline(page).getByRole('button', { name: 'Next window' });
    await next.click();
    if (paused!.startsWith('Window: 2024 Q2')) await next.click();
    await expect(windowText(page)).toHaveText(`Window: 2024 Q4 · ${inQuarter(4)} statements`);
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await next.click({ force: true });
    await expect(windowText(page)).toHaveText(`Window: 2024 Q4 · ${inQuarter(4)} statements`);
    await timeline(page).getByRole('button', { name: 'Previous window' }).click();
    await expect(windowText(page)).toHaveText(`Window: 2024 Q3 · ${inQuarter(3)} statements`);
    await expect(next).toHaveAttribute('aria-disabled', 'false');
  });

  test('says the window whole beside both side panels, with the colour key beside the chart', async ({
    page,
  }) => {
    await openApp(page);
    await timeline(page).getByRole('combobox', { name: 'Window' }).selectOption('week');
    await timeline(page).getByRole('button', { name: 'Next window' }).click();
    await expect(windowText(page)).toHaveText(
      /^Window: week of \d{4}-\d{2}-\d{2} · \d+ statements$/,
    );
    const cut = await windowText(page).evaluate((text) => text.scrollWidth > text.clientWidth);
    expect(cut, 'the window text is cut short').toBe(false);
    const key = timeline(page).locator('.timeline-key');
    await expect(key).toHaveText(/for\s*neutral\s*against/);
    const chart = (await timeline(page).getByRole('img').boundingBox())!;
    const keyBox = (await key.boundingBox())!;
    expect(keyBox.x).toBeGreaterThanOrEqual(chart.x + chart.width);
    expect(keyBox.y + keyBox.height).toBeLessThanOrEqual(chart.y + chart.height + 14);
  });

  test('Play in the actor view changes the ties without a new layout', async ({ page }) => {
    await openApp(page);
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(page.getByRole('region', { name: 'Graph' })).toHaveAttribute('aria-busy', 'false');
    const positions = await page.evaluate(() => window.stancegraphProbe!.nodePositions());
    const allTies = (await statusCounts(page)).tie;
    await timeline(page).getByRole('combobox', { name: 'Window' }).selectOption('quarter');
    await timeline(page).getByRole('button', { name: 'Next window' }).click();
    await timeline(page).getByRole('button', { name: 'Next window' }).click();
    await timeline(page).getByRole('button', { name: 'Next window' }).click();
    await timeline(page).getByRole('button', { name: 'Next window' }).click();
    await expect(windowText(page)).toHaveText(/^Window: 2024 Q4/);
    const q4Ties = (await statusCounts(page)).tie;
    expect(q4Ties).toBeLessThan(allTies!);
    expect(await page.evaluate(() => window.stancegraphProbe!.nodePositions())).toEqual(positions);
    await expect(page.getByRole('region', { name: 'Graph' })).toHaveAttribute('aria-busy', 'false');
  });
});
