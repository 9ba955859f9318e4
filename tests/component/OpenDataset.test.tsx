// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OpenDataset } from '../../src/components/OpenDataset/OpenDataset';

beforeAll(() => {
  // jsdom has <dialog> without its methods: open and close it by the attribute, as browsers do.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(cleanup);

/** Opens the dialog, pastes text and presses Open; resolves to the text area seen on reopening. */
async function pasteAndReopen(loads: boolean, text: string) {
  const onOpenText = vi.fn(() => Promise.resolve(loads));
  render(<OpenDataset onOpenFile={() => {}} onOpenText={onOpenText} onOpenSample={() => {}} />);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Open from text' }));
  await user.click(screen.getByRole('textbox', { name: 'Dataset JSON' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(onOpenText).toHaveBeenCalledWith(text);
  // The dialog closes while the text loads; it shows the problems, or the new graph.
  expect(screen.queryByRole('dialog')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Open from text' }));
  return screen.getByRole('textbox', { name: 'Dataset JSON' });
}

describe('Open from text', () => {
  it('keeps a pasted text that failed to load, to be mended when the dialog reopens', async () => {
    const broken = '{ "format": "stancegraph", "version": 1, "actors": [ }';
    expect(await pasteAndReopen(false, broken)).toHaveValue(broken);
    expect(screen.getByRole('button', { name: 'Open' })).toBeEnabled();
  });

  it('starts empty again once a pasted text has loaded', async () => {
    const good = '{ "format": "stancegraph", "version": 1, "actors": [], "claims": [] }';
    expect(await pasteAndReopen(true, good)).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Open' })).toBeDisabled();
  });
});
