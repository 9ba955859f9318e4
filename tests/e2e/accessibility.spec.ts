import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buttonContrasts, textContrasts } from './contrast';
import { clickNode, details, exportAs, graph, openApp } from './helpers';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * Checks the page as it is now: every axe-core rule (WCAG A and AA, best practices), and the
 * contrast of every button, disabled ones too (axe skips those). Adds what fails to `problems`,
 * named by the state, so one run reports every state that fails.
 */
async function audit(page: Page, state: string, problems: string[]): Promise<AxeResults> {
  const results = await new AxeBuilder({ page }).analyze();
  for (const violation of results.violations) {
    const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    problems.push(`${state}: ${violation.id}: ${violation.help} (${where})`);
  }
  for (const button of await buttonContrasts(page)) {
    if (button.ratio < 4.5) {
      problems.push(`${state}: button "${button.name}" has contrast ${button.ratio.toFixed(2)}:1`);
    }
  }
  return results;
}

/** Whether axe measured the contrast of an element whose HTML contains `html` (and it passed). */
function contrastPassed(results: AxeResults, html: string): boolean {
  const measured = results.passes.find((rule) => rule.id === 'color-contrast')?.nodes ?? [];
  return measured.some((node) => node.html.includes(html));
}

// Each test runs axe over several states: minutes on a busy machine, seconds on a quiet one.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openApp(page);
    });

    test('no accessibility violations: first screen, a selection, search, export menu', async ({
      page,
    }) => {
      const problems: string[] = [];
      await audit(page, 'first screen', problems);

      await clickNode(page, 'zelensky');
      await expect(details(page)).toContainText('Volodymyr Zelensky');
      await audit(page, 'an actor selected', problems);

      const search = page.getByRole('combobox', { name: 'Search' });
      await search.fill('korea');
      await expect(page.getByRole('listbox')).toBeVisible();
      await audit(page, 'search results', problems);
      await search.press('Escape');

      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const exportMenu = page.getByRole('group', { name: 'Export' });
      await expect(exportMenu).toBeVisible();
      await audit(page, 'export menu', problems);

      await exportMenu.getByRole('button', { name: 'Copy embed code' }).click();
      const address = exportMenu.getByRole('textbox', { name: 'Address of the hosted dataset' });
      await address.fill('ftp://nowhere');
      await exportMenu.getByRole('button', { name: 'Make embed code' }).click();
      await expect(exportMenu).toContainText('is not an http or https address');
      await audit(page, 'export menu, embed address refused', problems);
      await address.fill('https://data.example/d.json');
      await exportMenu.getByRole('button', { name: 'Make embed code' }).click();
      await expect(exportMenu.getByRole('textbox', { name: 'Embed code' })).toBeVisible();
      await audit(page, 'export menu, embed code', problems);
      expect(problems).toEqual([]);
    });

    test('no accessibility violations: the standalone page, the embed, a link’s unknown item', async ({
      page,
    }, info) => {
      const problems: string[] = [];
      await clickNode(page, 'zelensky');
      const exported = await exportAs(page, 'Export HTML');
      const path = info.outputPath('standalone.html');
      writeFileSync(path, exported.bytes);
      await page.goto(pathToFileURL(path).href);
      await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
      await expect(details(page)).toContainText('Volodymyr Zelensky');
      await audit(page, 'standalone page, an actor selected', problems);

      await openApp(page, '/?embed');
      await audit(page, 'embed', problems);
      await clickNode(page, 'zelensky');
      await expect(details(page)).toContainText('Volodymyr Zelensky');
      await audit(page, 'embed, details open', problems);

      await openApp(page, '/#select=actor%3Anobody');
      await expect(page.getByText('The link selects actor "nobody"')).toBeVisible();
      await audit(page, 'unknown item in a link', problems);
      expect(problems).toEqual([]);
    });

    test('no accessibility violations: the Open from text dialog, the actor view', async ({
      page,
    }) => {
      const problems: string[] = [];
      await page.getByRole('button', { name: 'Open from text' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open from text' });
      await audit(page, 'open from text, empty', problems);
      await dialog.getByRole('textbox', { name: 'Dataset JSON' }).fill('{}');
      const withText = await audit(page, 'open from text, with text', problems);
      // axe must really measure the dialog's buttons: it cannot tell the colours inside a modal
      // dialog unless it can place the dialog above the page, and text drawn in its own
      // background's colour (1:1) it leaves undecided, not failed.
      for (const name of ['Open', 'Cancel']) {
        if (!contrastPassed(withText, `>${name}</button>`)) {
          problems.push(`open from text: axe did not pass the contrast of the ${name} button`);
        }
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await page.getByRole('radio', { name: 'Actors' }).check();
      await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
      await audit(page, 'actor view', problems);
      expect(problems).toEqual([]);
    });

    test('no accessibility violations: the table and its tabs', async ({ page }) => {
      const problems: string[] = [];
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      const grid = page.getByRole('grid');
      await expect(grid).toBeVisible();
      await grid.getByRole('columnheader', { name: 'Date' }).getByRole('button').click();
      await grid.getByRole('row').nth(2).click();
      await grid.focus();
      await page.keyboard.press('ArrowDown');
      await audit(page, 'table of statements, sorted, a row selected and one active', problems);
      for (const tab of ['Actors', 'Claims']) {
        await page.getByRole('tab', { name: tab }).click();
        await expect(grid).toHaveAccessibleName(tab);
        await audit(page, `table of ${tab.toLowerCase()}`, problems);
      }
      await page.getByRole('searchbox', { name: 'Filter rows' }).fill('no such row');
      await expect(grid).toHaveAttribute('aria-rowcount', '1');
      await audit(page, 'table, no row left by the filter box', problems);

      expect(problems).toEqual([]);
    });

    test('no accessibility violations: the timeline with a window, after Play', async ({
      page,
    }) => {
      const problems: string[] = [];
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.getByRole('button', { name: 'Next window' }).click();
      await audit(page, 'timeline, one window', problems);
      // axe does not finish on a page that changes every second: audited once paused.
      await timeline.getByRole('button', { name: 'Play' }).click();
      await timeline.getByRole('button', { name: 'Pause' }).click();
      await expect(timeline.getByRole('button', { name: 'Play' })).toBeVisible();
      await audit(page, 'timeline, paused', problems);
      expect(problems).toEqual([]);
    });

    test('no accessibility violations: the Add menu, the forms and the editing dialogs', async ({
      page,
    }) => {
      const problems: string[] = [];
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await audit(page, 'add menu', problems);
      await page.getByRole('button', { name: 'Add statement' }).click();
      await page.getByRole('combobox', { name: 'Actor', exact: true }).fill('new person');
      await expect(page.getByRole('option', { name: /Create actor/ })).toBeVisible();
      await audit(page, 'statement form, actor list open', problems);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await clickNode(page, 'zelensky');
      await details(page).getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('textbox', { name: 'Name' }).fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await audit(page, 'actor form, refused', problems);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await details(page).getByRole('button', { name: 'Merge into…' }).click();
      await audit(page, 'merge dialog', problems);
      await page.keyboard.press('Escape');
      await details(page).getByRole('button', { name: 'Delete' }).click();
      const remove = page.getByRole('dialog', { name: 'Delete actor' });
      const deleting = await audit(page, 'delete dialog', problems);
      if (!contrastPassed(deleting, '>Delete</button>'))
        problems.push('delete dialog: axe did not pass the contrast of the Delete button');
      await remove.getByRole('button', { name: 'Delete' }).click();

      await page.getByRole('button', { name: 'Sample dataset' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await audit(page, 'replace question', problems);
      expect(problems).toEqual([]);
    });
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no accessibility violations, ${colorScheme} theme: sources, a text with its highlights and mentions, coding`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    const problems: string[] = [];
    await page.getByRole('tab', { name: 'Sources' }).click();
    await expect(page.getByRole('button', { name: 'Add source' })).toBeVisible();
    await audit(page, 'sources list', problems);

    await page.getByRole('button', { name: /^Zelensky says/ }).click();
    const text = page.getByRole('region', { name: /^Text of / });
    await page.getByRole('checkbox', { name: 'Show mentions' }).check();
    // Words coded twice (two highlights, one inside the other), the inner one selected.
    await text.locator('mark[data-statement="s08"]').click();
    await expect(page.getByRole('group', { name: 'Selected highlight' })).toBeVisible();
    await audit(page, 'a source text, highlight selected, mentions shown', problems);
    for (const highlight of await textContrasts(page, '.highlight')) {
      if (highlight.ratio < 4.5)
        problems.push(`highlight "${highlight.name}" has contrast ${highlight.ratio.toFixed(2)}:1`);
    }

    await text.focus();
    for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByRole('group', { name: 'Selected words' })).toBeVisible();
    await audit(page, 'words selected', problems);
    await page.getByRole('button', { name: 'Code statement' }).click();
    await page.getByRole('combobox', { name: 'Actor', exact: true }).click();
    await expect(page.getByRole('listbox', { name: 'Actor' })).toBeVisible();
    await audit(page, 'coding a statement, actor list open', problems);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Edit source' }).click();
    await audit(page, 'source form', problems);
    expect(problems).toEqual([]);
  });
}

test('no accessibility violations at phone size, panels open and closed', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const problems: string[] = [];
  await audit(page, 'phone, first screen', problems);
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  await audit(page, 'phone, filters open', problems);
  await page.getByRole('button', { name: 'Close filters' }).click();
  await clickNode(page, 'zelensky');
  await expect(details(page)).toBeInViewport();
  await audit(page, 'phone, details open', problems);
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await audit(page, 'phone, table open', problems);
  // The graph takes a phone's screen: the timeline opens from its button.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeHidden();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(timeline).toBeVisible();
  await audit(page, 'phone, table and timeline open', problems);
  expect(problems).toEqual([]);
});

test('the button contrast check finds text drawn in its own colour, or faded', async ({ page }) => {
  await page.setContent(`
    <body style="background: #ffffff; color: #1f2328">
      <button style="background: #ffffff; color: #ffffff">Invisible</button>
      <button style="background: #1a1d21; color: #15171a">Dark on dark</button>
      <button disabled style="opacity: 0.5; background: #ffffff; color: #5b6169">Faded</button>
      <div style="background: #0b57d0"><button style="background: none; color: #ffffff">Fine</button></div>
    </body>`);
  const ratios = Object.fromEntries(
    (await buttonContrasts(page)).map((button) => [button.name, button.ratio]),
  );
  expect(ratios['Invisible']).toBeCloseTo(1);
  expect(ratios['Dark on dark']).toBeLessThan(1.2);
  expect(ratios['Faded']).toBeLessThan(4.5);
  expect(ratios['Fine']).toBeGreaterThan(4.5);
});
