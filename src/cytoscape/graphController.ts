import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import type { Selection } from '../model/selection';
import type { LayoutName } from '../model/view';
import { canLayOutInWorker, layOutInWorker } from './layoutInWorker';
import { isLargeGraph, largeGraphNote, layoutOptions, registerLayouts } from './layouts';
import { gridBelow, spreadOut, unstack } from './placement';
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

/** From this many nodes the draft layout runs in a worker (about 10 s of work at 16,000 nodes). */
export const WORKER_LAYOUT_NODES = 5000;

/**
 * The React-free owner of one Cytoscape instance: it swaps element sets, toggles visibility
 * classes, runs layouts and reports taps. Runs headless (no container) in unit tests.
 */
export class GraphController {
  readonly cy: Core;
  private layoutRun: cytoscape.Layouts | null = null;
  private large = false;
  /** Counts layout runs, so the answer of a superseded worker layout is dropped. */
  private layoutGeneration = 0;

  constructor(
    container: HTMLElement | undefined,
    private theme: Theme,
  ) {
    registerLayouts();
    this.cy = cytoscape({
      container,
      headless: container === undefined,
      style: buildStylesheet(theme),
      boxSelectionEnabled: false,
      selectionType: 'single',
      minZoom: 0.05,
      maxZoom: 4,
    });
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.cy.style(buildStylesheet(theme, this.large));
  }

  /** Whether the graph is large enough for the draft layout and simpler edges. */
  get isLarge(): boolean {
    return this.large;
  }

