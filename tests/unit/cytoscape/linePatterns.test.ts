import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  LinePatterns,
  PATTERNED_EDGES_IN_VIEW,
  patternsDrawn,
} from '../../../src/cytoscape/linePatterns';

describe('patternsDrawn', () => {
  it('draws patterns while the shown edges, all in view at the fit, are few enough', () => {
    expect(patternsDrawn(PATTERNED_EDGES_IN_VIEW, 1, 1)).toBe(true);
    expect(patternsDrawn(PATTERNED_EDGES_IN_VIEW + 1, 1, 1)).toBe(false);
    expect(patternsDrawn(0, 1, 1)).toBe(true);
  });

  it('counts the share of the graph in view when zoomed in past the fit', () => {
    // Twice the fit's zoom shows about a quarter of the graph's area.
    expect(patternsDrawn(4 * PATTERNED_EDGES_IN_VIEW, 1.4, 0.7)).toBe(true);
    expect(patternsDrawn(4 * PATTERNED_EDGES_IN_VIEW + 8, 1.4, 0.7)).toBe(false);
    expect(patternsDrawn(6_618, 0.67, 0.67)).toBe(false);
    expect(patternsDrawn(6_618, 1.5, 0.67)).toBe(true);
  });

  it('zoomed out past the fit, the view still holds every shown edge', () => {
    expect(patternsDrawn(PATTERNED_EDGES_IN_VIEW + 1, 0.1, 0.7)).toBe(false);
    expect(patternsDrawn(PATTERNED_EDGES_IN_VIEW, 0.1, 0.7)).toBe(true);
  });
});

describe('LinePatterns', () => {
  it('tells when patterns go and come back: filtering, and zooming from the fit', () => {
    const cy = cytoscape({ headless: true });
    const heard: boolean[] = [];
    const patterns = new LinePatterns(cy, (drawn) => heard.push(drawn));
    patterns.setShownEdges(10);
    expect(heard).toEqual([true]);
    patterns.setShownEdges(4_000);
    cy.zoom(0.5);
    patterns.fitted();
    expect(heard).toEqual([true, false]);
    // Twice the fit's zoom: about 1,000 of the 4,000 edges in view.
    cy.zoom(1);
    expect(heard).toEqual([true, false, true]);
    cy.zoom(0.6);
    expect(heard).toEqual([true, false, true, false]);
    // Told only on a change.
    patterns.setShownEdges(3_999);
    expect(heard).toHaveLength(4);
    cy.destroy();
  });
});
