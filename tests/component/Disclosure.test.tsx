// @vitest-environment jsdom
// The Add and Export buttons each open a panel below them: Escape closes it, from the button as
// from inside the panel, and the focus is then on the button; a press outside closes it too.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AddMenu } from '../../src/components/AddMenu/AddMenu';
import { ExportMenu } from '../../src/components/ExportMenu/ExportMenu';

afterEach(cleanup);

const menus = [
  { name: 'Add', ui: () => <AddMenu />, inside: 'New dataset' },
  {
    name: 'Export',
    ui: () => <ExportMenu onExport={() => Promise.resolve(null)} />,
    inside: 'Export PNG',
  },
];

describe.each(menus)('the $name button', ({ name, ui, inside }) => {
  it('closes its panel on Escape with the focus on the button', async () => {
    render(ui());
    const button = screen.getByRole('button', { name, expanded: false });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: inside, hidden: true })).not.toBeVisible();
  });

  it('closes its panel on Escape from inside it, giving the focus back to the button', async () => {
    render(ui());
    const button = screen.getByRole('button', { name, expanded: false });
    await userEvent.click(button);
    screen.getByRole('button', { name: inside }).focus();
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes its panel on a press outside it', async () => {
    render(ui());
    const button = screen.getByRole('button', { name, expanded: false });
    await userEvent.click(button);
    fireEvent.pointerDown(document.body);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
