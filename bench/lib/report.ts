// bench/results.md: the tables of the results, written from what results.json holds.
import { FORCE_ATLAS_PAIRS, LARGE_GRAPH_NODES } from '../../src/cytoscape/layouts';
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
  type ReloadResult,
  type Results,
  type RunResult,
  type SizeResult,
  type Spread,
} from './types';
import { num } from './util';

const METRIC_LABELS: Record<Metric, string> = {
  load: 'load (file chosen → drawn, idle)',
  reopen: 'reopen with saved positions (`layout`), fresh page; plain: its load',
  filterHide: 'stance filter: hide "Denies"',
  filterShow: 'stance filter: show "Denies" again',
  searchResults: 'search: typed name → results listed',
  searchFocus:
    'search: Enter → selected and in view (a 250 ms animation when it moves, up to 1,000 nodes)',
  actorView: 'switch to the actor view',
  exportPng: 'PNG export of the whole graph',
  renameActor: 'rename an actor: Save → new label drawn',
  addStatement: 'add a statement: Save → edge drawn',
  windowStep: 'timeline: one step of a month window, claims view (median of 8 steps)',
  windowStepActors: 'timeline: one step of a month window, actor view (median of 8 steps)',
  windowStepCheapest:
    "timeline step, claims view: the cheapest Cytoscape.js can draw (plain only: the changed edges' visibility, nothing else)",
  windowStepActorsCheapest:
    "timeline step, actor view: the cheapest Cytoscape.js can draw (plain only: the changed ties' visibility, nothing else)",
  windowStepFloor:
    "timeline step, claims view: the same changes made directly on the app's own graph, the cheapest way (app only)",
  windowStepActorsFloor:
    "timeline step, actor view: the same changes, weights too, made directly on the app's own graph, the cheapest way (app only)",
  heapAfterLoad: 'JS heap after load, MB (after GC)',
};

/** The step of an app run that measures each metric. */
const METRIC_STEPS: Record<Metric, string> = {
  load: 'load',
  reopen: 'reopen with saved positions',
  filterHide: 'stance filter',
  filterShow: 'stance filter',
  searchResults: 'search',
  searchFocus: 'search',
  actorView: 'actor view',
  exportPng: 'PNG export',
  renameActor: 'edit',
  addStatement: 'edit',
  windowStep: 'window steps, claims view',
  windowStepActors: 'window steps, actor view',
  // The app's own-graph floors are replayed at the end of the same steps.
  windowStepFloor: 'window steps, claims view',
  windowStepActorsFloor: 'window steps, actor view',
  // Measured by the plain page only.
  windowStepCheapest: 'none',
  windowStepActorsCheapest: 'none',
  heapAfterLoad: 'load',
};

