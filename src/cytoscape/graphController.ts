import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import type { Point, Positions } from '../model/positions';
import type { Selection } from '../model/selection';
import { LAYOUT_LABELS, type LayoutName } from '../model/view';
import { canLayOutInWorker, layOutInWorker } from './layoutInWorker';
import { isLargeGraph, largeGraphNote, layoutOptions, registerLayouts } from './layouts';
import { boundsOf, packBoxes, squeezeInto, type Item, type Size } from './legibility';
import { gridBelow, placeBeside, spreadOut, unstack } from './placement';
import type { ElementData, Scene, SceneListener } from './scene';
import { seedOf, withSeededRandom } from './seededRandom';
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

/** Room kept between the graph and the edges of its area when it is fitted. */
const FIT_PADDING = 30;

/** Fitting a tiny graph zooms in no further than this. */
const MAX_FIT_ZOOM = 1.6;

/**
 * Graphs of up to this many nodes are rearranged for a legible first picture; above it, a force
 * layout's picture is read by its shape, and its labels when zoomed in.
 */
export const LEGIBLE_NODES = 150;

/** The zoom at which 12 px labels are drawn over 10 px high: what a legible picture fits at. */
export const LEGIBLE_ZOOM = 0.84;

/** Room kept around each node's box (with its label) and between packed components. */
const LEGIBLE_MARGIN = 4;
const LEGIBLE_GAP = 36;

/** How far inside the edge of the view a revealed selection comes to rest. */
const REVEAL_MARGIN = 40;

/** From this many nodes the draft layout runs in a worker (about 10 s of work at 16,000 nodes). */
export const WORKER_LAYOUT_NODES = 5000;

const NO_LISTENER: SceneListener = { positions: () => {}, busy: () => {}, note: () => {} };

const refOf = (node: NodeSingular): string => node.data('ref') as string;

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

/**
 * The React-free owner of one Cytoscape instance. Its one input is `sync(scene)`: it compares the
 * scene with what it drew last and applies only the difference (elements added, removed or
 * updated in place, visibility classes, positions, selection, layout and fit requests). New nodes
 * are placed beside their neighbours and nothing else moves. It reports positions, busy-ness and
 * notes to its listener. Runs headless (no container) in unit tests.
 */
export class GraphController {
  readonly cy: Core;
  private scene: Scene | null = null;
  /** The definitions drawn, by Cytoscape id: what the next scene is compared with. */
  private drawn = new Map<string, ElementDefinition>();
  /** Cytoscape ids of the drawn elements hidden by the filters (class "filtered"). */
  private hidden = new Set<string>();
  private layoutRun: cytoscape.Layouts | null = null;
  private large = false;
  private theme: Theme;
  /** Counts layout runs, so the answer of a superseded layout is dropped. */
  private layoutGeneration = 0;
  /** Reports made while a sync runs wait for its end, so a listener never re-enters it. */
  private pending: (() => void)[] | null = null;

