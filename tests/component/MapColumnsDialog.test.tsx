// @vitest-environment jsdom
// The Map columns dialog: guessed columns, stance values to choose, rows listed by row and column,
// skipping on purpose, Import and the mapping remembered for the same headers.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapColumnsDialog } from '../../src/components/MapColumns/MapColumnsDialog';
import type { Dataset } from '../../src/model/schema';
import { readDelimitedTable, type StatementTable } from '../../src/model/table';

function table(text: string): StatementTable {
  const result = readDelimitedTable(text, 'votes', 'csv');
  if (!result.ok) throw new Error('not a table');
  return result.table;
}

const CSV =
  'Speaker,Party,Topic,Position,Day\n' +
  'Ann,Greens,Coal,yes,2021-04-03\n' +
  'Bob,Liberals,Coal,maybe,2021-04-05\n' +
  'Cid,Liberals,Tax,no,31/02/2015\n';

function renderDialog(text = CSV) {
  const onImport = vi.fn<(dataset: Dataset) => void>();
  const onCancel = vi.fn();
  render(
    <MapColumnsDialog
      table={table(text)}
      label="votes.csv"
      onImport={onImport}
      onCancel={onCancel}
      templateUrl="/stancegraph-template.csv"
    />,
  );
  return { onImport, onCancel, dialog: screen.getByRole('dialog', { name: 'Map columns' }) };
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('MapColumnsDialog', () => {
  it('guesses the columns, lists every problem, and imports once they are dealt with', async () => {
    const user = userEvent.setup();
    const { dialog, onImport } = renderDialog();
    const d = within(dialog);
    expect(d.getByLabelText('Actor')).toHaveDisplayValue('Speaker');
    expect(d.getByLabelText('Member of')).toHaveDisplayValue('Party');
    expect(d.getByLabelText('Claim')).toHaveDisplayValue('Topic');
    expect(d.getByLabelText('Stance')).toHaveDisplayValue('Position');
    expect(d.getByLabelText('Date')).toHaveDisplayValue('Day');
    expect(d.getByLabelText('Quote')).toHaveDisplayValue('(none)');
    expect(d.getByLabelText('Stance for "yes"')).toHaveDisplayValue('Agrees (+1)');
    expect(d.getByLabelText('Stance for "no"')).toHaveDisplayValue('Denies (−1)');
    expect(d.getByLabelText('Stance for "maybe"')).toHaveDisplayValue('(choose)');
    const problems = d.getByRole('region', { name: 'Problems' });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'row 3, Stance: "maybe" has no stance chosen',
      'row 4, Date: "31/02/2015" is not a date',
    ]);
    const importButton = d.getByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();

    await user.selectOptions(d.getByLabelText('Stance for "maybe"'), 'Doubts (−1)');
    expect(within(problems).getAllByRole('listitem')).toHaveLength(1);
    await user.click(d.getByRole('button', { name: 'Skip this row' }));
    expect(d.getByText(/1 row is skipped on purpose/)).toBeInTheDocument();
    expect(importButton).toBeEnabled();
    expect(d.getByText('2 statements · 4 actors · 1 claim')).toBeInTheDocument();

    await user.click(importButton);
    expect(onImport).toHaveBeenCalledTimes(1);
    const dataset = onImport.mock.calls[0]![0];
    expect(dataset.statements.map((s) => s.stance)).toEqual(['agrees', 'doubts']);
    expect(dataset.title).toBe('votes');
  });

  it('remembers the choices for the next file with the same headers', async () => {
    const user = userEvent.setup();
    const first = renderDialog();
    const d = within(first.dialog);
    await user.selectOptions(d.getByLabelText('Member of'), '(none)');
    await user.selectOptions(d.getByLabelText('Stance for "maybe"'), 'Evaluates (0)');
    await user.click(d.getByRole('button', { name: 'Skip this row' }));
    await user.click(d.getByRole('button', { name: 'Import' }));
    cleanup();

    const again = within(renderDialog().dialog);
    expect(again.getByLabelText('Member of')).toHaveDisplayValue('(none)');
    expect(again.getByLabelText('Stance for "maybe"')).toHaveDisplayValue('Evaluates (0)');
    // Other headers: guessed afresh.
    cleanup();
    const other = within(renderDialog(CSV.replace('Day', 'When')).dialog);
    expect(other.getByLabelText('Member of')).toHaveDisplayValue('Party');
  });

  it('asks how slashed dates are written when no day says, and gives one field one column', async () => {
    const user = userEvent.setup();
    const { dialog, onCancel } = renderDialog(
      'actor,claim,stance,date\nA,C,yes,03/04/2015\nB,C,no,04/03/2015\n',
    );
    const d = within(dialog);
    const order = d.getByLabelText('Dates like 03/04/2015 are');
    expect(order).toHaveDisplayValue('(choose)');
    expect(d.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.selectOptions(order, 'month/day/year (March 4, 2015)');
    expect(d.getByRole('button', { name: 'Import' })).toBeEnabled();

    // Choosing the claim column for Actor takes it from Claim.
    await user.selectOptions(d.getByLabelText('Actor'), 'claim');
    expect(d.getByLabelText('Claim')).toHaveDisplayValue('(none)');
    expect(d.getByText('Choose a column for Claim.')).toBeInTheDocument();
    await user.click(d.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
