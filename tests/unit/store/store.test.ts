// @vitest-environment jsdom
// jsdom: the store persists the layout choice to localStorage, which Node 20 does not have.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/model/filters';
import { ACTOR_KINDS } from '../../../src/model/formatRules';
import { parseDataset } from '../../../src/model/parseDataset';
import type { ActorKind, Dataset } from '../../../src/model/schema';
import { readGexf } from '../../../src/model/readXmlNetwork';
import { MAX_DRAWN_TIES, type TieMode } from '../../../src/model/tieEdges';
import type { ViewState } from '../../../src/model/urlState';
import {
  selectActorsViewShown,
  selectActorViewKinds,
  selectNetworkShown,
  selectNodeColours,
  selectNodeMetrics,
  selectShownVisibility,
  selectStatusText,
  selectDrawnTies,
  selectTieEdges,
  selectTieNote,
  selectUntiedCount,
  selectVisibility,
} from '../../../src/store/selectors';
import { useStore } from '../../../src/store/store';
import { pickViewState } from '../../../src/store/viewStateActions';

function parse(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(`test dataset refused: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const SEED = parse(
  // A path, not new URL(): under jsdom the global URL is jsdom's, which node:fs refuses.
  readFileSync(join(import.meta.dirname, '../../../data/north-korea-troops.json'), 'utf8'),
);

// The default vocabulary's polarities, as FORMAT.md's table writes them (the seed has no custom one).
const POLARITY: Record<string, number> = {
  asserts: 1,
  agrees: 1,
  accuses: 1,
  denies: -1,
  doubts: -1,
  evaluates: 0,
};

interface Hidden {
  stances?: readonly string[];
  kinds?: readonly ActorKind[];
}

/** The statements shown when only stances and kinds are hidden, counted straight from the file. */
function shownStatements(dataset: Dataset, hidden: Hidden = {}) {
  const kindOf = new Map(dataset.actors.map((a) => [a.id, a.kind]));
  return dataset.statements.filter(
    (s) =>
      !(hidden.stances ?? []).includes(s.stance) &&
      !(hidden.kinds ?? []).includes(kindOf.get(s.actor)!),
  );
}

/**
 * FORMAT.md's rule by brute force: for every pair of actors and every claim, the pair agrees when
 * both took stances of one non-zero polarity there and conflicts when one took +1 and the other -1.
 */
function bruteForceTies(dataset: Dataset, hidden: Hidden = {}) {
  const statements = shownStatements(dataset, hidden);
  const polarities = (actor: string, claim: string) =>
    new Set(
      statements
        .filter((s) => s.actor === actor && s.claim === claim)
        .map((s) => POLARITY[s.stance]!)
        .filter((p) => p !== 0),
    );
  const agreement: [string, string][] = [];
  const conflict: [string, string][] = [];
  const actors = dataset.actors.map((a) => a.id);
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const x = actors[i]!;
      const y = actors[j]!;
      let agrees = false;
      let conflicts = false;
      for (const claim of dataset.claims) {
        const px = polarities(x, claim.id);
        const py = polarities(y, claim.id);
        if ([...px].some((p) => py.has(p))) agrees = true;
        if ((px.has(1) && py.has(-1)) || (px.has(-1) && py.has(1))) conflicts = true;
      }
      if (agrees) agreement.push([x, y]);
      if (conflicts) conflict.push([x, y]);
    }
  }
  return { agreement, conflict };
}

function tiesIn(mode: TieMode, ties: ReturnType<typeof bruteForceTies>) {
  if (mode === 'agreement') return ties.agreement;
  if (mode === 'conflict') return ties.conflict;
  return [...ties.agreement, ...ties.conflict];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const status = () => selectStatusText(useStore.getState());
const store = () => useStore.getState();

beforeEach(() => {
  localStorage.clear();
  useStore.setState(useStore.getInitialState(), true);
});

describe('loading a dataset', () => {
  it('starts empty and says it is loading', () => {
    expect(store().index).toBeNull();
    expect(selectVisibility(store())).toBeNull();
    expect(status()).toBe('Loading…');
  });

  it('indexes the dataset and bumps the version on every load', () => {
    store().loadDataset(SEED);
    expect(store().index?.dataset).toBe(SEED);
    expect(store().datasetVersion).toBe(1);
    store().loadDataset(SEED);
    expect(store().datasetVersion).toBe(2);
  });

  it('drops the selection and its focus', () => {
    store().loadDataset(SEED);
    store().select({ type: 'actor', id: SEED.actors[0]!.id });
    store().setFocusDepth(2);
    store().loadDataset(SEED);
    expect(store().selection).toBeNull();
    expect(store().focusDepth).toBe(0);
  });
});

describe('filter actions', () => {
  beforeEach(() => store().loadDataset(SEED));

  it('toggleStance hides a stance and shows it again', () => {
    store().toggleStance('denies');
    expect(store().filters.hiddenStances).toEqual(['denies']);
    store().toggleStance('doubts');
    expect(store().filters.hiddenStances).toEqual(['denies', 'doubts']);
    store().toggleStance('denies');
    expect(store().filters.hiddenStances).toEqual(['doubts']);
  });

  it('toggleKind hides a kind and shows it again', () => {
    store().toggleKind('state');
    expect(store().filters.hiddenKinds).toEqual(['state']);
    expect(selectVisibility(store())!.actors.size).toBe(
      SEED.actors.filter((a) => a.kind !== 'state').length,
    );
    store().toggleKind('state');
    expect(store().filters.hiddenKinds).toEqual([]);
  });

  it('setFilter sets one flag and leaves the rest', () => {
    store().toggleStance('denies');
    store().setFilter('contestedOnly', true);
    expect(store().filters).toEqual({
      ...DEFAULT_FILTERS,
      hiddenStances: ['denies'],
      contestedOnly: true,
    });
    store().setFilter('showAffiliations', false);
    expect(store().filters.showAffiliations).toBe(false);
    expect(store().filters.contestedOnly).toBe(true);
  });

  it('resetFilters shows everything again', () => {
    store().toggleStance('denies');
    store().toggleKind('person');
    store().setFilter('hideIsolated', true);
    store().setDateRange('2024-10', null);
    store().resetFilters();
    expect(store().filters).toEqual(DEFAULT_FILTERS);
  });

  it('never changes the default filters object itself', () => {
    store().toggleStance('denies');
    store().toggleKind('state');
    expect(DEFAULT_FILTERS.hiddenStances).toEqual([]);
    expect(DEFAULT_FILTERS.hiddenKinds).toEqual([]);
  });
});

describe('selectStatusText in the claims view', () => {
  beforeEach(() => store().loadDataset(SEED));

  it('counts every actor, claim and statement of the file', () => {
    expect(status()).toBe(
      [
        plural(SEED.actors.length, 'actor', 'actors'),
        plural(SEED.claims.length, 'claim', 'claims'),
        plural(SEED.statements.length, 'statement', 'statements'),
      ].join(' · '),
    );
  });

  it('counts fewer statements after a stance is hidden', () => {
    store().toggleStance('denies');
    const statements = shownStatements(SEED, { stances: ['denies'] }).length;
    expect(statements).toBeLessThan(SEED.statements.length);
    expect(status()).toBe(
      `${SEED.actors.length} actors · ${SEED.claims.length} claims · ${statements} statements`,
    );
  });

  it('counts only actors and claims left with a visible edge when isolated ones are hidden', () => {
    store().toggleStance('asserts');
    store().setFilter('hideIsolated', true);
    const statements = shownStatements(SEED, { stances: ['asserts'] });
    const linked = new Set<string>();
    for (const actor of SEED.actors) {
      for (const member of actor.memberOf ?? []) {
        if (member === actor.id) continue;
        linked.add(actor.id);
        linked.add(member);
      }
    }
    const actors = SEED.actors.filter(
      (a) => linked.has(a.id) || statements.some((s) => s.actor === a.id),
    ).length;
    const claims = SEED.claims.filter((c) => statements.some((s) => s.claim === c.id)).length;
    expect(claims).toBeLessThan(SEED.claims.length);
    expect(status()).toBe(`${actors} actors · ${claims} claims · ${statements.length} statements`);
  });

  it('uses the singular for one', () => {
    store().loadDataset(
      parse(
        JSON.stringify({
          format: 'stancegraph',
          version: 1,
          actors: [
            { id: 'a', name: 'Alice', kind: 'person' },
            { id: 'b', name: 'Bob', kind: 'person' },
          ],
          claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
          statements: [
            { id: 's1', actor: 'a', claim: 'c1', stance: 'asserts' },
            { id: 's2', actor: 'b', claim: 'c1', stance: 'denies' },
          ],
        }),
      ),
    );
    expect(status()).toBe('2 actors · 1 claim · 2 statements');
    store().toggleStance('denies');
    expect(status()).toBe('2 actors · 1 claim · 1 statement');
    store().toggleStance('denies');
    store().setView('actors');
    expect(status()).toBe('2 actors · 1 tie');
  });
});

describe('selectStatusText in the actor view', () => {
  beforeEach(() => {
    store().loadDataset(SEED);
    store().setView('actors');
    // Every actor counted, untied ones too (they are hidden by default: see below).
    store().setFilter('showUntied', true);
  });

  it('counts the ties of each tie mode as FORMAT.md derives them', () => {
    const ties = bruteForceTies(SEED);
    // The seed has both kinds, in different numbers, so each mode has its own count.
    expect(ties.agreement.length).toBeGreaterThan(0);
    expect(ties.conflict.length).toBeGreaterThan(0);
    expect(ties.agreement.length).not.toBe(ties.conflict.length);
    const seen = new Set<string>();
    for (const mode of ['both', 'agreement', 'conflict'] as const) {
      store().setTieMode(mode);
      const text = status();
      expect(text).toBe(`${SEED.actors.length} actors · ${tiesIn(mode, ties).length} ties`);
      seen.add(text);
    }
    expect(seen.size).toBe(3);
  });

  it('counts only the tied actors when isolated ones are hidden', () => {
    store().setFilter('hideIsolated', true);
    const ties = bruteForceTies(SEED);
    for (const mode of ['both', 'agreement', 'conflict'] as const) {
      store().setTieMode(mode);
      const drawn = tiesIn(mode, ties);
      const actors = new Set(drawn.flat()).size;
      expect(actors).toBeLessThan(SEED.actors.length);
      expect(status()).toBe(`${actors} actors · ${drawn.length} ties`);
    }
  });

  it('derives ties only from the statements the filters show', () => {
    for (const hidden of [
      { stances: ['denies'] },
      { stances: ['asserts', 'agrees'] },
      { kinds: ['person'] as ActorKind[] },
    ]) {
      store().resetFilters();
      store().setFilter('showUntied', true);
      for (const stance of hidden.stances ?? []) store().toggleStance(stance);
      for (const kind of hidden.kinds ?? []) store().toggleKind(kind);
      const ties = bruteForceTies(SEED, hidden);
      const actors = SEED.actors.filter((a) => !(hidden.kinds ?? []).includes(a.kind)).length;
      expect(status()).toBe(`${actors} actors · ${tiesIn('both', ties).length} ties`);
      expect(selectTieEdges(store())).toHaveLength(tiesIn('both', ties).length);
    }
  });
});

describe('the minimum tie weight', () => {
  beforeEach(() => {
    store().loadDataset(SEED);
    store().setView('actors');
    // Every actor counted, untied ones too (they are hidden by default: see below).
    store().setFilter('showUntied', true);
  });

  it('draws only ties of at least that weight, and keeps to numbers from 0 with four decimals', () => {
    const weights = selectTieEdges(store()).map((t) => t.weight);
    const strongest = Math.max(...weights);
    expect(strongest).toBeGreaterThan(1);
    store().setTieMinWeight(strongest);
    const drawn = selectTieEdges(store());
    expect(drawn.length).toBe(weights.filter((w) => w >= strongest).length);
    expect(drawn.every((t) => t.weight >= strongest)).toBe(true);
    expect(status()).toBe(`${SEED.actors.length} actors · ${plural(drawn.length, 'tie', 'ties')}`);
    // Asked for by the person, so nothing to explain.
    expect(selectTieNote(store())).toBeNull();
    for (const bad of [-1, 1.23456, Number.NaN, Infinity]) store().setTieMinWeight(bad);
    expect(store().tieMinWeight).toBe(strongest);
    store().setTieMinWeight(0);
    expect(selectTieEdges(store())).toHaveLength(weights.length);
  });
});

/** `actors` persons who all assert claim k0; the first `inner` of them also assert k1. */
function crowd(actors: number, inner: number): Dataset {
  const ids = Array.from({ length: actors }, (_, i) => `p${String(i).padStart(3, '0')}`);
  const statements = ids.flatMap((actor, i) => [
    { id: `${actor}-k0`, actor, claim: 'k0', stance: 'asserts' },
    ...(i < inner ? [{ id: `${actor}-k1`, actor, claim: 'k1', stance: 'asserts' }] : []),
  ]);
  return {
    format: 'stancegraph',
    version: 1,
    actors: ids.map((id) => ({ id, name: `Person ${id}`, kind: 'person' })),
    claims: [
      { id: 'k0', text: 'Everyone says so' },
      { id: 'k1', text: 'Some say so too' },
    ],
    statements,
  };
}

describe('actors without a drawn tie', () => {
  beforeEach(() => {
    store().loadDataset(SEED);
    store().setView('actors');
  });

  it('are hidden by default and counted, shown when asked, and not counted in the claims view', () => {
    const ties = selectTieEdges(store());
    const tied = new Set(ties.flatMap((t) => [t.a, t.b]));
    const untied = SEED.actors.length - tied.size;
    expect(untied).toBeGreaterThan(0);
    expect(selectUntiedCount(store())).toBe(untied);
    expect(status()).toBe(`${tied.size} actors · ${ties.length} ties`);
    const fits = store().fitRequest;
    store().setFilter('showUntied', true);
    expect(status()).toBe(`${SEED.actors.length} actors · ${ties.length} ties`);
    // Showing or hiding them fits the view to what is then shown.
    expect(store().fitRequest).toBe(fits + 1);
    store().setView('claims');
    expect(selectUntiedCount(store())).toBeNull();
  });

  it('are left out of the legend: its kinds and its counts of values are the drawn nodes', () => {
    const drawn = () => selectActorsViewShown(store())!.actors;
    const kindsDrawn = () =>
      ACTOR_KINDS.filter((kind) =>
        [...drawn()].some((id) => SEED.actors.find((a) => a.id === id)?.kind === kind),
      );
    expect(selectActorViewKinds(store())).toEqual(kindsDrawn());
    expect(kindsDrawn().length).toBeLessThan(new Set(SEED.actors.map((a) => a.kind)).size);
    store().loadDataset({
      ...SEED,
      actors: SEED.actors.map((actor, i) => ({ ...actor, side: i % 3 === 0 ? 'one' : 'other' })),
    });
    store().setView('actors');
    store().setColourBy('attribute:side');
    const legend = selectNodeColours(store())!.entries;
    expect(legend.map((e) => e.label).sort()).toEqual(['one', 'other']);
    expect(legend.reduce((n, e) => n + e.count, 0)).toBe(drawn().size);
    store().setFilter('showUntied', true);
    expect(selectActorViewKinds(store())).toEqual(kindsDrawn());
    const all = selectNodeColours(store())!.entries;
    expect(all.reduce((n, e) => n + e.count, 0)).toBe(SEED.actors.length);
  });

  it('are left out of the metrics and communities while hidden, and counted in when shown', async () => {
    await store().requestMetrics();
    store().setColourBy('community');
    const drawn = () => selectActorsViewShown(store())!.actors;
    const ranked = () => new Set(selectNodeMetrics(store())!.values.degree.keys());
    const communities = () => new Set(selectNodeMetrics(store())!.community.values());
    expect(drawn().size).toBeLessThan(SEED.actors.length);
    expect(ranked()).toEqual(drawn());
    // The legend lists the communities of the drawn nodes, every drawn node in one of them.
    const legend = selectNodeColours(store())!.entries;
    expect(legend.map((e) => e.label)).toEqual(
      [...communities()].sort((a, b) => a - b).map((c) => `Community ${c}`),
    );
    expect(legend.reduce((n, e) => n + e.count, 0)).toBe(drawn().size);
    store().setFilter('showUntied', true);
    expect(drawn().size).toBe(SEED.actors.length);
    expect(ranked()).toEqual(drawn());
  });
});

describe('a network read from another tool', () => {
  // a–b, b–c, and d alone.
  const GEXF = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3">
    <graph defaultedgetype="undirected"><nodes>
      <node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/><node id="d" label="D"/>
    </nodes><edges><edge id="e1" source="a" target="b"/><edge id="e2" source="b" target="c"/></edges>
    </graph></gexf>`;

  it('hides only the nodes without a shown edge under "Hide isolated nodes"', () => {
    const result = readGexf(GEXF, 'small');
    if (!result.ok) throw new Error('the test network does not read');
    store().loadDataset(result.dataset, { network: result.network });
    expect(status()).toBe('4 nodes · 2 edges');
    store().setFilter('hideIsolated', true);
    expect([...selectNetworkShown(store())!.nodes].sort()).toEqual(['a', 'b', 'c']);
    expect(status()).toBe('3 nodes · 2 edges');
  });
});

