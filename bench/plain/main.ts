// The baseline of the benchmark: what a person would build by hand with plain Cytoscape.js to show
// a stancegraph file. It imports nothing from the app. On a chosen file: file.text(), JSON.parse,
// one node per actor and claim, one edge per statement and per memberOf, a minimal stylesheet
// (labels, colours from data), the layout the app uses at that size (copied from
// src/cytoscape/layouts.ts; bench/run.ts picks it with ?layout= and ?large=1), then two frames;
// body[data-done] then holds the time it finished. Performance marks time each phase.
//
// For the bench: window.plainBench.toggleStance(id) hides or shows a stance's edges (a class with
// display:none, in one batch); window.plainBench.exportPng() downloads cy.png of the whole graph;
// addEdge and rename do by hand what an edit of the app does to the graph.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

cytoscape.use(fcose);

interface StanceDef {
  id: string;
  label: string;
  color?: string;
}
interface DatasetFile {
  stances?: StanceDef[];
  actors: { id: string; name: string; kind: string; memberOf?: string[] }[];
  claims: { id: string; text: string }[];
  statements: { id: string; actor: string; claim: string; stance: string }[];
}

// The default vocabulary's colours (FORMAT.md), and one colour per kind of actor.
const STANCE_COLORS: Record<string, string> = {
  asserts: '#0072B2',
  agrees: '#009E73',
  accuses: '#E69F00',
  denies: '#D55E00',
  doubts: '#CC79A7',
  evaluates: '#999999',
};
const KIND_COLORS: Record<string, string> = {
  person: '#4477AA',
  state: '#228833',
  organization: '#AA3377',
  group: '#EE6677',
  other: '#777777',
};

const params = new URLSearchParams(window.location.search);
const layoutName = params.get('layout') ?? 'fcose';
// Set when the app's force layout of this graph is ForceAtlas2 (many nodes or many tied pairs).
const large = params.get('large') === '1';
// PNG export at the scale the app's export menu uses by default (the bench passes it).
const pngScale = Number(params.get('scale') ?? '1');
const container = document.getElementById('cy')!;
// The bench sizes the canvas like the app's graph area, so both draw the same number of pixels.
if (params.has('w')) container.style.flex = `0 0 ${params.get('h')}px`;
if (params.has('w')) container.style.width = `${params.get('w')}px`;

/**
 * The layouts of src/cytoscape/layouts.ts, copied (not imported), so both pages do the same layout
 * work; bench/lib/plainSteps.ts checks that these options still match the app's. A large graph's
 * force layout is ForceAtlas2 instead (forceAtlasLayout below), as in the app.
 */
function layoutOptions(name: string): LayoutOptions {
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: 'default',
        randomize: true,
        animate: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 30,
        nodeRepulsion: () => 2200,
        nodeSeparation: 25,
        gravity: 1,
        packComponents: true,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        concentric: (node) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        padding: 30,
      };
    case 'circle':
      return { name: 'circle', animate: false, padding: 30, avoidOverlap: true };
    case 'grid':
      return { name: 'grid', animate: false, padding: 30, avoidOverlap: true };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate: false,
        padding: 30,
        directed: true,
        spacingFactor: 1.1,
      };
    default:
      // A layout the app gained after this page was written: its plain defaults.
      return { name, animate: false, padding: 30 } as LayoutOptions;
  }
}

/**
 * ForceAtlas2's settings and iterations for a graph of this many nodes, copied from
 * src/cytoscape/forceAtlas.ts (the bench checks that they match).
 */
function forceAtlasSettings(nodeCount: number): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(nodeCount), slowDown: 2 };
}
function forceAtlasIterations(nodeCount: number): number {
  if (nodeCount > 10_000) return 40;
  if (nodeCount > 3_000) return 80;
  return 150;
}

