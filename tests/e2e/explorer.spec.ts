import { expect, test, type Page } from '@playwright/test';
import {
  clickNode,
  clickStatement,
  details,
  graph,
  nodePositions,
  openApp,
  shownCount,
} from './helpers';
import {
  actorNamed,
  bruteForceTies,
  claimContaining,
  contestedClaims,
  seed,
  statusFor,
} from './seed';

const SCREENS = 'test-results/screens';
const status = (page: Page) => page.getByRole('status');
const affiliationCount = seed.actors.reduce((n, a) => n + new Set(a.memberOf ?? []).size, 0);

test.describe('claims view', () => {
  test('shows every actor, claim and statement of the sample, with affiliations', async ({
    page,
  }) => {
    await openApp(page);
    await expect(status(page)).toHaveText(
      statusFor(seed.actors.length, seed.claims.length, seed.statements.length),
    );
    expect(await shownCount(page)).toEqual({
      nodes: seed.actors.length + seed.claims.length,
      edges: seed.statements.length + affiliationCount,
    });
    await page.screenshot({ path: `${SCREENS}/default-view.png` });

    await page.getByRole('checkbox', { name: 'Show affiliations' }).uncheck();
    expect((await shownCount(page)).edges).toBe(seed.statements.length);
  });

  test('a stance filter hides its statements without moving anything, and counts them', async ({
    page,
  }) => {
    await openApp(page);
    const denies = seed.statements.filter((s) => s.stance === 'denies').length;
    const before = await nodePositions(page);

    const checkbox = page.getByRole('checkbox', { name: 'Denies' });
    await expect(checkbox).toBeChecked();
    await checkbox.uncheck();

    await expect(status(page)).toHaveText(
      statusFor(seed.actors.length, seed.claims.length, seed.statements.length - denies),
    );
    await expect(page.getByText(`0/${denies}`)).toBeVisible();
    expect(await nodePositions(page)).toEqual(before);
    expect(await graph(page).getAttribute('aria-busy')).toBe('false');
    await page.screenshot({ path: `${SCREENS}/filtered-view.png` });

    await checkbox.check();
    await expect(status(page)).toHaveText(
      statusFor(seed.actors.length, seed.claims.length, seed.statements.length),
    );
  });

  test('actor kinds, contested claims and isolated nodes filter what is shown', async ({
    page,
  }) => {
    await openApp(page);
    const people = seed.actors.filter((a) => a.kind === 'person').map((a) => a.id);
    const byPeople = seed.statements.filter((s) => people.includes(s.actor)).length;
    await page.getByRole('checkbox', { name: 'Person' }).uncheck();
    await expect(status(page)).toHaveText(
      statusFor(
        seed.actors.length - people.length,
        seed.claims.length,
        seed.statements.length - byPeople,
      ),
    );
    await page.getByRole('button', { name: 'Reset filters' }).click();

    const contested = contestedClaims();
    expect(contested.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'Contested claims only' }).check();
    const contestedIds = new Set(contested.map((c) => c.id));
    const onContested = seed.statements.filter((s) => contestedIds.has(s.claim));
    await expect(status(page)).toHaveText(
      statusFor(seed.actors.length, contested.length, onContested.length),
    );
    await page.getByRole('checkbox', { name: 'Show affiliations' }).uncheck();
    await page.getByRole('checkbox', { name: 'Hide isolated nodes' }).check();
    const speakers = new Set(onContested.map((s) => s.actor));
    await expect(status(page)).toHaveText(
      statusFor(speakers.size, contested.length, onContested.length),
    );
  });

  test('a date range keeps the statements of that period', async ({ page }) => {
    await openApp(page);
    const from = page.getByRole('textbox', { name: 'From' });
    await from.fill('2024-10');
    await from.press('Enter');
    await page.getByRole('checkbox', { name: 'Include undated' }).uncheck();
    // Dates are partial: a statement is kept when its period reaches into October 2024 or later,
    // so "2024" (the whole year) stays and "2024-06" goes. ISO strings compare as dates do.
    const kept = seed.statements.filter(
      (s) => s.date !== undefined && (s.date >= '2024-10' || '2024-10'.startsWith(s.date)),
    );
    await expect(status(page)).toHaveText(
      statusFor(seed.actors.length, seed.claims.length, kept.length),
    );
  });
});