describe('the cap on drawn ties', () => {
  it('raises the minimum weight until the strongest ties fit, and says so', () => {
    // 100 actors make 4,950 pairs on k0, over the cap; 20 of them make 190 pairs on k0 and k1.
    store().loadDataset(crowd(100, 20));
    store().setView('actors');
    store().setFilter('showUntied', true);
    const drawn = selectDrawnTies(store());
    expect(drawn.total).toBe(4950);
    expect(drawn.minWeight).toBe(2);
    expect(drawn.edges).toHaveLength(190);
    expect(status()).toBe('100 actors · 190 ties');
    expect(selectTieNote(store())).toBe(
      'Showing 190 of 4,950 ties: those of weight 2 or more, the strongest, as more would not stay responsive. Narrow the filters to see weaker ones.',
    );
    // The claims view has no ties to explain.
    store().setView('claims');
    expect(selectTieNote(store())).toBeNull();
  });

  it('draws some of the strongest when even they are too many, and says so', () => {
    store().loadDataset(crowd(100, 0));
    store().setView('actors');
    expect(selectTieEdges(store())).toHaveLength(MAX_DRAWN_TIES);
    expect(selectTieNote(store())).toBe(
      `Showing ${MAX_DRAWN_TIES.toLocaleString('en-US')} of 4,950 ties (some of those of weight 1, the most): more would not stay responsive. Narrow the filters to see the rest.`,
    );
  });

  it('says nothing once the minimum asked for or the filters leave few enough', () => {
    store().loadDataset(crowd(100, 20));
    store().setView('actors');
    expect(selectTieNote(store())).not.toBeNull();
    store().setTieMinWeight(2);
    expect(selectTieEdges(store())).toHaveLength(190);
    expect(selectTieNote(store())).toBeNull();
    store().setTieMinWeight(1);
    expect(selectTieNote(store())).not.toBeNull();
    store().toggleStance('asserts');
    expect(selectTieEdges(store())).toHaveLength(0);
    expect(selectTieNote(store())).toBeNull();
  });
});