/**
 * A large graph's force layout as the app runs it (in its worker): ForceAtlas2 from a seeded random
 * start on the nodes with edges, spread to about 70 px of room per node; nodes without edges in a
 * grid below. Here it runs on the main thread, as a page built by hand would.
 */
function forceAtlasLayout(instance: Core): void {
  const connected = instance.nodes().filter((node) => node.degree(false) > 0);
  const count = connected.length;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  let seed = 20241017;
  const random = () => {
    // mulberry32, as the app's seeded start
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const side = Math.sqrt(count) * 10;
  connected.forEach((node) => {
    graph.addNode(node.id(), { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  });
  instance.edges().forEach((edge) => {
    const [s, t] = [edge.source().id(), edge.target().id()];
    if (s !== t) graph.mergeEdge(s, t);
  });
  forceAtlas2.assign(graph, {
    iterations: forceAtlasIterations(count),
    settings: forceAtlasSettings(count),
  });
  instance.batch(() => {
    connected.forEach((node) => {
      const { x, y } = graph.getNodeAttributes(node.id()) as { x: number; y: number };
      node.position({ x, y });
    });
  });
  spreadOut(connected);
  const isolated = instance.nodes().not(connected);
  if (isolated.nonempty()) {
    const box = connected.boundingBox({ includeLabels: false, includeOverlays: false });
    isolated
      .layout({
        name: 'grid',
        animate: false,
        boundingBox: { x1: box.x1, y1: box.y2 + 60, w: box.w, h: box.w / 4 },
      })
      .run();
  }
}

/** The app's spreading of a force layout's positions: about 70 px of room per node. */
function spreadOut(nodes: cytoscape.NodeCollection): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((node) => {
    const { x, y } = node.position();
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  });
  const factor = (Math.sqrt(nodes.length) * 70) / Math.max(x2 - x1, y2 - y1, 1e-9);
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  nodes.positions((node) => {
    const { x, y } = node.position();
    return { x: cx + (x - cx) * factor, y: cy + (y - cy) * factor };
  });
}

function elementsOf(data: DatasetFile): ElementDefinition[] {
  const colors = new Map<string, string>();
  (data.stances ?? []).forEach((s) => colors.set(s.id, s.color ?? '#888888'));
  const elements: ElementDefinition[] = [];
  for (const a of data.actors) {
    elements.push({
      data: { id: `n:${a.id}`, label: a.name, color: KIND_COLORS[a.kind] ?? '#777777' },
      classes: 'actor',
    });
  }
  for (const c of data.claims) {
    elements.push({ data: { id: `n:${c.id}`, label: c.text, color: '#F3EBD3' }, classes: 'claim' });
  }
  for (const s of data.statements) {
    elements.push({
      data: {
        id: `s:${s.id}`,
        source: `n:${s.actor}`,
        target: `n:${s.claim}`,
        stance: s.stance,
        color: colors.get(s.stance) ?? STANCE_COLORS[s.stance] ?? '#888888',
      },
    });
  }
  for (const a of data.actors) {
    for (const m of new Set(a.memberOf ?? [])) {
      if (m !== a.id)
        elements.push({
          data: { id: `m:${a.id}>${m}`, source: `n:${a.id}`, target: `n:${m}`, color: '#A0A0A0' },
        });
    }
  }
  return elements;
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: { label: 'data(label)', 'background-color': 'data(color)', 'font-size': 12 },
  },
  {
    selector: 'node.claim',
    style: {
      shape: 'round-rectangle',
      width: 160,
      height: 40,
      'text-wrap': 'wrap',
      'text-max-width': '146px',
      'text-valign': 'center',
    },
  },
  { selector: 'edge', style: { width: 2, 'line-color': 'data(color)' } },
  { selector: '.hidden', style: { display: 'none' } },
];

let cy: Core | null = null;
let loads = 0;
/** The last file opened (the actor view is built from its actors). */
let lastData: DatasetFile | null = null;
const hiddenStances = new Set<string>();
/** The edges showOnlyChanged last showed; null until it is first called on the graph drawn. */
let cheapShown: Set<string> | null = null;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function mark(name: string): void {
  performance.mark(`plain:${name}`);
}

async function open(file: File): Promise<void> {
  delete document.body.dataset.done;
  mark('chosen');
  const text = await file.text();
  mark('read');
  const data = JSON.parse(text) as DatasetFile;
  lastData = data;
  mark('parsed');
  const elements = elementsOf(data);
  mark('elements');
  cy?.destroy();
  hiddenStances.clear();
  cy = cytoscape({ container, elements, style, minZoom: 0.05, maxZoom: 4 });
  cheapShown = null;
  mark('created');
  if (large && layoutName === 'fcose') {
    forceAtlasLayout(cy);
    cy.fit(undefined, 30);
  } else {
    const layout = cy.layout(layoutOptions(layoutName));
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await stopped;
  }
  mark('laidout');
  // The frame that draws the laid-out graph, then the start of the next one: the graph is on screen.
  await frame();
  await frame();
  mark('drawn');
  for (const [name, from, to] of [
    ['read', 'chosen', 'read'],
    ['parse', 'read', 'parsed'],
    ['elements', 'parsed', 'elements'],
    ['create', 'elements', 'created'],
    ['layout', 'created', 'laidout'],
    ['draw', 'laidout', 'drawn'],
  ] as const) {
    performance.measure(`plain:${name}`, `plain:${from}`, `plain:${to}`);
  }
  loads += 1;
  document.getElementById('info')!.textContent =
    `${data.actors.length} actors · ${data.claims.length} claims · ${data.statements.length} statements`;
  document.body.dataset.loads = String(loads);
  document.body.dataset.done = String(performance.now());
}

const input = document.getElementById('file') as HTMLInputElement;
input.addEventListener('change', () => {
  const file = input.files?.[0];
  input.value = '';
  if (file) void open(file);
});

/** What the bench calls; each returns once the change is drawn (two frames later). */
const plainBench = {
  async toggleStance(stance: string): Promise<void> {
    if (!cy) return;
    const hide = !hiddenStances.delete(stance);
    if (hide) hiddenStances.add(stance);
    const instance = cy;
    instance.batch(() => {
      instance
        .edges()
        .filter((edge) => edge.data('stance') === stance)
        .toggleClass('hidden', hide);
    });
    await frame();
    await frame();
  },
  async exportPng(): Promise<void> {
    if (!cy) return;
    const blob = await cy.png({
      output: 'blob-promise',
      full: true,
      scale: pngScale,
      bg: '#ffffff',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'plain.png';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  /**
   * Adds one statement's edge between an actor and a claim, as a user of plain Cytoscape.js would
   * after an edit; resolves when it is drawn (two frames). Returns the milliseconds it took.
   */
  async addEdge(actorId: string, claimId: string): Promise<number> {
    if (!cy) return NaN;
    const started = performance.now();
    cy.add({
      group: 'edges',
      data: {
        id: `s:bench-${loads}`,
        source: `n:${actorId}`,
        target: `n:${claimId}`,
        color: '#0072B2',
      },
    });
    await frame();
    await frame();
    return performance.now() - started;
  },
  /** Renames a node in place; resolves when drawn (two frames) with the milliseconds it took. */
  async rename(nodeId: string, label: string): Promise<number> {
    if (!cy) return NaN;
    const started = performance.now();
    cy.getElementById(`n:${nodeId}`).data('label', label);
    await frame();
    await frame();
    return performance.now() - started;
  },
  /**
   * Shows the edges of these statements and hides the others (all shown for null), toggling a
   * class in one batch as a user of plain Cytoscape.js would for a date window; resolves when
   * drawn (two frames) with the milliseconds it took.
   */
  async showStatements(ids: string[] | null): Promise<number> {
    if (!cy) return NaN;
    const instance = cy;
    const started = performance.now();
    const shown = ids && new Set(ids.map((id) => `s:${id}`));
    instance.batch(() => {
      instance.edges().forEach((edge) => {
        if (edge.id().startsWith('s:'))
          edge.toggleClass('hidden', !!shown && !shown.has(edge.id()));
      });
    });
    await frame();
    await frame();
    return performance.now() - started;
  },
  /**
   * The actor view by hand: the last file's actors and the given ties (key, a, b), laid out on a
   * grid, only the ties `shown` visible.
   */
  async openActorView(
    actorIds: string[],
    ties: [string, string, string][],
    shown: string[],
  ): Promise<void> {
    const visible = new Set(shown);
    const names = new Map((lastData?.actors ?? []).map((a) => [a.id, a]));
    const elements: ElementDefinition[] = actorIds.map((id) => ({
      data: {
        id: `n:${id}`,
        label: names.get(id)?.name ?? id,
        color: KIND_COLORS[names.get(id)?.kind ?? 'other'] ?? '#777777',
      },
      classes: 'actor',
    }));
    for (const [key, a, b] of ties) {
      elements.push({
        data: { id: key, source: `n:${a}`, target: `n:${b}`, color: '#0072B2' },
        classes: visible.has(key) ? '' : 'hidden',
      });
    }
    cy?.destroy();
    cy = cytoscape({ container, elements, style, minZoom: 0.05, maxZoom: 4 });
    cheapShown = null;
    const layout = cy.layout(layoutOptions('grid'));
    const stopped = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await stopped;
    await frame();
    await frame();
  },
  /** Shows these ties (keys) and hides the others, like showStatements. */
  async showTies(keys: string[]): Promise<number> {
    if (!cy) return NaN;
    const instance = cy;
    const started = performance.now();
    const shown = new Set(keys);
    instance.batch(() => {
      instance.edges().forEach((edge) => {
        edge.toggleClass('hidden', !shown.has(edge.id()));
      });
    });
    await frame();
    await frame();
    return performance.now() - started;
  },
  /**
   * The cheapest step Cytoscape.js can draw, for comparison: shows these edges (statement edges
   * by statement id in the claims view, ties by key in the actor view) and hides the other edges
   * of that kind by a `visibility` style bypass, touching only the edges whose visibility changes,
   * with nothing else to do (no counts, no widths). The first call after a graph is built sets
   * every edge (not timed by the bench). Resolves when drawn (two frames) with the milliseconds.
   */
  async showOnlyChanged(view: 'claims' | 'actors', ids: string[]): Promise<number> {
    if (!cy) return NaN;
    const instance = cy;
    const started = performance.now();
    const next = new Set(view === 'claims' ? ids.map((id) => `s:${id}`) : ids);
    instance.batch(() => {
      if (cheapShown === null) {
        const edges = view === 'claims' ? instance.edges('[id ^= "s:"]') : instance.edges();
        edges.removeClass('hidden');
        edges.forEach((edge) => {
          if (!next.has(edge.id())) edge.style('visibility', 'hidden');
        });
        return;
      }
      for (const id of cheapShown)
        if (!next.has(id)) instance.getElementById(id).style('visibility', 'hidden');
      for (const id of next)
        if (!cheapShown.has(id)) instance.getElementById(id).removeStyle('visibility');
    });
    cheapShown = next;
    await frame();
    await frame();
    return performance.now() - started;
  },
  /** The graph's extent in model coordinates (what a whole-graph PNG covers, times its scale). */
  extent: () => cy?.elements().boundingBox(),
  layoutName,
  large,
  layoutOptions,
  forceAtlas: (nodeCount: number) => ({
    settings: forceAtlasSettings(nodeCount),
    iterations: forceAtlasIterations(nodeCount),
  }),
};

declare global {
  interface Window {
    plainBench?: typeof plainBench;
  }
}
window.plainBench = plainBench;