test.describe('details', () => {
  test('clicking an actor shows its role, affiliations and every statement with quotes', async ({
    page,
  }) => {
    await openApp(page);
    const rutte = actorNamed('Mark Rutte');
    await clickNode(page, rutte.id);
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: rutte.name })).toBeVisible();
    await expect(panel).toContainText(rutte.role!);
    for (const member of rutte.memberOf ?? []) {
      const name = seed.actors.find((a) => a.id === member)!.name;
      await expect(panel.getByRole('button', { name })).toBeVisible();
    }
    for (const statement of seed.statements.filter((s) => s.actor === rutte.id)) {
      await expect(panel).toContainText(statement.quote!);
    }
    await expect(page).toHaveURL(new RegExp(`select=actor%3A${rutte.id}`));
    await page.screenshot({ path: `${SCREENS}/details-rutte.png` });

    // Escape clears the selection.
    await page.locator('body').press('Escape');
    await expect(panel.getByRole('heading', { name: rutte.name })).toHaveCount(0);
  });

  test('a claim lists supporters and opponents side by side with their quotes', async ({
    page,
  }) => {
    await openApp(page);
    const claim = claimContaining('troops to fight for Russia');
    await clickNode(page, claim.id);
    const panel = details(page);
    await expect(panel.getByRole('heading', { name: claim.text })).toBeVisible();
    const supports = panel.getByRole('group', { name: /Supports/ });
    for (const statement of seed.statements.filter(
      (s) => s.claim === claim.id && ['asserts', 'agrees', 'accuses'].includes(s.stance),
    )) {
      const actor = seed.actors.find((a) => a.id === statement.actor)!;
      await expect(supports.getByRole('button', { name: actor.name })).toBeVisible();
      await expect(supports).toContainText(statement.quote!);
    }
    await page.screenshot({ path: `${SCREENS}/details-claim-troops.png` });

    // Clicking an actor in the panel selects it in the graph and the panel follows.
    const first = seed.statements.find((s) => s.claim === claim.id)!;
    const actor = seed.actors.find((a) => a.id === first.actor)!;
    await supports.getByRole('button', { name: actor.name }).first().click();
    await expect(panel.getByRole('heading', { name: actor.name })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`select=actor%3A${actor.id}`));
  });

  test('clicking an edge shows that statement', async ({ page }) => {
    await openApp(page);
    const statement = seed.statements.find((s) => s.stance === 'doubts')!;
    await clickStatement(page, statement.id);
    await expect(details(page)).toContainText(statement.quote!);
    await expect(page).toHaveURL(new RegExp(`select=statement%3A${statement.id}`));
  });

  test('focus shows only the neighbourhood of the selection', async ({ page }) => {
    await openApp(page);
    const claim = claimContaining('troops to fight for Russia');
    await clickNode(page, claim.id);
    await details(page).getByRole('combobox', { name: 'Focus depth' }).selectOption('1');
    const onClaim = seed.statements.filter((s) => s.claim === claim.id);
    const speakers = new Set(onClaim.map((s) => s.actor));
    await expect(status(page)).toHaveText(statusFor(speakers.size, 1, onClaim.length));
    expect(await shownCount(page)).toEqual({ nodes: speakers.size + 1, edges: onClaim.length });
    // Escape drops the focus first, then the selection.
    await page.locator('body').press('Escape');
    await expect(status(page)).toHaveText(
      statusFor(seed.actors.length, seed.claims.length, seed.statements.length),
    );
  });

  test('hovering a node fades everything outside its neighbourhood', async ({ page }) => {
    await openApp(page);
    const rutte = actorNamed('Mark Rutte');
    const point = await page.evaluate(
      (id) => window.stancegraphProbe!.clientPointOf('node', id),
      rutte.id,
    );
    const before = await graph(page).screenshot();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(async () => (await graph(page).screenshot()).equals(before)).toBe(false);
    await page.screenshot({ path: `${SCREENS}/hover-rutte.png` });
  });
});

test.describe('search', () => {
  test('finds actors by alias, accent- and case-insensitively, and opens them', async ({
    page,
  }) => {
    await openApp(page);
    const actor = seed.actors.find((a) => (a as { aliases?: string[] }).aliases?.length)!;
    const alias = (actor as { aliases?: string[] }).aliases![0]!;
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill(alias.toUpperCase());
    await expect(page.getByRole('option').first()).toContainText(actor.name);
    await search.press('Enter');
    await expect(details(page).getByRole('heading', { name: actor.name })).toBeVisible();

    await search.fill('');
    const claim = claimContaining('troops to fight for Russia');
    await search.fill('TROOPS TO FIGHT');
    await page.getByRole('option', { name: new RegExp(claim.text) }).click();
    await expect(details(page).getByRole('heading', { name: claim.text })).toBeVisible();
  });
});