/** Ids within `depth` steps of `start` over undirected pairs, by plain breadth-first search. */
function within(start: string[], pairs: readonly (readonly [string, string])[], depth: number) {
  let reached = new Set(start);
  for (let step = 0; step < depth; step++) {
    const next = new Set(reached);
    for (const [x, y] of pairs) {
      if (reached.has(x)) next.add(y);
      if (reached.has(y)) next.add(x);
    }
    reached = next;
  }
  return reached;
}

describe('selectStatusText under a focus', () => {
  beforeEach(() => store().loadDataset(SEED));

  it('counts only the neighbourhood of the selection in the claims view', () => {
    const pairs = [
      ...SEED.statements.map((st) => [st.actor, st.claim] as const),
      ...SEED.actors.flatMap((a) => (a.memberOf ?? []).map((m) => [a.id, m] as const)),
    ];
    store().select({ type: 'actor', id: 'putin' });
    for (const depth of [1, 2]) {
      store().setFocusDepth(depth);
      const region = within(['putin'], pairs, depth);
      const actors = SEED.actors.filter((a) => region.has(a.id)).length;
      const claims = SEED.claims.filter((c) => region.has(c.id)).length;
      const statements = SEED.statements.filter(
        (st) => region.has(st.actor) && region.has(st.claim),
      ).length;
      expect(actors).toBeLessThan(SEED.actors.length);
      expect(status()).toBe(
        [
          plural(actors, 'actor', 'actors'),
          plural(claims, 'claim', 'claims'),
          plural(statements, 'statement', 'statements'),
        ].join(' · '),
      );
    }
    store().setFocusDepth(0);
    expect(status()).toBe(
      `${SEED.actors.length} actors · ${SEED.claims.length} claims · ${SEED.statements.length} statements`,
    );
  });

  it('counts only the actors within the depth in the actor view', () => {
    store().setView('actors');
    const ties = tiesIn('both', bruteForceTies(SEED));
    store().select({ type: 'actor', id: 'putin' });
    store().setFocusDepth(1);
    const region = within(['putin'], ties, 1);
    const kept = ties.filter(([x, y]) => region.has(x) && region.has(y));
    expect(region.size).toBeLessThan(SEED.actors.length);
    expect(status()).toBe(
      `${plural(region.size, 'actor', 'actors')} · ${plural(kept.length, 'tie', 'ties')}`,
    );
  });

  // A claim is no element of the actor view, but a link may still select one there; a focus on
  // it must not blank the whole actor view ("0 actors · 0 ties").
  it('never blanks the actor view for a link that focuses a claim', () => {
    const unfocused = (() => {
      store().setView('actors');
      return status();
    })();
    store().applyViewState({
      ...pickViewState(useStore.getInitialState()),
      view: 'actors',
      selection: { type: 'claim', id: SEED.claims[0]!.id },
      focusDepth: 1,
    });
    expect(status()).toBe(unfocused);
  });
});

