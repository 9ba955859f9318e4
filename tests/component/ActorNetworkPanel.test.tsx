// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActorNetworkPanel } from '../../src/components/ActorNetworkPanel/ActorNetworkPanel';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/schema';
import { selectStatusText } from '../../src/store/selectors';
import { useStore } from '../../src/store/store';

function parse(text: string): Dataset {
  const result = parseDataset(text);
  if (!result.ok) throw new Error(`invalid dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

// A path, not new URL(): under jsdom the global URL is jsdom's, which node:fs refuses.
const SEED = parse(
  readFileSync(join(import.meta.dirname, '../../data/north-korea-troops.json'), 'utf8'),
);

// Two parties; Dee has none. Ann and Bo (party A) assert c1, Cy (party B) denies it.
const PARTIES: Dataset = {
  format: 'stancegraph',
  version: 1,
  actors: [
    { id: 'ann', name: 'Ann', kind: 'person', party: 'A' },
    { id: 'bo', name: 'Bo', kind: 'person', party: 'A' },
    { id: 'cy', name: 'Cy', kind: 'person', party: 'B', seats: 3 },
    { id: 'dee', name: 'Dee', kind: 'person' },
  ],
  claims: [{ id: 'c1', text: 'The bridge is unsafe' }],
  statements: [
    { id: 's1', actor: 'ann', claim: 'c1', stance: 'asserts' },
    { id: 's2', actor: 'bo', claim: 'c1', stance: 'asserts' },
    { id: 's3', actor: 'cy', claim: 'c1', stance: 'denies' },
    { id: 's4', actor: 'dee', claim: 'c1', stance: 'denies' },
  ],
};

function showActorView(dataset: Dataset) {
  act(() => {
    useStore.getState().loadDataset(dataset);
    useStore.getState().setView('actors');
  });
}

/** A choice of the panel by its label, and the line that explains it. */
function choice(name: string) {
  const control = screen.getByRole(name === 'Minimum tie weight' ? 'spinbutton' : 'combobox', {
    name,
  });
  const explanation = document.getElementById(control.getAttribute('aria-describedby') ?? '');
  return { control, explanation: explanation?.textContent ?? '' };
}

const optionsOf = (name: string) =>
  Array.from((choice(name).control as HTMLSelectElement).options).map((o) => o.textContent);

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

afterEach(() => {
  cleanup();
});

describe('ActorNetworkPanel', () => {
  it('is there only in the actor view', () => {
    act(() => useStore.getState().loadDataset(SEED));
    render(<ActorNetworkPanel />);
    expect(screen.queryByRole('region', { name: 'Actor network' })).toBeNull();
    act(() => useStore.getState().setView('actors'));
    expect(screen.getByRole('region', { name: 'Actor network' })).toBeInTheDocument();
  });

  it('offers every choice by name, each with a line that explains it', () => {
    showActorView(SEED);
    render(<ActorNetworkPanel />);
    for (const name of [
      'Actors as',
      'Tie type',
      'Duplicates',
      'Normalisation',
      'Minimum tie weight',
      'Size by',
      'Colour by',
    ]) {
      expect(choice(name).explanation.length, name).toBeGreaterThan(10);
    }
    expect(optionsOf('Tie type')).toEqual([
      'Co-occurrence',
      'Agreement',
      'Conflict',
      'Agreement − conflict',
      'Agreement and conflict',
    ]);
    expect(optionsOf('Duplicates')).toEqual([
      'Every statement',
      'Once per source',
      'Once per week',
      'Once per month',
      'Once per year',
      'Once overall',
    ]);
    expect(optionsOf('Normalisation')).toEqual(['None', 'Average activity', 'Jaccard', 'Cosine']);
    expect(optionsOf('Size by')).toEqual([
      'None',
      'Degree',
      'Weighted degree',
      'Betweenness',
      'Eigenvector centrality',
    ]);
    // The sample has no attributes: nothing to group or colour by beyond the built-in choices.
    expect(optionsOf('Actors as')).toEqual(['Coded actors', 'Organisations']);
    expect(optionsOf('Colour by')).toEqual(['Kind', 'Community']);
  });

  it('says what a weight means under the tie type, duplicates and normalisation chosen', async () => {
    showActorView(SEED);
    render(<ActorNetworkPanel />);
    const user = userEvent.setup();
    expect(choice('Tie type').explanation).toBe(
      'Agreement 3: 3 claims on the same side; conflict 3: on opposite sides.',
    );
    await user.selectOptions(choice('Tie type').control, 'Conflict');
    expect(useStore.getState().tieMode).toBe('conflict');
    expect(choice('Tie type').explanation).toBe('Weight 3: 3 claims on opposite sides of a claim.');
    await user.selectOptions(choice('Duplicates').control, 'Every statement');
    expect(useStore.getState().duplicates).toBe('every');
    expect(choice('Tie type').explanation).toBe(
      'Weight 3: 3 pairs of their counted statements on opposite sides of a claim.',
    );
    await user.selectOptions(choice('Normalisation').control, 'Jaccard');
    expect(useStore.getState().normalisation).toBe('jaccard');
    expect(choice('Tie type').explanation).toMatch(/Then divided by .*Jaccard/);
    expect(choice('Normalisation').explanation).toMatch(/^Each weight is divided/);
  });

  it('says which statements are repeats: co-occurrence does not compare sides', async () => {
    showActorView(SEED);
    render(<ActorNetworkPanel />);
    const user = userEvent.setup();
    await user.selectOptions(choice('Duplicates').control, 'Once per month');
    expect(choice('Duplicates').explanation).toBe(
      'Repeats (same node, claim and side) count once per calendar month.',
    );
    await user.selectOptions(choice('Tie type').control, 'Co-occurrence');
    expect(choice('Duplicates').explanation).toBe(
      'Repeats (same node and claim, any side) count once per calendar month.',
    );
  });

  it('groups actors by an attribute, and keeps those without it apart', async () => {
    showActorView(PARTIES);
    render(<ActorNetworkPanel />);
    expect(optionsOf('Actors as')).toEqual([
      'Coded actors',
      'Organisations',
      'Attribute: party',
      'Attribute: seats',
    ]);
    // Ann–Bo and Cy–Dee agree; each of Ann and Bo conflicts with Cy and with Dee.
    expect(selectStatusText(useStore.getState())).toBe('4 actors · 6 ties');
    const user = userEvent.setup();
    await user.selectOptions(choice('Actors as').control, 'Attribute: party');
    expect(useStore.getState().actorLevel).toBe('attribute:party');
    expect(choice('Actors as').explanation).toBe(
      'Actors with the same party are one node; actors without a party stay themselves.',
    );
    // Party A, party B and Dee: A conflicts with B and with Dee, B agrees with Dee.
    expect(selectStatusText(useStore.getState())).toBe('3 nodes · 3 ties');
    await user.selectOptions(choice('Colour by').control, 'Attribute: party');
    expect(useStore.getState().colourBy).toBe('attribute:party');
    expect(choice('Colour by').explanation).toBe('Colour shows the value of party.');
  });

  it('takes a decimal minimum weight, and keeps its last good value', async () => {
    showActorView(SEED);
    render(<ActorNetworkPanel />);
    const user = userEvent.setup();
    const input = choice('Minimum tie weight').control;
    expect(choice('Minimum tie weight').explanation).toBe('Every tie is drawn (0: no minimum).');
    await user.clear(input);
    await user.type(input, '0.25');
    expect(useStore.getState().tieMinWeight).toBe(0.25);
    expect(choice('Minimum tie weight').explanation).toBe(
      'Ties weaker than 0.25 (by size) are not drawn.',
    );
    // Not a weight: the field keeps the text, the store its last good value.
    await user.clear(input);
    await user.type(input, '-1');
    expect(useStore.getState().tieMinWeight).toBe(0.25);
  });

  it('says when the drawing cap raised the minimum weight', () => {
    // 100 persons assert k0 (4,950 pairs, over the cap); the first 20 assert k1 too.
    const ids = Array.from({ length: 100 }, (_, i) => `p${i}`);
    showActorView({
      format: 'stancegraph',
      version: 1,
      actors: ids.map((id) => ({ id, name: id, kind: 'person' })),
      claims: [
        { id: 'k0', text: 'Everyone says so' },
        { id: 'k1', text: 'Some say so too' },
      ],
      statements: ids.flatMap((actor, i) => [
        { id: `${actor}-k0`, actor, claim: 'k0', stance: 'asserts' },
        ...(i < 20 ? [{ id: `${actor}-k1`, actor, claim: 'k1', stance: 'asserts' }] : []),
      ]),
    });
    render(<ActorNetworkPanel />);
    expect(choice('Minimum tie weight').explanation).toBe(
      'Raised to 2 so the graph stays responsive.',
    );
  });
});