test.describe('layouts', () => {
  test('a layout choice rearranges the graph and persists across a reload', async ({ page }) => {
    await openApp(page);
    const before = await nodePositions(page);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('grid');
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect.poll(async () => nodePositions(page)).not.toEqual(before);
    // The address takes the view when the page is next idle (at most 300 ms later): a reload
    // before that would reload the old address.
    await expect(page).toHaveURL(/layout=grid/);
    await page.reload();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('grid');

    // A fresh visit without the link's layout still has the persisted choice.
    await openApp(page, '/');
    await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('grid');
  });

  test('Fit brings the whole graph back into view after zooming', async ({ page }) => {
    await openApp(page);
    const fitted = await page.evaluate(() => window.stancegraphProbe!.zoom());
    const box = (await graph(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => page.evaluate(() => window.stancegraphProbe!.zoom())).not.toBe(fitted);
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect
      .poll(() => page.evaluate(() => window.stancegraphProbe!.zoom()))
      .toBeCloseTo(fitted, 3);
  });
});

test.describe('actor view', () => {
  test('shows derived agreement and conflict ties, and the claims behind one', async ({ page }) => {
    await openApp(page);
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    const ties = bruteForceTies();
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    // Actors without a tie are hidden, and the footer says how many; "Show them" brings them.
    const untied = seed.actors.length - ties.tiedActors.size;
    await expect(status(page)).toHaveText(
      `${n(ties.tiedActors.size, 'actor')} · ${n(ties.agreement + ties.conflict, 'tie')}`,
    );
    await expect(page.getByText(`${n(untied, 'actor')} without a tie hidden.`)).toBeVisible();
    await page.getByRole('button', { name: 'Show them' }).click();
    await expect(status(page)).toHaveText(
      `${n(seed.actors.length, 'actor')} · ${n(ties.agreement + ties.conflict, 'tie')}`,
    );
    await page.screenshot({ path: `${SCREENS}/actor-view.png` });

    const tieType = page.getByRole('combobox', { name: 'Tie type' });
    await tieType.selectOption({ label: 'Conflict' });
    await expect(status(page)).toHaveText(
      `${n(seed.actors.length, 'actor')} · ${n(ties.conflict, 'tie')}`,
    );
    await tieType.selectOption({ label: 'Agreement' });
    await expect(status(page)).toHaveText(
      `${n(seed.actors.length, 'actor')} · ${n(ties.agreement, 'tie')}`,
    );

    // A conflict tie: two actors with opposite stances on one claim.
    await tieType.selectOption({ label: 'Conflict' });
    await expect(status(page)).toHaveText(
      `${n(seed.actors.length, 'actor')} · ${n(ties.conflict, 'tie')}`,
    );
    // Clicked once the new ties have been drawn: Cytoscape works out where an edge runs in the
    // frame that first draws it, and a click before that frame (a loaded machine, in CI) hit
    // nothing. A person never clicks a tie before seeing it.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const positive = (stance: string) => ['asserts', 'accuses', 'agrees'].includes(stance);
    const denial = seed.statements.find(
      (d) =>
        d.stance === 'denies' &&
        seed.statements.some((s) => s.claim === d.claim && positive(s.stance)),
    )!;
    const opponent = seed.statements.find((s) => s.claim === denial.claim && positive(s.stance))!;
    const [a, b] = [denial.actor, opponent.actor];
    const point = await page.evaluate(
      ([x, y]) => {
        const probe = window.stancegraphProbe!;
        const p = probe.clientPointOf('node', x!);
        const q = probe.clientPointOf('node', y!);
        return p && q ? { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } : null;
      },
      [a, b],
    );
    await page.mouse.click(point!.x, point!.y);
    const panel = details(page);
    await expect(panel).toContainText(/Conflict on/);
    await expect(panel).toContainText(denial.quote!);
    await expect(panel).toContainText(opponent.quote!);
  });
});

/** `actors` persons who all assert claim k0; the first `inner` of them also assert k1. */
function crowdFile(actors: number, inner: number) {
  const ids = Array.from({ length: actors }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const statements = ids.flatMap((actor, i) => [
    { id: `${actor}-k0`, actor, claim: 'k0', stance: 'asserts' },
    ...(i < inner ? [{ id: `${actor}-k1`, actor, claim: 'k1', stance: 'asserts' }] : []),
  ]);
  const body = JSON.stringify({
    format: 'stancegraph',
    version: 1,
    title: 'A crowd',
    actors: ids.map((id) => ({ id, name: `Person ${id}`, kind: 'person' })),
    claims: [
      { id: 'k0', text: 'Everyone says so' },
      { id: 'k1', text: 'Some say so too' },
    ],
    statements,
  });
  return { name: 'crowd.json', mimeType: 'application/json', buffer: Buffer.from(body) };
}

test.describe('actor view at scale', () => {
  test('draws only the strongest ties when there are too many, says so, and takes a minimum', async ({
    page,
  }) => {
    await openApp(page);
    // 100 actors on one claim make 4,950 ties; 20 of them share a second claim (190 ties).
    await page.getByLabel('Open dataset').setInputFiles(crowdFile(100, 20));
    await expect(status(page)).toHaveText('100 actors · 2 claims · 120 statements');
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(status(page)).toHaveText('20 actors · 190 ties');
    const note = page.getByText(/^Showing 190 of 4,950 ties: those of weight 2 or more/);
    await expect(note).toBeVisible();
    // The 80 actors without a drawn tie are hidden, and said so; shown, they go below the rest.
    await expect(page.getByText('80 actors without a tie hidden.')).toBeVisible();
    expect(await shownCount(page)).toEqual({ nodes: 20, edges: 190 });
    await page.getByRole('button', { name: 'Show them' }).click();
    await expect(status(page)).toHaveText('100 actors · 190 ties');
    expect(await shownCount(page)).toEqual({ nodes: 100, edges: 190 });
    await page.screenshot({ path: `${SCREENS}/actor-view-capped.png` });

    const minimum = page.getByRole('spinbutton', { name: 'Minimum tie weight' });
    await expect(minimum).toHaveValue('0');
    // The minimum in force, raised by the drawing cap, is said beside the field.
    await expect(page.getByText('Raised to 2 so the graph stays responsive.')).toBeVisible();
    await minimum.fill('2');
    await expect(note).toBeHidden();
    await expect(status(page)).toHaveText('100 actors · 190 ties');
    await minimum.fill('3');
    await expect(status(page)).toHaveText('100 actors · 0 ties');
    expect((await shownCount(page)).edges).toBe(0);
    await expect(page).toHaveURL(/tieMin=3/);
    // Clearing the field to type another number neither snaps back nor changes the graph.
    await minimum.fill('');
    await expect(status(page)).toHaveText('100 actors · 0 ties');
    await minimum.blur();
    await expect(minimum).toHaveValue('3');
  });
});

test.describe('URL state', () => {
  test('a copied link reopens the same view, filters and selection', async ({ page, browser }) => {
    await openApp(page);
    await page.getByRole('checkbox', { name: 'Doubts' }).uncheck();
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('circle');
    const rutte = actorNamed('Mark Rutte');
    await page.getByRole('combobox', { name: 'Search' }).fill(rutte.name);
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await page.getByRole('radio', { name: 'Actors' }).check();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    const url = page.url();
    const statusText = await status(page).textContent();

    const other = await browser.newPage();
    await openApp(other, url.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByRole('radio', { name: 'Actors' })).toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Doubts' })).not.toBeChecked();
    await expect(other.getByRole('combobox', { name: 'Layout' })).toHaveValue('circle');
    await expect(other.getByRole('status')).toHaveText(statusText!);
    await other.close();

    await page.reload();
    await expect(graph(page)).toHaveAttribute('aria-busy', 'false');
    await expect(status(page)).toHaveText(statusText!);
  });
});

test.describe('look and feel', () => {
  test('usable at 1024x700 and in the dark theme', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page);
    for (const name of ['Asserts', 'Denies']) {
      await expect(page.getByRole('checkbox', { name })).toBeVisible();
    }
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fit' })).toBeInViewport();
    const box = (await graph(page).boundingBox())!;
    expect(box.width).toBeGreaterThan(350);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(247, 247, 245)');
    await page.screenshot({ path: `${SCREENS}/dark-1024x700.png` });
  });

  test('controls are reachable with the keyboard', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('/');
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el?.getAttribute('aria-label') ?? el?.closest('label')?.textContent ?? '';
        }),
      );
    }
    expect([...reached].join('|')).toMatch(/Asserts/);
  });
});
