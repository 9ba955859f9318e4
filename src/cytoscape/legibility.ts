// A small graph's first picture should be readable as it is: every label big enough, every node in
// view, none on another. The force layout alone gives a strip or a long chain that the fit then
// shrinks until labels are specks. These pure functions rearrange its result on plain boxes: the
// components are packed to the shape of the graph area, and a picture still too big for it is
// squeezed towards that shape with overlaps pushed apart, a few rounds, the best kept.

/** A node as the arrangement sees it: where it is, and the half-size of its box with its label. */
export interface Item {
  x: number;
  y: number;
  /** Offset of the box's centre from the node's position (a label below moves it down). */
  dx: number;
  dy: number;
  halfWidth: number;
  halfHeight: number;
}

export interface Size {
  width: number;
  height: number;
}

interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around all items, labels included. */
export function boundsOf(items: readonly Item[]): Bounds {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const item of items) {
    const cx = item.x + item.dx;
    const cy = item.y + item.dy;
    x1 = Math.min(x1, cx - item.halfWidth);
    x2 = Math.max(x2, cx + item.halfWidth);
    y1 = Math.min(y1, cy - item.halfHeight);
    y2 = Math.max(y2, cy + item.halfHeight);
  }
  return { x1, y1, x2, y2 };
}

/** How far the view can zoom in while all of `bounds` fits into `view`. */
export function fitZoom(bounds: Bounds, view: Size): number {
  const width = Math.max(bounds.x2 - bounds.x1, 1);
  const height = Math.max(bounds.y2 - bounds.y1, 1);
  return Math.min(view.width / width, view.height / height);
}

/**
 * Places boxes (components of a graph) in rows, largest first, choosing the row width so that
 * the whole fits `view` at the largest zoom. Returns the top-left corner of each box, in order.
 */
export function packBoxes(
  boxes: readonly Size[],
  view: Size,
  gap: number,
): { x: number; y: number }[] {
  if (boxes.length === 0) return [];
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b]!.height - boxes[a]!.height || a - b);
  const widest = Math.max(...boxes.map((b) => b.width));
  const total = boxes.reduce((sum, b) => sum + b.width + gap, 0);
  let best: { corners: { x: number; y: number }[]; zoom: number } | null = null;
  // Row widths from one column up to one row, in small steps.
  for (let step = 0; step <= 40; step++) {
    const rowWidth = widest + ((total - widest) * step) / 40;
    const corners = new Array<{ x: number; y: number }>(boxes.length);
    let [x, y, rowHeight, width] = [0, 0, 0, 0];
    for (const i of order) {
      const box = boxes[i]!;
      if (x > 0 && x + box.width > rowWidth) {
        y += rowHeight + gap;
        [x, rowHeight] = [0, 0];
      }
      corners[i] = { x, y };
      x += box.width + gap;
      rowHeight = Math.max(rowHeight, box.height);
      width = Math.max(width, x - gap);
    }
    const zoom = fitZoom({ x1: 0, y1: 0, x2: width, y2: y + rowHeight }, view);
    if (!best || zoom > best.zoom + 1e-9) best = { corners, zoom };
  }
  return best!.corners;
}

const overlapOf = (a: Item, b: Item) => {
  const ox = a.halfWidth + b.halfWidth - Math.abs(a.x + a.dx - (b.x + b.dx));
  const oy = a.halfHeight + b.halfHeight - Math.abs(a.y + a.dy - (b.y + b.dy));
  return { ox, oy };
};

/** Moves an item the least so that its box lies inside `frame` (when it can fit at all). */
function keepInside(item: Item, frame: Bounds): void {
  const cx = item.x + item.dx;
  const cy = item.y + item.dy;
  if (cx - item.halfWidth < frame.x1) item.x += frame.x1 - (cx - item.halfWidth);
  else if (cx + item.halfWidth > frame.x2) item.x -= cx + item.halfWidth - frame.x2;
  if (cy - item.halfHeight < frame.y1) item.y += frame.y1 - (cy - item.halfHeight);
  else if (cy + item.halfHeight > frame.y2) item.y -= cy + item.halfHeight - frame.y2;
}

function overlapsAny(items: readonly Item[]): boolean {
  return items.some((a, i) =>
    items.slice(i + 1).some((b) => {
      const { ox, oy } = overlapOf(a, b);
      return ox > 0 && oy > 0;
    }),
  );
}

