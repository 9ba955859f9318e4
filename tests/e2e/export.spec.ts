import { expect, test, type Page } from '@playwright/test';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import { setExportOptions } from '../../bench/lib/exportMenu';
import { parseDataset } from '../../src/model/parseDataset';
import { exportAs, graph, openApp, shownPixelShare } from './helpers';
import { seed, statusFor } from './seed';

const SCREENS = 'test-results/screens';
const status = (page: Page) => page.getByRole('status');
const affiliations = seed.actors.reduce((n, a) => n + new Set(a.memberOf ?? []).size, 0);

/** Decodes an image in the page and measures it: size, share of non-background pixels, corners. */
async function measureImage(page: Page, bytes: Buffer, mime: string) {
  return page.evaluate(
    async ({ base64, type }) => {
      const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([binary], { type }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const corner = [data[0], data[1], data[2], data[3]];
      let drawn = 0;
      // The box around everything drawn, in pixels.
      const ink = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      for (let i = 0; i < data.length; i += 4) {
        const same =
          Math.abs(data[i]! - corner[0]!) < 8 &&
          Math.abs(data[i + 1]! - corner[1]!) < 8 &&
          Math.abs(data[i + 2]! - corner[2]!) < 8 &&
          Math.abs(data[i + 3]! - corner[3]!) < 8;
        if (same) continue;
        drawn++;
        const x = (i / 4) % bitmap.width;
        const y = Math.floor(i / 4 / bitmap.width);
        ink.left = Math.min(ink.left, x);
        ink.right = Math.max(ink.right, x);
        ink.top = Math.min(ink.top, y);
        ink.bottom = Math.max(ink.bottom, y);
      }
      return {
        width: bitmap.width,
        height: bitmap.height,
        drawn: drawn / (data.length / 4),
        corner,
        ink,
      };
    },
    { base64: bytes.toString('base64'), type: mime },
  );
}

test.describe('images', () => {
  test('PNG with legend and title, at the scale asked for, not blank', async ({ page }) => {
    await openApp(page);
    await setExportOptions(page, { scale: '1', background: 'White', legend: true });
    const one = await exportAs(page, 'Export PNG');
    expect(one.name).toMatch(
      /^north-korean-troops-for-russia-[a-z0-9-]*-claims-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const small = await measureImage(page, one.bytes, 'image/png');

    await setExportOptions(page, { scale: '3' });
    const three = await exportAs(page, 'Export PNG');
    const large = await measureImage(page, three.bytes, 'image/png');
    expect(Math.abs(large.width - 3 * small.width)).toBeLessThanOrEqual(3);
    expect(Math.abs(large.height - 3 * small.height)).toBeLessThanOrEqual(3);
    expect(large.corner).toEqual([255, 255, 255, 255]);
    expect(large.drawn).toBeGreaterThan(0.05);
    // The legend and title are part of the image: without them it is smaller.
    await setExportOptions(page, { scale: '1', legend: false });
    const bare = await measureImage(page, (await exportAs(page, 'Export PNG')).bytes, 'image/png');
    expect(bare.height).toBeLessThan(small.height);
    await page.screenshot({ path: `${SCREENS}/export-menu.png` });
  });

  test('the graph on screen is drawn again after a PNG export', async ({ page }) => {
    // The export holds Cytoscape's screen still (a batch) until its file is made, and no longer.
    await openApp(page);
    await exportAs(page, 'Export PNG');
    await page.keyboard.press('Escape');
    const before = await shownPixelShare(page);
    await page.getByRole('checkbox', { name: 'Person' }).uncheck();
    await expect.poll(() => shownPixelShare(page)).toBeLessThan(before);
  });

  test('a transparent PNG, a JPG, and the visible area only', async ({ page }) => {
    await openApp(page);
    await setExportOptions(page, { background: 'Transparent', legend: false, scale: '1' });
    const transparent = await measureImage(
      page,
      (await exportAs(page, 'Export PNG')).bytes,
      'image/png',
    );
    expect(transparent.corner[3]).toBe(0);
    expect(transparent.drawn).toBeGreaterThan(0.03);

    const jpg = await exportAs(page, 'Export JPG');
    expect(jpg.name).toMatch(/\.jpg$/);
    const decoded = await measureImage(page, jpg.bytes, 'image/jpeg');
    expect(decoded.corner.slice(0, 3).every((c) => c! > 245)).toBe(true);

    await setExportOptions(page, { scope: 'Visible area', scale: '2' });
    const visible = await measureImage(
      page,
      (await exportAs(page, 'Export PNG')).bytes,
      'image/png',
    );
    const box = (await graph(page).boundingBox())!;
    // The visible area, at twice its size, with the same padding all images have.
    expect(Math.abs(visible.width - 2 * (Math.round(box.width) + 48))).toBeLessThanOrEqual(4);
    expect(Math.abs(visible.height - 2 * (Math.round(box.height) + 48))).toBeLessThanOrEqual(4);
  });

  test('on a HiDPI screen too, the graph fills the image within its padding', async ({
    page,
    browser,
  }) => {
    const measure = async (on: Page) => {
      await openApp(on);
      await setExportOptions(on, { background: 'Transparent', legend: false, scale: '2' });
      return measureImage(on, (await exportAs(on, 'Export PNG')).bytes, 'image/png');
    };
    const normal = await measure(page);
    const context = await browser.newContext({
      deviceScaleFactor: 2,
      viewport: page.viewportSize()!,
    });
    const hidpi = await measure(await context.newPage());
    await context.close();
    for (const image of [normal, hidpi]) {
      // 24 px of padding at scale 1 is 48 px here; labels may reach a little into it.
      expect(image.ink.left).toBeGreaterThanOrEqual(40);
      expect(image.ink.top).toBeGreaterThanOrEqual(40);
      expect(image.width - 1 - image.ink.right).toBeGreaterThanOrEqual(40);
      expect(image.height - 1 - image.ink.bottom).toBeGreaterThanOrEqual(40);
      // ...and the graph reaches across to it: nothing drawn half size in a corner.
      expect(image.ink.right - image.ink.left).toBeGreaterThan(image.width - 2 * 48 - 20);
      expect(image.ink.bottom - image.ink.top).toBeGreaterThan(image.height - 2 * 48 - 20);
    }
  });

  test('a scale past the browser canvas limit is lowered, with a message, never blank', async ({
    page,
  }) => {
    await openApp(page);
    const crowd = {
      format: 'stancegraph',
      version: 1,
      title: 'Crowd',
      actors: Array.from({ length: 900 }, (_, i) => ({
        id: `a${i}`,
        name: `Actor ${i}`,
        kind: 'person',
      })),
      claims: [],
      statements: [],
    };
    await page.getByRole('button', { name: 'Open from text' }).click();
    await page.getByLabel('Dataset JSON').fill(JSON.stringify(crowd));
    await page.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
    await expect(status(page)).toHaveText('900 actors · 0 claims · 0 statements');
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await setExportOptions(page, { scale: '4', legend: false, scope: 'Whole graph' });
    const image = await measureImage(page, (await exportAs(page, 'Export PNG')).bytes, 'image/png');
    await expect(page.getByRole('group', { name: 'Export' })).toContainText(
      /Scale lowered to [\d.]+x/,
    );
    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(16_000);
    expect(image.drawn).toBeGreaterThan(0.001);
  });

  test('SVG has the shown labels as text, and not the filtered ones', async ({ page }) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: 'Person' }).uncheck();
    await setExportOptions(page, { legend: true });
    const svg = await exportAs(page, 'Export SVG');
    expect(svg.name).toMatch(/-claims-\d{4}-\d{2}-\d{2}\.svg$/);
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, svg.text);
    expect(texts).not.toBeNull();
    for (const actor of seed.actors) {
      const shown = actor.kind !== 'person';
      expect(
        texts!.includes(actor.name) || texts!.some((t) => t.startsWith(actor.name.slice(0, 18))),
      ).toBe(shown);
    }
    expect(texts).toContain(seed.title);
    await page.goto('about:blank');
    await page.setContent(`<img src="data:image/svg+xml;base64,${svg.bytes.toString('base64')}">`);
    await page.screenshot({ path: `${SCREENS}/export-svg.png`, fullPage: true });
  });
});

