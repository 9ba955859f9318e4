// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/components/FilterPanel/FilterPanel';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/schema';
import { useStore } from '../../src/store/store';

function readDataset(path: string): Dataset {
  const result = parseDataset(readFileSync(new URL(path, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${path} is invalid: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

const SEED = '../../data/north-korea-troops.json';
const fixture = (name: string) => `../fixtures/${name}.valid.json`;

function load(dataset: Dataset) {
  useStore.getState().loadDataset(dataset);
  return dataset;
}

function filters() {
  return useStore.getState().filters;
}

/** The visible "shown/total" text of a checkbox's row. */
function countOf(checkbox: HTMLElement): string | null | undefined {
  return checkbox.closest('li')?.querySelector('.filter-count')?.textContent;
}

function group(name: string) {
  return screen.getByRole('group', { name });
}

beforeEach(() => {
  useStore.setState(useStore.getInitialState(), true);
});

afterEach(() => {
  cleanup();
});

describe('FilterPanel', () => {
  it('says so before any dataset has loaded', () => {
    render(<FilterPanel />);
    expect(screen.getByRole('heading', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByText('No dataset loaded')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('has one checkbox per stance of the default vocabulary, named by its label', () => {
    load(readDataset(SEED));
    render(<FilterPanel />);
    const labels = useStore.getState().index!.stances.map((s) => s.label);
    expect(labels).toHaveLength(6);
    const boxes = within(group('Stances')).getAllByRole('checkbox');
    expect(boxes).toHaveLength(labels.length);
    labels.forEach((label, i) => {
      const box = screen.getByRole('checkbox', { name: label });
      expect(box).toBe(boxes[i]);
      expect(box).toBeChecked();
    });
  });

  it('follows a custom vocabulary, with no default stance left over', () => {
    const dataset = load(readDataset(fixture('custom-vocabulary')));
    render(<FilterPanel />);
    const labels = dataset.stances!.map((s) => s.label);
    const boxes = within(group('Stances')).getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual(labels);
    for (const label of labels) expect(screen.getByRole('checkbox', { name: label })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Asserts' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Denies' })).toBeNull();
    // One statement each; the line key uses the vocabulary's colour (the file's rgb(213, 94, 0)),
    // in the form the graph draws it.
    expect(countOf(screen.getByRole('checkbox', { name: 'Opposes' }))).toBe('1/1');
    const line = screen
      .getByRole('checkbox', { name: 'Opposes' })
      .closest('label')!
      .querySelector('line');
    expect(line).toHaveAttribute('stroke', '#d55e00');
    expect(line).toHaveAttribute('data-line-style', 'dashed');
  });

  it('unchecking a stance hides it in the store and in the counts', async () => {
    const user = userEvent.setup();
    const dataset = load(readDataset(SEED));
    const denies = dataset.statements.filter((s) => s.stance === 'denies').length;
    expect(denies).toBeGreaterThan(1);
    render(<FilterPanel />);
    const box = screen.getByRole('checkbox', { name: 'Denies' });
    expect(countOf(box)).toBe(`${denies}/${denies}`);
    expect(box).toHaveAccessibleDescription(`${denies} of ${denies} statements shown`);

    await user.click(box);
    expect(filters().hiddenStances).toEqual(['denies']);
    expect(box).not.toBeChecked();
    expect(countOf(box)).toBe(`0/${denies}`);
    expect(box).toHaveAccessibleDescription(`0 of ${denies} statements shown`);
    // The other stances are untouched.
    const asserts = screen.getByRole('checkbox', { name: 'Asserts' });
    expect(asserts).toBeChecked();
    expect(countOf(asserts)).toMatch(/^(\d+)\/\1$/);

    await user.click(box);
    expect(filters().hiddenStances).toEqual([]);
    expect(countOf(box)).toBe(`${denies}/${denies}`);
  });

  it('toggles actor kinds, listing only the kinds present, in order', async () => {
    const user = userEvent.setup();
    const dataset = load(readDataset(SEED));
    render(<FilterPanel />);
    const kinds = within(group('Actor kinds')).getAllByRole('checkbox');
    expect(kinds.map((box) => box.closest('label')?.textContent)).toEqual([
      'Person',
      'State',
      'Organization',
      'Group',
    ]);
    expect(screen.queryByRole('checkbox', { name: 'Other' })).toBeNull();

    const states = dataset.actors.filter((a) => a.kind === 'state').length;
    const state = screen.getByRole('checkbox', { name: 'State' });
    expect(countOf(state)).toBe(`${states}/${states}`);
    await user.click(state);
    expect(filters().hiddenKinds).toEqual(['state']);
    expect(state).not.toBeChecked();
    expect(countOf(state)).toBe(`0/${states}`);
    expect(state).toHaveAccessibleDescription(`0 of ${states} actors shown`);

    // Hiding people hides their statements too: the stance counts follow.
    await user.click(screen.getByRole('checkbox', { name: 'Person' }));
    expect(filters().hiddenKinds).toEqual(['state', 'person']);
    const shownStatements = within(group('Stances'))
      .getAllByRole('checkbox')
      .map((box) => Number(countOf(box)!.split('/')[0]))
      .reduce((a, b) => a + b, 0);
    const expected = dataset.statements.filter((s) => {
      const kind = dataset.actors.find((a) => a.id === s.actor)!.kind;
      return kind !== 'state' && kind !== 'person';
    }).length;
    expect(shownStatements).toBe(expected);
    expect(shownStatements).toBeLessThan(dataset.statements.length);
  });

  it('narrows the counts to a range of partial dates', async () => {
    const user = userEvent.setup();
    load(readDataset(fixture('partial-dates')));
    render(<FilterPanel />);
    const from = screen.getByRole('textbox', { name: 'From' });
    const to = screen.getByRole('textbox', { name: 'To' });
    // The placeholders show the dataset's extent (1999-12-31 … all of 2024).
    expect(from).toHaveAttribute('placeholder', '1999-12-31');
    expect(to).toHaveAttribute('placeholder', '2024-12-31');
    const includeUndated = screen.getByRole('checkbox', { name: 'Include undated' });
    expect(includeUndated).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Clear dates' })).toBeDisabled();

    await user.type(from, '2024-06{Enter}');
    expect(filters().dateFrom).toBe('2024-06');
    expect(filters().dateTo).toBeNull();
    const count = (name: string) => countOf(screen.getByRole('checkbox', { name }));
    expect(count('Asserts')).toBe('1/1'); // 2024-10-17
    expect(count('Denies')).toBe('1/1'); // 2024-06
    expect(count('Doubts')).toBe('1/1'); // 2024 overlaps
    expect(count('Agrees')).toBe('0/1'); // 2024-02-29
    expect(count('Evaluates')).toBe('0/1'); // 2000-02-29
    expect(count('Accuses')).toBe('0/1'); // 1999-12-31
    expect(includeUndated).toBeEnabled();

    await user.type(to, '2024-06');
    await user.tab();
    expect(filters().dateTo).toBe('2024-06');
    expect(count('Asserts')).toBe('0/1');
    expect(count('Denies')).toBe('1/1');
    expect(count('Doubts')).toBe('1/1');

    await user.click(includeUndated);
    expect(filters().includeUndated).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Clear dates' }));
    expect(filters().dateFrom).toBeNull();
    expect(filters().dateTo).toBeNull();
    expect(from).toHaveValue('');
    expect(to).toHaveValue('');
    expect(count('Accuses')).toBe('1/1');
  });

  it('refuses an invalid date with a message and leaves the store alone', async () => {
    const user = userEvent.setup();
    load(readDataset(fixture('partial-dates')));
    render(<FilterPanel />);
    const from = screen.getByRole('textbox', { name: 'From' });

    await user.type(from, '17/10/2024');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent(/YYYY-MM-DD/);
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAccessibleDescription(expect.stringContaining('Not a date'));
    expect(filters().dateFrom).toBeNull();
    expect(filters()).toEqual(DEFAULT_FILTERS);
    expect(countOf(screen.getByRole('checkbox', { name: 'Accuses' }))).toBe('1/1');

    // Right shape, but no such month or day.
    await user.clear(from);
    await user.type(from, '2024-13{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('No such date');
    expect(filters().dateFrom).toBeNull();
    await user.clear(from);
    await user.type(from, '2023-02-29{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('No such date');
    expect(filters()).toEqual(DEFAULT_FILTERS);

    // Fixing it applies it and clears the message.
    await user.clear(from);
    await user.type(from, '2024-02-29');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(from).toHaveAttribute('aria-invalid', 'false');
    expect(filters().dateFrom).toBeNull(); // applied on blur or Enter, not per keystroke
    await user.tab();
    expect(filters().dateFrom).toBe('2024-02-29');

    // A later invalid entry leaves the applied bound, and says so.
    await user.clear(from);
    await user.type(from, '2024-1{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('from 2024-02-29 still applies');
    expect(filters().dateFrom).toBe('2024-02-29');
  });

  it('disables the dates when no statement is dated', () => {
    load(readDataset(fixture('minimal')));
    render(<FilterPanel />);
    expect(screen.getByText('No dated statements')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'From' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'To' })).toBeDisabled();
    expect(group('Dates')).toHaveAccessibleDescription('No dated statements');
  });

  it('sets the contested, isolated and affiliation options', async () => {
    const user = userEvent.setup();
    load(readDataset(SEED));
    render(<FilterPanel />);
    const contested = screen.getByRole('checkbox', { name: 'Contested claims only' });
    const isolated = screen.getByRole('checkbox', { name: 'Hide isolated nodes' });
    const affiliations = screen.getByRole('checkbox', { name: 'Show affiliations' });
    expect(contested).not.toBeChecked();
    expect(isolated).not.toBeChecked();
    expect(affiliations).toBeChecked();
    expect(affiliations).toBeEnabled();

    await user.click(contested);
    expect(filters().contestedOnly).toBe(true);
    await user.click(isolated);
    expect(filters().hideIsolated).toBe(true);
    await user.click(affiliations);
    expect(filters().showAffiliations).toBe(false);
    expect(affiliations).not.toBeChecked();
    await user.click(contested);
    expect(filters().contestedOnly).toBe(false);
  });

  it('disables affiliations, with a note, when the dataset has no memberOf', () => {
    load(readDataset(fixture('minimal')));
    render(<FilterPanel />);
    const affiliations = screen.getByRole('checkbox', { name: 'Show affiliations' });
    expect(affiliations).toBeDisabled();
    expect(affiliations).toHaveAccessibleDescription('No memberOf ties in this dataset');
  });

  it('is reachable from the keyboard', async () => {
    const user = userEvent.setup();
    load(readDataset(SEED));
    render(<FilterPanel />);
    await user.tab();
    const first = useStore.getState().index!.stances[0]!.label;
    expect(screen.getByRole('checkbox', { name: first })).toHaveFocus();
    await user.keyboard(' ');
    expect(filters().hiddenStances).toEqual([useStore.getState().index!.stances[0]!.id]);
  });

  it('Reset filters restores the defaults and is disabled when there is nothing to reset', async () => {
    const user = userEvent.setup();
    load(readDataset(fixture('partial-dates')));
    render(<FilterPanel />);
    const reset = screen.getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Denies' }));
    await user.click(screen.getByRole('checkbox', { name: 'Person' }));
    await user.type(screen.getByRole('textbox', { name: 'To' }), '2024{Enter}');
    // Typed but never applied: Reset clears it too.
    await user.type(screen.getByRole('textbox', { name: 'From' }), '20x');
    await user.click(screen.getByRole('checkbox', { name: 'Contested claims only' }));
    expect(filters()).not.toEqual(DEFAULT_FILTERS);
    expect(reset).toBeEnabled();

    await user.click(reset);
    expect(filters()).toEqual(DEFAULT_FILTERS);
    expect(reset).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Denies' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Person' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'To' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'From' })).toHaveValue('');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Contested claims only' })).not.toBeChecked();

    // Toggling a stance off and on again is the default too.
    await user.click(screen.getByRole('checkbox', { name: 'Denies' }));
    await user.click(screen.getByRole('checkbox', { name: 'Denies' }));
    expect(reset).toBeDisabled();
  });
});
