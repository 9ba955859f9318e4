import { expect, test, type Page } from '@playwright/test';
import { debateFile, graph, openApp } from './helpers';

// Issue 13: opening a file never freezes the page, and the graph says it is busy until the new
// picture is drawn. A 2,000-statement debate (the bench's generator: 250 actors in parties, 100
// claims) used to be laid out on the main thread in one task of several seconds.

/** The longest main-thread task the page may run while a file of up to 10,000 statements loads. */
const LONG_TASK_BOUND_MS = 200;

/** Records every long task and every change of the graph's aria-busy, from the page's start. */
const RECORDER = `(() => {
  const record = (window.__responsive = { longTasks: [], busy: [], supported: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    record.supported = false;
  }
  const watch = () => {
    const region = document.querySelector('[role="region"][aria-label="Graph"]');
    if (!region) return void requestAnimationFrame(watch);
    const note = () =>
      record.busy.push({ at: performance.now(), busy: region.getAttribute('aria-busy') });
    note();
    new MutationObserver(note).observe(region, { attributes: true, attributeFilter: ['aria-busy'] });
  };
  watch();
})()`;

interface Recorded {
  longTasks: { start: number; duration: number }[];
  busy: { at: number; busy: string | null }[];
  supported: boolean;
}

/**
 * Opens the file in a fresh page, checks that the graph is busy from the moment it is chosen until
 * the new picture is drawn (never idle half-way), and returns the longest task meanwhile.
 */
async function loadAndMeasure(page: Page, path: string): Promise<number> {
  await page.addInitScript({ content: RECORDER });
  await openApp(page);
  const status = page.getByRole('status').first();
  const before = await status.textContent();

  const chosenAt = (await page.evaluate('performance.now()')) as number;
  await page.getByLabel('Open dataset').setInputFiles(path);
  // Busy as soon as the file is being read, before anything of it is drawn.
  await expect(graph(page)).toHaveAttribute('aria-busy', 'true');
  await expect(status).not.toHaveText(before ?? '', { timeout: 60_000 });
  await expect(graph(page)).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  // The new dataset's nodes are drawn once the graph says it is idle.
  const drawn = (await page.evaluate('window.stancegraphProbe.nodePositions()')) as Record<
    string,
    unknown
  >;
  expect(Object.keys(drawn).length).toBe(250 + 100);

  const recorded = (await page.evaluate('window.__responsive')) as Recorded;
  expect(recorded.supported, 'the browser reports long tasks').toBe(true);
  // aria-busy went true after the file was chosen and false only once, at the end.
  const changes = recorded.busy.filter((b) => b.at >= chosenAt).map((b) => b.busy);
  expect(changes[0]).toBe('true');
  expect(changes.slice(1, -1).every((busy) => busy === 'true')).toBe(true);
  expect(changes[changes.length - 1]).toBe('false');
  const during = recorded.longTasks.filter((t) => t.start + t.duration >= chosenAt);
  return Math.max(0, ...during.map((t) => t.duration));
}

/**
 * How many loads may be measured: a task's length counts the time the system gave other
 * processes meanwhile, and this machine's two cores are shared by other test runs. The bound
 * holds when one load keeps to it (each load's aria-busy is checked all the same).
 */
const ATTEMPTS = 3;

test('a 2,000-statement file loads with the graph busy throughout and no long task', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const path = debateFile(2_000);
  const longest: number[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      longest.push(await loadAndMeasure(await context.newPage(), path));
    } finally {
      await context.close();
    }
    if (longest.at(-1)! <= LONG_TASK_BOUND_MS) break;
  }
  const best = Math.min(...longest);
  expect(
    best,
    `longest task of each load: ${longest.map(Math.round).join(', ')} ms`,
  ).toBeLessThanOrEqual(LONG_TASK_BOUND_MS);
});
