import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parseDataset } from '../../src/model/parseDataset';
import { details, graph, nodePositions, openApp, openText, shownPixelShare } from './helpers';
import { seed, statusFor } from './seed';

const SCREENS = 'test-results/screens';
const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const status = (page: Page) => page.getByRole('status');
const seedStatus = statusFor(seed.actors.length, seed.claims.length, seed.statements.length);

async function openFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Open dataset').setInputFiles(path);
}

const MINIMAL = readFileSync(fixture('minimal.valid.json'), 'utf8');

test.describe('invalid files are refused with every problem, and nothing on screen changes', () => {
  const invalid = readdirSync(FIXTURES).filter((name) => name.endsWith('.invalid.json'));

  for (const name of invalid) {
    test(name, async ({ page }) => {
      await openApp(page);
      const expected = parseDataset(readFileSync(fixture(name), 'utf8'));
      if (expected.ok) throw new Error(`${name} should be invalid`);
      const before = await nodePositions(page);

      await openFile(page, fixture(name));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`${name} could not be opened`);
      for (const problem of expected.problems.slice(0, 50)) {
        if (problem.path) await expect(alert).toContainText(problem.path);
        await expect(alert).toContainText(problem.message);
      }
      await expect(status(page)).toHaveText(seedStatus);
      await expect(page.getByText(seed.title).first()).toBeVisible();
      expect(await nodePositions(page)).toEqual(before);

      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.getByRole('alert')).toHaveCount(0);
      // The focus goes to where another file is opened, not to the page.
      await expect(page.getByLabel('Open dataset')).toBeFocused();
    });
  }

  test('a file with hundreds of problems lists 50 and says how many more', async ({ page }) => {
    await openApp(page);
    const broken = JSON.parse(MINIMAL);
    broken.statements = Array.from({ length: 80 }, (_, i) => ({
      id: `s${i}`,
      actor: `nobody-${i}`,
      claim: 'c1',
      stance: 'asserts',
    }));
    await openText(page, JSON.stringify(broken));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('80 problems');
    await expect(alert.getByRole('listitem')).toHaveCount(50);
    await expect(alert).toContainText('and 30 more');
    await expect(alert).toContainText('statements[0].actor');
    await expect(status(page)).toHaveText(seedStatus);
    await page.screenshot({ path: `${SCREENS}/error-alert.png` });
  });

  test('a file over 50 MB is refused before it is read', async ({ page }) => {
    await openApp(page);
    await page.getByLabel('Open dataset').evaluate((input: HTMLInputElement) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'huge.json'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(page.getByRole('alert')).toContainText('huge.json could not be opened');
    await expect(page.getByRole('alert')).toContainText('files over 50.0 MB are not opened');
    await expect(status(page)).toHaveText(seedStatus);
  });
});

