// bench/results.md: the tables of the results, written from what results.json holds.
import { STEP_TIMEOUT } from './options';
import { heapFlat } from './stats';
import {
  METRICS,
  PLAIN_PARTS,
  PROFILE_PARTS,
  type BundleFile,
  type Metric,
  type ProfilePart,
  type ProfileSummary,
  type Results,
  type RunResult,
  type Spread,
} from './types';
import { num } from './util';

const METRIC_LABELS: Record<Metric, string> = {
  load: 'load (file chosen → drawn, idle)',
  filterHide: 'stance filter: hide "Denies"',
  filterShow: 'stance filter: show "Denies" again',
  searchResults: 'search: typed name → results listed',
  searchFocus:
    'search: Enter → selected and in view (a 250 ms animation when it moves, up to 1,000 nodes)',
  actorView: 'switch to the actor view',
  exportPng: 'PNG export of the whole graph',
  renameActor: 'rename an actor: Save → new label drawn',
  addStatement: 'add a statement: Save → edge drawn',
  heapAfterLoad: 'JS heap after load, MB (after GC)',
};

/** The step of an app run that measures each metric. */
const METRIC_STEPS: Record<Metric, string> = {
  load: 'load',
  filterHide: 'stance filter',
  filterShow: 'stance filter',
  searchResults: 'search',
  searchFocus: 'search',
  actorView: 'actor view',
  exportPng: 'PNG export',
  renameActor: 'edit',
  addStatement: 'edit',
  heapAfterLoad: 'load',
};

/** What the plain page measures too (it has no search and no actor view). */
const PLAIN_HAS: Record<Metric, boolean> = {
  load: true,
  filterHide: true,
  filterShow: true,
  searchResults: false,
  searchFocus: false,
  actorView: false,
  exportPng: true,
  renameActor: true,
  addStatement: true,
  heapAfterLoad: true,
};

const PROFILE_TITLES: Record<ProfilePart, string> = {
  load: 'Load',
  filterHide: 'Stance filter: hide "Denies"',
  searchFocus: 'Search: type a name, then Enter until centred (app only; ms: Enter → centred)',
  exportPng: 'PNG export of the whole graph',
  actorView: 'Switch to the actor view (app only)',
};

const range = (s: Spread, digits = 0) =>
  s.runs === 0 ? '–' : `${num(s.min, digits)}–${num(s.max, digits)}`;