test.describe('data', () => {
  test('JSON of what is shown validates and opens again with the same counts', async ({ page }) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: 'Denies' }).uncheck();
    const shown = await status(page).textContent();
    const json = await exportAs(page, 'Export JSON');
    expect(json.name).toMatch(/-claims-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseDataset(json.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dataset.statements.some((s) => s.stance === 'denies')).toBe(false);
    expect(
      statusFor(
        parsed.dataset.actors.length,
        parsed.dataset.claims.length,
        parsed.dataset.statements.length,
      ),
    ).toBe(shown);

    await page.getByRole('button', { name: 'Sample dataset' }).click();
    await page.getByLabel('Open dataset').setInputFiles({
      name: json.name,
      mimeType: 'application/json',
      buffer: json.bytes,
    });
    await expect(status(page)).toHaveText(shown!);
  });

  test('GEXF and GraphML parse with third-party readers, with the shown counts', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: 'Doubts' }).uncheck();
    const doubts = seed.statements.filter((s) => s.stance === 'doubts').length;
    const nodes = seed.actors.length + seed.claims.length;
    const edges = seed.statements.length - doubts + affiliations;

    const gexf = await exportAs(page, 'Export GEXF');
    expect(gexf.name).toMatch(/\.gexf$/);
    expect(gexf.text).toContain('version="1.3"');
    const fromGexf = parseGexf(Graph, gexf.text);
    expect(fromGexf.order).toBe(nodes);
    expect(fromGexf.size).toBe(edges);
    const statement = seed.statements.find((s) => s.quote && s.stance !== 'doubts')!;
    const attributes = fromGexf.getEdgeAttributes(statement.id);
    expect(attributes.stance).toBe(statement.stance);
    expect(attributes.quote).toBe(statement.quote);
    expect(typeof fromGexf.getNodeAttributes(seed.actors[0]!.id).x).toBe('number');

    const graphml = await exportAs(page, 'Export GraphML');
    expect(graphml.name).toMatch(/\.graphml$/);
    const fromGraphml = parseGraphml(Graph, graphml.text);
    expect(fromGraphml.order).toBe(nodes);
    expect(fromGraphml.size).toBe(edges);
    expect(fromGraphml.getNodeAttributes(seed.actors[0]!.id).kind).toBe(seed.actors[0]!.kind);

    // The actor view exports the actor network: its ties.
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    const ties = Number((await status(page).textContent())!.match(/(\d+) ties?/)![1]);
    const actorGexf = parseGexf(Graph, (await exportAs(page, 'Export GEXF')).text);
    expect(actorGexf.size).toBe(ties);
  });

  test('CSV of the shown statements parses back, commas, quotes and newlines included', async ({
    page,
  }) => {
    await openApp(page);
    const tricky = 'He said, "no" —\nthen “yes”; 北朝鮮';
    const dataset = {
      format: 'stancegraph',
      version: 1,
      title: 'Tricky CSV',
      actors: [
        { id: 'a', name: 'Ким, Чен Ын', kind: 'person' },
        { id: 'b', name: '=HYPERLINK("x")', kind: 'person' },
      ],
      claims: [{ id: 'c', text: 'A claim, with a comma' }],
      statements: [
        { id: 's1', actor: 'a', claim: 'c', stance: 'asserts', quote: tricky, place: 'Seoul' },
        { id: 's2', actor: 'b', claim: 'c', stance: 'denies', date: '2024-10' },
        { id: 's3', actor: 'b', claim: 'c', stance: 'doubts' },
      ],
    };
    await page.getByRole('button', { name: 'Open from text' }).click();
    await page.getByLabel('Dataset JSON').fill(JSON.stringify(dataset));
    await page.getByRole('dialog').getByRole('button', { name: 'Open' }).click();
    await expect(status(page)).toHaveText(statusFor(2, 1, 3));
    await page.getByRole('checkbox', { name: 'Doubts' }).uncheck();

    const csv = await exportAs(page, 'Export CSV');
    expect(csv.name).toMatch(/^tricky-csv-claims-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), {
      header: true,
    }).data;
    expect(rows.map((r) => r.statement_id)).toEqual(['s1', 's2']);
    expect(rows[0]).toMatchObject({
      actor: 'Ким, Чен Ын',
      stance: 'asserts',
      claim: 'A claim, with a comma',
      quote: tricky,
      place: 'Seoul',
    });
    // A formula in a name is kept as text, so a spreadsheet does not run it.
    expect(rows[1]!.actor).toBe(`'=HYPERLINK("x")`);
    expect(rows[1]!.date).toBe('2024-10');
  });
});