/**
 * Pushes overlapping boxes apart, each pair along the axis where it overlaps least (weighed by
 * `cost`: a dearer axis is used less), until none overlaps or the rounds run out; within `frame`
 * when one is given. Returns whether none overlaps.
 * Deterministic: ties in position are broken by order.
 */
export function removeOverlaps(
  items: Item[],
  rounds = 200,
  frame?: Bounds,
  cost: { x: number; y: number } = { x: 1, y: 1 },
): boolean {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        const { ox, oy } = overlapOf(a, b);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox * cost.x < oy * cost.y) {
          const sign = a.x + a.dx <= b.x + b.dx ? 1 : -1;
          a.x -= (sign * ox) / 2 + sign * 0.5;
          b.x += (sign * ox) / 2 + sign * 0.5;
        } else {
          const sign = a.y + a.dy <= b.y + b.dy ? 1 : -1;
          a.y -= (sign * oy) / 2 + sign * 0.5;
          b.y += (sign * oy) / 2 + sign * 0.5;
        }
        if (frame) {
          keepInside(a, frame);
          keepInside(b, frame);
        }
      }
    }
    if (!moved) return true;
  }
  return !overlapsAny(items);
}

const AIM = 1.04;
const FRAME_ROUNDS = 12;
const FRAME_GROWTH = 1.06;
const FREE_ROUNDS = 12;

/**
 * Puts each item in a cell of a grid laid over `frame` (cells as big as the biggest box): the
 * cell nearest to where it is, or the nearest free one, items nearer the middle first. A last
 * resort that cannot overlap: the picture keeps its rough arrangement, not its shape.
 */
function snapToGrid(items: Item[], frame: Bounds): void {
  const cellW = Math.max(...items.map((i) => 2 * i.halfWidth));
  const cellH = Math.max(...items.map((i) => 2 * i.halfHeight));
  const columns = Math.max(1, Math.floor((frame.x2 - frame.x1) / cellW));
  const rows = Math.max(
    Math.ceil(items.length / columns),
    Math.floor((frame.y2 - frame.y1) / cellH),
  );
  const taken = new Set<number>();
  const mid = { x: (frame.x1 + frame.x2) / 2, y: (frame.y1 + frame.y2) / 2 };
  const order = items
    .map((item, i) => ({
      item,
      i,
      d: Math.hypot(item.x + item.dx - mid.x, item.y + item.dy - mid.y),
    }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
  for (const { item } of order) {
    const col = clamp(Math.floor((item.x + item.dx - frame.x1) / cellW), columns - 1);
    const row = clamp(Math.floor((item.y + item.dy - frame.y1) / cellH), rows - 1);
    let best: { c: number; r: number; d: number } | null = null;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        if (taken.has(r * columns + c)) continue;
        const d = Math.abs(r - row) * cellH + Math.abs(c - col) * cellW;
        if (!best || d < best.d) best = { c, r, d };
      }
    }
    taken.add(best!.r * columns + best!.c);
    item.x = frame.x1 + (best!.c + 0.5) * cellW - item.dx;
    item.y = frame.y1 + (best!.r + 0.5) * cellH - item.dy;
  }
}

/**
 * Fits the items into a frame of the shape of `view` at `zoom` (the zoom at which labels are
 * legible), keeping their arrangement as far as it can: they are scaled into the frame, then
 * overlaps are pushed apart inside it; when they will not part, the frame grows a little and they
 * try again; or they are squeezed freely, round after round, overlaps pushed apart each time. When
 * both fall short of `zoom`, they are snapped to a grid over the frame, if that fits better. Keeps the input when it already fits, or when nothing does better. Changes
 * the items' positions.
 */
