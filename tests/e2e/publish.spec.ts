// Publishing: the standalone page (Export HTML), the embed (?embed) and links that carry the data.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  clickNode,
  deleteActor,
  details,
  exportAs,
  graph,
  openApp,
  openText,
  shownPixelShare,
} from './helpers';
import { actorNamed, seed, statusFor } from './seed';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const status = (page: Page) => page.getByRole('status');
const seedStatus = statusFor(seed.actors.length, seed.claims.length, seed.statements.length);
const ALL_FIELDS = readFileSync(fixture('all-fields.valid.json'), 'utf8');
const allFields = JSON.parse(ALL_FIELDS) as {
  title: string;
  actors: unknown[];
  claims: unknown[];
  statements: unknown[];
};
const allFieldsStatus = statusFor(
  allFields.actors.length,
  allFields.claims.length,
  allFields.statements.length,
);

/** The details as text, without the buttons that edit (the read-only page has none). */
function detailsText(page: Page): Promise<string> {
  return details(page).evaluate((panel) => {
    const copy = panel.cloneNode(true) as HTMLElement;
    copy.querySelector('[aria-label="Edit this item"]')?.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Opens a saved page from disk in a new browser context with the network off and every request
 * but the page itself refused. Returns the page, what it asked for, and what it said in the
 * console (a policy violation is reported there).
 */
async function openOffline(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 800 },
) {
  const address = pathToFileURL(path).href;
  const context = await browser.newContext({ offline: true, viewport });
  const requests: string[] = [];
  await context.route('**/*', (route) =>
    route.request().url() === address ? route.continue() : route.abort(),
  );
  // Before the page's own code: every breach of its policy is recorded.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as { policyViolations?: string[] }).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(address);
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  return { page, address, requests, problems };
}

/** What the page's policy refused so far. */
function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { policyViolations?: string[] }).policyViolations ?? []);
}

async function exportPage(page: Page, path: string): Promise<string> {
  const file = await exportAs(page, 'Export HTML');
  expect(file.name).toMatch(/\.html$/);
  writeFileSync(path, file.bytes);
  return file.text;
}

/** The share part of the Export menu, opened. */
async function sharePanel(page: Page) {
  const panel = page.getByRole('group', { name: 'Export' });
  if (!(await panel.isVisible()))
    await page.getByRole('button', { name: 'Export', exact: true }).click();
  return panel;
}

async function copyLinkWithData(page: Page): Promise<string> {
  const panel = await sharePanel(page);
  await panel.getByRole('button', { name: 'Copy link with data' }).click();
  const field = panel.getByRole('textbox', { name: 'Link with data' });
  await expect(field).toBeVisible();
  return field.inputValue();
}

/** A link with a dataset in its hash, made here with Node's zlib, not the app's code. */
function linkCarrying(text: string, view = ''): string {
  const data = deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url');
  return `/#${view ? `${view}&` : ''}data=${data}`;
}

