// Opening what users already have, through the real UI: DNA databases, Gephi's GEXF, GraphML,
// spreadsheets through the Map columns dialog, and the app's own CSV export; and for each format a
// broken file, refused with a message naming its row or line while the dataset on screen stays.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dnaFile, smallDnaSpec } from '../helpers/dnaFile';
import { xlsxFile } from '../helpers/xlsxFile';
import { details, graph, nodePositions, openApp } from './helpers';
import { seed, statusFor } from './seed';

const SCREENS = 'test-results/screens';
const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => fileURLToPath(new URL(name, FIXTURES));
const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// Real files from other tools; CI has them beside the repository, elsewhere they may be missing.
const INTEROP = resolve(repoRoot, '../shared/interop');
const haveInterop = existsSync(INTEROP);
const interop = (name: string) => resolve(INTEROP, name);
const status = (page: Page) => page.getByRole('status');
const seedStatus = statusFor(seed.actors.length, seed.claims.length, seed.statements.length);

async function openFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Open dataset').setInputFiles(path);
}

async function openBytes(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByLabel('Open dataset').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(bytes),
  });
}

function mapColumns(page: Page) {
  return page.getByRole('dialog', { name: 'Map columns' });
}

/** Expects a refusal naming the file and each text, with the sample still on screen, unmoved. */
async function expectRefused(page: Page, name: string, texts: string[], before: unknown) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`${name} could not be opened`);
  for (const text of texts) await expect(alert).toContainText(text);
  await expect(alert).toContainText('the dataset on screen is unchanged');
  await expect(status(page)).toHaveText(seedStatus);
  expect(await nodePositions(page)).toEqual(before);
}

test.describe('DNA databases', () => {
  test('DNA’s own sample.dna opens with its counts, quotes and the Agrees/Disagrees stances', async ({
    page,
  }) => {
    test.skip(!haveInterop, `the real files of other tools are not at ${INTEROP}`);
    await openApp(page);
    await openFile(page, interop('sample.dna'));
    await expect(status(page)).toHaveText('14 actors · 6 claims · 40 statements', {
      timeout: 30_000,
    });
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByText('sample', { exact: true }).first()).toBeVisible();

    // The two stances of DNA's agreement qualifier, as filters.
    const agrees = page.getByRole('checkbox', { name: /^Agrees/ });
    const disagrees = page.getByRole('checkbox', { name: /^Disagrees/ });
    await expect(agrees).toBeChecked();
    await expect(disagrees).toBeChecked();
    await disagrees.uncheck();
    await expect(status(page)).toContainText('29 statements');
    await disagrees.check();
    await agrees.uncheck();
    await expect(status(page)).toContainText('11 statements');
    await agrees.check();
    await expect(status(page)).toHaveText('14 actors · 6 claims · 40 statements');

    // A person, with the organisation it speaks for and its coded text as quotes.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Joel Bluestein');
    await search.press('Enter');
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: 'Joel Bluestein' })).toBeVisible();
    await expect(panel).toContainText('Energy and Environmental Analysis, Inc.');
    await expect(panel).toContainText(
      'At the gas prices we are forecasting, switching to gas will not be the most economic choice',
    );
    await page.screenshot({ path: `${SCREENS}/dna-sample.png` });
  });

  test('a DNA file made here opens; broken ones are refused saying what was found', async ({
    page,
  }) => {
    await openApp(page);
    const before = await nodePositions(page);

    const outside = smallDnaSpec();
    outside.statements[1]!.stop = 5000;
    await openBytes(page, 'outside.dna', await dnaFile(outside));
    await expectRefused(page, 'outside.dna', ['STATEMENTS row 2', 'outside the text'], before);

    await openBytes(page, 'old.dna', await dnaFile({ ...smallDnaSpec(), version: '2.0 beta 25' }));
    await expectRefused(page, 'old.dna', ['written by DNA 2.0 beta 25'], before);

    const other = await dnaFile({
      ...smallDnaSpec(),
      variables: [
        { name: 'person', type: 'short text' },
        { name: 'concept', type: 'short text' },
      ],
    });
    await openBytes(page, 'other.dna', other);
    await expectRefused(
      page,
      'other.dna',
      [
        'no statement type has the variables person, organization, concept and agreement',
        '"DNA Statement" (person, concept)',
      ],
      before,
    );

    await openBytes(page, 'small.dna', await dnaFile(smallDnaSpec()));
    await expect(status(page)).toHaveText(statusFor(4, 2, 3));
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('GEXF and GraphML', () => {
  test('Gephi’s les-miserables.gexf opens with its counts, colours and positions', async ({
    page,
  }) => {
    test.skip(!haveInterop, `the real files of other tools are not at ${INTEROP}`);
    await openApp(page);
    await openFile(page, interop('les-miserables.gexf'));
    await expect(status(page)).toHaveText('77 nodes · 254 edges', { timeout: 30_000 });
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    // Valjean: <viz:color r="245" g="91" b="91"/>, at x -87.93, y 6.81 (GEXF counts y upwards).
    const color = await page.evaluate(() => window.stancegraphProbe!.nodeColor('11'));
    expect(color).toBe('rgb(245,91,91)');
    const positions = await nodePositions(page);
    expect(positions['n:11']!.x).toBeCloseTo(-87.93029, 3);
    expect(positions['n:11']!.y).toBeCloseTo(-6.8120565, 3);
    await page.screenshot({ path: `${SCREENS}/gexf-les-miserables.png` });
  });

  test('a GEXF and a GraphML made here open; broken ones are refused by line', async ({ page }) => {
    await openApp(page);
    const before = await nodePositions(page);

    await openFile(page, fixture('interop/broken-tag.gexf'));
    await expectRefused(
      page,
      'broken-tag.gexf',
      ['line 7', '</nodes> does not match <node>'],
      before,
    );
    await openFile(page, fixture('interop/broken-edge.graphml'));
    await expectRefused(
      page,
      'broken-edge.graphml',
      ['line 8', 'the edge\'s target "c" is no node of the file'],
      before,
    );

    await openFile(page, fixture('interop/small.gexf'));
    await expect(status(page)).toHaveText('4 nodes · 4 edges');
    await expect(page.getByText('Coalition votes').first()).toBeVisible();
    // The status counts the dataset; its graph is drawn in slices after, then said idle.
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    expect(await page.evaluate(() => window.stancegraphProbe!.nodeColor('green'))).toBe(
      'rgb(44,160,44)',
    );

    await openFile(page, fixture('interop/small.graphml'));
    await expect(status(page)).toHaveText('3 nodes · 2 edges');
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    expect(await page.evaluate(() => window.stancegraphProbe!.nodeColor('n0'))).toBe(
      'rgb(148,103,189)',
    );
    const positions = await nodePositions(page);
    expect(positions['n:n1']).toEqual({ x: 150, y: -80 });
  });

  test('the app’s own GEXF and GraphML exports open again', async ({ page }) => {
    await openApp(page);
    for (const [label, ext] of [
      ['Export GEXF', 'gexf'],
      ['Export GraphML', 'graphml'],
    ] as const) {
      const panel = page.getByRole('group', { name: 'Export' });
      if (!(await panel.isVisible()))
        await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: label }).click(),
      ]);
      const path = await download.path();
      await page.getByLabel('Open dataset').setInputFiles({
        name: `export.${ext}`,
        mimeType: 'application/xml',
        buffer: readFileSync(path),
      });
      const nodes = seed.actors.length + seed.claims.length;
      await expect(status(page)).toContainText(`${nodes} nodes`);
      await page.getByRole('button', { name: 'Sample dataset' }).click();
      await expect(status(page)).toHaveText(seedStatus);
    }
  });
});

