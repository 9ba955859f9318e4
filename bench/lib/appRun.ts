// One measured run of the app in a fresh browser context: load, then each interaction in turn.
import type { Browser } from '@playwright/test';
import type { GeneratedInfo } from '../generate';
import {
  appActorView,
  appEdits,
  appExportJson,
  appExportPng,
  appReopen,
  appSearch,
  appToggleDenies,
  layoutSelect,
  openApp,
  statusOf,
} from './appSteps';
import {
  arm,
  awaitLoad,
  closeSession,
  heapMb,
  openSession,
  pending,
  responsive,
  watchWorkers,
} from './browser';
import { appWindowSteps } from './windowSteps';
import {
  emptyRunResult,
  type AppLoadOutcome,
  type LongTask,
  type RunResult,
  type WorkerMessage,
} from './types';
import { message } from './util';

/** The longest tasks of a load: those over before the worker answered, the one receiving it, all. */
function loadLongtasks(
  chosenAt: number,
  worker: WorkerMessage[],
  longtasks: LongTask[],
): NonNullable<RunResult['longtasks']> {
  const tasks = longtasks.filter((t) => t.start + t.duration >= chosenAt);
  const longest = (list: LongTask[]) => Math.max(0, ...list.map((t) => t.duration));
  const answer = worker.find((m) => m.type === 'result' && m.at >= chosenAt);
  if (!answer) return { parseValidate: longest(tasks), resultTask: 0, load: longest(tasks) };
  const end = (t: LongTask) => t.start + t.duration;
  return {
    parseValidate: longest(tasks.filter((t) => end(t) <= answer.at + 0.5)),
    resultTask: longest(tasks.filter((t) => t.start <= answer.at && end(t) > answer.at)),
    load: longest(tasks),
  };
}

function workerPhases(chosenAt: number, worker: WorkerMessage[]): Record<string, number> {
  const phases: Record<string, number> = {};
  const validating = worker.find((m) => m.phase === 'validating' && m.at >= chosenAt);
  const answer = worker.find((m) => m.type === 'result' && m.at >= chosenAt);
  if (validating) phases['worker: read file'] = validating.at - chosenAt;
  if (answer) {
    phases['worker: read + parse + validate'] = answer.at - chosenAt;
    phases['main: copy the answer'] = answer.read;
  }
  return phases;
}