test.describe('Export HTML: a standalone page', () => {
  test('opens from disk with no network and shows the same counts, details and view', async ({
    page,
    browser,
  }, info) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: /^Doubts/ }).uncheck();
    await clickNode(page, actorNamed('Volodymyr Zelensky').id);
    await expect(details(page).getByRole('heading', { name: 'Volodymyr Zelensky' })).toBeVisible();
    const appStatus = (await status(page).textContent())!;
    const appDetails = await detailsText(page);

    const path = info.outputPath('standalone.html');
    const html = await exportPage(page, path);
    // The code is at most 1 MB before the data.
    const dataAt = html.indexOf('<script type="application/json" id="stancegraph-data">');
    expect(dataAt).toBeGreaterThan(0);
    expect(Buffer.byteLength(html.slice(0, dataAt))).toBeLessThanOrEqual(1_000_000);

    const standalone = await openOffline(browser, path);
    const shown = standalone.page;
    await expect(status(shown)).toHaveText(appStatus);
    await expect(details(shown).getByRole('heading', { name: 'Volodymyr Zelensky' })).toBeVisible();
    expect(await detailsText(shown)).toBe(appDetails);
    expect(await shownPixelShare(shown)).toBeGreaterThan(0.01);
    await expect(shown).toHaveTitle(`${seed.title} · Stancegraph`);

    // Read-only: nothing that edits, undoes, opens or exports.
    for (const name of ['Add', 'Undo', 'Redo', 'Edit', 'Delete', 'Merge into…', 'Export']) {
      await expect(shown.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    await expect(shown.getByLabel('Open dataset')).toHaveCount(0);
    await expect(shown.getByRole('button', { name: 'Open from text' })).toHaveCount(0);

    // It holds what was shown: the filter that left doubts out is not offered as a choice.
    await expect(shown.getByRole('checkbox', { name: /^Doubts/ })).toBeChecked();
    // Yet it explores: filters, search, details.
    await shown.getByRole('checkbox', { name: /^Denies/ }).uncheck();
    await expect(status(shown)).not.toHaveText(appStatus);
    await shown.getByRole('checkbox', { name: /^Denies/ }).check();
    await expect(status(shown)).toHaveText(appStatus);
    const search = shown.getByRole('combobox', { name: 'Search' });
    await search.fill('rutte');
    await search.press('Enter');
    await expect(details(shown).getByRole('heading', { name: 'Mark Rutte' })).toBeVisible();
    // The table lists what the status counts; a row click opens its details.
    const statements = Number(/([\d,]+) statements?$/.exec(appStatus)![1]!.replace(/,/g, ''));
    await shown.getByRole('button', { name: 'Table', exact: true }).click();
    // It opens on the tab of what is selected (Mark Rutte, found by the search).
    await expect(shown.getByRole('tab', { name: 'Actors' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await shown.getByRole('tab', { name: 'Statements' }).click();
    const table = shown.getByRole('grid', { name: 'Statements' });
    await expect(table).toHaveAttribute('aria-rowcount', String(statements + 1));
    const firstRow = table
      .getByRole('row')
      .filter({ has: shown.getByRole('gridcell') })
      .first();
    const firstActor = (await firstRow.getByRole('gridcell').first().textContent())!;
    await firstRow.click();
    await expect(details(shown).getByText(firstActor).first()).toBeVisible();
    // The timeline draws the shown statements over time.
    const timeline = shown.getByRole('region', { name: 'Timeline' });
    await expect(
      timeline.getByRole('img', { name: /statements over time/i }),
    ).toHaveAccessibleDescription(/^Statements by \w+, /);

    // A view never laid out in the app is laid out in the page (on its thread).
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await shown.getByRole('radio', { name: 'Actors' }).check();
    await expect(graph(shown)).toHaveAttribute('aria-busy', 'false');
    await expect(status(shown)).toHaveText((await status(page).textContent())!);
    expect(await shownPixelShare(shown)).toBeGreaterThan(0.01);

    // Nothing was asked of the network or the disk but the page, and its policy stopped nothing.
    expect(standalone.requests).toEqual([standalone.address]);
    expect(standalone.problems).toEqual([]);
    expect(await policyViolations(shown)).toEqual([]);
    await shown.context().close();

    // A page whose data was changed after the export is refused, saying so.
    const tampered = info.outputPath('tampered.html');
    writeFileSync(tampered, html.replace('"name":"Volodymyr Zelensky"', '"name":"Someone else"'));
    const context = await browser.newContext({ offline: true });
    const changed = await context.newPage();
    await changed.goto(pathToFileURL(tampered).href);
    await expect(changed.getByRole('alert')).toContainText(
      'The data of this page could not be read',
    );
    await expect(changed.getByRole('alert')).toContainText('not what Stancegraph wrote');
    await expect(changed.getByText('Someone else')).toHaveCount(0);
    await context.close();
  });

  test('a hostile dataset exported to HTML runs no script and shows its text literally', async ({
    page,
    browser,
  }, info) => {
    const hostile = JSON.parse(readFileSync(fixture('hostile.valid.json'), 'utf8'));
    await openApp(page);
    await page.getByLabel('Open dataset').setInputFiles(fixture('hostile.valid.json'));
    const counts = statusFor(
      hostile.actors.length,
      hostile.claims.length,
      hostile.statements.length,
    );
    await expect(status(page)).toHaveText(counts);
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');

    const path = info.outputPath('hostile.html');
    const html = await exportPage(page, path);
    // Inside the data block no "<" at all: no text can close it or open anything.
    const block = html.slice(html.indexOf('id="stancegraph-data">'));
    expect(block.slice(block.indexOf('>') + 1, block.indexOf('</script>'))).not.toContain('<');

    const { page: shown, problems } = await openOffline(browser, path);
    const dialogs: string[] = [];
    shown.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await expect(status(shown)).toHaveText(counts);
    await expect(shown.getByText(hostile.title, { exact: true }).first()).toBeVisible();
    await expect(shown).toHaveTitle(`${hostile.title} · Stancegraph`);
    const search = shown.getByRole('combobox', { name: 'Search' });
    await search.fill('Proto');
    await search.press('Enter');
    await expect(details(shown)).toContainText(hostile.statements[0].quote);
    await expect(details(shown)).toContainText(hostile.actors[0].role);

    expect(await shown.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // Only the page's own two script elements (its code and its data); the file's markup
    // became no element.
    expect(await shown.locator('script').count()).toBe(2);
    expect(await shown.locator('img, marquee, b, u').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(await policyViolations(shown)).toEqual([]);
    await shown.context().close();
  });
});

test('a network read from another tool is exported as a page with its edges', async ({
  page,
  browser,
}, info) => {
  const gexfPath = info.outputPath('ring.gexf');
  const ids = ['a', 'b', 'c', 'd', 'e'];
  writeFileSync(
    gexfPath,
    `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
<nodes>${ids.map((id) => `<node id="${id}" label="Node ${id.toUpperCase()}"/>`).join('')}</nodes>
<edges><edge id="ab" source="a" target="b"/><edge id="bc" source="b" target="c"/>
<edge id="cd" source="c" target="d" type="directed"/></edges></graph></gexf>`,
  );
  await openApp(page);
  await page.getByLabel('Open dataset').setInputFiles(gexfPath);
  await expect(status(page)).toHaveText('5 nodes · 3 edges');
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  const path = info.outputPath('network.html');
  await exportPage(page, path);
  const { page: shown, problems } = await openOffline(browser, path);
  await expect(status(shown)).toHaveText('5 nodes · 3 edges');
  expect(await shownPixelShare(shown)).toBeGreaterThan(0.001);
  // Its own filter works on it there too: the node without an edge goes.
  await shown.getByRole('checkbox', { name: 'Hide isolated nodes' }).check();
  await expect(status(shown)).toHaveText('4 nodes · 3 edges');
  expect(problems).toEqual([]);
  await shown.context().close();
});

test('a page whose data was changed after the export says so, and shows no dataset', async ({
  page,
  browser,
}, info) => {
  await openApp(page);
  const path = info.outputPath('changed.html');
  const html = await exportPage(page, path);
  const dataAt = html.indexOf('id="stancegraph-data"');
  const name = seed.actors[0]!.name;
  const at = html.indexOf(name, dataAt);
  expect(at).toBeGreaterThan(dataAt);
  writeFileSync(path, `${html.slice(0, at)}Someone Else${html.slice(at + name.length)}`);
  const { page: shown } = await openOffline(browser, path);
  const alert = shown.getByRole('alert');
  await expect(alert).toContainText('changed after the export');
  await expect(alert).toContainText('no dataset is shown');
  await expect(alert).not.toContainText('the dataset on screen is unchanged');
  await expect(status(shown)).toHaveText('No dataset');
  await shown.context().close();
});

test.describe('?embed', () => {
  test('draws the graph without the side panels, a compact legend, details on click', async ({
    page,
  }) => {
    await openApp(page, '/?embed');
    expect(await shownPixelShare(page)).toBeGreaterThan(0.01);
    await expect(page.getByRole('complementary', { name: 'Filters and legend' })).toHaveCount(0);
    await expect(details(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Stances' })).toContainText('Asserts');
    for (const name of ['Export', 'Add', 'Undo', 'Sample dataset']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    }
    // Sized to the frame: the graph spans it, between a title line and the legend; nothing scrolls.
    const box = (await graph(page).boundingBox())!;
    expect(box.width).toBe(1280);
    expect(box.height).toBeGreaterThan(700);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(800);

    await clickNode(page, actorNamed('Kim Jong Un').id);
    await expect(details(page).getByRole('heading', { name: 'Kim Jong Un' })).toBeVisible();
    await expect(details(page).getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
    await details(page).getByRole('button', { name: 'Clear selection' }).click();
    await expect(details(page)).toHaveCount(0);
  });

  test('a link that fails shows why over an empty graph, not another dataset', async ({ page }) => {
    const damaged = linkCarrying(ALL_FIELDS).slice(1, -20);
    await openApp(page, `/?embed${damaged}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be opened');
    await expect(alert).toContainText('no dataset is shown');
    await expect(page.getByText(seed.title)).toHaveCount(0);
    expect(await shownPixelShare(page)).toBe(0);
  });

  test('the embed code of a hosted file shows that file in an iframe', async ({ page }) => {
    const hosted = 'https://data.example/all-fields.json';
    await page.route(hosted, (route) =>
      route.fulfill({
        body: ALL_FIELDS,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
      }),
    );
    await openApp(page, `/?data=${encodeURIComponent(hosted)}#view=actors`);
    const panel = await sharePanel(page);
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    const snippet = await panel.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+\?embed&amp;data=https%3A%2F%2Fdata\.example/);
    expect(snippet).toContain('#view=actors');

    await page.setContent(`<main><h1>An article</h1>${snippet}</main>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('region', { name: 'Graph' })).toHaveAttribute(
      'aria-busy',
      'false',
      { timeout: 30_000 },
    );
    await expect(frame.getByRole('heading', { name: allFields.title })).toBeVisible();
    await expect(frame.getByRole('list', { name: 'Ties' })).toBeVisible();
    // A reader can go on in the full app, with the same file and view.
    await expect(frame.getByRole('link', { name: 'Open in Stancegraph' })).toHaveAttribute(
      'href',
      /\?data=https%3A%2F%2Fdata\.example%2Fall-fields\.json#view=actors$/,
    );
  });

  test('without a hosted file, the embed code asks for its address', async ({ page }) => {
    await openApp(page);
    const panel = await sharePanel(page);
    await panel.getByRole('button', { name: 'Copy embed code' }).click();
    const address = panel.getByRole('textbox', { name: 'Address of the hosted dataset' });
    await expect(address).toBeFocused();
    await expect(panel).toContainText('Export JSON, put the file where other sites may read it');
    await address.fill('file:///home/me/data.json');
    await panel.getByRole('button', { name: 'Make embed code' }).click();
    await expect(panel).toContainText(
      '"file:///home/me/data.json" is not an http or https address',
    );
    await address.fill('https://me.example/data.json');
    await panel.getByRole('button', { name: 'Make embed code' }).click();
    await expect(panel.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      /data=https%3A%2F%2Fme\.example%2Fdata\.json/,
    );
  });
});

test.describe('links with data', () => {
  test('open the same data, view and selection in a fresh browser', async ({ page, browser }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await openText(page, ALL_FIELDS);
    await expect(status(page)).toHaveText(allFieldsStatus);
    await page.getByRole('checkbox', { name: /^Doubts/ }).uncheck();
    await clickNode(page, 'rutte');
    await expect(details(page).getByRole('heading', { name: 'Mark Rutte' })).toBeVisible();
    const appStatus = (await status(page).textContent())!;
    expect(appStatus).not.toBe(allFieldsStatus);

    const link = await copyLinkWithData(page);
    expect(link).toMatch(/#.*select=actor%3Arutte.*&data=[A-Za-z0-9_-]+$/);
    await expect(page.getByRole('group', { name: 'Export' })).toContainText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const fresh = await browser.newContext();
    const opened = await fresh.newPage();
    await openApp(opened, link);
    await expect(status(opened)).toHaveText(appStatus);
    await expect(details(opened).getByRole('heading', { name: 'Mark Rutte' })).toBeVisible();
    await expect(opened.getByText(allFields.title, { exact: true }).first()).toBeVisible();
    // The whole dataset came, the filter with it.
    await opened.getByRole('checkbox', { name: /^Doubts/ }).check();
    await expect(status(opened)).toHaveText(allFieldsStatus);
    await opened.getByRole('checkbox', { name: /^Doubts/ }).uncheck();
    // Loaded, the data leaves the address; the reopened tab has it from its session.
    await expect(opened).not.toHaveURL(/data=/);
    await expect(opened).toHaveURL(/hide=doubts/);
    await opened.reload();
    await expect(graph(opened)).toHaveAttribute('aria-busy', 'false');
    await expect(status(opened)).toHaveText(appStatus);
    await fresh.close();
  });

  test('never replace edits that were never exported without asking', async ({ page }) => {
    const link = linkCarrying(ALL_FIELDS);
    await openApp(page);
    await deleteActor(page, actorNamed('Kurt Campbell').id);
    const edited = statusFor(
      seed.actors.length - 1,
      seed.claims.length,
      seed.statements.length -
        seed.statements.filter((s) => s.actor === actorNamed('Kurt Campbell').id).length,
    );
    await expect(status(page)).toHaveText(edited);
    // Saving waits for a pause: give it one.
    await page.waitForTimeout(800);

    // Opened in a new tab: the edits come back first, and the question is asked over them.
    const other = await page.context().newPage();
    await other.goto(link);
    const question = other.getByRole('alertdialog', { name: 'Replace your edited dataset?' });
    await expect(question).toContainText('Opening the dataset in the link replaces it');
    await expect(status(other)).toHaveText(edited);
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(graph(other)).toHaveAttribute('aria-busy', 'false');
    await expect(status(other)).toHaveText(edited);
    await expect(other).not.toHaveURL(/data=/);

    // Followed within the open tab: asked too; discarding opens the link's data.
    await page.goto(link);
    await page
      .getByRole('alertdialog', { name: 'Replace your edited dataset?' })
      .getByRole('button', { name: 'Discard edits' })
      .click();
    await expect(status(page)).toHaveText(allFieldsStatus);
  });

  test('a damaged link is refused with a message, and the sample stays', async ({ page }) => {
    const link = linkCarrying(ALL_FIELDS);
    await openApp(page, link.slice(0, -20));
    await expect(page.getByRole('alert')).toContainText(
      'The dataset in the link could not be opened',
    );
    await expect(page.getByRole('alert')).toContainText('damaged');
    await expect(status(page)).toHaveText(seedStatus);
  });

  test('a dataset too large for a link says so and points to ?data=', async ({ page }) => {
    // Random quotes do not compress: some 300 KB of them stay well over 100 KB.
    const random = (n: number) =>
      Array.from({ length: n }, () => Math.random().toString(36).slice(2)).join(' ');
    const large = {
      format: 'stancegraph',
      version: 1,
      title: 'Large',
      actors: [{ id: 'a', name: 'A', kind: 'person' }],
      claims: [{ id: 'c', text: 'C' }],
      statements: Array.from({ length: 300 }, (_, i) => ({
        id: `s${i}`,
        actor: 'a',
        claim: 'c',
        stance: 'asserts',
        quote: random(90),
      })),
    };
    await openApp(page);
    await openText(page, JSON.stringify(large));
    await expect(status(page)).toHaveText(statusFor(1, 1, 300));
    const panel = await sharePanel(page);
    await panel.getByRole('button', { name: 'Copy link with data' }).click();
    await expect(panel).toContainText(
      /The dataset is [\d,]+ KB compressed; a link carries up to 100 KB/,
    );
    await expect(panel).toContainText('?data=');
    await expect(panel.getByRole('textbox', { name: 'Link with data' })).toHaveCount(0);
  });

  test('a link whose view names an item not in its data says so', async ({ page }) => {
    await openApp(page, '/#select=actor%3Azed');
    const notice = page.getByText(
      /The link selects actor "zed", which is not in the sample dataset/,
    );
    await expect(notice).toBeVisible();
    await expect(status(page)).toHaveText(seedStatus);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);

    // Its own data, with a view from elsewhere: the same.
    await openApp(page, linkCarrying(ALL_FIELDS, 'select=claim%3Anowhere'));
    await expect(status(page)).toHaveText(allFieldsStatus);
    await expect(
      page.getByText(`The link selects claim "nowhere", which is not in "${allFields.title}"`),
    ).toBeVisible();
  });
});
