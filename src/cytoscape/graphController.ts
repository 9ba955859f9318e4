import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type ElementDefinition,
  type EventObject,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import type { Point, Positions } from '../model/positions';
import type { Selection } from '../model/selection';
import { LAYOUT_LABELS, type LayoutName } from '../model/view';
import {
  canLayOutInWorker,
  layOutInWorker,
  stopLayouts,
  type LayoutRunner,
} from './layoutInWorker';
import { nodeId } from './elements';
import type { LayoutJob, LayoutPositions } from './layoutProtocol';
import { layoutJob, measuredSizes, needsSizes, type JobNode } from './layoutRequest';
import {
  distinctPairs,
  FIT_PADDING,
  isDenseGraph,
  isLargeGraph,
  largeGraphNote,
  usesForceAtlas,
} from './layouts';
import { LEGIBLE_NODES } from './legibility';
import { setHidden } from './hiding';
import { LinePatterns } from './linePatterns';
import { placeBeside } from './placement';
import type { ElementData, Scene, SceneListener } from './scene';
import { seedOf } from './seededRandom';
import { inSlices } from './slices';
import { buildStylesheet, type Theme } from './stylesheet';

/** What a tap in the graph hit, in the dataset's terms (null: the background). */
function targetOf(event: EventObject): Selection {
  const element = event.target as cytoscape.SingularElementReturnValue | Core;
  if (element === event.cy) return null;
  const data = (element as cytoscape.SingularElementReturnValue).data();
  switch (data.type) {
    case 'actor':
    case 'claim':
    case 'statement':
      return { type: data.type, id: data.ref };
    case 'tie':
      return { type: 'tie', a: data.a, b: data.b };
    default:
      return null; // affiliation edges have no details of their own
  }
}

/** Fitting a tiny graph zooms in no further than this. */
const MAX_FIT_ZOOM = 1.6;

/** Up to this many elements, hovering a node fades the rest of the graph (enableHoverHighlight). */
export const FADE_ON_HOVER_ELEMENTS = 1000;

/** How far inside the edge of the view a revealed selection comes to rest. */
const REVEAL_MARGIN = 40;

/** How many nodes the first slice of a build adds (later slices are sized by how long it took). */
const FIRST_NODE_SLICE = 20;

/** Builds of more elements than this say how far along they are; smaller ones are done at once. */
const PROGRESS_ELEMENTS = 1000;

/** How often a build tells how far along it is, at most (ms). */
const PROGRESS_INTERVAL_MS = 150;

/**
 * Where the view looks while a graph is being built: far from any node, so that nothing is drawn
 * (Cytoscape skips what lies outside the view) until the whole graph is there and in place.
 */
const OUT_OF_SIGHT = { x: -1e9, y: -1e9 };

const NO_LISTENER: SceneListener = { positions: () => {}, busy: () => {}, note: () => {} };

const refOf = (node: NodeSingular): string => node.data('ref') as string;

/**
 * The edges a layout pulls along: the drawn ones, and the scene's layout partners, which are not
 * drawn but place a node without a drawn tie near those it is tied to (see Scene.layoutPartners).
 */
function withLayoutPartners(
  edges: readonly { source: string; target: string }[],
  scene: Scene | null,
): readonly { source: string; target: string }[] {
  const partners = scene?.layoutPartners?.() ?? [];
  if (partners.length === 0) return edges;
  return [...edges, ...partners.map(([a, b]) => ({ source: nodeId(a), target: nodeId(b) }))];
}

/** How many distinct pairs of nodes these edges tie, as the layout worker counts them. */
function pairsOf(edges: readonly { source: string; target: string }[]): number {
  return distinctPairs(edges.map(({ source, target }) => [source, target] as const));
}

function byId(elements: readonly ElementDefinition[]): Map<string, ElementDefinition> {
  return new Map(elements.map((element) => [element.data.id as string, element]));
}