export async function appRun(
  browser: Browser,
  base: string,
  info: GeneratedInfo,
  loadTimeoutMs: number,
  skip: ReadonlySet<string> = new Set(),
): Promise<RunResult> {
  const result = emptyRunResult();
  const session = await openSession(browser);
  const { page, cdp } = session;
  const workers = watchWorkers(page);
  let stuck = false;
  const fail = (step: string, error: unknown) =>
    result.notes.push(`app, ${step}: ${message(error)}`);
  try {
    try {
      await openApp(page, base);
    } catch (error) {
      fail('open the app', error);
      return result;
    }
    const box = await page.getByRole('region', { name: 'Graph' }).boundingBox();
    if (box) result.region = { width: Math.round(box.width), height: Math.round(box.height) };

    const pageOrigin = (await page.evaluate('performance.timeOrigin')) as number;
    await workers.ready();
    await arm(page, 'armAppLoad', {
      before: await statusOf(page),
      nodeId: info.lastActorId,
      timeoutMs: loadTimeoutMs,
    });
    await page.getByLabel('Open dataset').setInputFiles(info.path);
    const load = await awaitLoad(page, () => pending<AppLoadOutcome>(page, loadTimeoutMs));
    if (!load.value) {
      result.loadStoppedAfter = loadTimeoutMs;
      fail('load', load.error);
      stuck = !(await responsive(page));
      const snap = load.snapshot;
      if (snap?.chosenAt != null) {
        // The page may be frozen: when the worker answered is known from the worker's side.
        const chosenAt = snap.chosenAt;
        const posted = await workers.posted(pageOrigin);
        const messages = posted.length > 0 ? posted : snap.worker;
        result.phases = workerPhases(chosenAt, messages);
        delete result.phases['main: copy the answer'];
        result.longtasks = loadLongtasks(chosenAt, messages, snap.longtasks);
        const answer = messages.find((m) => m.type === 'result' && m.at >= chosenAt);
        if (stuck && answer) {
          // Frozen since the answer came: that one task has lasted at least until now.
          const frozen = chosenAt + loadTimeoutMs - answer.at;
          result.longtasks = {
            ...result.longtasks,
            resultTask: frozen,
            load: frozen,
            atLeast: true,
          };
        }
      }
      return result;
    }
    const outcome = load.value;
    result.values.load = outcome.doneAt - outcome.chosenAt;
    result.phases = workerPhases(outcome.chosenAt, outcome.worker);
    const answer = outcome.worker.find((m) => m.type === 'result');
    if (answer) {
      const posted = (await workers.posted(pageOrigin)).find(
        (m) => m.type === 'result' && m.at >= outcome.chosenAt,
      );
      // Between the worker's post and the page's receipt: the copy across, and any wait for
      // the main thread.
      if (posted) result.phases['posted → received'] = answer.at - posted.at;
      result.phases['main: index, elements, layout, draw'] =
        outcome.doneAt - answer.at - answer.read;
      const laidOut = outcome.worker.find((m) => m.layout && m.at > answer.at);
      if (laidOut) {
        // The layout ran in a worker: until its answer, then the rest on the main thread.
        result.phases['… of which until the layout worker answered'] = laidOut.at - answer.at;
        result.phases['… of which from its answer to drawn'] = outcome.doneAt - laidOut.at;
      }
    } else {
      result.notes.push('no worker answer was seen: the file was not read in a worker');
    }
    result.longtasks = loadLongtasks(outcome.chosenAt, outcome.worker, outcome.longtasks);
    result.layout = await layoutSelect(page)
      .inputValue({ timeout: 2_000 })
      .catch(() => {
        result.notes.push('the Layout menu was not found: its layout is taken to be fcose');
        return 'fcose';
      });
    result.graphNote =
      ((await page.evaluate(
        `document.querySelector('.graph-note')?.textContent ?? ''`,
      )) as string) || undefined;
    result.values.heapAfterLoad = await heapMb(cdp);

    const steps: [string, () => Promise<void>][] = [
      [
        'reopen with saved positions',
        async () => {
          // The picture just laid out, saved and opened again: no layout to run.
          const saved = await appExportJson(page);
          const reopened = await appReopen(browser, base, info, saved);
          result.values.reopen = reopened.ms;
          result.reopenLongestTask = reopened.longestTask;
        },
      ],
      [
        'stance filter',
        async () => {
          result.values.filterHide = await appToggleDenies(page);
          result.values.filterShow = await appToggleDenies(page);
        },
      ],
      [
        'search',
        async () => {
          const { listed, revealed } = await appSearch(page, info);
          result.values.searchResults = listed;
          result.values.searchFocus = revealed;
        },
      ],
      [
        'edit',
        async () => {
          const edits = await appEdits(page, info);
          result.values.renameActor = edits.rename;
          result.values.addStatement = edits.add;
          result.movedByEdits = edits.moved;
        },
      ],
      [
        'PNG export',
        async () => {
          const exported = await appExportPng(page);
          if (typeof exported === 'string') {
            result.notes.push(exported);
            return;
          }
          result.values.exportPng = exported.ms;
          result.pngScale = exported.scale;
          result.png = exported.png;
        },
      ],
      [
        'window steps, claims view',
        async () => {
          const steps = await appWindowSteps(page);
          result.values.windowStep = steps.ms;
          result.values.windowStepFloor = steps.floorMs;
          result.windowStatuses = steps.statuses;
        },
      ],
      [
        'actor view',
        async () => {
          result.values.actorView = await appActorView(page, info);
        },
      ],
      [
        'window steps, actor view',
        async () => {
          const steps = await appWindowSteps(page);
          result.values.windowStepActors = steps.ms;
          result.values.windowStepActorsFloor = steps.floorMs;
        },
      ],
    ];
    for (const [name, step] of steps) {
      if (skip.has(name)) continue;
      const stepStarted = Date.now();
      try {
        await step();
      } catch (error) {
        fail(name, error);
        result.failedSteps.push(name);
        result.wastedSeconds += (Date.now() - stepStarted) / 1000;
        if (!(await responsive(page))) {
          stuck = true;
          break;
        }
      }
    }
  } finally {
    await closeSession(session, stuck);
  }
  return result;
}
