// CPU profiles of unminified builds of the app and the plain page, part by part, at one size.
import type { Browser, CDPSession } from '@playwright/test';
import { join } from 'node:path';
import { build } from 'vite';
import type { GeneratedInfo } from '../generate';
import {
  appActorView,
  appExportPng,
  appSearch,
  appToggleDenies,
  openApp,
  statusOf,
} from './appSteps';
import { arm, closeSession, heapMb, openSession, pending, responsive, waitIn } from './browser';
import { BENCH_DIR, PROFILE_APP_DIST, PROFILE_PLAIN_DIST, ROOT, timeoutFor } from './options';
import { plainExportPng, plainToggleDenies, plainUrl } from './plainSteps';
import { moduleMap, summarizeProfile } from './profileSummary';
import { serve } from './server';
import {
  PLAIN_PARTS,
  type AppLoadOutcome,
  type Mirror,
  type ProfileEntry,
  type ProfilePart,
  type ProfileReport,
} from './types';
import { message, num, withTimeout } from './util';

async function profiled<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ value: T; profile: Awaited<ReturnType<typeof stopProfile>> }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  let value: T;
  try {
    value = await work();
  } catch (error) {
    await withTimeout(stopProfile(cdp), 10_000).catch(() => {});
    throw error;
  }
  return { value, profile: await stopProfile(cdp) };
}

async function stopProfile(cdp: CDPSession) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile;
}

/** Unminified copies of both builds, whose `// path` markers name each function's module. */
export async function buildProfileCopies(): Promise<void> {
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      minify: false,
      outDir: PROFILE_APP_DIST,
      emptyOutDir: true,
      chunkSizeWarningLimit: 100_000,
    },
  });
  await build({
    configFile: join(BENCH_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { minify: false, outDir: PROFILE_PLAIN_DIST, emptyOutDir: true },
  });
}

/** CPU profiles of the given parts at one size, app then plain, added to the report. */
export async function profileRuns(
  browser: Browser,
  info: GeneratedInfo,
  mirror: Mirror,
  parts: readonly ProfilePart[],
  report: ProfileReport,
): Promise<void> {
  const entry = (part: ProfilePart): ProfileEntry => {
    let found = report.entries.find((e) => e.part === part && e.statements === info.statements);
    if (!found) {
      found = { part, statements: info.statements };
      report.entries.push(found);
    }
    return found;
  };
  const note = (side: string, part: string, error: unknown) =>
    report.notes.push(`${side} profile at ${num(info.statements)}, ${part}: ${message(error)}`);
  const timeoutMs = timeoutFor(info.statements);
  const appServer = await serve(PROFILE_APP_DIST);
  const plainServer = await serve(PROFILE_PLAIN_DIST);
  try {
    const appModules = moduleMap(PROFILE_APP_DIST);
    const app = await openSession(browser);
    let stuck = false;
    try {
      await openApp(app.page, appServer.url);
      const initial = await statusOf(app.page);
      const load = async () => {
        await arm(app.page, 'armAppLoad', { before: initial, nodeId: info.lastActorId, timeoutMs });
        await app.page.getByLabel('Open dataset').setInputFiles(info.path);
        const done = await pending<AppLoadOutcome>(app.page, timeoutMs);
        return done.doneAt - done.chosenAt;
      };
      if (parts.includes('load')) {
        const { value, profile } = await profiled(app.cdp, load);
        Object.assign(entry('load'), { app: summarizeProfile(profile, appModules), appMs: value });
      } else {
        await load();
      }
      await heapMb(app.cdp); // lets the page settle
      const work: Record<Exclude<ProfilePart, 'load'>, () => Promise<number>> = {
        filterHide: () => appToggleDenies(app.page),
        searchFocus: async () => (await appSearch(app.page, info)).revealed,
        exportPng: async () => {
          const exported = await appExportPng(app.page);
          if (typeof exported === 'string') throw new Error(exported);
          return exported.ms;
        },
        actorView: () => appActorView(app.page, info),
      };
      for (const part of parts) {
        if (part === 'load') continue;
        try {
          const { value, profile } = await profiled(app.cdp, work[part]);
          Object.assign(entry(part), { app: summarizeProfile(profile, appModules), appMs: value });
          if (part === 'filterHide') await appToggleDenies(app.page);
        } catch (error) {
          note('app', part, error);
          if (!(await responsive(app.page))) {
            stuck = true;
            break;
          }
        }
      }
    } catch (error) {
      note('app', 'load', error);
      stuck = !(await responsive(app.page));
    } finally {
      await closeSession(app, stuck);
    }

    const plainParts = parts.filter((p) => PLAIN_PARTS.includes(p));
    if (plainParts.length === 0) return;
    const plainModules = moduleMap(PROFILE_PLAIN_DIST);
    const plain = await openSession(browser);
    stuck = false;
    try {
      await plain.page.goto(plainUrl(plainServer.url, { ...mirror, region: undefined }));
      await waitIn(plain.page, '!!window.plainBench', 30_000);
      const load = async () => {
        await plain.page.locator('#file').setInputFiles(info.path);
        await waitIn(plain.page, 'document.body.dataset.done !== undefined', timeoutMs);
        return (await plain.page.evaluate(
          'Number(document.body.dataset.done) - window.__bench.chosenAt',
        )) as number;
      };
      if (plainParts.includes('load')) {
        const { value, profile } = await profiled(plain.cdp, load);
        Object.assign(entry('load'), {
          plain: summarizeProfile(profile, plainModules),
          plainMs: value,
        });
      } else {
        await load();
      }
      await heapMb(plain.cdp);
      for (const part of plainParts) {
        if (part === 'load') continue;
        try {
          const run =
            part === 'filterHide'
              ? () => plainToggleDenies(plain.page)
              : async () => (await plainExportPng(plain.page)).ms;
          const { value, profile } = await profiled(plain.cdp, run);
          Object.assign(entry(part), {
            plain: summarizeProfile(profile, plainModules),
            plainMs: value,
          });
          if (part === 'filterHide') await plainToggleDenies(plain.page);
        } catch (error) {
          note('plain', part, error);
        }
      }
    } catch (error) {
      note('plain', 'load', error);
      stuck = !(await responsive(plain.page));
    } finally {
      await closeSession(plain, stuck);
    }
  } finally {
    appServer.server.close();
    plainServer.server.close();
  }
}