/** What the plain page measures too (it has no search and no actor view). */
const PLAIN_HAS: Record<Metric, boolean> = {
  load: true,
  reopen: true,
  filterHide: true,
  filterShow: true,
  searchResults: false,
  searchFocus: false,
  actorView: false,
  exportPng: true,
  renameActor: true,
  addStatement: true,
  windowStep: true,
  windowStepActors: true,
  windowStepCheapest: true,
  windowStepActorsCheapest: true,
  windowStepFloor: false,
  windowStepActorsFloor: false,
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
  const ms = (x: Spread) => `${num(x.median)} ms`;
  const vs = (metric: Metric, s: SizeResult) =>
    `${ratioText(s.metrics[metric].ratio)} (${num(s.metrics[metric].app.median)} vs ${num(s.metrics[metric].plain.median)} ms)`;
  const within = (ratio: number | null, bound: number) =>
    yes(ratio === null ? null : ratio <= bound);
  // Issue 13: no frozen page at any size; the worst run counts.
  for (const [n, bound] of [
    [2_000, 200],
    [10_000, 200],
    [50_000, 1000],
  ] as const) {
    const s = at(n);
    if (!s) continue;
    const worst = s.longtasks.app.load;
    const reopen = s.reopenLongestTask;
    const cell = (x: Spread | undefined) =>
      x && x.runs ? `${s.longtasksAtLeast ? '≥ ' : ''}${num(x.max)} ms` : '–';
    const held = (x: Spread | undefined) =>
      !x || x.runs === 0 ? null : !s.longtasksAtLeast && (x.max ?? 0) <= bound;
    out.push(
      `| no main-thread task > ${num(bound)} ms while a ${num(n)}-statement file loads (worst run) | load ${cell(worst)}; reopen ${cell(reopen)} | ${yes(held(worst) === null ? null : held(worst)! && held(reopen) !== false)} |`,
    );
  }
  if (s50) {
    out.push(
      `| load ≤ 0.5x plain at 50,000 statements | ${vs('load', s50)} | ${within(s50.metrics.load.ratio, 0.5)} |`,
    );
    out.push(
      `| reopen with saved positions ≤ 0.25x plain's load at 50,000 | ${vs('reopen', s50)} | ${within(s50.metrics.reopen.ratio, 0.25)} |`,
    );
  }
  for (const [s, bound] of [
    [s10, 1000],
    [s50, 2000],
  ] as const) {
    if (!s) continue;
    const a = s.metrics.actorView.app;
    out.push(
      `| switch to the actor view ≤ ${num(bound / 1000)} s at ${num(s.statements)} | ${a.runs ? ms(a) : '–'} | ${yes(a.runs ? (a.median ?? Infinity) <= bound : null)} |`,
    );
  }
  if (s10) {
    out.push(
      `| PNG export ≤ 1.5x plain at 10,000 | ${vs('exportPng', s10)} | ${within(s10.metrics.exportPng.ratio, 1.5)} |`,
    );
    out.push(
      `| stance filter toggle ≤ 1.5x plain at 10,000 | ${vs('filterHide', s10)} | ${within(s10.metrics.filterHide.ratio, 1.5)} |`,
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
    // Issue 15: a step of the timeline's moving window, from the step to the drawn frame.
    for (const [metric, cheapest, appFloor, what, limit] of [
      [
        'windowStep',
        'windowStepCheapest',
        'windowStepFloor',
        'one step of the moving window, claims view, at 10,000: median ≤ 50 ms',
        50,
      ],
      [
        'windowStepActors',
        'windowStepActorsCheapest',
        'windowStepActorsFloor',
        'one step of the moving window, actor view, at 10,000: median ≤ 100 ms',
        100,
      ],
    ] as const) {
      const { ratio, app, plain } = s10.metrics[metric];
      const floor = s10.metrics[cheapest].plain;
      const ownFloor = s10.metrics[appFloor].app;
      out.push(
        `| ${what} | ${num(app.median)} ms (plain Cytoscape.js toggling the same elements: ${num(plain.median)} ms, ${ratioText(ratio)}; the cheapest step it can draw: ${num(floor.median)} ms; the same changes made directly on the app's own graph: ${num(ownFloor.median)} ms) | ${yes(app.median === null ? null : app.median <= limit)} |`,
      );
    }
    out.push(
      `| an edit moves no other node, at 10,000 | ${s10.movedByEdits === null ? '–' : `${num(s10.movedByEdits)} moved (worst run)`} | ${yes(s10.movedByEdits === null ? null : s10.movedByEdits === 0)} |`,
    );
  }
  out.push(
    `| first-load JavaScript ≤ 300 KB gzipped | ${num(r.bundle.firstLoadGzipKb, 1)} KB | ${yes(r.bundle.firstLoadGzipKb <= 300)} |`,
  );
  if (r.reloads) {
    const { app, plain } = r.reloads;
    const mb = (x: number) => `${x >= 0 ? '+' : ''}${num(x, 1)} MB`;
    const objects = (x: ReloadResult) =>
      Number.isFinite(x.steadyObjectGrowth)
        ? `${mb(x.steadyObjectGrowth)} without compiled code (code ${mb(x.splits[x.splits.length - 1]!.codeMb - x.splits[0]!.codeMb)}), `
        : '';
    out.push(
      `| no heap growth across ${r.reloads.reloads} reloads of the ${num(r.reloads.statements)} file (from the first reload on, compiled code apart) | app ${objects(app)}${mb(app.steadyGrowth)} in all over the last ${r.reloads.reloads - 1} (${mb(app.growth)} from the first load: ${num(app.before, 1)} → ${num(app.after, 1)}); plain ${objects(plain)}${mb(plain.steadyGrowth)} in all (${mb(plain.growth)}) | ${yes(Number.isFinite(app.steadyGrowth) ? heapFlat(app) : null)} |`,
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
    'Plain has no search and no actor view (n/a). **What "the same work" means.** Both pages ' +
      "open the same generated file in the same browser, with a canvas the size of the app's " +
      "graph area, and lay it out with the same algorithm and options: fCoSE with the app's " +
      `options up to ${LARGE_GRAPH_NODES.toLocaleString('en-US')} nodes and ` +
      `${FORCE_ATLAS_PAIRS.toLocaleString('en-US')} tied pairs, and above either ForceAtlas2 ` +
      "(graphology) with the app's " +
      'settings and iterations, spread out the same way (bench/lib/plainSteps.ts checks at ' +
      "start that the plain page's copies match src/cytoscape/layouts.ts and forceAtlas.ts). " +
      'The plain page does it as a hand-written page would: file.text(), JSON.parse, one node per ' +
      'actor and claim, one edge per statement and per memberOf, a minimal stylesheet (labels, ' +
      'colours from data, default haystack edges), the layout on the main thread, done two ' +
      'frames after the layout stops. The app parses and validates in a worker, lays out in its ' +
      'layout worker while it adds the elements in slices between frames, draws repeated ' +
      'statements (same actor, claim and stance) as one edge with a count, and, for a graph of ' +
      "over 1,500 edges, straight edges without arrowheads like the plain page's; it is done " +
      'two frames after its graph is idle (aria-busy false) with the new data on it. So the ' +
      'layout is the same work, on fewer edges in the app when statements repeat; the elements ' +
      "differ as said. Reopen: the file the app's Export JSON wrote (positions in `layout`), " +
      "opened in a fresh page; its ratio is to the plain page's load, which has no saved " +
      "positions to use. PNG export: until the PNG is handed over as a download, at the app's " +
      'default export scale in both. Timeline ' +
      'steps: the app\'s "Next window" from January of the first year, month by month (the same ' +
      "code as Play), from the click until the window's text changed and two frames passed; " +
      "plain shows the same statement edges (claims view) or ties (actor view: the app's actors " +
      'and every tie any of the windows draws, on a grid) and hides the rest, toggling a class in ' +
      "one batch, then two frames. Which elements each window shows is computed with the app's " +
      'own model code (bench/lib/windowSteps.ts). "The cheapest Cytoscape.js can draw" is the ' +
      "plain page's same steps done the cheapest way found: only the edges whose visibility " +
      'changes are touched, by a `visibility` style bypass, and nothing else (no counts, no tie ' +
      'widths or labels): a floor for any page that draws these windows with Cytoscape.js on ' +
      "this machine (on the plain page's graph: one edge per statement, where the app draws a " +
      'repeated statement once). "The same changes made directly on the app\'s own graph" is ' +
      "the floor on the app's graph itself: after each of the app's steps, what its graph shows " +
      "(nodes, edges, each edge's width and label) is noted, then the same window-to-window " +
      'changes are made again on its Cytoscape instance with no app code, by style bypasses on ' +
      'only the elements that change, every edge of every window added up front, hidden (so the ' +
      'actor view adds and removes no tie): the least any step of the app can cost on this graph ' +
      'and this machine (bench/lib/pageScripts.ts, replayWindows).',
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
    out.push('');
    out.push(
      'A heap snapshot after each reload splits the heap into compiled code (V8 compiles and ' +
        'optimises more of the program as it runs again: not a leak, and bounded by the ' +
        'program) and everything else. The target counts everything else, from the first reload to ' +
        'the last, worked out from the median of the first three and that of the last three (MB):',
    );
    out.push('');
    for (const [who, x] of [
      ['app', r.reloads.app],
      ['plain', r.reloads.plain],
    ] as const) {
      if (x.splits.length === 0) continue;
      out.push(
        `- ${who}, without compiled code: ${x.splits.map((s) => num(s.objectsMb, 2)).join(' → ')}`,
      );
      out.push(`- ${who}, compiled code: ${x.splits.map((s) => num(s.codeMb, 2)).join(' → ')}`);
    }
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
