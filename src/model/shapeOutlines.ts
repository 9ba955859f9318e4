/** A point of an outline in a 16 x 16 box. */
export type OutlinePoint = readonly [number, number];

// Close enough to Cytoscape's node shapes (a hexagon with points left and right, a diamond, an
// octagon with flat top and bottom) to tell them apart at legend size.
const POLYGONS: Readonly<Record<string, readonly OutlinePoint[]>> = {
  hexagon: [
    [1, 8],
    [4.5, 2],
    [11.5, 2],
    [15, 8],
    [11.5, 14],
    [4.5, 14],
  ],
  diamond: [
    [8, 0.5],
    [15.5, 8],
    [8, 15.5],
    [0.5, 8],
  ],
  octagon: [
    [5.2, 1.5],
    [10.8, 1.5],
    [14.5, 5.2],
    [14.5, 10.8],
    [10.8, 14.5],
    [5.2, 14.5],
    [1.5, 10.8],
    [1.5, 5.2],
  ],
};

/**
 * Returns the outline of a node shape (a Cytoscape shape name from the style table) in a 16 x 16
 * box, for the legends on screen and in exported images: a polygon, or a circle for ellipses and
 * any shape without an outline here.
 */
export function shapeOutline(
  shape: string,
): { kind: 'polygon'; points: readonly OutlinePoint[] } | { kind: 'circle' } {
  const points = POLYGONS[shape];
  return points ? { kind: 'polygon', points } : { kind: 'circle' };
}