export function squeezeInto(items: Item[], view: Size, zoom: number): void {
  const snapshot = () => items.map((item) => ({ x: item.x, y: item.y }));
  const restore = (positions: readonly { x: number; y: number }[]) =>
    positions.forEach((p, i) => {
      items[i]!.x = p.x;
      items[i]!.y = p.y;
    });
  removeOverlaps(items);
  const start = snapshot();
  let best = { positions: start, zoom: fitZoom(boundsOf(items), view) };
  if (best.zoom >= zoom) return;
  const bounds = boundsOf(items);
  const cx = (bounds.x1 + bounds.x2) / 2;
  const cy = (bounds.y1 + bounds.y2) / 2;
  const frameAt = (scale: number) => {
    const [halfW, halfH] = [(view.width * scale) / 2, (view.height * scale) / 2];
    return { x1: cx - halfW, y1: cy - halfH, x2: cx + halfW, y2: cy + halfH };
  };
  const keep = () => {
    const reached = fitZoom(boundsOf(items), view);
    if (reached > best.zoom) best = { positions: snapshot(), zoom: reached };
  };
  // Aimed a little inside the frame that is needed, for the room overlaps take.
  let scale = 1 / (zoom * AIM);
  for (let round = 0; round < FRAME_ROUNDS; round++, scale *= FRAME_GROWTH) {
    const frame = frameAt(scale);
    restore(start);
    const sx = Math.min(1, (frame.x2 - frame.x1) / Math.max(bounds.x2 - bounds.x1, 1));
    const sy = Math.min(1, (frame.y2 - frame.y1) / Math.max(bounds.y2 - bounds.y1, 1));
    for (const item of items) {
      item.x = cx + (item.x - cx) * sx;
      item.y = cy + (item.y - cy) * sy;
      keepInside(item, frame);
    }
    if (removeOverlaps(items, 300, frame)) {
      keep();
      break;
    }
  }
  if (best.zoom < zoom) {
    // Squeezed freely instead: overlaps may push the picture out again, a little less each round.
    restore(start);
    let strength = 1;
    for (let round = 0; round < FREE_ROUNDS && best.zoom < zoom; round++) {
      const now = boundsOf(items);
      const squeeze = (size: number, room: number) =>
        1 - strength * (1 - Math.min(1, room / Math.max(size, 1)));
      const target = frameAt(1 / (zoom * AIM));
      const sx = squeeze(now.x2 - now.x1, target.x2 - target.x1);
      const sy = squeeze(now.y2 - now.y1, target.y2 - target.y1);
      const [mx, my] = [(now.x1 + now.x2) / 2, (now.y1 + now.y2) / 2];
      for (const item of items) {
        item.x = mx + (item.x - mx) * sx;
        item.y = my + (item.y - my) * sy;
      }
      // Pushing along the axis that is already too long undoes the squeeze: it costs more.
      const tooLong = (size: number, room: number) => Math.max(1, size / room);
      const cost = {
        x: tooLong(now.x2 - now.x1, target.x2 - target.x1),
        y: tooLong(now.y2 - now.y1, target.y2 - target.y1),
      };
      if (removeOverlaps(items, 300, undefined, cost)) keep();
      else strength /= 2;
      restore(best.positions);
    }
  }
  if (best.zoom < zoom) {
    restore(start);
    const frame = frameAt(1 / (zoom * AIM));
    const sx = (frame.x2 - frame.x1) / Math.max(bounds.x2 - bounds.x1, 1);
    const sy = (frame.y2 - frame.y1) / Math.max(bounds.y2 - bounds.y1, 1);
    for (const item of items) {
      item.x = cx + (item.x - cx) * sx;
      item.y = cy + (item.y - cy) * sy;
    }
    snapToGrid(items, frame);
    keep();
  }
  restore(best.positions);
}

/**
 * Graphs of up to this many nodes are rearranged for a legible first picture; above it, a force
 * layout's picture is read by its shape, and its labels when zoomed in.
 */
export const LEGIBLE_NODES = 150;

/** The zoom at which 12 px labels are drawn over 10 px high: what a legible picture fits at. */
export const LEGIBLE_ZOOM = 0.84;

/** Room between packed components. */
const LEGIBLE_GAP = 36;

/**
 * Rearranges a small graph after its force layout so that it fits `view` (the graph area less
 * the fit's padding) with legible labels: its components (lists of indexes into `items`, an
 * isolated node being one of its own) packed to the area's shape, then, if still too big,
 * squeezed towards it with overlaps pushed apart. The items' boxes include their labels. Changes
 * the items' positions.
 */
export function arrangeLegibly(
  items: readonly Item[],
  components: readonly (readonly number[])[],
  view: Size,
): void {
  const groups = components.map((members) => members.map((i) => items[i]!));
  const bounds = groups.map(boundsOf);
  const corners = packBoxes(
    bounds.map((b) => ({ width: b.x2 - b.x1, height: b.y2 - b.y1 })),
    view,
    LEGIBLE_GAP,
  );
  groups.forEach((group, i) => {
    const [b, corner] = [bounds[i]!, corners[i]!];
    for (const item of group) {
      item.x += corner.x - b.x1;
      item.y += corner.y - b.y1;
    }
  });
  squeezeInto(groups.flat(), view, LEGIBLE_ZOOM);
}

