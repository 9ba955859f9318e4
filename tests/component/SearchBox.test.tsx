// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/components/SearchBox/SearchBox';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/schema';
import { useStore } from '../../src/store/store';

const dataset: Dataset = {
  format: 'stancegraph',
  version: 1,
  actors: [
    {
      id: 'zel',
      name: 'Volodymyr Zelenskyy',
      kind: 'person',
      aliases: ['Зеленський', 'Ze'],
    },
    { id: 'campbell', name: 'Kurt Campbéll', kind: 'person' },
    { id: 'nato', name: 'NATO', kind: 'organization', aliases: ['North Atlantic Alliance'] },
    { id: 'natalia', name: 'Natalia Natoli', kind: 'person' },
  ],
  claims: [
    { id: 'c1', text: 'NATO is expanding eastwards' },
    { id: 'c2', text: 'Ukraine will join NATO' },
    { id: 'c3', text: 'Campbell met the <b>press</b>' },
  ],
  statements: [{ id: 's1', actor: 'zel', claim: 'c2', stance: 'asserts' }],
};

function load(data: Dataset | string) {
  const result = parseDataset(typeof data === 'string' ? data : JSON.stringify(data));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  act(() => useStore.getState().loadDataset(result.dataset));
  return result.dataset;
}

const input = () => screen.getByRole('combobox', { name: 'Search' });
const optionLabels = () =>
  screen
    .queryAllByRole('option')
    .map((o) => o.querySelector('.searchbox-option-label')?.textContent);

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});
afterEach(cleanup);