/** The definition with the node's saved position, when it has one. */
function positioned(element: ElementDefinition, positions: Positions): ElementDefinition {
  if (element.group !== 'nodes') return element;
  const point = positions.get(element.data.ref as string);
  return point ? { ...element, position: { x: point.x, y: point.y } } : element;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

const classList = (classes: ElementDefinition['classes']): string[] =>
  (Array.isArray(classes) ? classes.join(' ') : (classes ?? '')).split(/\s+/).filter(Boolean);

const isNode = (element: ElementDefinition) => element.group === 'nodes';

/** Cytoscape's switch for telling its renderer of changes. */
interface Notifying {
  notifications: (on: boolean) => unknown;
  notify: (event: string) => void;
}

/** Cytoscape's renderer as a build holds its frames: its own `render` replaced for a while. */
interface HeldRenderer {
  render?: (options?: unknown) => void;
  redraw?: () => void;
}

/** Resolves after the next frame, or after 100 ms in a page that draws none (a hidden tab). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });

/** What the renderer draws while a build holds its frames: nothing. */
const skipFrame = () => {};

/** The part of Cytoscape's renderer that works out rendered styles ahead of a frame. */
interface RendererQueue {
  flushRenderedStyleQueue?: () => void;
}

/** The part of Cytoscape's canvas renderer that draws one element from its cached textures. */
interface TextureDrawer {
  drawCachedElement?: (
    context: CanvasRenderingContext2D,
    element: cytoscape.SingularElementArgument,
    pixelRatio: number,
    extent: null,
    level: undefined,
    highQuality: boolean,
  ) => void;
  getPixelRatio?: () => number;
  /** Sorts every element by z-index for drawing, kept until elements come or go. */
  getCachedZSortedEles?: () => unknown;
}

/** What simplifies a graph's style: many nodes (large) or many edges (dense), as layouts.ts says. */
interface GraphSize {
  large: boolean;
  dense: boolean;
}

/** A build of a whole drawing under way; a newer one (or the end) stops it. */
interface Build {
  stopped: boolean;
}

/** The layout's answer: now (a runner on this thread) or later (the layout worker). */
type Answer = LayoutPositions | Promise<LayoutPositions>;

/** The i-th position of a layout's answer. */
const pointAt = (positions: LayoutPositions, i: number): Point => ({
  x: positions[2 * i]!,
  y: positions[2 * i + 1]!,
});

/** Runs a job on this thread: what is left when the layout worker cannot. */
const layOutHere: LayoutRunner = (job) =>
  import('./layoutJob').then(({ runLayoutJob }) => runLayoutJob(job));

/**
 * The React-free owner of one Cytoscape instance. Its one input is `sync(scene)`: it compares the
 * scene with what it drew last and applies only the difference (elements added, removed or
 * updated in place, visibility classes, positions, selection, layout and fit requests). New nodes
 * are placed beside their neighbours and nothing else moves. It reports positions, busy-ness,
 * progress and notes to its listener. Runs headless (no container) in unit tests.
 *
 * On a page, a new drawing is built in slices between frames (out of sight until it is complete
 * and in place), and every layout runs in the layout worker while the main thread builds: no
 * task is long however large the graph. Headless, everything happens within `sync` (the tests'
 * layout runner answers at once).
 */
export class GraphController {
  readonly cy: Core;
  private scene: Scene | null = null;
  /** The scene drawn, while a build draws it (`scene` is then the newest handed in). */
  private drawnScene: Scene | null = null;
  /** The definitions drawn, by Cytoscape id: what the next scene is compared with. */
  private drawn = new Map<string, ElementDefinition>();
  private build: Build | null = null;
  /** Whether a build holds the renderer's frames (pauseDrawing). */
  private drawingPaused = false;
  /** Cytoscape ids of the drawn elements the filters hide (hiding.ts). */
  private hidden = new Set<string>();
  private large = false;
  /** Whether the graph has so many edges that they are drawn simply (layouts.ts). */
  private dense = false;
  private theme: Theme;
  /** Leaves line patterns out of views of many edges (linePatterns.ts). */
  private readonly linePatterns: LinePatterns;
  /** Counts layout runs, so the answer of a superseded layout is dropped. */
  private layoutGeneration = 0;
  /** Reports made while a sync runs wait for its end, so a listener never re-enters it. */
  private pending: (() => void)[] | null = null;

  constructor(
    container: HTMLElement | undefined,
    theme: Theme,
    private readonly listener: SceneListener = NO_LISTENER,
    /** Where layouts run: the layout worker, or (in tests) this thread. */
    private readonly layOutJob: LayoutRunner = layOutInWorker,
  ) {
    this.theme = theme;
    this.cy = cytoscape({
      container,
      headless: container === undefined,
      // Headless too (unit tests): what is hidden is read from Cytoscape's own styles.
      styleEnabled: true,
      style: buildStylesheet(theme),
      boxSelectionEnabled: false,
      selectionType: 'single',
      minZoom: 0.05,
      maxZoom: 4,
    });
    this.linePatterns = new LinePatterns(this.cy, (drawn) =>
      this.report(() => this.listener.linePatterns?.(drawn)),
    );
    this.keepWholeGraphInViewOnResize();
    // A node dropped after a drag is a step the user can undo.
    this.cy.on('dragfree', 'node', (event) => {
      const label = (event.target as NodeSingular).data('label') as string;
      this.reportPositions(`Move "${label}"`);
    });
  }

  /**
   * Runs changes in one Cytoscape batch, ended even when they throw: a batch left open would stop
   * every later change from being drawn (Cytoscape restyles only when the last batch ends).
   */
  private batch(changes: () => void): void {
    this.cy.startBatch();
    try {
      changes();
    } finally {
      this.cy.endBatch();
    }
  }

  /** Whether the graph is large enough for simpler edges and the large-graph layout. */
  get isLarge(): boolean {
    return this.large;
  }

  /** Whether nothing is drawn (unit tests): then everything is done within `sync`. */
  private get headless(): boolean {
    return this.cy.container() === null;
  }

  /** Makes the graph show the scene, changing only what differs from the last one. */
  sync(next: Scene): void {
    const previous = this.scene;
    this.scene = next;
    this.pending = [];
    let applied = false;
    try {
      if (next.theme !== this.theme) {
        this.theme = next.theme;
        this.cy.style(buildStylesheet(next.theme, this.large, this.dense));
      }
      if (!previous || previous.generation !== next.generation) {
        this.rebuild(next);
        applied = true;
        return;
      }
      // A drawing being built takes the newest scene when it is complete.
      if (!this.build) this.applyDifference(previous, next);
      applied = true;
    } finally {
      // A sync that failed half-way must not be taken for done: the next one draws anew.
      if (!applied) this.scene = null;
      this.flushReports();
    }
  }

  /** Applies what changed between two scenes of the same drawing. */
  private applyDifference(previous: Scene, next: Scene): void {
    if (next.elements !== previous.elements) this.updateElements(next);
    if (next.isShown !== previous.isShown || next.elements !== previous.elements)
      this.applyVisibility(next.isShown);
    if (next.positions !== previous.positions) this.moveTo(next.positions);
    const fitting = next.fitRequest !== previous.fitRequest;
    // A fit frames the selection's surroundings itself (a focus); else the selection is shown.
    if (!sameIds(next.selected, previous.selected)) this.select(next.selected, !fitting);
    if (next.layoutRequest !== previous.layoutRequest) {
      const label =
        next.layout !== previous.layout ? `Layout: ${LAYOUT_LABELS[next.layout]}` : 'Re-run layout';
      this.layOut(next.layout, label);
    }
    if (fitting) this.fit();
  }

  private flushReports(): void {
    const reports = this.pending ?? [];
    this.pending = null;
    reports.forEach((report) => report());
  }

  /** Calls the listener now, or at the end of the sync that is running. */
  private report(call: () => void): void {
    if (this.pending) this.pending.push(call);
    else call();
  }

  /** A new dataset or view: every element anew, at its saved place or laid out. */
  private rebuild(scene: Scene): void {
    this.stopLayout();
    if (this.build) this.build.stopped = true;
    this.build = null;
    this.report(() => this.listener.busy(true));
    const nodeCount = scene.elements.reduce((n, e) => (isNode(e) ? n + 1 : n), 0);
    const size: GraphSize = {
      large: isLargeGraph(nodeCount),
      dense: isDenseGraph(scene.elements.length - nodeCount),
    };
    if (this.headless) {
      this.rebuildAtOnce(scene, size);
      return;
    }
    const build: Build = { stopped: false };
    this.build = build;
    this.drawnScene = scene;
    this.buildInSlices(scene, build, size).catch((error: unknown) => {
      // Never left busy: whatever was built stays, the failure is told, and the next sync draws
      // anew rather than take this drawing for done.
      console.error(error);
      if (this.build !== build) return;
      this.finishBuild();
      this.scene = null;
    });
  }

  /** Sets whether the graph is large or dense (layouts.ts), which simplifies its style. */
  private setSize({ large, dense }: GraphSize): void {
    if (large === this.large && dense === this.dense) return;
    this.large = large;
    this.dense = dense;
    this.cy.style(buildStylesheet(this.theme, large, dense));
  }

  /** The headless rebuild: everything at once, laid out by a runner that answers at once. */
  private rebuildAtOnce(scene: Scene, size: GraphSize): void {
    this.setSize(size);
    this.batch(() => {
      this.cy.elements().remove();
      this.cy.add(scene.elements.map((element) => positioned(element, scene.positions)));
    });
    this.drawn = byId(scene.elements);
    this.hidden.clear();
    this.applyVisibility(scene.isShown);
    this.select(scene.selected, false);
    const nodes = this.cy.nodes();
    const unplaced = nodes.filter((node) => !scene.positions.has(refOf(node)));
    this.reportNote(unplaced.nonempty(), scene.layout);
    if (unplaced.nonempty() && unplaced.length === nodes.length) {
      // Nothing has a place yet: a layout of the whole graph, which the positions then remember.
      this.runLayout(scene.layout, () => {
        this.reportPositions();
        this.report(() => this.listener.busy(false));
      });
      return;
    }
    this.placeUnplaced(unplaced);
    this.fit();
    this.report(() => this.listener.busy(false));
  }

  /** What the screen says about the graph once it is built, laid out (`layingOut`) or not. */
  private reportNote(layingOut: boolean, layout: LayoutName): void {
    const note = layingOut
      ? this.layoutNote(layout)
      : largeGraphNote(this.cy.nodes().length, false, this.cy.edges().length);
    this.report(() => this.listener.note(note));
  }

  /** A saved picture missing a few nodes: they are placed beside their neighbours. */
  private placeUnplaced(unplaced: NodeCollection): void {
    if (unplaced.empty()) return;
    placeBeside(unplaced, this.cy.nodes().not(unplaced));
    this.reportPositions();
  }

  /**
   * The page's rebuild, a slice per task: the old drawing goes, the nodes come, the layout starts
   * in the worker (at once when it lays out points, else once the nodes are drawn and measured),
   * the positions are placed and the edges come (meanwhile for a measured layout, after for
   * points), and only then is the graph shown.
   */
  private async buildInSlices(scene: Scene, build: Build, size: GraphSize): Promise<void> {
    const stopped = () => build.stopped || this.cy.destroyed();
    const total = scene.elements.length;
    let toldAt = -Infinity;
    const progress = (done: number) => {
      if (total <= PROGRESS_ELEMENTS) return;
      // Each report updates the store and the page: a few a second, not one per slice.
      const now = performance.now();
      if (done > 0 && done < total && now - toldAt < PROGRESS_INTERVAL_MS) return;
      toldAt = now;
      // Through report: the first comes within the sync that started the build, and a listener
      // called there re-entered it and dropped the reports it held (busy among them).
      this.report(() => this.listener.progress?.({ stage: 'drawing', done, total }));
    };
    progress(0);
    this.cy.stop(true, false);
    // One frame looking out of sight clears the screen of the old drawing (a build stopped
    // half-way left the frames held), then they are held until this drawing is complete.
    this.pauseDrawing(false);
    this.cy.viewport({ zoom: 1, pan: OUT_OF_SIGHT });
    await nextFrame();
    if (stopped()) return;
    this.pauseDrawing(true);
    const old = this.cy.elements().toArray();
    if (
      !(await inSlices(
        old,
        (slice) => this.batch(() => slice.forEach((element) => element.remove())),
        stopped,
      ))
    )
      return;
    this.setSize(size);
    const nodes = scene.elements.filter(isNode);
    const edges = scene.elements.filter((element) => !isNode(element));
    const unplacedCount = nodes.filter((n) => !scene.positions.has(n.data.ref as string)).length;
    const layingOut = unplacedCount > 0 && unplacedCount === nodes.length;
    const run = this.layoutGeneration;
    let job: LayoutJob | null = null;
    let answer: Answer | null = null;
    const pointsOnly = layingOut && !needsSizes(scene.layout, nodes.length, this.jobPairs(edges));
    if (pointsOnly) {
      // Points only: the worker starts before anything is drawn.
      job = this.jobOf(scene.layout, nodes as JobNode[], edges, false);
      answer = this.startLayout(job);
    }
    const add = (slice: readonly ElementDefinition[]) => {
      this.batch(() => {
        this.cy.add(slice.map((element) => positioned(element, scene.positions)));
      });
      this.flushRenderedStyle();
    };
    // A node's first slice is small: measuring wrapped labels costs a few ms a node.
    if (!(await inSlices(nodes, add, stopped, progress, FIRST_NODE_SLICE))) return;
    if (layingOut && !job) {
      job = this.jobOf(scene.layout, nodes as JobNode[], edges, true);
      answer = this.startLayout(job);
    }
    const added = (done: number) => progress(nodes.length + done);
    const addEdges = () => inSlices(edges, add, stopped, added);
    // A layout of points (ForceAtlas2) takes a few hundred ms: the edges wait for the nodes to
    // stand where it puts them. Added before, each edge was worked out at its placeholder ends and
    // again as each end moved (five times over for a 10,000-statement actor view). A layout that
    // measures the drawn nodes (fCoSE) takes seconds: the edges come meanwhile.
    if (!pointsOnly && !(await addEdges())) return;

    if (answer && job) {
      this.report(() =>
        this.listener.progress?.({ stage: 'layout', done: 0, total: nodes.length }),
      );
      const positions = await this.positionsOf(answer, job);
      if (stopped() || run !== this.layoutGeneration || !positions) return;
      if (!(await this.placeInSlices(this.cy.nodes().toArray(), positions, stopped))) return;
      this.reportPositions();
      if (pointsOnly && !(await addEdges())) return;
    } else {
      this.placeUnplaced(this.cy.nodes().filter((node) => !scene.positions.has(refOf(node))));
    }
    this.drawn = byId(scene.elements);
    this.hidden.clear();
    this.applyVisibility(scene.isShown);
    this.select(scene.selected, false);
    this.reportNote(layingOut, scene.layout);
    // Every element's box (label sizes, edge ends) worked out ahead of the first frame that
    // shows them all, which would otherwise do it all at once. Working a box out queues the
    // element for the renderer again, so each slice flushes that queue too: a frame between
    // slices (they come even while drawing is held) would otherwise redo thousands of edges.
    const all = this.cy.elements().toArray();
    const box = (slice: readonly cytoscape.SingularElementArgument[]) => {
      slice.forEach((element) => element.boundingBox());
      this.flushRenderedStyle();
    };
    if (!(await inSlices(all, box, stopped))) return;
    if (!(await this.warmTextures(stopped))) return;
    this.finishBuild();
  }

  /**
   * Makes each node's textures (body, label) ahead of the first frame that shows the graph, a
   * slice of elements per task: Cytoscape keeps a node's picture in a texture made the first time
   * it is drawn, at the zoom level it is drawn at, so the graph is fitted first and its elements
   * drawn into a one-pixel canvas. Edges are drawn afresh in every frame, but the first one to
   * draw an edge also builds its path and looks up its style (a third of that frame's script at
   * 10,000 statements); into one pixel, that costs no painting. Not public API, hence the checks;
   * without it the first frame does it all. Returns false when stopped.
   */
  private async warmTextures(stopped: () => boolean): Promise<boolean> {
    const renderer = (
      this.cy as Core & { renderer?: () => TextureDrawer | undefined }
    ).renderer?.();
    if (this.cy.width() === 0 || this.cy.height() === 0) return true;
    if (typeof renderer?.drawCachedElement !== 'function') return true;
    if (typeof renderer.getPixelRatio !== 'function') return true;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return true;
    context.canvas.width = 1;
    context.canvas.height = 1;
    this.fit();
    const pixelRatio = renderer.getPixelRatio();
    const draw = renderer.drawCachedElement.bind(renderer);
    // Sharp textures asked for nodes only: asked for edges, they queued work that drew the whole
    // graph once more just after its first frame.
    return inSlices(
      this.cy.elements().toArray(),
      (slice) =>
        slice.forEach((element) =>
          draw(context, element, pixelRatio, null, undefined, element.isNode()),
        ),
      stopped,
    );
  }

  /**
   * Sorts the elements for drawing now, in this task: the frame that first shows a large graph
   * would do it first (tens of ms at 10,000 statements). Not public API, hence the check.
   */
  private sortForDrawing(): void {
    const renderer = (
      this.cy as Core & { renderer?: () => TextureDrawer | undefined }
    ).renderer?.();
    if (typeof renderer?.getCachedZSortedEles === 'function') renderer.getCachedZSortedEles();
  }

  /** The end of a build: the graph is shown, and the newest scene's changes are applied. */
  private finishBuild(): void {
    const built = this.drawnScene;
    this.build = null;
    this.drawnScene = null;
    this.pending = [];
    let applied = false;
    try {
      this.pauseDrawing(false);
      this.sortForDrawing();
      this.fit();
      this.report(() => this.listener.progress?.(null));
      this.report(() => this.listener.busy(false));
      const latest = this.scene;
      if (built && latest && latest !== built && latest.generation === built.generation)
        this.applyDifference(built, latest);
      applied = true;
    } finally {
      // As in sync: a drawing that failed half-way makes the next sync draw anew.
      if (!applied) this.scene = null;
      this.flushReports();
    }
  }

  /** The job of laying out these definitions (before they are drawn: no sizes but claims'). */
  private jobOf(
    name: LayoutName,
    nodes: readonly JobNode[],
    edges: readonly ElementDefinition[],
    measured: boolean,
  ): LayoutJob {
    const drawn = measured ? this.cy.nodes().toArray() : [];
    const withLabels = !this.large;
    return layoutJob(
      name,
      nodes.map((node) => ({ id: node.data.id as string, data: node.data })),
      withLayoutPartners(
        edges.map((edge) => edge.data as { source: string; target: string }),
        this.scene,
      ),
      {
        seed: seedOf(nodes.map((node) => node.data.id as string)),
        area: this.area(),
        legible: this.canArrangeLegibly(nodes.length),
        sizeOf: measured ? (i) => measuredSizes(drawn[i]!, withLabels) : undefined,
      },
    );
  }

  /** How many distinct pairs a layout job of these edges ties (layout partners included). */
  private jobPairs(edges: readonly ElementDefinition[]): number {
    return pairsOf(
      withLayoutPartners(
        edges.map((edge) => edge.data as { source: string; target: string }),
        this.scene,
      ),
    );
  }

  /** The edges a layout of the graph as drawn pulls along (withLayoutPartners). */
  private drawnLayoutEdges(): readonly { source: string; target: string }[] {
    return withLayoutPartners(
      this.cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
      this.scene,
    );
  }

  /** The job of laying out the graph as it is drawn (Re-run layout, another layout). */
  private jobOfGraph(name: LayoutName): LayoutJob {
    const nodes = this.cy.nodes().toArray();
    const edges = this.drawnLayoutEdges();
    const measured = needsSizes(name, nodes.length, pairsOf(edges));
    const withLabels = !this.large;
    return layoutJob(
      name,
      nodes.map((node) => ({ id: node.id(), data: node.data() as Record<string, unknown> })),
      edges,
      {
        seed: seedOf(nodes.map((node) => node.id())),
        area: this.area(),
        legible: this.canArrangeLegibly(nodes.length),
        sizeOf: measured ? (i) => measuredSizes(nodes[i]!, withLabels) : undefined,
      },
    );
  }

  /** Sends a job to the runner; a runner that throws at once gets its error as a rejection. */
  private startLayout(job: LayoutJob): Answer {
    let answer: Answer;
    try {
      answer = this.layOutJob(job);
    } catch (error) {
      answer = Promise.reject(error);
    }
    // A build stopped half-way (another view chosen, another file opened) never awaits its answer,
    // which the next layout then rejects as superseded: not an error for the page to report.
    // Whoever awaits the answer still gets its rejection (positionsOf).
    if (answer instanceof Promise) answer.catch(() => {});
    return answer;
  }

  /**
   * The positions of an answer; when the worker fails, the job runs on this thread instead (a
   * long task, but a picture). Null for a job given up because a newer one replaced it.
   */
  private async positionsOf(answer: Answer, job: LayoutJob): Promise<LayoutPositions | null> {
    if (answer instanceof Float64Array) return answer;
    try {
      return await answer;
    } catch (error) {
      if (error instanceof Error && error.message === 'superseded') return null;
      if (canLayOutInWorker())
        console.warn('The layout worker failed; laying out on the page instead.', error);
      return layOutHere(job);
    }
  }

  /** Puts nodes at positions ([x0, y0, …], in the nodes' order), a slice per task. */
  private placeInSlices(
    nodes: readonly NodeSingular[],
    positions: LayoutPositions,
    stopped: () => boolean,
  ): Promise<boolean> {
    const indexed = nodes.map((node, i) => [node, i] as const);
    const place = (slice: readonly (readonly [NodeSingular, number])[]) => {
      this.batch(() => {
        for (const [node, i] of slice) node.position(pointAt(positions, i));
      });
      this.flushRenderedStyle();
    };
    return inSlices(indexed, place, stopped);
  }

  /**
   * Holds Cytoscape's frames while a drawing is built: its renderer neither hears of changes nor
   * draws (each frame of a half-built graph would cost more than the slice before it, its culling
   * working out every moved element's box), then it is told of everything at once. Neither is in
   * Cytoscape's types, hence the checks; without them, the view looking out of sight keeps those
   * frames cheaper.
   */
  private pauseDrawing(paused: boolean): void {
    if (paused === this.drawingPaused) return;
    this.drawingPaused = paused;
    const cy = this.cy as Core & Partial<Notifying>;
    const renderer = (this.cy as Core & { renderer?: () => HeldRenderer | undefined }).renderer?.();
    if (renderer && typeof renderer.render === 'function') {
      if (paused) renderer.render = skipFrame;
      else if (renderer.render === skipFrame) delete renderer.render;
    }
    if (typeof cy.notifications !== 'function' || typeof cy.notify !== 'function') return;
    cy.notifications(!paused);
    if (!paused) {
      cy.notify('add');
      renderer?.redraw?.();
    }
  }

  /**
   * Works out now what Cytoscape's renderer would work out in its next frame for the elements
   * changed since (label sizes, edge ends): within the slice that changed them, so that a frame
   * never has a slice's worth of it to do. Not public API, hence the check; without it the frame
   * does the work.
   */
  private flushRenderedStyle(): void {
    const renderer = (
      this.cy as Core & { renderer?: () => RendererQueue | undefined }
    ).renderer?.();
    if (typeof renderer?.flushRenderedStyleQueue === 'function') renderer.flushRenderedStyleQueue();
  }

  /** The same dataset and view after an edit or a filter: only the difference is applied. */
  private updateElements(scene: Scene): void {
    const wanted = byId(scene.elements);
    const added: ElementDefinition[] = [];
    this.batch(() => {
      // Removed in one call: a step of a moving date window in the actor view drops hundreds of
      // ties, and one removal of many costs far less than many removals of one. (Hiding them
      // instead, to show them again later, made the step slower: every frame then walks them.)
      const gone = this.cy.collection();
      for (const id of this.drawn.keys()) {
        if (wanted.has(id)) continue;
        gone.merge(this.cy.getElementById(id));
        this.hidden.delete(id);
      }
      gone.remove();
      for (const [id, definition] of wanted) {
        const old = this.drawn.get(id);
        if (old === undefined) added.push(positioned(definition, scene.positions));
        else if (old !== definition && !this.updateInPlace(id, old, definition))
          added.push(definition);
      }
    });
    this.drawn = wanted;
    // An element added, or added anew, starts shown; applyVisibility hides it if need be.
    for (const definition of added) this.hidden.delete(definition.data.id as string);
    if (added.length === 0) return;
    const addedElements = this.cy.add(added);
    // An element added anew under its id (an edge whose ends an edit changed) stays selected.
    const selected = new Set(scene.selected);
    addedElements.filter((element) => selected.has(element.id())).select();
    const addedNodes = addedElements.nodes();
    const unplaced = addedNodes.filter((node) => !scene.positions.has(refOf(node)));
    if (unplaced.empty()) return;
    placeBeside(unplaced, this.cy.nodes().not(unplaced));
    this.reportPositions();
  }

  /**
   * Brings an element in line with its new definition: label and style data, classes. Returns
   * false when it cannot be (an edge whose ends changed), after removing it to be added anew.
   */
  private updateInPlace(id: string, old: ElementDefinition, next: ElementDefinition): boolean {
    const element = this.cy.getElementById(id);
    if (old.data.source !== next.data.source || old.data.target !== next.data.target) {
      element.remove();
      return false;
    }
    if (!sameData(old.data, next.data)) {
      const gone = Object.keys(old.data).filter((key) => !(key in next.data));
      if (gone.length > 0) element.removeData(gone.join(' '));
      element.data(next.data);
    }
    const oldClasses = classList(old.classes);
    const nextClasses = classList(next.classes);
    if (!sameIds(oldClasses, nextClasses)) {
      element.removeClass(oldClasses.join(' '));
      element.addClass(nextClasses.join(' '));
    }
    return true;
  }

  /**
   * Hides what the filters leave out (hiding.ts), in one batch; nothing is rebuilt or laid out.
   * The predicate reads the drawn definitions (plain objects, not Cytoscape's elements) and only
   * the elements whose visibility changed are touched: a step of a moving date window at 10,000
   * statements changes about 1,400 of some 13,000 elements.
   */
  applyVisibility(isShown: (data: ElementData) => boolean): void {
    const hide = this.cy.collection();
    const show = this.cy.collection();
    let shownEdges = 0;
    for (const [id, definition] of this.drawn) {
      const hidden = !isShown(definition.data);
      if (!hidden && !isNode(definition)) shownEdges += 1;
      if (hidden === this.hidden.has(id)) continue;
      if (hidden) this.hidden.add(id);
      else this.hidden.delete(id);
      (hidden ? hide : show).merge(this.cy.getElementById(id));
    }
    this.linePatterns.setShownEdges(shownEdges);
    if (hide.empty() && show.empty()) return;
    this.batch(() => {
      setHidden(hide, true, this.straightEdges);
      setHidden(show, false, this.straightEdges);
    });
  }

  /** Whether every edge is drawn straight: the dense and large graphs' style (stylesheet.ts). */
  private get straightEdges(): boolean {
    return this.dense || this.large;
  }

  /** The drawn elements the filters show. */
  private shownElements(): CollectionReturnValue {
    return this.cy.elements().filter((element) => !this.hidden.has(element.id()));
  }

  /** Moves the nodes whose saved position differs from where they are (Undo of a layout, say). */
  private moveTo(positions: Positions): void {
    this.batch(() => {
      this.cy.nodes().forEach((node) => {
        const point = positions.get(refOf(node));
        const at = node.position();
        if (point && (point.x !== at.x || point.y !== at.y)) node.position({ ...point });
      });
    });
  }

  /** Tells the listener where every node is, keeping saved positions of nodes not drawn. */
  private reportPositions(label?: string): void {
    const scene = this.scene;
    if (!scene) return;
    const positions = new Map<string, Point>(scene.positions);
    this.cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      positions.set(refOf(node), { x, y });
    });
    this.report(() => this.listener.positions(scene.positionsKey, positions, label));
  }

  /** Lays the graph out afresh, as a step the user can undo. */
  private layOut(name: LayoutName, label: string): void {
    this.report(() => this.listener.busy(true));
    this.report(() => this.listener.note(this.layoutNote(name)));
    this.runLayout(name, () => {
      this.reportPositions(label);
      this.report(() => this.listener.busy(false));
    });
  }

  private stopLayout(): void {
    this.layoutGeneration++;
    stopLayouts();
  }

  /**
   * Lays out every element, hidden ones too, so that whatever a filter shows later already has its
   * own place; then fits what is shown. `onDone` runs when the positions are final: within this
   * call when the runner answers at once (headless), else when the layout worker has answered and
   * the nodes are placed. What each layout does is in layoutJob.ts; the force layout's random start
   * is seeded from the nodes' ids, so the same graph gets the same picture.
   */
  runLayout(name: LayoutName, onDone: () => void): void {
    this.stopLayout();
    const run = this.layoutGeneration;
    if (this.cy.nodes().empty()) {
      onDone();
      return;
    }
    const nodes = this.cy.nodes().toArray();
    const job = this.jobOfGraph(name);
    const answer = this.startLayout(job);
    const finish = () => {
      this.fit();
      onDone();
    };
    if (answer instanceof Float64Array) {
      this.batch(() => nodes.forEach((node, i) => node.position(pointAt(answer, i))));
      finish();
      return;
    }
    const stopped = () => run !== this.layoutGeneration || this.cy.destroyed();
    void this.positionsOf(answer, job).then(async (positions) => {
      if (stopped() || !positions) return;
      if (await this.placeInSlices(nodes, positions, stopped)) finish();
    });
  }

  /** The graph area's size, or null when nothing is drawn. */
  private area(): LayoutJob['area'] {
    return this.headless ? null : { width: this.cy.width(), height: this.cy.height() };
  }

  /** Whether a graph of this many nodes, drawn (not headless), gets a legible first picture. */
  private canArrangeLegibly(nodeCount: number): boolean {
    const area = this.area();
    return (
      !this.large &&
      nodeCount <= LEGIBLE_NODES &&
      area !== null &&
      area.width > 2 * FIT_PADDING &&
      area.height > 2 * FIT_PADDING
    );
  }

  /**
   * What the screen should say about the graph's size and layout, if anything. The force layout's
   * choice is counted on the edges its job pulls along (layout partners included), as the layout
   * worker counts them.
   */
  layoutNote(name: LayoutName): string | null {
    const edges = this.drawnLayoutEdges();
    const tied = new Set<string>();
    for (const { source, target } of edges) {
      if (source === target) continue;
      tied.add(source);
      tied.add(target);
    }
    return largeGraphNote(
      this.cy.nodes().length,
      name === 'fcose' && usesForceAtlas(tied.size, pairsOf(edges)),
      this.cy.edges().length,
    );
  }

  /**
   * When the graph area changes size (the table or the timeline opens or closes, the window is
   * resized), a graph that was wholly in view is fitted to the new area, so opening the table
   * does not cut the picture off. A graph the user zoomed into stays as it was.
   */
  private keepWholeGraphInViewOnResize(): void {
    let size = { width: this.cy.width(), height: this.cy.height() };
    this.cy.on('resize', () => {
      const before = size;
      size = { width: this.cy.width(), height: this.cy.height() };
      if (before.width === 0 || before.height === 0) return;
      const shown = this.shownElements();
      if (shown.empty()) return;
      // The shown graph's box on screen, which the resize did not move (pan and zoom stay).
      const box = shown.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
      const inside = (width: number, height: number) =>
        box.x1 >= -1 && box.y1 >= -1 && box.x2 <= width + 1 && box.y2 <= height + 1;
      if (inside(before.width, before.height)) this.fit();
    });
  }

  fit(): void {
    // A camera move still under way would end somewhere else than the fit.
    this.cy.stop(true, false);
    const shown = this.shownElements();
    this.cy.fit(shown.empty() ? undefined : shown, FIT_PADDING);
    // A handful of nodes would fill the area with giant shapes: no closer than this.
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom({
        level: MAX_FIT_ZOOM,
        renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
      });
    }
    this.linePatterns.fitted();
  }

  onTap(handler: (target: Selection) => void): void {
    this.cy.on('tap', (event) => handler(targetOf(event)));
  }

  /**
   * Hovering a node shows its neighbourhood: the node and its edges get a halo and the nodes
   * outside it fade, and so do the edges outside it in a graph of up to FADE_ON_HOVER_ELEMENTS
   * elements. Restyling every other edge was, at 10,000 statements, a task of 300 to 440 ms on
   * each hover and again on leaving. The neighbour nodes themselves keep their style: a node's
   * halo changes its box, which makes Cytoscape work out all its edges again. The data is never
   * changed.
   */
  enableHoverHighlight(): void {
    this.cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      const neighbourhood = node.closedNeighborhood();
      const others =
        this.cy.elements().length <= FADE_ON_HOVER_ELEMENTS ? this.cy.elements() : this.cy.nodes();
      this.batch(() => {
        node.connectedEdges().union(node).addClass('highlighted');
        others.not(neighbourhood).addClass('faded');
      });
    });
    this.cy.on('mouseout', 'node', () => {
      this.batch(() => this.cy.elements('.highlighted, .faded').removeClass('highlighted faded'));
    });
  }

  /**
   * Selects the elements with these ids (and nothing else). With `reveal`, a selection out of
   * sight is brought into view by the smallest move, and one in sight stays where it is, so the
   * rest of the graph stays in view around it.
   */
  select(ids: readonly string[], reveal: boolean): void {
    const targets = this.elementsByIds(ids);
    this.batch(() => {
      this.cy.elements(':selected').not(targets).unselect();
      targets.select();
    });
    if (!reveal || targets.empty()) return;
    const box = targets.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
    const shift = (low: number, high: number, size: number) => {
      const room = size - 2 * REVEAL_MARGIN;
      if (high - low > room) return size / 2 - (low + high) / 2; // larger than the view: centre
      if (low < REVEAL_MARGIN) return REVEAL_MARGIN - low;
      if (high > size - REVEAL_MARGIN) return size - REVEAL_MARGIN - high;
      return 0;
    };
    const dx = shift(box.x1, box.x2, this.cy.width());
    const dy = shift(box.y1, box.y2, this.cy.height());
    if (dx === 0 && dy === 0) return;
    const pan = this.cy.pan();
    const to = { x: pan.x + dx, y: pan.y + dy };
    // An animation redraws every frame; on a large graph each frame is a long task, so it jumps.
    if (this.large) this.cy.pan(to);
    else this.cy.animate({ pan: to, duration: 250 });
  }

  private elementsByIds(ids: readonly string[]): cytoscape.CollectionReturnValue {
    let found = this.cy.collection();
    for (const id of ids) found = found.union(this.cy.getElementById(id));
    return found;
  }

  destroy(): void {
    this.stopLayout();
    this.cy.destroy();
  }
}