/** Whether two items' boxes overlap. */
function overlap(a: Item, b: Item): boolean {
  const { ox, oy } = overlapOf(a, b);
  return ox > 1e-6 && oy > 1e-6;
}

/**
 * The least angle from `theta` to the next box on a circle of `radius` at which it clears the box
 * at `theta` (apart across by their half widths, or down by their half heights), or null when
 * no angle up to half a turn does. Clear for certain once the chord is as long as the diagonal of
 * their half sizes, never before it is as long as the shorter side: the first clear angle between
 * the two is found by steps, then halving.
 */
function stepClear(a: Item, b: Item, theta: number, radius: number): number | null {
  // Half a pixel more, so that rounding leaves them clear.
  const across = a.halfWidth + b.halfWidth + 0.5;
  const down = a.halfHeight + b.halfHeight + 0.5;
  const clear = (step: number) =>
    Math.abs(radius * (Math.cos(theta + step) - Math.cos(theta))) >= across ||
    Math.abs(radius * (Math.sin(theta + step) - Math.sin(theta))) >= down;
  const angleOf = (chord: number) =>
    chord >= 2 * radius ? Math.PI : 2 * Math.asin(chord / (2 * radius));
  const low = angleOf(Math.min(across, down));
  const high = angleOf(Math.hypot(across, down));
  const STEPS = 16;
  let before = low;
  for (let k = 0; k <= STEPS; k++) {
    const step = low + ((high - low) * k) / STEPS;
    if (!clear(step)) {
      before = step;
      continue;
    }
    if (k === 0) return step;
    let [blocked, open] = [before, step];
    for (let round = 0; round < 12; round++) {
      const middle = (blocked + open) / 2;
      if (clear(middle)) open = middle;
      else blocked = middle;
    }
    return open;
  }
  return null;
}

/** Whether boxes a and b are clear of each other at these angles on a circle of `radius`. */
function clearOnRing(a: Item, b: Item, alpha: number, beta: number, radius: number): boolean {
  return (
    Math.abs(radius * (Math.cos(beta) - Math.cos(alpha))) >= a.halfWidth + b.halfWidth ||
    Math.abs(radius * (Math.sin(beta) - Math.sin(alpha))) >= a.halfHeight + b.halfHeight
  );
}

/**
 * The angles of the items in order around a circle of `radius`, from the top, each clear of the
 * one before and the last of the first; null when they do not go round.
 */
function ringAngles(items: readonly Item[], radius: number): number[] | null {
  const angles = [-Math.PI / 2];
  for (let i = 1; i < items.length; i++) {
    const step = stepClear(items[i - 1]!, items[i]!, angles[i - 1]!, radius);
    if (step === null) return null;
    angles.push(angles[i - 1]! + step);
  }
  const last = angles.at(-1)!;
  if (last >= (3 * Math.PI) / 2) return null;
  return clearOnRing(items.at(-1)!, items[0]!, last, -Math.PI / 2, radius) ? angles : null;
}

/** Whether any box overlaps another within `reach` places of it along the ring (or any). */
function ringOverlaps(items: readonly Item[], reach: number): boolean {
  const n = items.length;
  for (let i = 0; i < n; i++) {
    for (let k = 1; k <= Math.min(reach, n - 1); k++) {
      const j = (i + k) % n;
      if (j !== i && overlap(items[i]!, items[j]!)) return true;
    }
  }
  return false;
}

/**
 * Places the items in order on a circle, clockwise from the top, the circle as small as it can be
 * with no box on another: each box needs the room of its size along the ring, across it at the
 * top and bottom, down it at the sides, which sizes the circle from every node (not from the
 * largest, as Cytoscape's avoidOverlap does, which draws a ring of small nodes twice as large).
 * The boxes are the items' own: inflate them for a gap. Changes the items' positions; the
 * circle's centre is (0, 0).
 */
