import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { setHidden } from '../../../src/cytoscape/hiding';

let cy: Core | null = null;

afterEach(() => {
  cy?.destroy();
  cy = null;
});

/** a → b twice (parallel curved edges) and b → c, styled like the app's small graphs. */
function graph(curve: 'bezier' | 'haystack'): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'edge', style: { 'curve-style': curve } }],
    elements: [
      ...['a', 'b', 'c'].map((id) => ({ data: { id } })),
      { data: { id: 'ab1', source: 'a', target: 'b' } },
      { data: { id: 'ab2', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
  return cy;
}

/** Cytoscape's state functions that its type declarations leave out. */
interface ElementState {
  interactive(): boolean;
  takesUpSpace(): boolean;
  visible(): boolean;
}
const state = (core: Core, id: string) => core.getElementById(id) as unknown as ElementState;

const hiddenIds = (core: Core) =>
  core
    .elements(':hidden')
    .map((element) => element.id())
    .sort();

describe('setHidden', () => {
  it.each([
    ['curved', false],
    ['straight', true],
  ] as const)(
    'hides and shows again %s edges, which nothing can then be clicked on',
    (_, straight) => {
      const core = graph(straight ? 'haystack' : 'bezier');
      setHidden(core.$('#ab1, #bc'), true, straight);
      expect(hiddenIds(core)).toEqual(['ab1', 'bc']);
      expect(state(core, 'ab1').interactive()).toBe(false);
      expect(state(core, 'ab2').interactive()).toBe(true);
      setHidden(core.$('#ab1'), false, straight);
      expect(hiddenIds(core)).toEqual(['bc']);
      expect(state(core, 'ab1').interactive()).toBe(true);
    },
  );

  it('takes a hidden node out of the layout space, and its edges with it', () => {
    const core = graph('bezier');
    setHidden(core.$('#c'), true, true);
    expect(state(core, 'c').takesUpSpace()).toBe(false);
    expect(hiddenIds(core)).toEqual(['bc', 'c']);
  });

  it('hides a curved edge from its parallel edges too, where a straight one keeps its place', () => {
    const curved = graph('bezier');
    setHidden(curved.$('#ab1'), true, false);
    // A hidden curved edge that took up space would still bend the shown parallel one.
    expect(state(curved, 'ab1').takesUpSpace()).toBe(false);
    curved.destroy();
    const straight = graph('haystack');
    setHidden(straight.$('#ab1'), true, true);
    expect(state(straight, 'ab1').takesUpSpace()).toBe(true);
    expect(state(straight, 'ab1').visible()).toBe(false);
  });
});