describe('selection actions', () => {
  beforeEach(() => store().loadDataset(SEED));
  const actor = { type: 'actor', id: SEED.actors[0]!.id } as const;

  it('setView drops the selection and its focus', () => {
    store().select(actor);
    store().setFocusDepth(2);
    store().setView('actors');
    expect(store().view).toBe('actors');
    expect(store().selection).toBeNull();
    expect(store().focusDepth).toBe(0);
  });

  it('setView to the view already shown changes nothing', () => {
    store().select(actor);
    store().setView('claims');
    expect(store().selection).toEqual(actor);
  });

  it('select(null) resets the focus', () => {
    store().select(actor);
    store().setFocusDepth(3);
    store().select(null);
    expect(store().selection).toBeNull();
    expect(store().focusDepth).toBe(0);
  });

  it('setFocusDepth keeps to whole depths from 0 to 3', () => {
    store().setFocusDepth(7);
    expect(store().focusDepth).toBe(3);
    store().setFocusDepth(-2);
    expect(store().focusDepth).toBe(0);
    store().setFocusDepth(1.6);
    expect(store().focusDepth).toBe(2);
  });

  it('clearSelection drops the focus first, then the selection', () => {
    store().select(actor);
    store().setFocusDepth(2);
    store().clearSelection();
    expect(store().focusDepth).toBe(0);
    expect(store().selection).toEqual(actor);
    store().clearSelection();
    expect(store().selection).toBeNull();
    store().clearSelection();
    expect(store().selection).toBeNull();
  });
});

