// The exported standalone page has no room (its code is at most 1 MB) for fCoSE and the two
// libraries under it (122 KB). Its build puts this in cytoscape-fcose's place: the layout the app
// calls 'fcose' is Cytoscape's own force-directed CoSE there. The page opens at the positions the
// app saved, so the author's picture is the reader's; CoSE lays out only a view that was never laid
// out in the app, and a Re-run.
import type cytoscape from 'cytoscape';
import type { Layouts, LayoutOptions } from 'cytoscape';

interface ForceOptions {
  eles: cytoscape.Collection;
  quality?: 'draft' | 'default' | 'proof';
  fit?: boolean;
  padding?: number;
  nodeDimensionsIncludeLabels?: boolean;
  idealEdgeLength?: unknown;
  nodeRepulsion?: unknown;
  gravity?: number;
}

/** A layout as Cytoscape makes it from its registrant: the options, and events of its own. */
interface LayoutInstance {
  options: ForceOptions;
  inner?: Layouts;
  emit(event: string): void;
}

/**
 * A layout registered under fCoSE's name that runs CoSE with the nearest options. A function, not
 * a class: Cytoscape calls its layouts' registrants on the instance it makes.
 */
function CoseAsFcose(this: LayoutInstance, options: ForceOptions): void {
  this.options = options;
}

CoseAsFcose.prototype.run = function run(this: LayoutInstance): void {
  const { eles, quality, fit = true, padding = 30, nodeDimensionsIncludeLabels } = this.options;
  const cose = {
    name: 'cose',
    animate: false,
    randomize: true,
    fit,
    padding,
    nodeDimensionsIncludeLabels: nodeDimensionsIncludeLabels ?? false,
    idealEdgeLength: this.options.idealEdgeLength ?? 40,
    nodeRepulsion: this.options.nodeRepulsion ?? 2200,
    gravity: this.options.gravity ?? 1,
    // CoSE costs the square of the nodes per step: a draft (a large graph) takes few steps.
    numIter: quality === 'draft' ? 120 : 1000,
  } as LayoutOptions;
  const inner = eles.layout(cose);
  this.inner = inner;
  inner.one('layoutstop', () => this.emit('layoutstop'));
  this.emit('layoutstart');
  inner.run();
};

CoseAsFcose.prototype.stop = function stop(this: LayoutInstance): void {
  this.inner?.stop();
};

/** Registers CoSE as the 'fcose' layout; used as cytoscape-fcose's default export. */
export default function registerCoseAsFcose(library: typeof cytoscape): void {
  (library as unknown as (type: 'layout', name: string, layout: unknown) => void)(
    'layout',
    'fcose',
    CoseAsFcose,
  );
}