export function arrangeInCircle(items: Item[]): void {
  const put = (item: Item, angle: number, radius: number) => {
    item.x = radius * Math.cos(angle) - item.dx;
    item.y = radius * Math.sin(angle) - item.dy;
  };
  if (items.length === 1) put(items[0]!, 0, 0);
  if (items.length < 2) return;
  // The smallest radius at which the boxes go round: between one that is too small and one
  // that is not, halved a number of times.
  const perimeter = items.reduce(
    (sum, item) => sum + 2 * Math.max(item.halfWidth, item.halfHeight),
    0,
  );
  let high = Math.max(perimeter / Math.PI, 1);
  while (!ringAngles(items, high)) high *= 2;
  let low = 0;
  for (let round = 0; round < 40; round++) {
    const middle = (low + high) / 2;
    if (ringAngles(items, middle)) high = middle;
    else low = middle;
  }
  // Boxes farther apart along the ring than neighbours seldom meet; the check sees to it. At the
  // smallest radius the ring closes with no room to spare; a larger one leaves it at the top.
  const reach = items.length <= 200 ? items.length : 8;
  for (let radius = high, round = 0; round < 60; round++, radius *= 1.02) {
    const angles = ringAngles(items, radius);
    if (!angles) continue;
    items.forEach((item, i) => put(item, angles[i]!, radius));
    if (!ringOverlaps(items, reach)) return;
  }
  // Evenly round a circle on which neighbours stand as far apart as the largest box's diagonal:
  // no two boxes can meet.
  const diagonal = Math.max(
    ...items.map((item) => 2 * Math.hypot(item.halfWidth, item.halfHeight)),
  );
  const radius = (diagonal + 1) / (2 * Math.sin(Math.PI / items.length));
  items.forEach((item, i) => put(item, -Math.PI / 2 + (2 * Math.PI * i) / items.length, radius));
}

/** Room between two levels of a tree, and between the rows a level is wrapped into. */
const LEVEL_GAP = 48;
const WRAPPED_ROW_GAP = 12;

/** The rows of one level no wider than `width` (one item at least each), in its order. */
function wrapped(level: readonly Item[], width: number): Item[][] {
  const rows: Item[][] = [];
  let [row, used] = [[] as Item[], 0];
  for (const item of level) {
    if (row.length > 0 && used + 2 * item.halfWidth > width) {
      rows.push(row);
      [row, used] = [[], 0];
    }
    row.push(item);
    used += 2 * item.halfWidth;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Places the levels top down, each in rows no wider than `width`, centred; returns the size. */
function placeLevels(levels: readonly (readonly Item[])[], width: number): Size {
  let [top, widest] = [0, 0];
  levels.forEach((level, l) => {
    if (l > 0) top += LEVEL_GAP - WRAPPED_ROW_GAP;
    for (const row of wrapped(level, width)) {
      const rowWidth = row.reduce((sum, item) => sum + 2 * item.halfWidth, 0);
      const rowHeight = Math.max(...row.map((item) => 2 * item.halfHeight));
      let left = -rowWidth / 2;
      for (const item of row) {
        item.x = left + item.halfWidth - item.dx;
        item.y = top + rowHeight / 2 - item.dy;
        left += 2 * item.halfWidth;
      }
      top += rowHeight + WRAPPED_ROW_GAP;
      widest = Math.max(widest, rowWidth);
    }
  });
  return { width: widest, height: top - WRAPPED_ROW_GAP };
}

/**
 * Lays out the levels of a tree (each a list of items in its order, the first level at the top),
 * a level wider than the view wrapped into rows, so the picture takes the view's shape: rows
 * just wide enough that the whole fits the view at LEGIBLE_ZOOM, or, when nothing does, as
 * closely as any width fits. The items' boxes touch along a row: inflate them for a gap. Changes
 * the items' positions.
 */
export function wrapLevels(levels: readonly (readonly Item[])[], view: Size): void {
  const items = levels.flat();
  if (items.length === 0) return;
  const narrowest = Math.max(...items.map((item) => 2 * item.halfWidth));
  const widest = Math.max(
    ...levels.map((level) => level.reduce((sum, item) => sum + 2 * item.halfWidth, 0)),
  );
  const widths = Array.from(
    { length: 41 },
    (_, step) => narrowest + ((widest - narrowest) * step) / 40,
  );
  const zooms = widths.map((width) => {
    const size = placeLevels(levels, width);
    return fitZoom({ x1: 0, y1: 0, x2: size.width, y2: size.height }, view);
  });
  // The least wrapping that is legible, or fits as closely as the best.
  const aim = Math.min(LEGIBLE_ZOOM, Math.max(...zooms)) * (1 - 1e-9);
  const chosen = zooms.findLastIndex((zoom) => zoom >= aim);
  placeLevels(levels, widths[chosen]!);
}