describe('memoized selectors', () => {
  beforeEach(() => store().loadDataset(SEED));

  it('return the same objects while the state they read is unchanged', () => {
    const visibility = selectVisibility(store());
    const ties = selectDrawnTies(store());
    const edges = selectTieEdges(store());
    expect(selectVisibility(store())).toBe(visibility);
    // Changes elsewhere in the store keep them.
    store().select({ type: 'claim', id: SEED.claims[0]!.id });
    store().setBusy(false);
    store().requestFit();
    expect(selectVisibility(store())).toBe(visibility);
    expect(selectDrawnTies(store())).toBe(ties);
    expect(selectTieEdges(store())).toBe(edges);
  });

  it('return the same shown sets while filters and focus are unchanged', () => {
    store().select({ type: 'actor', id: 'putin' });
    store().setFocusDepth(1);
    const shown = selectShownVisibility(store());
    expect(shown).not.toBe(selectVisibility(store()));
    store().setBusy(false);
    expect(selectShownVisibility(store())).toBe(shown);
    store().setView('actors');
    store().select({ type: 'actor', id: 'putin' });
    store().setFocusDepth(2);
    const actorsShown = selectActorsViewShown(store());
    store().requestFit();
    expect(selectActorsViewShown(store())).toBe(actorsShown);
    store().setFocusDepth(1);
    expect(selectActorsViewShown(store())).not.toBe(actorsShown);
  });

  it('recompute when the filters, the tie mode or the dataset change', () => {
    const visibility = selectVisibility(store());
    const edges = selectTieEdges(store());
    store().toggleStance('denies');
    const hidden = selectVisibility(store());
    expect(hidden).not.toBe(visibility);
    expect(hidden!.statements.size).toBeLessThan(visibility!.statements.size);
    store().toggleStance('denies');
    store().setTieMode('conflict');
    expect(selectTieEdges(store())).not.toBe(edges);
    const before = selectVisibility(store());
    store().loadDataset(SEED);
    expect(selectVisibility(store())).not.toBe(before);
  });

  // Fresh arrays on every call would make `useStore(selectTieEdges)` loop in Zustand 5.
  it('are stable before a dataset loads', () => {
    useStore.setState(useStore.getInitialState(), true);
    expect(selectDrawnTies(store())).toBe(selectDrawnTies(store()));
    expect(selectTieEdges(store())).toBe(selectTieEdges(store()));
  });
});

