import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate';
import { claimsViewElements, nodeId } from '../../../src/cytoscape/elements';
import { FIT_PADDING } from '../../../src/cytoscape/layouts';
import { runLayoutJob } from '../../../src/cytoscape/layoutJob';
import type { LayoutNode } from '../../../src/cytoscape/layoutProtocol';
import { layoutJob, type JobNode } from '../../../src/cytoscape/layoutRequest';
import { buildGraphIndex, type GraphIndex } from '../../../src/model/graphIndex';
import type { LayoutName } from '../../../src/model/view';
import { load, seedIndex } from '../testData';

/** The graph area at 1280 × 800, beside the panels: what QA measured. */
const AREA = { width: 720, height: 588 };
const VIEW = { width: AREA.width - 2 * FIT_PADDING, height: AREA.height - 2 * FIT_PADDING };

/**
 * Sizes as the page measures them: an actor is a 26 px body with a 12 px label below it (its box
 * about 120 × 45, centred 9 px below the body); a claim is a box 160 wide of its text's height.
 */
function sizeOf(node: JobNode): Omit<LayoutNode, 'claimHeight'> {
  if (node.data.type === 'claim') {
    const height = Number(node.data.height);
    return { width: 160, height, halfWidth: 80, halfHeight: height / 2, dx: 0, dy: 0 };
  }
  return { width: 26, height: 26, halfWidth: 60, halfHeight: 22.5, dx: 0, dy: 9.5 };
}

/** The claims view of a dataset (or its actors alone) as a layout job, drawn in AREA. */
function jobOf(name: LayoutName, index: GraphIndex, actorsOnly = false) {
  const elements = claimsViewElements(index).filter(
    (e) => !actorsOnly || e.data.type === 'actor' || e.data.type === 'affiliation',
  );
  const nodes: JobNode[] = elements
    .filter((e) => e.group === 'nodes')
    .map((e) => ({ id: e.data.id!, data: e.data }));
  const edges = elements
    .filter((e) => e.group === 'edges')
    .map((e) => ({ source: e.data.source as string, target: e.data.target as string }));
  const job = layoutJob(name, nodes, edges, {
    seed: 1,
    area: AREA,
    legible: false,
    sizeOf: (i) => sizeOf(nodes[i]!),
  });
  return { job, nodes };
}

/** The laid-out boxes (labels included, or only the `bodies`) in the job's order. */
function boxesOf(name: LayoutName, index: GraphIndex, bodies = false, actorsOnly = false) {
  const { job, nodes } = jobOf(name, index, actorsOnly);
  const positions = runLayoutJob(job);
  return job.nodes.map((node, i) => {
    const [dx, dy] = bodies ? [0, 0] : [node.dx, node.dy];
    const [w, h] = bodies ? [node.width / 2, node.height / 2] : [node.halfWidth, node.halfHeight];
    return {
      id: nodes[i]!.id,
      type: nodes[i]!.data.type,
      x1: positions[2 * i]! + dx - w,
      x2: positions[2 * i]! + dx + w,
      y1: positions[2 * i + 1]! + dy - h,
      y2: positions[2 * i + 1]! + dy + h,
    };
  });
}

type Box = ReturnType<typeof boxesOf>[number];

function fitOf(boxes: readonly Box[]) {
  const width = Math.max(...boxes.map((b) => b.x2)) - Math.min(...boxes.map((b) => b.x1));
  const height = Math.max(...boxes.map((b) => b.y2)) - Math.min(...boxes.map((b) => b.y1));
  return { width, height, zoom: Math.min(VIEW.width / width, VIEW.height / height) };
}

function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x1 < b.x2 - 1e-6 && b.x1 < a.x2 - 1e-6 && a.y1 < b.y2 - 1e-6 && b.y1 < a.y2 - 1e-6)
        found.push(`${a.id}/${b.id}`);
    }),
  );
  return found;
}

describe('runLayoutJob on the sample (19 nodes) in the graph area at 1280 × 800', () => {
  // 12 px labels at least 9 px high, the force layout's first picture being about 10.
  it.each(['circle', 'breadthfirst'] as const)(
    '%s fits the area with labels readable, no box with its label on another',
    (name) => {
      const boxes = boxesOf(name, seedIndex);
      expect(fitOf(boxes).zoom * 12).toBeGreaterThanOrEqual(9);
      expect(overlaps(boxes)).toEqual([]);
    },
  );
});

describe('Two columns without claims (the actor view)', () => {
  it('is the Circle layout’s ring, linked nodes side by side', () => {
    const boxes = boxesOf('twoColumns', seedIndex, false, true);
    expect(boxes.every((b) => b.type === 'actor')).toBe(true);
    expect(fitOf(boxes).zoom * 12).toBeGreaterThanOrEqual(9);
    expect(overlaps(boxes)).toEqual([]);
    // Round the ring by angle, a member stands beside the organisation it belongs to.
    const centre = (b: Box) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
    const around = [...boxes]
      .sort((a, b) => Math.atan2(centre(a).y, centre(a).x) - Math.atan2(centre(b).y, centre(b).x))
      .map((b) => b.id);
    const ring = (id: string) => around.indexOf(id);
    const members = seedIndex.dataset.actors.filter((a) => (a.memberOf ?? []).length > 0);
    expect(members.length).toBeGreaterThan(0);
    const beside = members.filter((actor) =>
      actor.memberOf!.some((group) => {
        const gap = Math.abs(ring(nodeId(actor.id)) - ring(nodeId(group)));
        return gap === 1 || gap === around.length - 1;
      }),
    );
    expect(beside.length).toBeGreaterThan(0);
  });
});

describe('runLayoutJob on the 2,000-statement benchmark', () => {
  // The benchmark's file of 2,000 statements (bench/data/statements-2000.json), made as it is.
  const bench = buildGraphIndex(load(JSON.stringify(generateDataset(2_000))));

  it('lays Two columns out in the shape of the area, actors left of claims, all in view', () => {
    const boxes = boxesOf('twoColumns', bench);
    const fit = fitOf(boxes);
    // GraphController's minZoom: a fit can shrink no further.
    expect(fit.zoom).toBeGreaterThan(0.05 * 2);
    const aspect = fit.width / fit.height / (VIEW.width / VIEW.height);
    expect(aspect).toBeGreaterThan(0.5);
    expect(aspect).toBeLessThan(2);
    const actors = boxes.filter((b) => b.type !== 'claim');
    const claims = boxes.filter((b) => b.type === 'claim');
    expect(Math.max(...actors.map((b) => b.x2))).toBeLessThan(Math.min(...claims.map((b) => b.x1)));
    expect(overlaps(boxes)).toEqual([]);
  });

  it('wraps Breadth-first to the area, no box with its label on another', () => {
    const boxes = boxesOf('breadthfirst', bench);
    expect(fitOf(boxes).zoom).toBeGreaterThan(0.2);
    expect(overlaps(boxes)).toEqual([]);
  });

  it('sizes Circle from the bodies when labels could not be read anyway, and keeps it in view', () => {
    // With their labels, 350 nodes make a ring whose 12 px labels would be under 1 px high.
    expect(fitOf(boxesOf('circle', bench)).zoom).toBeGreaterThan(0.05);
    expect(overlaps(boxesOf('circle', bench, true))).toEqual([]);
  });
});
