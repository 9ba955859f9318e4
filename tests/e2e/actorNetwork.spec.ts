// The actor network's choices, clicked through the real UI: what the status, the legend, the
// details, the exported GraphML and the drawn graph say. Expected values come from the sample file
// (tests/e2e/seed.ts) and from DNA's definitions worked out by hand, never from src/.
import { expect, test, type Page } from '@playwright/test';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { debateFile, details, exportAs, graph, nodePositions, openApp } from './helpers';
import { bruteForcePairs, organisationOf, seed } from './seed';

const SCREENS = 'test-results/screens';
const status = (page: Page) => page.getByRole('status');
const choice = (page: Page, name: string) => page.getByRole('combobox', { name });

/** The colours of the style table, as Cytoscape reports them. */
const CONFLICT_RGB = 'rgb(213,94,0)';
const DEFAULT_NODE_SIZE = 26;

interface DrawnElement {
  visible: boolean;
  /** A node's drawn width, an edge's line width. */
  width: number;
  /** A node's fill, an edge's line colour, as "rgb(r,g,b)". */
  color: string;
  /** Where the element is on the page: a node's centre, an edge's midpoint. */
  point: { x: number; y: number };
}

/**
 * What the graph draws for one Cytoscape id, read from the instance Cytoscape registers on its
 * container (read-only, like the app's own probe); null when there is no such element.
 */
async function drawn(page: Page, id: string): Promise<DrawnElement | null> {
  return graph(page).evaluate((container, elementId) => {
    interface Element {
      empty(): boolean;
      visible(): boolean;
      isNode(): boolean;
      width(): number;
      style(name: string): string;
      renderedPosition(): { x: number; y: number };
      renderedMidpoint(): { x: number; y: number };
    }
    // Cytoscape's own container is the region's child (GraphCanvas.tsx).
    const own = container.firstElementChild;
    const registry = (own as (Element & { _cyreg?: { cy?: unknown } }) | null)?._cyreg;
    const cy = registry?.cy as { getElementById(id: string): Element } | undefined;
    const element = cy?.getElementById(elementId);
    if (!element || element.empty()) return null;
    const node = element.isNode();
    const box = container.getBoundingClientRect();
    const at = node ? element.renderedPosition() : element.renderedMidpoint();
    return {
      visible: element.visible(),
      width: node ? element.width() : Number.parseFloat(element.style('width')),
      color: element.style(node ? 'background-color' : 'line-color').replace(/\s/g, ''),
      point: { x: box.left + at.x, y: box.top + at.y },
    };
  }, id);
}

const nodeId = (id: string) => `n:${id}`;
const tieId = (type: string, x: string, y: string) =>
  `t:${type}:${JSON.stringify(x < y ? [x, y] : [y, x])}`;

/** "#AA3377" → "rgb(170,51,119)", as Cytoscape reports colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** The texts of one titled list of the legend. */
async function legendList(page: Page, title: string): Promise<string[]> {
  const legend = page.getByRole('region', { name: 'Legend' });
  return legend.getByRole('list', { name: title }).getByRole('listitem').allTextContents();
}

/** The edges of an exported GraphML file: key → weight. */
async function exportedWeights(page: Page): Promise<Map<string, number>> {
  const file = await exportAs(page, 'Export GraphML');
  const parsed = parseGraphml(Graph, file.text);
  await page.keyboard.press('Escape');
  return new Map(parsed.mapEdges((edge, attributes) => [edge, attributes.weight as number]));
}

/** The actor view with every node shown, untied ones too (they are hidden by default). */
async function openActorView(page: Page, path = '/') {
  await openApp(page, path);
  await page.getByRole('radio', { name: 'Actors' }).check();
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
  const show = page.getByRole('button', { name: 'Show them' });
  if (await show.isVisible()) await show.click();
}

const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