describe('applyViewState', () => {
  beforeEach(() => store().loadDataset(SEED));
  const defaults = (): ViewState => pickViewState(useStore.getInitialState());
  const [putin, kim] = ['putin', 'kim-jong-un'];

  it('applies view, actor network choices, layout, filters, selection and focus in one update', () => {
    const filters = { ...DEFAULT_FILTERS, hiddenStances: ['denies'] };
    let updates = 0;
    const unsubscribe = useStore.subscribe(() => (updates += 1));
    const next: ViewState = {
      view: 'actors',
      actorLevel: 'organisations',
      tieMode: 'conflict',
      duplicates: 'every',
      normalisation: 'cosine',
      tieMinWeight: 0.5,
      sizeBy: 'degree',
      colourBy: 'community',
      layout: 'grid',
      filters,
      selection: { type: 'actor', id: putin },
      focusDepth: 2,
      sidePanel: 'sources',
      openSourceId: SEED.sources?.[0]?.id ?? null,
      showMentions: true,
    };
    store().applyViewState(next);
    unsubscribe();
    expect(updates).toBe(1);
    expect(pickViewState(store())).toEqual(next);
  });

  it('drops an open source that the dataset does not have, and keeps its panel', () => {
    store().applyViewState({ ...defaults(), sidePanel: 'sources', openSourceId: 'no-such-source' });
    expect(store().sidePanel).toBe('sources');
    expect(store().openSourceId).toBeNull();
  });

  it('drops a selection naming an id that does not exist, and its focus', () => {
    for (const selection of [
      { type: 'actor', id: 'nobody' },
      { type: 'claim', id: putin },
      { type: 'statement', id: 'no-such-statement' },
      { type: 'tie', a: putin, b: 'nobody' },
    ] as const) {
      store().applyViewState({
        ...defaults(),
        view: 'actors',
        selection,
        focusDepth: 2,
      });
      expect(store().selection).toBeNull();
      expect(store().focusDepth).toBe(0);
      // Dropped, not forgotten: the screen says the link named something this dataset lacks.
      expect(store().unknownSelection).toEqual(selection);
    }
  });

  it('keeps no unknown selection for one that exists or only does not fit the view', () => {
    store().applyViewState({ ...defaults(), selection: { type: 'actor', id: 'nobody' } });
    store().applyViewState({
      ...defaults(),
      view: 'claims',
      selection: { type: 'tie', a: kim, b: putin },
    });
    expect(store().unknownSelection).toBeNull();
    store().applyViewState({ ...defaults(), selection: { type: 'actor', id: 'nobody' } });
    store().applyViewState({ ...defaults(), selection: { type: 'actor', id: kim } });
    expect(store().unknownSelection).toBeNull();
  });

  it('forgets the unknown selection once something is selected, dismissed or loaded', () => {
    const unknown = { ...defaults(), selection: { type: 'actor', id: 'nobody' } as const };
    store().applyViewState(unknown);
    store().select({ type: 'actor', id: kim });
    expect(store().unknownSelection).toBeNull();
    store().applyViewState(unknown);
    store().dismissUnknownSelection();
    expect(store().unknownSelection).toBeNull();
    store().applyViewState(unknown);
    store().loadDataset(SEED);
    expect(store().unknownSelection).toBeNull();
    // A dataset opened in a link's view is checked against that view as it loads.
    store().loadDataset(SEED, { viewState: unknown });
    expect(store().unknownSelection).toEqual({ type: 'actor', id: 'nobody' });
  });

  it('drops a tie selection in the claims view and keeps it in the actor view', () => {
    const tie = { type: 'tie', a: kim, b: putin } as const;
    store().applyViewState({ ...defaults(), view: 'claims', selection: tie, focusDepth: 1 });
    expect(store().selection).toBeNull();
    expect(store().focusDepth).toBe(0);
    store().applyViewState({ ...defaults(), view: 'actors', selection: tie, focusDepth: 1 });
    expect(store().selection).toEqual(tie);
    expect(store().focusDepth).toBe(1);
  });

  it('drops a statement selection in the actor view and keeps it in the claims view', () => {
    const statement = { type: 'statement', id: SEED.statements[0]!.id } as const;
    store().applyViewState({ ...defaults(), view: 'actors', selection: statement });
    expect(store().selection).toBeNull();
    store().applyViewState({ ...defaults(), view: 'claims', selection: statement, focusDepth: 3 });
    expect(store().selection).toEqual(statement);
    expect(store().focusDepth).toBe(3);
  });

  it('keeps an existing actor or claim in either view', () => {
    const claim = { type: 'claim', id: SEED.claims[0]!.id } as const;
    store().applyViewState({ ...defaults(), view: 'claims', selection: claim });
    expect(store().selection).toEqual(claim);
    store().applyViewState({
      ...defaults(),
      view: 'actors',
      selection: { type: 'actor', id: kim },
    });
    expect(store().selection).toEqual({ type: 'actor', id: kim });
  });
});

describe('preferences', () => {
  it('leave nothing in localStorage: the session and the URL carry the view, layout included', () => {
    store().loadDataset(SEED);
    store().setLayout('circle');
    expect(localStorage.length).toBe(0);
  });
});