const ratioText = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}x`);

export function markdown(r: Results): string {
  const out: string[] = [];
  const m = r.machine;
  out.push('# Stancegraph benchmark: the app against plain Cytoscape.js');
  out.push('');
  out.push(
    `Run ${r.date} on ${m.os}, ${m.cpu} × ${m.cpus}, ${m.memoryGb} GB RAM, ${m.browser} ` +
      `(headless, no GPU), Node ${m.node}; ${Math.round(r.durationSeconds / 60)} minutes in all. ` +
      'Times in milliseconds, median of runs; each run in a fresh browser context, app and plain ' +
      'alternating which goes first. Written by `npm run bench` (bench/run.ts).',
  );
  out.push('');
  const at = (n: number) => r.sizes.find((s) => s.statements === n);
  const s10 = at(10_000);
  const s50 = at(50_000);
  out.push('## Targets');
  out.push('');
  out.push('| target | measured | met |');
  out.push('|---|---|---|');
  const yes = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? 'yes' : '**no**');
  if (s10) {
    const load = s10.metrics.load.ratio;
    const hide = s10.metrics.filterHide.ratio;
    out.push(
      `| load ≤ 1.3x plain at 10,000 statements | ${ratioText(load)} (${num(s10.metrics.load.app.median)} vs ${num(s10.metrics.load.plain.median)} ms) | ${yes(load === null ? null : load <= 1.3)} |`,
    );
    out.push(
      `| stance filter toggle ≤ 1.5x plain at 10,000 | ${ratioText(hide)} (${num(s10.metrics.filterHide.app.median)} vs ${num(s10.metrics.filterHide.plain.median)} ms) | ${yes(hide === null ? null : hide <= 1.5)} |`,
    );
    // Issue 10: an edit is drawn about as fast as a hand-written change of the graph.
    for (const [metric, what] of [
      ['addStatement', 'adding one statement (Save → drawn)'],
      ['renameActor', 'renaming an actor (Save → drawn)'],
    ] as const) {
      const { ratio, app, plain } = s10.metrics[metric];
      out.push(
        `| ${what} ≤ 3x plain at 10,000 | ${ratioText(ratio)} (${num(app.median)} vs ${num(plain.median)} ms) | ${yes(ratio === null ? null : ratio <= 3)} |`,
      );
    }
    out.push(
      `| an edit moves no other node, at 10,000 | ${s10.movedByEdits === null ? '–' : `${num(s10.movedByEdits)} moved (worst run)`} | ${yes(s10.movedByEdits === null ? null : s10.movedByEdits === 0)} |`,
    );
  }
  out.push(
    `| first-load JavaScript ≤ 300 KB gzipped | ${num(r.bundle.firstLoadGzipKb, 1)} KB | ${yes(r.bundle.firstLoadGzipKb <= 300)} |`,
  );
  if (s50) {
    const pv = s50.longtasks.app.parseValidate!;
    const rt = s50.longtasks.app.resultTask!;
    out.push(
      `| no main-thread task > 1 s during parsing and validation at 50,000 | longest ${num(pv.max)} ms (worst run) | ${yes(pv.runs === 0 ? null : (pv.max ?? 0) <= 1000)} |`,
    );
    out.push(
      `| (not a target, for the record) the task that receives the worker's answer and builds the graph, 50,000 | ${s50.longtasksAtLeast ? 'at least ' : ''}${num(rt.median)} ms median | – |`,
    );
  }
  if (r.reloads) {
    const { app, plain } = r.reloads;
    const mb = (x: number) => `${x >= 0 ? '+' : ''}${num(x, 1)} MB`;
    out.push(
      `| no heap growth across ${r.reloads.reloads} reloads of the ${num(r.reloads.statements)} file (from the first reload on) | app ${mb(app.steadyGrowth)} over the last ${r.reloads.reloads - 1} (${mb(app.growth)} from the first load: ${num(app.before, 1)} → ${num(app.after, 1)}); plain ${mb(plain.steadyGrowth)} (${mb(plain.growth)}) | ${yes(Number.isFinite(app.steadyGrowth) ? heapFlat(app) : null)} |`,
    );
  }
  if (r.editHeap) {
    const { growthMb, edits, statements } = r.editHeap;
    out.push(
      `| ${num(edits)} edits of a ${num(statements)}-statement dataset add < 20 MB of heap (the store's history, in Node's V8) | ${growthMb >= 0 ? '+' : ''}${num(growthMb, 1)} MB | ${yes(growthMb < 20)} |`,
    );
  }
  out.push('');
  out.push('## All figures');
  out.push('');
  out.push(
    '| statements | metric | app | plain | app/plain | app min–max | plain min–max | runs |',
  );
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    for (const metric of METRICS) {
      const { app, plain, ratio } = s.metrics[metric];
      const missing =
        !(metric === 'load' && s.loadStopped.app) &&
        !s.failed.some((f) => f.step === METRIC_STEPS[metric]);
      if (app.runs === 0 && plain.runs === 0 && missing) continue;
      const d = metric === 'heapAfterLoad' ? 1 : 0;
      const stopped = (ms: number | null) =>
        metric === 'load' && ms !== null ? `> ${num(ms)} (stopped)` : null;
      const failure = s.failed.find((f) => f.step === METRIC_STEPS[metric]);
      const appCell =
        (app.runs ? null : stopped(s.loadStopped.app)) ??
        (!app.runs && failure
          ? failure.timedOut
            ? `> ${num(STEP_TIMEOUT)} (stopped)`
            : 'failed (see notes)'
          : num(app.median, d));
      const plainCell = plain.runs
        ? num(plain.median, d)
        : (stopped(s.loadStopped.plain) ?? (PLAIN_HAS[metric] ? 'not run' : 'n/a'));
      out.push(
        `| ${num(s.statements)} | ${METRIC_LABELS[metric]} | ${appCell} | ${plainCell} | ${ratioText(ratio)} | ${range(app, d)} | ${plain.runs ? range(plain, d) : '–'} | ${app.runs}/${plain.runs} |`,
      );
    }
  }
  out.push('');
  out.push(
    'Plain has no search and no actor view (n/a). The plain page: file.text(), JSON.parse, one node ' +
      'per actor and claim and one edge per statement (and per memberOf), a minimal stylesheet ' +
      '(labels, colours from data, default haystack edges), the layout the app uses at that size ' +
      "with the same options (for large graphs the app's draft variant and its spreading), a " +
      "canvas the size of the app's graph area, PNG at the app's default export scale; done two " +
      'frames after the layout stops. The app is done two frames after its graph is idle with ' +
      'the new data on it. PNG export: until the PNG is handed over as a download.',
  );
  out.push('');
  out.push('## Load, phase by phase (median ms)');
  out.push('');
  out.push('| statements | MB | layout (app / plain) | app phases | plain phases |');
  out.push('|---:|---:|---|---|---|');
  for (const s of r.sizes) {
    const show = (p: Record<string, Spread>) =>
      Object.entries(p)
        .map(([k, v]) => `${k} ${num(v.median)}`)
        .join('; ');
    out.push(
      `| ${num(s.statements)} | ${num(s.megabytes, 1)} | ${s.layout.app} / ${s.layout.plain}${s.large ? ' (large-graph variant)' : ''}${s.graphNote ? ` (the app says: “${s.graphNote}”)` : ''} | ${show(s.phases.app)} | ${show(s.phases.plain)} |`,
    );
  }
  out.push('');
  out.push('## Longest main-thread task during load (ms, median and worst run)');
  out.push('');
  out.push(
    '| statements | app: while the worker parses and validates | app: the task receiving its answer (builds the graph) | app: whole load | plain: whole load (parse and layout are on the main thread) |',
  );
  out.push('|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    const a = s.longtasks.app;
    const p = s.longtasks.plain;
    const cell = (x?: Spread, atLeast = false) =>
      x && x.runs ? `${atLeast ? '≥ ' : ''}${num(x.median)} (${num(x.max)})` : '–';
    out.push(
      `| ${num(s.statements)} | ${cell(a.parseValidate)} | ${cell(a.resultTask, s.longtasksAtLeast)} | ${cell(a.load, s.longtasksAtLeast)} | ${cell(p.load)} |`,
    );
  }
  if (r.reloads) {
    out.push('');
    out.push(
      `## JS heap across reloads (${num(r.reloads.statements)} statements, opened ${r.reloads.reloads + 1} times in one page; MB after GC)`,
    );
    out.push('');
    out.push(`- app: ${r.reloads.app.series.map((x) => num(x, 1)).join(' → ')}`);
    out.push(`- plain: ${r.reloads.plain.series.map((x) => num(x, 1)).join(' → ')}`);
  }
  if (r.profile && r.profile.entries.length > 0) {
    out.push('');
    out.push(
      '## Where the time goes (CPU profiles of unminified builds; main-thread self time by module)',
    );
    const ordered = [...r.profile.entries].sort(
      (x, y) => PROFILE_PARTS.indexOf(x.part) - PROFILE_PARTS.indexOf(y.part),
    );
    for (const e of ordered) {
      const a = e.app;
      const p = e.plain;
      out.push('');
      out.push(
        `### ${PROFILE_TITLES[e.part]}, ${num(e.statements)} statements: app ${num(e.appMs)} ms` +
          (PLAIN_PARTS.includes(e.part) ? `, plain ${num(e.plainMs)} ms` : '') +
          ' (while profiled)',
      );
      out.push('');
      out.push('| group | app ms | plain ms |');
      out.push('|---|---:|---:|');
      const groups = [
        ...new Set([...(a?.byGroup ?? []), ...(p?.byGroup ?? [])].map((g) => g.group)),
      ];
      const msOf = (s: ProfileSummary | undefined, g: string) =>
        s?.byGroup.find((x) => x.group === g)?.ms;
      groups.sort((x, y) => (msOf(a, y) ?? 0) - (msOf(a, x) ?? 0));
      for (const g of groups) {
        if ((msOf(a, g) ?? 0) < 1 && (msOf(p, g) ?? 0) < 1) continue;
        out.push(`| ${g} | ${num(msOf(a, g))} | ${num(msOf(p, g))} |`);
      }
      out.push(`| **all (not idle)** | ${num(a?.totalMs)} | ${num(p?.totalMs)} |`);
      if (a) {
        out.push('');
        out.push('App, top functions by self time:');
        out.push('');
        out.push('| ms | function | where |');
        out.push('|---:|---|---|');
        for (const f of a.topFunctions.slice(0, 10))
          out.push(`| ${num(f.ms)} | ${f.name} | ${f.where || f.group} |`);
      }
    }
  }
  out.push('');
  out.push('## Bundle (gzip, default level; KB = 1,000 bytes)');
  out.push('');
  const kb = (f: BundleFile) =>
    `${f.file} ${num(f.gzip / 1000, 1)} KB (${num(f.bytes / 1000, 0)} KB raw)`;
  out.push(
    `- first load (index.html's module script, its static imports and modulepreloads): **${num(r.bundle.firstLoadGzipKb, 1)} KB**`,
  );
  for (const f of r.bundle.firstLoad) out.push(`  - ${kb(f)}`);
  out.push(`- loaded when first used: ${r.bundle.lazy.map(kb).join('; ') || 'none'}`);
  out.push(`- worker: ${r.bundle.workers.map(kb).join('; ') || 'none'}`);
  out.push(`- CSS: ${r.bundle.css.map(kb).join('; ')}`);
  out.push(`- the plain page, for comparison: ${r.bundle.plain.map(kb).join('; ')}`);
  const pngs = r.sizes.flatMap((s) => {
    const a = s.png.app.find((x) => x);
    const p = s.png.plain.find((x) => x);
    if (!a && !p) return [];
    const d = (x?: RunResult['png']) =>
      x ? `${x.width}×${x.height} px, ${num(x.bytes / 1000)} KB` : '–';
    return [`- ${num(s.statements)}: app ${d(a)}; plain ${d(p)}`];
  });
  if (pngs.length) {
    out.push('');
    out.push('## PNG files exported');
    out.push('');
    out.push(...pngs);
  }
  const notes = [
    ...r.notes,
    ...r.sizes.flatMap((s) => s.notes.map((n) => `${num(s.statements)}: ${n}`)),
  ];
  if (notes.length) {
    out.push('');
    out.push('## Notes');
    out.push('');
    for (const n of [...new Set(notes)]) out.push(`- ${n}`);
  }
  out.push('');
  return out.join('\n');
}