test.describe('ways in', () => {
  test('a file, pasted text, a dropped file and back to the sample', async ({ page }) => {
    await openApp(page);
    await openFile(page, fixture('minimal.valid.json'));
    await expect(status(page)).toHaveText(statusFor(2, 1, 2));

    await page.getByRole('button', { name: 'Sample dataset' }).click();
    await expect(status(page)).toHaveText(seedStatus);

    await openText(page, MINIMAL.replace('Alice', 'Alicia'));
    await expect(status(page)).toHaveText(statusFor(2, 1, 2));
    await page.getByRole('combobox', { name: 'Search' }).fill('alicia');
    await expect(page.getByRole('option', { name: /Alicia/ })).toBeVisible();

    await page.getByRole('button', { name: 'Sample dataset' }).click();
    await expect(status(page)).toHaveText(seedStatus);

    const text = readFileSync(fixture('partial-dates.valid.json'), 'utf8');
    const expected = parseDataset(text);
    if (!expected.ok) throw new Error('fixture should be valid');
    await page.evaluate((body) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, text);
    await expect(status(page)).toHaveText(
      statusFor(
        expected.dataset.actors.length,
        expected.dataset.claims.length,
        expected.dataset.statements.length,
      ),
    );
  });

  test('the file input is reachable with the keyboard', async ({ page }) => {
    await openApp(page);
    const input = page.getByLabel('Open dataset');
    await input.focus();
    await expect(input).toBeFocused();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Enter'),
    ]);
    await chooser.setFiles(fixture('minimal.valid.json'));
    await expect(status(page)).toHaveText(statusFor(2, 1, 2));
  });

  test('a ?data= link opens a dataset from the web, and says why when it cannot', async ({
    page,
  }) => {
    await page.route('https://data.example/ok.json', (route) =>
      route.fulfill({ body: MINIMAL, contentType: 'application/json' }),
    );
    await page.route('https://data.example/missing.json', (route) =>
      route.fulfill({ status: 404, body: 'nope' }),
    );
    await page.route('https://blocked.example/**', (route) => route.abort('failed'));

    await openApp(page, `/?data=${encodeURIComponent('https://data.example/ok.json')}`);
    await expect(status(page)).toHaveText(statusFor(2, 1, 2));

    await openApp(page, `/?data=${encodeURIComponent('https://data.example/missing.json')}`);
    await expect(page.getByRole('alert')).toContainText('404');
    await expect(status(page)).toHaveText(seedStatus);

    await openApp(page, `/?data=${encodeURIComponent('https://blocked.example/x.json')}`);
    await expect(page.getByRole('alert')).toContainText('CORS');

    await openApp(page, `/?data=${encodeURIComponent('javascript:alert(1)')}`);
    await expect(page.getByRole('alert')).toContainText('is not an http or https address');
  });
});

