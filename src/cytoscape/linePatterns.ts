import type { Core } from 'cytoscape';

/**
 * Above this many edges in view, the screen draws edges without their line patterns (dashes for
 * negative stances and conflicts, dots for neutral ones). Dashing a line costs the canvas several
 * times a solid one: at 10,000 statements the patterns were over a third of the frame that first
 * shows the graph. In a view of that many lines no one line's pattern can be followed; zoomed in
 * or filtered down to fewer, the patterns come back. Exported images always have them.
 */
export const PATTERNED_EDGES_IN_VIEW = 1500;

/**
 * Whether a view at `zoom` of a graph showing `shownEdges` edges, all in view at `fitZoom`, draws
 * line patterns. Zoomed in past the fit, the view holds about the share of the graph's area it
 * covers: (fitZoom / zoom)².
 */
export function patternsDrawn(shownEdges: number, zoom: number, fitZoom: number): boolean {
  const share = zoom > fitZoom ? (fitZoom / zoom) ** 2 : 1;
  return shownEdges * share <= PATTERNED_EDGES_IN_VIEW;
}

/** The part of Cytoscape's canvas renderer that holds the screen's canvas contexts. */
interface ScreenContexts {
  data?: { contexts?: unknown };
}

const NO_DASH: number[] = [];

/**
 * Keeps the screen's line patterns to views of few enough edges (PATTERNED_EDGES_IN_VIEW). It
 * wraps setLineDash of the screen's canvas contexts, which Cytoscape calls for every edge it draws:
 * turning patterns on or off then restyles nothing (restyling thousands of edges is itself a long
 * task), and images made on other canvases keep them. Not public API, hence the checks; without
 * it patterns are always drawn. `onChange` hears whether they are, when that changes.
 */
export class LinePatterns {
  private shownEdges = 0;
  private fitZoom = 1;
  private drawn: boolean | null = null;

  constructor(
    private readonly cy: Core,
    private readonly onChange: (drawn: boolean) => void,
  ) {
    this.wrapScreenContexts();
    cy.on('zoom', () => this.update());
  }

  /** The number of edges the filters show. */
  setShownEdges(count: number): void {
    this.shownEdges = count;
    this.update();
  }

  /** The graph was just fitted to the view: the zoom now is the one showing all of it. */
  fitted(): void {
    this.fitZoom = this.cy.zoom();
    this.update();
  }

  private update(): void {
    const drawn = patternsDrawn(this.shownEdges, this.cy.zoom(), this.fitZoom);
    if (drawn === this.drawn) return;
    this.drawn = drawn;
    this.onChange(drawn);
  }

  private wrapScreenContexts(): void {
    const renderer = (
      this.cy as Core & { renderer?: () => ScreenContexts | undefined }
    ).renderer?.();
    const contexts = renderer?.data?.contexts;
    if (!Array.isArray(contexts)) return;
    for (const context of contexts as (CanvasRenderingContext2D | null)[]) {
      if (typeof context?.setLineDash !== 'function') continue;
      const setLineDash = context.setLineDash.bind(context);
      context.setLineDash = (segments: number[]) =>
        setLineDash(this.drawn === false ? NO_DASH : segments);
    }
  }
}
