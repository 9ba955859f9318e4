import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import registerCoseAsFcose from '../../../src/cytoscape/coseAsFcose';
import { layoutOptions } from '../../../src/cytoscape/layouts';

// In this file's own Cytoscape, as in the standalone page: 'fcose' is the stand-in.
cytoscape.use(registerCoseAsFcose);

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...['a', 'b', 'c', 'd'].map((id) => ({ data: { id }, position: { x: 0, y: 0 } })),
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
      { data: { id: 'cd', source: 'c', target: 'd' } },
    ],
  });
}

describe('CoSE under fCoSE’s name (the standalone page)', () => {
  for (const large of [false, true]) {
    it(`takes the app's ${large ? 'draft' : 'full'} fCoSE options and lays out before it returns`, () => {
      const cy = graph();
      const layout = cy.elements().layout(layoutOptions('fcose', large));
      const events: string[] = [];
      layout.on('layoutstart layoutstop', (event) => events.push(event.type));
      layout.run();
      // Done inside run(), as the app's seeded layouts need, and said so once.
      expect(events).toEqual(['layoutstart', 'layoutstop']);
      const spots = new Set(cy.nodes().map((n) => `${n.position('x')},${n.position('y')}`));
      expect(spots.size).toBe(4);
    });
  }
});