test.describe('spreadsheets', () => {
  test('a CSV is mapped by clicking in the Map columns dialog, and the mapping is remembered', async ({
    page,
  }) => {
    await openApp(page);
    await openFile(page, fixture('tables/needs-choices.csv'));
    const dialog = mapColumns(page);
    await expect(dialog).toBeVisible();
    // Guessed from the headers: Speaker, Party, Topic, Position, Day, Statement text.
    await expect(dialog.getByLabel('Actor', { exact: true })).toHaveValue('0');
    await expect(dialog.getByLabel('Member of', { exact: true })).toHaveValue('1');
    await expect(dialog.getByLabel('Claim', { exact: true })).toHaveValue('2');
    await expect(dialog.getByLabel('Stance', { exact: true })).toHaveValue('3');
    await expect(dialog.getByLabel('Quote', { exact: true })).toHaveValue('6');
    await expect(dialog.getByLabel('Source', { exact: true })).toHaveValue('');
    const importButton = dialog.getByRole('button', { name: 'Import' });
    await expect(importButton).toBeDisabled();
    await expect(dialog).toContainText('row 4, Stance: "maybe" has no stance chosen');
    await expect(dialog).toContainText('row 2, Date: "03/04/2021" could be day/month or month/day');

    await dialog.getByLabel('Source', { exact: true }).selectOption({ label: 'Newspaper' });
    await dialog.getByLabel('Stance for "maybe"').selectOption({ label: 'Evaluates (0)' });
    await dialog.getByLabel('Dates like 03/04/2015 are').selectOption('dmy');
    await expect(dialog).toContainText('4 statements · 5 actors · 2 claims');
    await page.screenshot({ path: `${SCREENS}/map-columns.png` });
    await importButton.click();
    await expect(dialog).toHaveCount(0);
    await expect(status(page)).toHaveText(statusFor(5, 2, 4));
    await expect(page.getByText('needs-choices', { exact: true }).first()).toBeVisible();

    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Anna Berg');
    await search.press('Enter');
    await expect(details(page)).toContainText('We have to close them, and soon.');
    await expect(details(page)).toContainText('Greens');
    await expect(details(page)).toContainText('3 April 2021');

    // The same headers again: the dialog opens with the choices made above.
    await page.getByRole('button', { name: 'Sample dataset' }).click();
    await openFile(page, fixture('tables/needs-choices.csv'));
    await expect(dialog.getByLabel('Source', { exact: true })).toHaveValue('5');
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(status(page)).toHaveText(seedStatus);
  });

  test('rows that cannot be read are listed by row and column, and load only once skipped', async ({
    page,
  }) => {
    await openApp(page);
    const before = await nodePositions(page);
    await openFile(page, fixture('tables/bad-rows.csv'));
    const dialog = mapColumns(page);
    await expect(dialog).toContainText('2 rows cannot be read');
    await expect(dialog).toContainText('row 3, Actor: the cell is empty');
    await expect(dialog).toContainText('row 4, Date: "31/02/2015" is not a date');
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();

    // Cancel: nothing changes.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(status(page)).toHaveText(seedStatus);
    expect(await nodePositions(page)).toEqual(before);

    await openFile(page, fixture('tables/bad-rows.csv'));
    await dialog.getByRole('button', { name: 'Skip these 2 rows' }).click();
    await expect(dialog).toContainText('2 rows are skipped on purpose');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(status(page)).toHaveText(statusFor(2, 2, 2));
  });

  test('a CSV with a quote never closed is refused, naming the row', async ({ page }) => {
    await openApp(page);
    const before = await nodePositions(page);
    await openFile(page, fixture('tables/unclosed-quote.csv'));
    await expectRefused(
      page,
      'unclosed-quote.csv',
      ['row 2: a quoted cell is never closed'],
      before,
    );
    await expect(mapColumns(page)).toHaveCount(0);
  });

  test('an XLSX workbook opens through the dialog; a broken one is refused', async ({ page }) => {
    await openApp(page);
    const workbook = xlsxFile([
      ['Actor', 'Actor kind', 'Claim', 'Stance', 'Date', 'Quote'],
      [
        'Ministry of Health',
        'organization',
        'Masks protect',
        'agree',
        new Date(Date.UTC(2020, 3, 6)),
        'They do.',
      ],
      ['Dr. Lee', 'person', 'Masks protect', 'disagree', 43928, 'Not much.'],
      ['Dr. Lee', 'person', 'Schools should close', 'true', '2020-03-12', null],
    ]);
    await openBytes(page, 'masks.xlsx', workbook);
    const dialog = mapColumns(page);
    await expect(dialog).toContainText('masks.xlsx: 3 rows');
    await expect(dialog.getByLabel('Actor kind', { exact: true })).toHaveValue('1');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(status(page)).toHaveText(statusFor(2, 2, 3));
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Dr. Lee');
    await search.press('Enter');
    await expect(details(page)).toContainText('Not much.');
    // 43928 is the spreadsheet's serial number of 7 April 2020.
    await expect(details(page)).toContainText('7 April 2020');

    await page.getByRole('button', { name: 'Sample dataset' }).click();
    await expect(status(page)).toHaveText(seedStatus);
    const broken = xlsxFile([
      ['Actor', 'Claim', 'Stance', 'Date'],
      ['A', 'C', 'yes', '2020-01-01'],
      ['B', 'C', 'no', 'soon'],
    ]);
    await openBytes(page, 'broken.xlsx', broken);
    await expect(dialog).toContainText('row 3, Date: "soon" is not a date');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(status(page)).toHaveText(seedStatus);

    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    const before = await nodePositions(page);
    await openBytes(page, 'truncated.xlsx', workbook.subarray(0, 200));
    await expectRefused(page, 'truncated.xlsx', ['could not be read as an XLSX workbook'], before);
  });

  test('the app’s own CSV export opens again to the same statements', async ({ page }) => {
    await openApp(page);
    const panel = page.getByRole('group', { name: 'Export' });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    await page.getByLabel('Open dataset').setInputFiles({
      name: 'own-export.csv',
      mimeType: 'text/csv',
      buffer: bytes,
    });
    const dialog = mapColumns(page);
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
    await dialog.getByRole('button', { name: 'Import' }).click();
    const speakers = new Set(seed.statements.map((s) => s.actor));
    const claims = new Set(seed.statements.map((s) => s.claim));
    await expect(status(page)).toHaveText(
      statusFor(speakers.size, claims.size, seed.statements.length),
    );
    // Same ids, so the same statement is found by its actor and quote.
    const first = seed.statements.find((s) => s.quote)!;
    const actor = seed.actors.find((a) => a.id === first.actor)!;
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill(actor.name);
    await search.press('Enter');
    await expect(details(page)).toContainText(first.quote!.slice(0, 40));
  });

  test('the spreadsheet template downloads and opens as one statement', async ({ page }) => {
    await openApp(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download a spreadsheet template' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stancegraph-template.csv');
    await page.getByLabel('Open dataset').setInputFiles({
      name: 'template.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(await download.path()),
    });
    await mapColumns(page).getByRole('button', { name: 'Import' }).click();
    await expect(status(page)).toHaveText(statusFor(2, 1, 1));
  });
});