  constructor(
    container: HTMLElement | undefined,
    theme: Theme,
    private readonly listener: SceneListener = NO_LISTENER,
  ) {
    registerLayouts();
    this.theme = theme;
    this.cy = cytoscape({
      container,
      headless: container === undefined,
      style: buildStylesheet(theme),
      boxSelectionEnabled: false,
      selectionType: 'single',
      minZoom: 0.05,
      maxZoom: 4,
    });
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

  /** Whether the graph is large enough for the draft layout and simpler edges. */
  get isLarge(): boolean {
    return this.large;
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
        this.cy.style(buildStylesheet(next.theme, this.large));
      }
      if (!previous || previous.generation !== next.generation) {
        this.rebuild(next);
        applied = true;
        return;
      }
      if (next.elements !== previous.elements) this.updateElements(next);
      if (next.isShown !== previous.isShown || next.elements !== previous.elements)
        this.applyVisibility(next.isShown);
      if (next.positions !== previous.positions) this.moveTo(next.positions);
      const fitting = next.fitRequest !== previous.fitRequest;
      // A fit frames the selection's surroundings itself (a focus); else the selection is shown.
      if (!sameIds(next.selected, previous.selected)) this.select(next.selected, !fitting);
      if (next.layoutRequest !== previous.layoutRequest) {
        const label =
          next.layout !== previous.layout
            ? `Layout: ${LAYOUT_LABELS[next.layout]}`
            : 'Re-run layout';
        this.layOut(next.layout, label);
      }
      if (fitting) this.fit();
      applied = true;
    } finally {
      // A sync that failed half-way must not be taken for done: the next one draws anew.
      if (!applied) this.scene = null;
      const reports = this.pending;
      this.pending = null;
      reports.forEach((report) => report());
    }
  }

  /** Calls the listener now, or at the end of the sync that is running. */
  private report(call: () => void): void {
    if (this.pending) this.pending.push(call);
    else call();
  }

  /** A new dataset or view: every element anew, at its saved place or laid out. */
  private rebuild(scene: Scene): void {
    this.stopLayout();
    this.report(() => this.listener.busy(true));
    const nodeCount = scene.elements.reduce((n, e) => (e.group === 'nodes' ? n + 1 : n), 0);
    const large = isLargeGraph(nodeCount);
    if (large !== this.large) {
      this.large = large;
      this.cy.style(buildStylesheet(this.theme, large));
    }
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
    const note = unplaced.nonempty()
      ? this.layoutNote(scene.layout)
      : largeGraphNote(nodeCount, false);
    this.report(() => this.listener.note(note));
    if (unplaced.nonempty() && unplaced.length === nodes.length) {
      // Nothing has a place yet: a layout of the whole graph, which the positions then remember.
      this.runLayout(scene.layout, () => {
        this.reportPositions();
        this.report(() => this.listener.busy(false));
      });
      return;
    }
    // A saved picture (perhaps missing a few nodes, placed beside their neighbours).
    if (unplaced.nonempty()) {
      placeBeside(unplaced, nodes.not(unplaced));
      this.reportPositions();
    }
    this.fit();
    this.report(() => this.listener.busy(false));
  }

  /** The same dataset and view after an edit or a filter: only the difference is applied. */
  private updateElements(scene: Scene): void {
    const wanted = byId(scene.elements);
    const added: ElementDefinition[] = [];
    this.batch(() => {
      // Removed in one call: a step of a moving date window in the actor view drops hundreds of
      // ties, and one removal of many costs far less than many removals of one.
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
    const addedNodes = this.cy.add(added).nodes();
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
   * Hides what the filters leave out by class, in one batch; nothing is rebuilt or laid out. The
   * predicate reads the drawn definitions (plain objects, not Cytoscape's elements) and only the
   * elements whose visibility changed are touched: a step of a moving date window at 10,000
   * statements changes a few hundred of some 13,000 elements.
   */
  applyVisibility(isShown: (data: ElementData) => boolean): void {
    const hide: string[] = [];
    const show: string[] = [];
    for (const [id, definition] of this.drawn) {
      const hidden = !isShown(definition.data);
      if (hidden !== this.hidden.has(id)) (hidden ? hide : show).push(id);
    }
    if (hide.length === 0 && show.length === 0) return;
    this.batch(() => {
      for (const id of hide) {
        this.hidden.add(id);
        this.cy.getElementById(id).addClass('filtered');
      }
      for (const id of show) {
        this.hidden.delete(id);
        this.cy.getElementById(id).removeClass('filtered');
      }
    });
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
    this.layoutRun?.stop();
    this.layoutRun = null;
  }

  /**
   * Lays out every element, hidden ones too, so that whatever a filter shows later already has its
   * own place; then fits what is shown. `onDone` runs when the positions are final. The random
   * start is seeded from the nodes' ids, so the same graph gets the same picture.
   *
   * The force layout works on the nodes that have edges; nodes without any go in a grid below
   * them. Its quality follows the size of that connected part: a draft (spread out and unstacked
   * after) above LARGE_GRAPH_NODES, run in a worker above WORKER_LAYOUT_NODES.
   */
  runLayout(name: LayoutName, onDone: () => void): void {
    this.stopLayout();
    const run = this.layoutGeneration;
    if (this.cy.elements().empty()) {
      onDone();
      return;
    }
    const seed = seedOf(this.cy.nodes().map((node) => node.id()));
    const finish = () => {
      this.fit();
      onDone();
    };
    if (name !== 'fcose') {
      this.runOnMainThread(this.cy.elements(), layoutOptions(name, this.large), seed, finish);
      return;
    }
    const isolated = this.isolatedNodes();
    const connected = this.cy.elements().not(isolated);
    const legible = this.canArrangeLegibly();
    const placeIsolated = () => {
      if (legible) {
        // Each isolated node is a component of its own: packed with the rest to fill the view.
        this.arrangeLegibly();
      } else {
        const box = connected.nonempty()
          ? connected.nodes().boundingBox({ includeLabels: false, includeOverlays: false })
          : null;
        gridBelow(isolated, box, this.large);
      }
      finish();
    };
    if (connected.empty()) {
      placeIsolated();
      return;
    }
    const draft = isLargeGraph(connected.nodes().length);
    const options = layoutOptions('fcose', draft);
    const afterForces = () => {
      if (draft) {
        spreadOut(connected.nodes());
        unstack(connected.nodes());
      }
      placeIsolated();
    };
    if (connected.nodes().length > WORKER_LAYOUT_NODES && canLayOutInWorker()) {
      // Many seconds of layout would freeze the page: the worker does it. Below this size the
      // worker's start-up and copying cost more than the second or so the layout takes here.
      layOutInWorker(connected, options, seed).then(
        (positions) => {
          if (run !== this.layoutGeneration || this.cy.destroyed()) return;
          this.batch(() => {
            connected.nodes().positions((node) => positions.get(node.id()) ?? node.position());
          });
          afterForces();
        },
        () => {
          if (run === this.layoutGeneration && !this.cy.destroyed())
            this.runOnMainThread(connected, options, seed, afterForces);
        },
      );
      return;
    }
    this.runOnMainThread(connected, options, seed, afterForces);
  }

  private runOnMainThread(
    elements: cytoscape.CollectionReturnValue,
    options: cytoscape.LayoutOptions,
    seed: number,
    finish: () => void,
  ): void {
    const layout = elements.layout(options);
    this.layoutRun = layout;
    layout.one('layoutstop', () => {
      if (this.layoutRun === layout) this.layoutRun = null;
      finish();
    });
    // Layouts without animation run to the end inside run(), so the seed covers all their draws.
    withSeededRandom(seed, () => layout.run());
  }

  /** The graph area less the fit's padding: where a fitted graph is drawn. */
  private viewSize(): Size {
    return {
      width: this.cy.width() - 2 * FIT_PADDING,
      height: this.cy.height() - 2 * FIT_PADDING,
    };
  }

  /** Whether the graph is small enough, and drawn (not headless), for a legible first picture. */
  private canArrangeLegibly(): boolean {
    const view = this.viewSize();
    return (
      !this.large && this.cy.nodes().length <= LEGIBLE_NODES && view.width > 0 && view.height > 0
    );
  }

  /**
   * Rearranges a small graph after its force layout so that it fits the graph area with legible
   * labels: its components packed to the area's shape, then, if still too big, squeezed towards
   * it with overlaps pushed apart (cytoscape/legibility.ts). Boxes include labels.
   */
  private arrangeLegibly(): void {
    const view = this.viewSize();
    const itemOf = (node: NodeSingular): Item => {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      const { x, y } = node.position();
      return {
        x,
        y,
        dx: (box.x1 + box.x2) / 2 - x,
        dy: (box.y1 + box.y2) / 2 - y,
        halfWidth: box.w / 2 + LEGIBLE_MARGIN,
        halfHeight: box.h / 2 + LEGIBLE_MARGIN,
      };
    };
    const components = this.cy
      .elements()
      .components()
      .map((c) => c.nodes().toArray());
    const groups = components.map((nodes) => nodes.map(itemOf));
    const bounds = groups.map(boundsOf);
    const corners = packBoxes(
      bounds.map((b) => ({ width: b.x2 - b.x1, height: b.y2 - b.y1 })),
      view,
      LEGIBLE_GAP,
    );
    groups.forEach((items, i) => {
      const [b, corner] = [bounds[i]!, corners[i]!];
      for (const item of items) {
        item.x += corner.x - b.x1;
        item.y += corner.y - b.y1;
      }
    });
    const items = groups.flat();
    squeezeInto(items, view, LEGIBLE_ZOOM);
    const nodes = components.flat();
    this.batch(() => {
      nodes.forEach((node, i) => node.position({ x: items[i]!.x, y: items[i]!.y }));
    });
  }

  /** Nodes without a single edge, hidden edges included. */
  private isolatedNodes(): NodeCollection {
    return this.cy.nodes().filter((node) => node.degree(false) === 0);
  }

  /** What the screen should say about the graph's size and layout, if anything. */
  layoutNote(name: LayoutName): string | null {
    const nodes = this.cy.nodes();
    const forced = nodes.length - this.isolatedNodes().length;
    return largeGraphNote(nodes.length, name === 'fcose' && isLargeGraph(forced));
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
      const shown = this.cy.elements().not('.filtered');
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
    const shown = this.cy.elements().not('.filtered');
    this.cy.fit(shown.empty() ? undefined : shown, FIT_PADDING);
    // A handful of nodes would fill the area with giant shapes: no closer than this.
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom({
        level: MAX_FIT_ZOOM,
        renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
      });
    }
  }

  onTap(handler: (target: Selection) => void): void {
    this.cy.on('tap', (event) => handler(targetOf(event)));
  }

  /** Hovering a node fades everything outside its neighbourhood; the data is never changed. */
  enableHoverHighlight(): void {
    this.cy.on('mouseover', 'node', (event) => {
      const neighbourhood = event.target.closedNeighborhood();
      this.batch(() => {
        this.cy.elements().not(neighbourhood).addClass('faded');
      });
    });
    this.cy.on('mouseout', 'node', () => {
      this.batch(() => this.cy.elements('.faded').removeClass('faded'));
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
