// Steps of the timeline's moving window (issue 15): the app's "Next window" button against plain
// Cytoscape.js toggling the visibility of the same elements, in the claims view (statement
// edges) and in the actor view (ties).
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { statementDaysOf } from '../../src/model/days';
import { computeVisibility, DEFAULT_FILTERS } from '../../src/model/filters';
import { buildGraphIndex, type GraphIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { actorGrouping, effectiveActorLevel } from '../../src/model/actorLevel';
import { networkCounts } from '../../src/model/actorNetwork';
import { drawnTies, tieColumns } from '../../src/model/tieEdges';
import { stepWindow } from '../../src/model/timeline';
import { DEFAULT_VIEW_STATE } from '../../src/model/viewState';
import type { GeneratedInfo } from '../generate';
import { arm, pending } from './browser';
import { STEP_TIMEOUT } from './options';

/** How many steps each run measures (after one unmeasured step into the first window). */
export const WINDOW_STEPS = 8;

/** The window Play moves in the bench: the app's default. */
const UNIT = 'month';

/** What plain Cytoscape shows at each step, as the app shows it (the same model code decides). */
export interface WindowPlan {
  /** Window labels, from the first window on (index 0 is the unmeasured step into it). */
  labels: string[];
  /** Statement ids shown at each window. */
  statements: string[][];
  /** Actor ids, for the plain actor view. */
  actors: string[];
  /** The ties of every window and of all dates: [key, a, b]; keys as in `ties`. */
  allTies: [string, string, string][];
  /** The ties drawn with all dates, and at each window (keys). */
  tiesAllDates: string[];
  ties: string[][];
}

const tieKey = (a: string, b: string, type: string) => JSON.stringify([a, b, type]);

/** The ties the app's actor view draws over these statements, with its default settings. */
function tiesOf(index: GraphIndex, statements: ReadonlySet<string> | undefined) {
  const view = DEFAULT_VIEW_STATE;
  const grouping = actorGrouping(index, effectiveActorLevel(index, view.actorLevel));
  const counts = networkCounts(index, grouping.nodeOf, view.duplicates, statements);
  const columns = tieColumns(counts, view.tieMode, view.normalisation);
  const edges = drawnTies(columns, view.tieMinWeight).edges;
  return edges.map((tie) => ({ key: tieKey(tie.a, tie.b, tie.type), a: tie.a, b: tie.b }));
}

/** The windows of the run and what each shows, computed with the app's own model functions. */
export function windowPlan(info: GeneratedInfo): WindowPlan {
  const parsed = parseDataset(readFileSync(info.path, 'utf8'));
  if (!parsed.ok) throw new Error(`${info.path} is not a valid dataset`);
  const index = buildGraphIndex(parsed.dataset);
  const extent = statementDaysOf(index).extent;
  if (!extent) throw new Error(`${info.path} has no dates`);
  const plan: WindowPlan = {
    labels: [],
    statements: [],
    actors: index.dataset.actors.map((actor) => actor.id),
    allTies: [],
    tiesAllDates: [],
    ties: [],
  };
  const known = new Map<string, [string, string, string]>();
  const remember = (ties: { key: string; a: string; b: string }[]) => {
    for (const tie of ties) if (!known.has(tie.key)) known.set(tie.key, [tie.key, tie.a, tie.b]);
    return ties.map((tie) => tie.key);
  };
  plan.tiesAllDates = remember(tiesOf(index, undefined));
  let from: string | null = null;
  let to: string | null = null;
  for (let i = 0; i <= WINDOW_STEPS; i++) {
    const window = stepWindow(extent, from, to, UNIT, 1);
    if (!window) break;
    ({ from, to } = window);
    const shown = computeVisibility(index, { ...DEFAULT_FILTERS, dateFrom: from, dateTo: to });
    plan.labels.push(window.label);
    plan.statements.push([...shown.statements]);
    plan.ties.push(remember(tiesOf(index, shown.statements)));
  }
  plan.allTies = [...known.values()];
  return plan;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Steps the app's window with "Next window" from all dates: one step into the first window, then
 * WINDOW_STEPS measured, each from the click until the window's text changed and two frames
 * passed (the graph is synchronised before React renders the text). Returns their median, and
 * the shown counts of the status line at each step (which must be plain's too).
 *
 * Then the floor of these steps on the app's own graph: what the graph showed at each window is
 * noted after each step (untimed), and the same changes are made again directly on its Cytoscape
 * instance, the cheapest way, with no app code at all (pageScripts.ts, replayWindows): no step
 * of the app on this graph can draw faster than that, on this machine.
 */
export async function appWindowSteps(
  page: Page,
): Promise<{ ms: number; statuses: string[]; floorMs: number }> {
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('combobox', { name: 'Window' }).selectOption(UNIT);
  const allDates = timeline.getByRole('button', { name: 'All dates' });
  if (await allDates.isEnabled()) await allDates.click();
  const next = timeline.getByRole('button', { name: 'Next window' });
  await next.click();
  // Windows noted by an earlier call that failed half-way are not this view's.
  await page.evaluate('window.__bench.windows = []');
  await recordWindow(page);
  const times: number[] = [];
  const statuses: string[] = [];
  for (let i = 0; i < WINDOW_STEPS; i++) {
    await arm(page, 'armWindowStep', STEP_TIMEOUT);
    await next.click();
    const step = await pending<{ startAt: number; doneAt: number; status: string }>(
      page,
      STEP_TIMEOUT,
    );
    times.push(step.doneAt - step.startAt);
    statuses.push(step.status);
    await recordWindow(page);
  }
  const floor = (await page.evaluate('window.__bench.replayWindows()')) as number[];
  await allDates.click();
  return { ms: median(times), statuses, floorMs: median(floor) };
}

/** Notes what the app's graph shows now (pageScripts.ts), once its frames are drawn. */
async function recordWindow(page: Page): Promise<void> {
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
  await page.evaluate('window.__bench.recordWindow()');
}

/** Calls a plain page's step for each window (the first, into it, not timed): their median. */
async function timedSteps(
  page: Page,
  windows: string[][],
  step: (ids: string) => string,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < windows.length; i++) {
    const ms = (await page.evaluate(step(JSON.stringify(windows[i])))) as number;
    if (i > 0) times.push(ms);
  }
  return median(times);
}

/**
 * The plain page's claims view: each window's statement edges shown and the rest hidden, toggling
 * a class on every statement edge in one batch as a hand-written page would, timed in the page
 * until two frames after. Returns the median.
 */
export async function plainWindowSteps(page: Page, plan: WindowPlan): Promise<number> {
  const ms = await timedSteps(
    page,
    plan.statements,
    (ids) => `window.plainBench.showStatements(${ids})`,
  );
  await page.evaluate('window.plainBench.showStatements(null)');
  return ms;
}

/** The actor view by hand: the app's actors and every tie any window draws, on a grid. */
const openPlainActorView = (page: Page, plan: WindowPlan) =>
  page.evaluate(
    `window.plainBench.openActorView(${JSON.stringify(plan.actors)}, ${JSON.stringify(plan.allTies)}, ${JSON.stringify(plan.tiesAllDates)})`,
  );

/** The plain page's actor view: each window's ties shown and the rest hidden, like the claims view. */
export async function plainActorWindowSteps(page: Page, plan: WindowPlan): Promise<number> {
  await openPlainActorView(page, plan);
  return timedSteps(page, plan.ties, (keys) => `window.plainBench.showTies(${keys})`);
}

/**
 * The cheapest step Cytoscape.js can draw on the plain page's graphs (showOnlyChanged): only the
 * edges whose visibility changes are touched, by a style bypass, and nothing else changes (no
 * counts, no tie widths): a floor for a page that draws these windows with Cytoscape.js here.
 * The claims view on the graph plainWindowSteps leaves, then the actor view drawn anew.
 */
export async function plainCheapestWindowSteps(
  page: Page,
  plan: WindowPlan,
): Promise<{ claims: number; actors: number }> {
  const step = (view: string) => (ids: string) =>
    `window.plainBench.showOnlyChanged('${view}', ${ids})`;
  const claims = await timedSteps(page, plan.statements, step('claims'));
  await openPlainActorView(page, plan);
  const actors = await timedSteps(page, plan.ties, step('actors'));
  return { claims, actors };
}