test.describe('Cytoscape JSON', () => {
  test('a broken .cyjs file is refused, naming each place', async ({ page }) => {
    await openApp(page);
    const before = await nodePositions(page);
    await page.getByLabel('Open dataset').setInputFiles({
      name: 'broken.cyjs',
      mimeType: 'application/json',
      buffer: readFileSync(fixture('cytoscape/broken-edge.json')),
    });
    await expectRefused(
      page,
      'broken.cyjs',
      ['elements.edges[2].data.source', 'no node with id "x"'],
      before,
    );
  });
});

test.describe('any other file', () => {
  test('is refused with a message naming the formats the app reads', async ({ page }) => {
    await openApp(page);
    const before = await nodePositions(page);
    await openBytes(page, 'report.pdf', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n'));
    await expectRefused(
      page,
      'report.pdf',
      ['none of the formats Stancegraph reads', 'GEXF', 'GraphML', 'DNA', '.xlsx'],
      before,
    );
    await expect(page.getByRole('alert')).not.toContainText('JSON syntax');
  });

  test('a ?data= link opens a DNA file and a GEXF too', async ({ page }) => {
    const dna = Buffer.from(await dnaFile(smallDnaSpec()));
    await page.route('https://data.example/hearing.dna', (route) =>
      route.fulfill({ body: dna, contentType: 'application/octet-stream' }),
    );
    await page.route('https://data.example/votes.gexf', (route) =>
      route.fulfill({ body: readFileSync(fixture('interop/small.gexf')), contentType: 'text/xml' }),
    );
    await openApp(page, `/?data=${encodeURIComponent('https://data.example/hearing.dna')}`);
    await expect(status(page)).toHaveText(statusFor(4, 2, 3));
    await expect(page.getByText('hearing', { exact: true }).first()).toBeVisible();
    await openApp(page, `/?data=${encodeURIComponent('https://data.example/votes.gexf')}`);
    await expect(status(page)).toHaveText('4 nodes · 4 edges');
  });

  test('the file picker offers every format', async ({ page }) => {
    await openApp(page);
    const accept = await page.getByLabel('Open dataset').getAttribute('accept');
    for (const ext of ['.json', '.cyjs', '.gexf', '.graphml', '.dna', '.csv', '.tsv', '.xlsx']) {
      expect(accept).toContain(ext);
    }
  });

  test('a dropped GEXF opens like a chosen one', async ({ page }) => {
    await openApp(page);
    const text = readFileSync(fixture('interop/small.gexf'), 'utf8');
    await page.evaluate((body) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], 'dropped.gexf', { type: '' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, text);
    await expect(status(page)).toHaveText('4 nodes · 4 edges');
  });
});

test.describe('nothing is lost', () => {
  test('a DNA file, a mapped spreadsheet and a GEXF come back after a reload', async ({ page }) => {
    await openApp(page);
    await openBytes(page, 'small.dna', await dnaFile(smallDnaSpec()));
    await expect(status(page)).toHaveText(statusFor(4, 2, 3));
    await page.reload();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(status(page)).toHaveText(statusFor(4, 2, 3));
    await expect(page.getByRole('checkbox', { name: /^Disagrees/ })).toBeVisible();

    await openFile(page, fixture('tables/bad-rows.csv'));
    const dialog = mapColumns(page);
    await dialog.getByRole('button', { name: 'Skip these 2 rows' }).click();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(status(page)).toHaveText(statusFor(2, 2, 2));
    await page.reload();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(status(page)).toHaveText(statusFor(2, 2, 2));
    await expect(mapColumns(page)).toHaveCount(0);

    await openFile(page, fixture('interop/small.gexf'));
    await expect(status(page)).toHaveText('4 nodes · 4 edges');
    await page.reload();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(status(page)).toHaveText('4 nodes · 4 edges');
    await expect(page.getByText('Coalition votes').first()).toBeVisible();
  });
});
