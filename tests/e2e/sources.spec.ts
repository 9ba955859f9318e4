// Sources and coding: the sample's article with its highlights, selecting words as a user does
// (a mouse drag, Shift and the arrow keys) and coding them as a statement, undo, hostile texts,
// mentions and the quote check.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickStatement, details, exportAs, openApp, openText } from './helpers';
import { seed, statusFor } from './seed';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const seedStatus = statusFor(seed.actors.length, seed.claims.length, seed.statements.length);
const sampleSource = (seed as unknown as { sources: { id: string; title: string; text: string }[] })
  .sources[0]!;

/** The text of the source open in the reader. */
function sourceText(page: Page): Locator {
  return page.getByRole('region', { name: /^Text of / });
}

/** Opens the Sources tab and the source whose title starts with `title`. */
async function openSource(page: Page, title: string | RegExp): Promise<Locator> {
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: title }).click();
  await expect(sourceText(page)).toBeVisible();
  return sourceText(page);
}

/**
 * Drags the mouse from the first to the last character of `words` in the reader, as a person
 * selects them. Where the words are is read from the page's text nodes here, not from the app.
 */
async function dragOver(page: Page, words: string): Promise<void> {
  await sourceText(page).getByText(words.slice(0, 20)).first().scrollIntoViewIfNeeded();
  const box = await sourceText(page).evaluate((region, wanted) => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, words);
  if (!box) throw new Error(`"${words}" is not one run of text in the reader`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

const selectedText = (page: Page) => page.evaluate(() => document.getSelection()!.toString());

test('the sample source shows the article with one highlight per statement; a click selects it', async ({
  page,
}) => {
  await openApp(page);
  const text = await openSource(page, new RegExp(sampleSource.title.slice(0, 20)));
  await expect(text.locator('mark')).toHaveCount(seed.statements.length);
  // Every paragraph of the article is there, as text.
  for (const line of sampleSource.text.split('\n').filter((l) => l.trim() !== ''))
    await expect(text.getByText(line, { exact: true })).toHaveCount(1);

  const rutte = seed.statements.find((s) => s.actor === 'rutte')!;
  const rutteClaim = seed.claims.find((c) => c.id === rutte.claim)!.text;
  const highlight = text.getByRole('link', {
    name: new RegExp(`^Mark Rutte ${rutte.stance}: ${rutteClaim.slice(0, 20)}`),
  });
  await expect(highlight).toHaveText(rutte.quote!);
  await highlight.click();
  await expect(
    details(page).getByRole('heading', { name: 'Statement by Mark Rutte' }),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`select=statement%3A${rutte.id}`));
  await expect(highlight).toHaveAttribute('aria-current', 'true');

  // Selected in the graph, the last statement's highlight comes into view in the text.
  const last = seed.statements.at(-1)!;
  await text.locator('mark').first().scrollIntoViewIfNeeded();
  const lastMark = text.locator(`mark[data-statement="${last.id}"]`);
  await expect(lastMark).not.toBeInViewport();
  await clickStatement(page, last.id);
  await expect(lastMark).toBeInViewport();
  await expect(lastMark).toHaveAttribute('aria-current', 'true');
});

test('words selected with a drag and Shift+arrows are coded through the form; Undo takes it back', async ({
  page,
}) => {
  await openApp(page);
  const text = await openSource(page, new RegExp(sampleSource.title.slice(0, 20)));
  const marks = await text.locator('mark').count();
  await dragOver(page, 'Western governments are struggling to maintain public backing');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
  const words = await selectedText(page);
  expect(words).toBe('Western governments are struggling to maintain public backing fo');
  const bar = page.getByRole('group', { name: 'Selected words' });
  await expect(bar).toContainText(words);
  await bar.getByRole('button', { name: 'Code statement' }).click();

  await expect(details(page).getByRole('heading', { name: 'New statement' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Quote' })).toHaveValue(words);
  await expect(page.getByRole('combobox', { name: 'Source' })).toHaveValue(sampleSource.id);
  await expect(page.getByRole('textbox', { name: 'Date' })).toHaveValue('2024-10-17');
  // The actors named in the sentence come first: Zelensky, Kyiv (Ukraine), Russia.
  const actor = page.getByRole('combobox', { name: 'Actor', exact: true });
  await actor.click();
  const options = page.getByRole('listbox', { name: 'Actor' }).getByRole('option');
  await expect(options.nth(0)).toHaveText('Volodymyr Zelensky in the sentence');
  await expect(options.nth(1)).toHaveText('Ukraine in the sentence');
  await expect(options.nth(2)).toHaveText('Russia in the sentence');
  await actor.fill('Western governments');
  await page.getByRole('option', { name: 'Create actor "Western governments"' }).click();
  await page.getByRole('combobox', { name: 'Kind of the new actor' }).selectOption('group');
  const claim = page.getByRole('combobox', { name: 'Claim', exact: true });
  await claim.fill('Public backing for Ukraine is waning');
  await page.getByRole('option', { name: /^Create claim/ }).click();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(status(page)).toHaveText(
    statusFor(seed.actors.length + 1, seed.claims.length + 1, seed.statements.length + 1),
  );
  await expect(text.locator('mark')).toHaveCount(marks + 1);
  const coded = text.getByRole('link', { name: /^Western governments asserts: Public backing/ });
  await expect(coded).toHaveText(words);

  const exported = JSON.parse((await exportAs(page, 'Export JSON')).text) as {
    sources: { id: string; text: string }[];
    statements: { quote?: string; span?: [number, number]; source?: string }[];
  };
  const statement = exported.statements.find((s) => s.quote === words)!;
  expect(statement.source).toBe(sampleSource.id);
  const articleText = exported.sources.find((s) => s.id === sampleSource.id)!.text;
  expect(articleText.slice(statement.span![0], statement.span![1])).toBe(words);
  expect(statement.span![0]).toBe(sampleSource.text.indexOf(words));

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(text.locator('mark')).toHaveCount(marks);
  await expect(status(page)).toHaveText(seedStatus);
});

test('the keyboard alone selects words: focus the text, Shift+arrows, Code statement', async ({
  page,
}) => {
  await openApp(page);
  const text = await openSource(page, new RegExp(sampleSource.title.slice(0, 20)));
  await text.focus();
  for (let i = 0; i < 9; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  const first = sampleSource.text.split(' ').slice(0, 2).join(' ');
  expect(await selectedText(page)).toBe(first);
  await expect(page.getByRole('group', { name: 'Selected words' })).toContainText(first);
  await page.getByRole('button', { name: 'Code statement' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Quote' })).toHaveValue(first);
});

test('a highlight offers Edit and Delete; words coded twice select one, then the other', async ({
  page,
}) => {
  await openApp(page);
  const text = await openSource(page, new RegExp(sampleSource.title.slice(0, 20)));
  const [outer, inner] = seed.statements.filter(
    (s) => s.actor === 'putin' || s.actor === 'kim-jong-un',
  );
  const shared = text.locator(`mark[data-statement="${inner!.id}"]`);
  await shared.click();
  await expect(page).toHaveURL(new RegExp(`select=statement%3A${inner!.id}`));
  await shared.click();
  await expect(page).toHaveURL(new RegExp(`select=statement%3A${outer!.id}`));
  const bar = page.getByRole('group', { name: 'Selected highlight' });
  await expect(bar).toContainText('Vladimir Putin agrees');
  await expect(bar.getByRole('button', { name: /^Kim Jong Un agrees/ })).toBeVisible();

  await bar.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('textbox', { name: 'Quote' })).toHaveValue(outer!.quote!);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await bar.getByRole('button', { name: 'Delete' }).click();
  await page
    .getByRole('dialog', { name: 'Delete statement' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(text.locator('mark')).toHaveCount(seed.statements.length - 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(text.locator('mark')).toHaveCount(seed.statements.length);
});

test('a source text full of markup and script shows as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openApp(page);
  const hostile =
    '<script>window.__ran = "script"</script><img src=x onerror="window.__ran = \'img\'">\n' +
    '<b>Bold?</b> <a href="javascript:alert(1)">link</a> <iframe src="javascript:alert(2)"></iframe>';
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('<i>Hostile</i> page');
  await page.getByRole('textbox', { name: 'Text' }).fill(hostile);
  await page.getByRole('button', { name: 'Save' }).click();

  const text = sourceText(page);
  await expect(page.getByRole('heading', { name: '<i>Hostile</i> page' })).toBeVisible();
  await expect(text).toContainText('<script>window.__ran = "script"</script>');
  await expect(text).toContainText('<b>Bold?</b>');
  expect(await text.locator('script, img, b, a, iframe, i').count()).toBe(0);

  // An .html file is read as text: its tags removed, its script neither run nor kept.
  await page.getByRole('button', { name: 'Edit source' }).click();
  await page.getByLabel('Read the text from a file').setInputFiles({
    name: 'page.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<html><head><script>window.__ran = "file"</script></head><body><p>Fine <b>words</b>.</p>' +
        '<img src=x onerror="window.__ran = \'file img\'"></body></html>',
    ),
  });
  await expect(page.getByRole('textbox', { name: 'Text' })).toHaveValue('Fine words.');
  await expect(page.getByText('its HTML tags were removed')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(text).toHaveText('Fine words.');
  expect(await page.evaluate(() => (window as { __ran?: string }).__ran)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('Show mentions underlines the names of actors that no statement covers', async ({ page }) => {
  await openApp(page);
  const text = await openSource(page, new RegExp(sampleSource.title.slice(0, 20)));
  await expect(text.locator('.mention')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show mentions' }).check();
  // "Moscow and Pyongyang" in the first sentence, and Mark Rutte before his quote, are not coded.
  await expect(text.locator('.mention', { hasText: /^Pyongyang$/ }).first()).toBeVisible();
  await expect(text.locator('.mention', { hasText: /^Mark Rutte$/ })).toHaveCount(1);
  await expect(text.locator('mark .mention')).toHaveCount(0);
  await expect(page.getByText(/names? of actors underlined/)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show mentions' }).uncheck();
  await expect(text.locator('.mention')).toHaveCount(0);
});

test('the quote check lists quotes not found in their source, with links, marked in their details', async ({
  page,
}) => {
  await openApp(page);
  const dataset = {
    format: 'stancegraph',
    version: 1,
    sources: [{ id: 'minutes', title: 'Minutes', text: 'Alice said the bridge is unsafe.' }],
    actors: [
      { id: 'alice', name: 'Alice', kind: 'person' },
      { id: 'bob', name: 'Bob', kind: 'person' },
    ],
    claims: [{ id: 'unsafe', text: 'The bridge is unsafe' }],
    statements: [
      {
        id: 's1',
        actor: 'alice',
        claim: 'unsafe',
        stance: 'asserts',
        source: 'minutes',
        quote: 'the bridge is unsafe',
      },
      {
        id: 's2',
        actor: 'bob',
        claim: 'unsafe',
        stance: 'denies',
        source: 'minutes',
        quote: 'it is safe',
      },
      {
        id: 's3',
        actor: 'bob',
        claim: 'unsafe',
        stance: 'doubts',
        source: 'minutes',
        quote: 'who knows',
      },
    ],
  };
  await openText(page, JSON.stringify(dataset));
  await expect(status(page)).toHaveText(statusFor(2, 1, 3));
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByText('2 quotes not found in their source')).toBeVisible();
  await page.getByRole('button', { name: 'Bob denies: The bridge is unsafe' }).click();
  await expect(details(page).getByRole('heading', { name: 'Statement by Bob' })).toBeVisible();
  await expect(details(page)).toContainText("The quote is not found in the source's text.");
  await expect(sourceText(page).locator('mark')).toHaveCount(1);
  await expect(page.getByText('2 quotes not found in their source')).toBeVisible();
});

test("editing a source's text keeps every highlight on its words", async ({ page }) => {
  await openApp(page);
  const text = await openSource(page, new RegExp(sampleSource.title.slice(0, 20)));
  await page.getByRole('button', { name: 'Edit source' }).click();
  const field = page.getByRole('textbox', { name: 'Text' });
  await field.press('Control+Home');
  await field.pressSequentially('Updated. ');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(text).toContainText('Updated. Ukrainian President');
  await expect(text.locator('mark')).toHaveCount(seed.statements.length);
  for (const statement of seed.statements)
    await expect(text.locator(`mark[data-statement="${statement.id}"]`)).toHaveText(
      statement.quote!,
    );
  await expect(page.getByText(/all \d+ quotes are found/)).toBeVisible();
});

test('words across a CRLF line end keep their place when the quote field is edited', async ({
  page,
}) => {
  // A text field gives back its line ends as "\n" alone: the quote must still be found.
  const text = 'Intro line.\r\nAlice says the bridge\r\nis unsafe today.\r\nThe end.';
  await openApp(page);
  await openText(
    page,
    JSON.stringify({
      format: 'stancegraph',
      version: 1,
      sources: [{ id: 'src', title: 'Transcript', text }],
      actors: [{ id: 'alice', name: 'Alice', kind: 'person' }],
      claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
      statements: [],
    }),
  );
  const reader = await openSource(page, /^Transcript/);
  // A drag from "bridge" on one line to "unsafe" on the next.
  const box = await reader.evaluate((region) => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    const at = (word: string, end: boolean) => {
      walker.currentNode = region;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.nodeValue!.indexOf(word);
        if (i < 0) continue;
        const range = document.createRange();
        const char = end ? i + word.length - 1 : i;
        range.setStart(node, char);
        range.setEnd(node, char + 1);
        const rect = range.getBoundingClientRect();
        return { x: end ? rect.right - 1 : rect.left + 1, y: rect.top + rect.height / 2 };
      }
      return null;
    };
    return { from: at('bridge', false), to: at('unsafe', true) };
  });
  await page.mouse.move(box.from!.x, box.from!.y);
  await page.mouse.down();
  await page.mouse.move(box.to!.x, box.to!.y, { steps: 6 });
  await page.mouse.up();
  expect(await selectedText(page)).toMatch(/^bridge\s+is unsafe$/);
  await page.getByRole('button', { name: 'Code statement' }).click();

  const quote = page.getByRole('textbox', { name: 'Quote' });
  await quote.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('x');
  await page.keyboard.press('Backspace');
  await expect(details(page)).toContainText("Its place in the source's text: characters 28–45.");
  await page.getByRole('combobox', { name: 'Actor', exact: true }).fill('Alice');
  await page
    .getByRole('option', { name: /^Alice/ })
    .first()
    .click();
  await page.getByRole('combobox', { name: 'Claim', exact: true }).fill('bridge');
  await page
    .getByRole('option', { name: /^The bridge is unsafe/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Save' }).click();

  const exported = JSON.parse((await exportAs(page, 'Export JSON')).text) as {
    statements: { quote?: string; span?: [number, number] }[];
  };
  expect(exported.statements).toHaveLength(1);
  const [statement] = exported.statements;
  expect(statement!.quote).toBe('bridge\r\nis unsafe');
  expect(statement!.span).toEqual([28, 45]);
  expect(text.slice(28, 45)).toBe('bridge\r\nis unsafe');
});