  /** Replaces every element; used only when the dataset or the view changes. */
  replaceElements(elements: ElementDefinition[]): void {
    this.layoutRun?.stop();
    const nodeCount = elements.reduce((n, e) => (e.group === 'nodes' ? n + 1 : n), 0);
    const large = isLargeGraph(nodeCount);
    if (large !== this.large) {
      this.large = large;
      this.cy.style(buildStylesheet(this.theme, large));
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
  }

  /**
   * Makes the element set equal to `elements` while keeping the position of every node that stays,
   * so a change of ties in the actor view neither flickers nor reruns the layout.
   */
  syncEdges(edges: ElementDefinition[]): void {
    const wanted = new Map(edges.map((e) => [e.data.id as string, e]));
    this.cy.batch(() => {
      this.cy.edges().forEach((edge) => {
        const next = wanted.get(edge.id());
        if (!next) edge.remove();
        else {
          edge.data(next.data);
          wanted.delete(edge.id());
        }
      });
      this.cy.add([...wanted.values()]);
    });
  }

  /** Hides what the filters leave out by class, in one batch; nothing is rebuilt or laid out. */
  applyVisibility(isShown: (element: cytoscape.SingularElementReturnValue) => boolean): void {
    this.cy.batch(() => {
      this.cy.elements().forEach((element) => {
        // Only real changes: touching an element's classes makes Cytoscape restyle it.
        const hidden = !isShown(element);
        if (hidden !== element.hasClass('filtered')) element.toggleClass('filtered', hidden);
      });
    });
  }

  /**
   * Lays out every element, hidden ones too, so that whatever a filter shows later already has its
   * own place; then fits what is shown. `onDone` runs when the positions are final.
   *
   * The force layout works on the nodes that have edges; nodes without any go in a grid below
   * them. Its quality follows the size of that connected part: a draft (spread out and unstacked
   * after) above LARGE_GRAPH_NODES, run in a worker above WORKER_LAYOUT_NODES.
   */
  runLayout(name: LayoutName, onDone: () => void): void {
    this.layoutRun?.stop();
    this.layoutRun = null;
    const run = ++this.layoutGeneration;
    if (this.cy.elements().empty()) {
      onDone();
      return;
    }
    const finish = () => {
      this.fit();
      onDone();
    };
    if (name !== 'fcose') {
      this.runOnMainThread(this.cy.elements(), layoutOptions(name, this.large), finish);
      return;
    }
    const isolated = this.isolatedNodes();
    const connected = this.cy.elements().not(isolated);
    const placeIsolated = () => {
      const box = connected.nonempty()
        ? connected.nodes().boundingBox({ includeLabels: false, includeOverlays: false })
        : null;
      gridBelow(isolated, box, this.large);
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
      layOutInWorker(connected, options).then(
        (positions) => {
          if (run !== this.layoutGeneration || this.cy.destroyed()) return;
          this.cy.batch(() => {
            connected.nodes().positions((node) => positions.get(node.id()) ?? node.position());
          });
          afterForces();
        },
        () => {
          if (run === this.layoutGeneration && !this.cy.destroyed())
            this.runOnMainThread(connected, options, afterForces);
        },
      );
      return;
    }
    this.runOnMainThread(connected, options, afterForces);
  }

  private runOnMainThread(
    elements: cytoscape.CollectionReturnValue,
    options: cytoscape.LayoutOptions,
    finish: () => void,
  ): void {
    const layout = elements.layout(options);
    this.layoutRun = layout;
    layout.one('layoutstop', () => {
      if (this.layoutRun === layout) this.layoutRun = null;
      finish();
    });
    layout.run();
  }

  /** Nodes without a single edge, hidden edges included. */
  private isolatedNodes(): cytoscape.NodeCollection {
    return this.cy.nodes().filter((node) => node.degree(false) === 0);
  }

  /** What the screen should say about the graph's size and layout, if anything. */
  layoutNote(name: LayoutName): string | null {
    const nodes = this.cy.nodes();
    const forced = nodes.length - this.isolatedNodes().length;
    return largeGraphNote(nodes.length, name === 'fcose' && isLargeGraph(forced));
  }

  fit(): void {
    const shown = this.cy.elements().not('.filtered');
    this.cy.fit(shown.empty() ? undefined : shown, 30);
  }

  onTap(handler: (target: Selection) => void): void {
    this.cy.on('tap', (event) => handler(targetOf(event)));
  }

  /** Hovering a node fades everything outside its neighbourhood; the data is never changed. */
  enableHoverHighlight(): void {
    this.cy.on('mouseover', 'node', (event) => {
      const neighbourhood = event.target.closedNeighborhood();
      this.cy.batch(() => {
        this.cy.elements().not(neighbourhood).addClass('faded');
      });
    });
    this.cy.on('mouseout', 'node', () => {
      this.cy.batch(() => this.cy.elements('.faded').removeClass('faded'));
    });
  }

  /** Selects the elements with these ids (and nothing else), centring them when asked. */
  select(ids: readonly string[], center: boolean): void {
    const targets = this.elementsByIds(ids);
    this.cy.batch(() => {
      this.cy.elements(':selected').not(targets).unselect();
      targets.select();
    });
    if (center && targets.nonempty()) {
      // An animation redraws every frame; on a large graph each frame is a long task, so it jumps.
      if (this.large) this.cy.center(targets);
      else this.cy.animate({ center: { eles: targets }, duration: 250 });
    }
  }

  private elementsByIds(ids: readonly string[]): cytoscape.CollectionReturnValue {
    let found = this.cy.collection();
    for (const id of ids) found = found.union(this.cy.getElementById(id));
    return found;
  }

  destroy(): void {
    this.layoutGeneration++;
    this.layoutRun?.stop();
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
  zoom: () => number;
  /** A node's fill colour as drawn ("rgb(245,91,91)"), or null when there is no such node. */
  nodeColor: (datasetId: string) => string | null;
}

declare global {
  interface Window {
    /** Read-only graph probe for end-to-end tests and the benchmark (see GraphProbe). */
    stancegraphProbe?: GraphProbe;
  }
}

export function createGraphProbe(controller: GraphController, container: HTMLElement): GraphProbe {
  const { cy } = controller;
  return {
    clientPointOf(type, datasetId) {
      const element = cy.getElementById(type === 'node' ? `n:${datasetId}` : `s:${datasetId}`);
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
    zoom: () => cy.zoom(),
    nodeColor(datasetId) {
      const node = cy.getElementById(`n:${datasetId}`);
      return node.empty() ? null : String(node.style('background-color'));
    },
  };
}