/**
 * A read-only view of the graph for end-to-end tests and the benchmark: where an element is drawn
 * on screen (so a test can click it like a person) and where nodes sit (so a test can tell a
 * filter did not move them). It exposes no way to change anything.
 */
export interface GraphProbe {
  /** Page coordinates of the middle of an element of the dataset, or null when it is not drawn. */
  clientPointOf: (type: 'node' | 'statement', datasetId: string) => { x: number; y: number } | null;
  /** Model positions of every node, keyed by Cytoscape id. */
  nodePositions: () => Record<string, { x: number; y: number }>;
  /** How many elements are shown (not hidden by filters or focus). */
  shownCount: () => { nodes: number; edges: number };
  /** The count a statement's edge is drawn with ("×8"; "" for a single statement), or null. */
  countOf: (statementId: string) => string | null;
  /** The label a node is drawn with, or null when it is not in the graph. */
  labelOf: (datasetId: string) => string | null;
  /**
   * Every shown node as drawn, in px of the graph area: its body's box, its box with the label,
   * and how high its label's text is on screen (font size × zoom; 0 without a label).
   */
  drawnNodes: () => DrawnNode[];
  /** The graph area's size in px. */
  size: () => { width: number; height: number };
  zoom: () => number;
  /** A node's fill colour as drawn ("rgb(245,91,91)"), or null when there is no such node. */
  nodeColor: (datasetId: string) => string | null;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnNode {
  /** The dataset id of what the node stands for. */
  id: string;
  body: Box;
  withLabel: Box;
  labelPx: number;
}

declare global {
  interface Window {
    /** Read-only graph probe for end-to-end tests and the benchmark (see GraphProbe). */
    stancegraphProbe?: GraphProbe;
  }
}

export function createGraphProbe(controller: GraphController, container: HTMLElement): GraphProbe {
  const { cy } = controller;
  // A repeated statement is drawn as its group's first: the edge whose refs hold it.
  const statementEdge = (id: string) => {
    const own = cy.getElementById(`s:${id}`);
    if (own.nonempty()) return own;
    return cy
      .edges()
      .filter((edge) => ((edge.data('refs') as string[] | undefined) ?? []).includes(id));
  };
  return {
    countOf(statementId) {
      const edge = statementEdge(statementId);
      return edge.empty() ? null : ((edge.data('countLabel') as string | undefined) ?? '');
    },
    clientPointOf(type, datasetId) {
      const element =
        type === 'node' ? cy.getElementById(`n:${datasetId}`) : statementEdge(datasetId);
      if (element.empty() || !element.visible()) return null;
      const box = container.getBoundingClientRect();
      const point = element.isNode()
        ? element.renderedPosition()
        : (element as cytoscape.EdgeSingular).renderedMidpoint();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    nodePositions() {
      const positions: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((node) => {
        positions[node.id()] = { ...node.position() };
      });
      return positions;
    },
    shownCount: () => ({ nodes: cy.nodes(':visible').length, edges: cy.edges(':visible').length }),
    labelOf(datasetId) {
      const node = cy.getElementById(`n:${datasetId}`);
      return node.empty() ? null : (node.data('label') as string);
    },
    drawnNodes() {
      const zoom = cy.zoom();
      const box = (b: cytoscape.BoundingBox12) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
      return cy.nodes(':visible').map((node) => ({
        id: node.data('ref') as string,
        body: box(node.renderedBoundingBox({ includeLabels: false, includeOverlays: false })),
        withLabel: box(node.renderedBoundingBox({ includeLabels: true, includeOverlays: false })),
        labelPx: node.data('label') ? parseFloat(String(node.style('font-size'))) * zoom : 0,
      }));
    },
    size: () => ({ width: cy.width(), height: cy.height() }),
    zoom: () => cy.zoom(),
    nodeColor(datasetId) {
      const node = cy.getElementById(`n:${datasetId}`);
      return node.empty() ? null : String(node.style('background-color'));
    },
  };
}