test.describe('safety', () => {
  test('a hostile file loads, shows its text literally and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openApp(page);
    const hostile = JSON.parse(readFileSync(fixture('hostile.valid.json'), 'utf8'));
    await openFile(page, fixture('hostile.valid.json'));
    await expect(status(page)).toHaveText(
      statusFor(hostile.actors.length, hostile.claims.length, hostile.statements.length),
    );
    await expect(page.getByText(hostile.title, { exact: true }).first()).toBeVisible();

    // Every actor, ids such as __proto__ and constructor included, opens with its text as text.
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Proto');
    await search.press('Enter');
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: hostile.actors[0].name })).toBeVisible();
    await expect(panel).toContainText(hostile.statements[0].quote);
    await expect(panel).toContainText(hostile.actors[0].role);
    // The markup in the file stayed text: none of it became an element.
    await expect(page.locator('img, marquee, svg[onload], u, i:not([aria-hidden])')).toHaveCount(0);
    await expect(page.locator('body script')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENS}/hostile-dataset.png` });

    const long = hostile.actors.find((a: { id: string }) => a.id === 'toString');
    await search.fill(long.name.slice(0, 20));
    await search.press('Enter');
    await expect(panel.getByRole('heading', { name: long.name })).toBeVisible();

    // Source links: only http(s), and never able to reach back into this page. The app's own
    // template download is the one link that is not the file's.
    const template = page.getByRole('link', { name: 'Download a spreadsheet template' });
    await expect(template).toHaveAttribute('href', '/stancegraph-template.csv');
    for (const link of await page.getByRole('link').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      if (href === '/stancegraph-template.csv') continue;
      expect(href).toMatch(/^https?:/);
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test('the page forbids inline and remote scripts', async ({ page }) => {
    await openApp(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const scriptSources = policy!
      .split(';')
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith('script-src'));
    expect(scriptSources).toBe("script-src 'self'");
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});

test.describe('nothing is lost', () => {
  test('the opened dataset and the view come back after a reload and in a new tab', async ({
    page,
    context,
  }) => {
    await openApp(page);
    await openFile(page, fixture('partial-dates.valid.json'));
    const expected = parseDataset(readFileSync(fixture('partial-dates.valid.json'), 'utf8'));
    if (!expected.ok) throw new Error('fixture should be valid');
    const all = statusFor(
      expected.dataset.actors.length,
      expected.dataset.claims.length,
      expected.dataset.statements.length,
    );
    await expect(status(page)).toHaveText(all);
    const stance = expected.dataset.statements[0]!.stance;
    const label = stance.charAt(0).toUpperCase() + stance.slice(1);
    await page.getByRole('checkbox', { name: label }).uncheck();
    const filtered = await status(page).textContent();
    expect(filtered).not.toBe(all);

    await page.reload();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(status(page)).toHaveText(filtered!);
    await expect(page.getByRole('checkbox', { name: label })).not.toBeChecked();

    // A closed tab: a fresh page at the bare address gets the dataset and the view back.
    await page.close();
    const again = await context.newPage();
    await openApp(again, '/');
    await expect(again.getByRole('status')).toHaveText(filtered!);
  });

  test('without storage the app says so and still works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await openApp(page);
    await expect(status(page)).toHaveText(seedStatus);
    await openFile(page, fixture('minimal.valid.json'));
    await expect(status(page)).toHaveText(statusFor(2, 1, 2));
    await expect(page.getByText(/will not (come back|remember)/)).toBeVisible();
  });
});

test.describe('Cytoscape JSON', () => {
  test('a Cytoscape desktop export opens as a plain network at its own positions', async ({
    page,
  }) => {
    await openApp(page);
    await openFile(page, fixture('interop/cytoscape-desktop-6000-elements.cyjs'));
    await expect(status(page)).toHaveText('161 nodes · 5,845 edges', { timeout: 30_000 });
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    expect(await shownPixelShare(page)).toBeGreaterThan(0.02);
    await page.screenshot({ path: `${SCREENS}/cyjs-network.png` });

    const file = JSON.parse(
      readFileSync(fixture('interop/cytoscape-desktop-6000-elements.cyjs'), 'utf8'),
    );
    const first = file.elements.nodes[0].data;
    const positions = await page.evaluate(() => window.stancegraphProbe!.nodePositions());
    expect(positions[`n:${first.id}`]).toEqual(file.elements.nodes[0].position);

    await page.getByRole('combobox', { name: 'Search' }).fill(first.name);
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await expect(details(page).getByRole('heading', { name: first.name })).toBeVisible();
  });
});

test.describe('large datasets', () => {
  test('a large dataset gets ForceAtlas2, and the screen says so', async ({ page }) => {
    await openApp(page);
    const actors = Array.from({ length: 1200 }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: 'person',
    }));
    const claims = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, text: `Claim ${i}` }));
    const stances = ['asserts', 'denies', 'doubts', 'agrees'];
    const statements = Array.from({ length: 3000 }, (_, i) => ({
      id: `s${i}`,
      actor: `a${(i * 7) % 1200}`,
      claim: `c${(i * 13) % 300}`,
      stance: stances[i % stances.length],
    }));
    const body = JSON.stringify({ format: 'stancegraph', version: 1, actors, claims, statements });
    await page.getByLabel('Open dataset').setInputFiles({
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(body),
    });
    await expect(status(page)).toHaveText('1,200 actors · 300 claims · 3,000 statements', {
      timeout: 60_000,
    });
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
    await expect(page.getByText('Large graph (1,500 nodes): ForceAtlas2 layout')).toBeVisible();
    expect(await shownPixelShare(page)).toBeGreaterThan(0.01);
    await page.screenshot({ path: `${SCREENS}/large-dataset.png` });

    // Filters still work at this size, without a new layout.
    const before = await nodePositions(page);
    await page.getByRole('checkbox', { name: 'Denies' }).uncheck();
    await expect(status(page)).toHaveText('1,200 actors · 300 claims · 2,250 statements');
    expect(await nodePositions(page)).toEqual(before);
  });
});