test.describe('actor network', () => {
  test('the sample draws Zelensky in conflict with Russia and with Rutte', async ({ page }) => {
    await openActorView(page);
    for (const other of ['russia', 'rutte']) {
      const tie = await drawn(page, tieId('conflict', 'zelensky', other));
      expect(tie, other).toMatchObject({ visible: true, color: CONFLICT_RGB });
    }
    await page.screenshot({ path: `${SCREENS}/actor-network-sample.png` });

    // The tie's own details: the one claim, both quotes.
    const tie = await drawn(page, tieId('conflict', 'zelensky', 'rutte'));
    await page.mouse.click(tie!.point.x, tie!.point.y);
    const panel = details(page);
    const conflict = panel.getByRole('group', { name: 'Conflict on (1)' });
    const troops = seed.claims.find((c) => c.text.includes('troops to fight for Russia'))!;
    await expect(conflict.getByRole('button', { name: troops.text })).toBeVisible();
    for (const actor of ['zelensky', 'rutte']) {
      const said = seed.statements.find((s) => s.actor === actor && s.claim === troops.id)!;
      await expect(conflict).toContainText(said.quote!);
    }
  });

  test('Actors as, tie type, duplicates and normalisation change the status, legend and exported weights', async ({
    page,
  }) => {
    await openActorView(page);
    const coded = bruteForcePairs();
    const tiesOf = (pairs: typeof coded.pairs) =>
      pairs.filter((p) => p.agree > 0).length + pairs.filter((p) => p.conflict > 0).length;
    await expect(status(page)).toHaveText(
      `${n(coded.nodes.length, 'actor')} · ${n(tiesOf(coded.pairs), 'tie')}`,
    );
    expect(await legendList(page, 'Actors')).toContain('Person');
    let weights = await exportedWeights(page);
    expect(weights.size).toBe(tiesOf(coded.pairs));
    expect(weights.get('conflict:russia:zelensky')).toBe(1);

    // Organisations: people count for the first organisation they belong to.
    await choice(page, 'Actors as').selectOption({ label: 'Organisations' });
    const orgs = bruteForcePairs(seed.statements, organisationOf);
    await expect(status(page)).toHaveText(
      `${n(orgs.nodes.length, 'node')} · ${n(tiesOf(orgs.pairs), 'tie')}`,
    );
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    expect(await legendList(page, 'Actors')).not.toContain('Person');
    weights = await exportedWeights(page);
    expect(weights.size).toBe(tiesOf(orgs.pairs));
    // Zelensky and Ukrainian officials speak for Ukraine: it conflicts with Russia on the troops.
    expect(weights.get('conflict:russia:ukraine')).toBe(1);
    expect(weights.has('conflict:russia:zelensky')).toBe(false);
    await expect(page).toHaveURL(/as=organisations/);

    // Agreement − conflict: one signed tie per pair, drawn by its sign.
    const positions = await nodePositions(page);
    await choice(page, 'Tie type').selectOption({ label: 'Agreement − conflict' });
    expect(await legendList(page, 'Ties')).toEqual([
      'More agreement than conflict',
      'More conflict than agreement',
    ]);
    const signed = orgs.pairs.filter((p) => p.agree !== p.conflict);
    await expect(status(page)).toHaveText(
      `${n(orgs.nodes.length, 'node')} · ${n(signed.length, 'tie')}`,
    );
    weights = await exportedWeights(page);
    // Russia–Ukraine: 0 agreement − 1 conflict; North Korea–Russia agree on the arms (both deny)
    // and the pact (Kim and Putin agree): 2 − 0.
    expect(weights.get('conflict:russia:ukraine')).toBe(-1);
    expect(weights.get('agreement:north-korea:russia')).toBe(2);
    // The same nodes: the drawing kept every place.
    expect(await nodePositions(page)).toEqual(positions);

    // Every statement, averaged over activity. Ukraine counts s01, s02 (troops, +) and s16 (+):
    // polar activity 3; Russia s06 (troops, −), Putin's s07 (+) and s13 (arms, −): 3. On the
    // troops claim conflict = n⁺(Ukraine)·n⁻(Russia) = 2·1 = 2, agreement 0: weight −2, divided by
    // (3 + 3) / 2 = 3: −0.667.
    await choice(page, 'Duplicates').selectOption({ label: 'Every statement' });
    await choice(page, 'Normalisation').selectOption({ label: 'Average activity' });
    await expect(choice(page, 'Tie type')).toHaveAccessibleDescription(/Then divided by/);
    weights = await exportedWeights(page);
    expect(weights.get('conflict:russia:ukraine')).toBeCloseTo(-2 / 3, 6);
    await expect(page).toHaveURL(/ties=subtract/);
    await expect(page).toHaveURL(/duplicates=every/);
    await expect(page).toHaveURL(/norm=average/);
    expect(await nodePositions(page)).toEqual(positions);
  });

  test('Size by and Colour by change what is drawn and the legend', async ({ page }) => {
    await openActorView(page);
    const { pairs, nodes } = bruteForcePairs();
    const sizes = async () =>
      Promise.all(nodes.map(async (id) => (await drawn(page, nodeId(id)))!.width));
    expect(new Set(await sizes())).toEqual(new Set([DEFAULT_NODE_SIZE]));
    const positions = await nodePositions(page);

    await choice(page, 'Size by').selectOption({ label: 'Degree' });
    await expect(page.getByText('Size = degree')).toBeVisible();
    // The node tied to the most others is drawn the largest; one without ties the smallest.
    const degree = (id: string) => pairs.filter((p) => p.a === id || p.b === id).length;
    const busiest = [...nodes].sort((x, y) => degree(y) - degree(x))[0]!;
    const loneliest = [...nodes].sort((x, y) => degree(x) - degree(y))[0]!;
    await expect
      .poll(async () => (await drawn(page, nodeId(busiest)))!.width)
      .toBe(Math.max(...(await sizes())));
    expect((await drawn(page, nodeId(busiest)))!.width).toBeGreaterThan(
      (await drawn(page, nodeId(loneliest)))!.width,
    );

    await choice(page, 'Colour by').selectOption({ label: 'Community' });
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect(legend.getByRole('list', { name: 'Communities' })).toBeVisible();
    const swatches = await legend
      .getByRole('list', { name: 'Communities' })
      .locator('[data-shape] circle')
      .evaluateAll((circles) => circles.map((c) => c.getAttribute('fill') ?? ''));
    // Every node is drawn in a colour of the legend; the United States, South Korea and Campbell
    // agree with one another on the arms (a triangle of agreement): one community.
    const colours = new Map<string, string>();
    for (const id of nodes) colours.set(id, (await drawn(page, nodeId(id)))!.color);
    const legendColours = new Set([...swatches.map(rgb), rgb('#BBBBBB'), rgb('#E4E4E4')]);
    for (const [id, colour] of colours) expect(legendColours, id).toContain(colour);
    expect(colours.get('united-states')).toBe(colours.get('south-korea'));
    expect(colours.get('campbell')).toBe(colours.get('united-states'));
    expect(new Set(colours.values()).size).toBeGreaterThan(1);
    await page.screenshot({ path: `${SCREENS}/actor-network-size-colour.png` });
    // Neither choice moves a node.
    expect(await nodePositions(page)).toEqual(positions);

    // A node's details give its values and ranks.
    const busiestPoint = (await drawn(page, nodeId(busiest)))!.point;
    await page.mouse.click(busiestPoint.x, busiestPoint.y);
    const metrics = details(page).getByRole('region', { name: 'In the network' });
    await expect(metrics).toContainText(`${degree(busiest)}, 1st of ${nodes.length}`);
  });

  test('exports each network the tie type draws as DNA’s matrix CSV', async ({ page }) => {
    await openActorView(page);
    // Agreement and conflict side by side: one matrix each.
    const file = await exportAs(page, 'Export conflict matrix (CSV)');
    expect(file.name).toMatch(/-conflict-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = file.text.split('\n');
    const labels = JSON.parse(`[${lines[0]!.split(';').join(',')}]`) as string[];
    const names = [...seed.actors.map((a) => a.name)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    expect(labels).toEqual(['', ...names]);
    const cell = (row: string, column: string) =>
      lines.find((line) => line.startsWith(`"${row}";`))!.split(';')[labels.indexOf(column)];
    expect(cell('Volodymyr Zelensky', 'Russia')).toBe('1');
    expect(cell('Volodymyr Zelensky', 'Mark Rutte')).toBe('1');
    expect(cell('Volodymyr Zelensky', 'Ukrainian officials')).toBe('0');
    expect(cell('Russia', 'Volodymyr Zelensky')).toBe('1');

    await choice(page, 'Tie type').selectOption({ label: 'Agreement' });
    await choice(page, 'Normalisation').selectOption({ label: 'Jaccard' });
    const agreement = await exportAs(page, 'Export matrix (CSV)');
    expect(agreement.name).toMatch(/-agreement-matrix-/);
    // Both assert the troops claim (1·1 = 1); Zelensky also asserts a claim the officials do not
    // speak on: Jaccard 1 / (0 + 1 + 1) = 0.5.
    const rows = agreement.text.split('\n');
    const header = rows[0]!.split(';');
    const zelensky = rows.find((line) => line.startsWith('"Volodymyr Zelensky";'))!.split(';');
    expect(zelensky[header.indexOf('"Ukrainian officials"')]).toBe('0.500000');
  });

  test('the choices live in the link and come back after a reload', async ({ page }) => {
    await openActorView(page);
    await choice(page, 'Actors as').selectOption({ label: 'Organisations' });
    await choice(page, 'Tie type').selectOption({ label: 'Conflict' });
    await choice(page, 'Normalisation').selectOption({ label: 'Jaccard' });
    await choice(page, 'Size by').selectOption({ label: 'Betweenness' });
    await choice(page, 'Colour by').selectOption({ label: 'Community' });
    await page.getByRole('spinbutton', { name: 'Minimum tie weight' }).fill('0.3');
    await expect(page).toHaveURL(/tieMin=0\.3/);
    const statusText = await status(page).textContent();

    await page.reload();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(choice(page, 'Actors as')).toHaveValue('organisations');
    await expect(choice(page, 'Tie type')).toHaveValue('conflict');
    await expect(choice(page, 'Normalisation')).toHaveValue('jaccard');
    await expect(choice(page, 'Size by')).toHaveValue('betweenness');
    await expect(choice(page, 'Colour by')).toHaveValue('community');
    await expect(page.getByRole('spinbutton', { name: 'Minimum tie weight' })).toHaveValue('0.3');
    await expect(status(page)).toHaveText(statusText!);
  });
});

test.describe('actors without a drawn tie', () => {
  test('are laid out among those they are weakly tied to, so they appear in view when shown', async ({
    page,
  }) => {
    const path = debateFile(2000);
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await openApp(page);
    await page.getByLabel('Open dataset').setInputFiles(path);
    await expect(status(page)).toContainText('2,000 statements', { timeout: 30_000 });
    // Chosen while the claims view is still being laid out: its layout is given up, quietly.
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    // Only strong ties drawn: the rest of the actors are untied and hidden; lay out like that.
    const minimum = page.getByRole('spinbutton', { name: 'Minimum tie weight' });
    await minimum.fill('6');
    await expect(page.getByText(/actors? without a tie hidden/)).toBeVisible();
    const shownBefore = new Set((await drawnNodes(page)).nodes.map((node) => node.id));
    await page.getByRole('button', { name: 'Re-run layout' }).click();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    // Weaker ties drawn again (as a date window's step draws them): the actors that appear
    // stand in the picture, not in rows below it.
    await minimum.fill('1');
    await expect
      .poll(async () => (await drawnNodes(page)).nodes.length)
      .toBeGreaterThan(shownBefore.size);
    const { nodes, width, height } = await drawnNodes(page);
    const appeared = nodes.filter((node) => !shownBefore.has(node.id));
    const outside = appeared.filter(
      ({ body }) => body.x2 < 0 || body.y2 < 0 || body.x1 > width || body.y1 > height,
    );
    expect(errors).toEqual([]);
    expect(appeared.length).toBeGreaterThan(10);
    expect(
      outside.length,
      `${outside.length} of ${appeared.length} out of view`,
    ).toBeLessThanOrEqual(appeared.length / 10);
  });
});

test('switching to the actor view of a 2,000-statement debate says busy until it is drawn', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Open dataset').setInputFiles(debateFile(2000));
  await expect(status(page)).toContainText('2,000 statements', { timeout: 30_000 });
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  // Every value aria-busy takes from the switch on, as a screen reader would be told.
  await graph(page).evaluate((region) => {
    const seen: string[] = [];
    (window as unknown as { busySeen: string[] }).busySeen = seen;
    new MutationObserver(() => seen.push(region.getAttribute('aria-busy') ?? '')).observe(region, {
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
  });
  await page.getByRole('radio', { name: 'Actors' }).check();
  // The actor view's layout takes a few seconds here; the graph says so meanwhile.
  await expect(graph(page)).toHaveAttribute('aria-busy', 'true');
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(status(page)).toContainText(/\d+ actors · [\d,]+ ties/);
  const seen = await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen);
  expect(seen).toEqual(['true', 'false']);
});

async function drawnNodes(page: Page) {
  return page.evaluate(() => {
    const probe = window.stancegraphProbe!;
    return { nodes: probe.drawnNodes(), ...probe.size() };
  });
}