describe('SearchBox', () => {
  it('is a labelled combobox that starts closed', () => {
    load(dataset);
    render(<SearchBox />);
    expect(input()).toHaveAttribute('placeholder', 'Search actors and claims…');
    expect(input()).toHaveAttribute('aria-autocomplete', 'list');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    const listbox = document.getElementById(input().getAttribute('aria-controls')!);
    expect(listbox).toHaveAttribute('role', 'listbox');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('shows results as you type, narrowing with each letter', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'nat');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('listbox')).toBeVisible();
    expect(optionLabels()).toEqual([
      'NATO',
      'Natalia Natoli',
      'NATO is expanding eastwards',
      'Ukraine will join NATO',
    ]);
    await user.type(input(), 'a');
    expect(optionLabels()).toEqual(['Natalia Natoli']);
    await user.type(input(), '{Backspace}o is');
    expect(optionLabels()).toEqual(['NATO is expanding eastwards']);
    // Each option says what it is.
    const [option] = screen.getAllByRole('option');
    expect(option).toHaveTextContent('Claim');
    await user.clear(input());
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
  });

  it('ignores case and accents', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'CAMPBELL');
    expect(optionLabels()).toEqual(['Kurt Campbéll', 'Campbell met the <b>press</b>']);
    const [actor, claim] = screen.getAllByRole('option');
    expect(actor).toHaveTextContent('Actor');
    expect(claim).toHaveTextContent('Claim');
    // File text is text: the claim's markup is shown as written.
    expect(claim!.querySelector('b')).toBeNull();
  });

  it('shows the alias that matched', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'зелен');
    const [option] = screen.getAllByRole('option');
    expect(option).toHaveTextContent('Volodymyr Zelenskyy');
    expect(option).toHaveTextContent('alias \u201CЗеленський\u201D');
    // A match on the name itself shows no alias.
    await user.clear(input());
    await user.type(input(), 'volodymyr');
    expect(screen.getByRole('option')).not.toHaveTextContent('alias');
  });

  it('finds an actor of the seed by an alias that is not in its name', async () => {
    const text = readFileSync(resolve(process.cwd(), 'data/north-korea-troops.json'), 'utf8');
    const seed = load(text);
    const actor = seed.actors.find((a) =>
      (a.aliases ?? []).some((alias) => !a.name.toLowerCase().includes(alias.toLowerCase())),
    )!;
    const alias = actor.aliases!.find(
      (al) => !actor.name.toLowerCase().includes(al.toLowerCase()),
    )!;
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(input(), alias.toUpperCase());
    const option = screen
      .getAllByRole('option')
      .find((o) => o.querySelector('.searchbox-option-label')?.textContent === actor.name)!;
    expect(option).toBeDefined();
    expect(option).toHaveTextContent(`alias \u201C${alias}\u201D`);
    await user.click(option);
    expect(useStore.getState().selection).toEqual({ type: 'actor', id: actor.id });
  });

  it('moves through the options with the arrow keys and chooses with Enter', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'nato');
    expect(input()).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    let options = screen.getAllByRole('option');
    expect(input()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(options[1]).toHaveAttribute('aria-selected', 'false');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    options = screen.getAllByRole('option');
    expect(input()).toHaveAttribute('aria-activedescendant', options[2]!.id);
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[2]).toHaveAttribute('aria-selected', 'false');

    // "nato": NATO (exact), then the word-prefix matches, actors before claims.
    expect(optionLabels()).toEqual([
      'NATO',
      'Natalia Natoli',
      'NATO is expanding eastwards',
      'Ukraine will join NATO',
    ]);
    await user.keyboard('{Enter}');
    expect(useStore.getState().selection).toEqual({ type: 'actor', id: 'natalia' });
    // The list closes and focus stays in the box.
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input()).toHaveFocus();
  });

  it('wraps around from the first option to the last', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'nato');
    await user.keyboard('{ArrowDown}{ArrowUp}');
    const options = screen.getAllByRole('option');
    expect(input()).toHaveAttribute('aria-activedescendant', options[options.length - 1]!.id);
    await user.keyboard('{Enter}');
    expect(useStore.getState().selection).toEqual({ type: 'claim', id: 'c2' });
  });

  it('chooses the first result on Enter when none is active', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'ukraine{Enter}');
    expect(useStore.getState().selection).toEqual({ type: 'claim', id: 'c2' });
  });

  it('chooses an option on click, keeping focus in the box', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'na');
    await user.click(screen.getByRole('option', { name: /Natalia Natoli/ }));
    expect(useStore.getState().selection).toEqual({ type: 'actor', id: 'natalia' });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input()).toHaveFocus();
  });

  it('selects an item even when the filters hide it', async () => {
    const user = userEvent.setup();
    load(dataset);
    act(() => useStore.getState().toggleKind('person'));
    render(<SearchBox />);
    await user.type(input(), 'kurt{Enter}');
    expect(useStore.getState().selection).toEqual({ type: 'actor', id: 'campbell' });
  });

  it('closes on Escape, then clears the text on a second Escape', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'nato');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Escape}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input()).toHaveValue('nato');
    expect(useStore.getState().selection).toBeNull();
    // ArrowDown opens it again.
    await user.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}{Escape}');
    expect(input()).toHaveValue('');
  });

  it('says "No matches" when nothing matches, with no option', async () => {
    const user = userEvent.setup();
    load(dataset);
    render(<SearchBox />);
    await user.type(input(), 'zzzz');
    expect(screen.getByText('No matches')).toBeVisible();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(useStore.getState().selection).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('No matches')).toBeNull();
  });

  it('focuses with "/" unless focus is in a text field, and stops listening when unmounted', async () => {
    const user = userEvent.setup();
    load(dataset);
    const { unmount } = render(
      <>
        <input aria-label="Other field" />
        <button type="button">Elsewhere</button>
        <SearchBox />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await user.keyboard('/');
    expect(input()).toHaveFocus();
    expect(input()).toHaveValue('');

    await user.click(screen.getByRole('textbox', { name: 'Other field' }));
    await user.keyboard('/');
    expect(screen.getByRole('textbox', { name: 'Other field' })).toHaveValue('/');
    expect(input()).not.toHaveFocus();

    unmount();
    const event = new KeyboardEvent('keydown', { key: '/', cancelable: true, bubbles: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
