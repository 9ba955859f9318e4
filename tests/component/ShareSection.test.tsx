// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ShareSection,
  type ShareActions,
  type ShareResult,
} from '../../src/components/ExportMenu/ShareSection';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function actions(overrides: Partial<ShareActions> = {}): ShareActions {
  return {
    linkWithData: vi.fn((): Promise<ShareResult> =>
      Promise.resolve({ ok: true, text: 'https://app.example/#data=abc', note: '1 KB.' }),
    ),
    hostedAddress: vi.fn(() => null),
    embedCode: vi.fn((address: string): Promise<ShareResult> =>
      Promise.resolve({ ok: true, text: `<iframe src="${address}"></iframe>`, note: 'Embed.' }),
    ),
    ...overrides,
  };
}

/** A clipboard that takes the text, or refuses it (an insecure page, a denied permission). */
function stubClipboard(works: boolean) {
  const writeText = vi.fn(() => (works ? Promise.resolve() : Promise.reject(new Error('denied'))));
  vi.stubGlobal('navigator', { clipboard: { writeText } });
  return writeText;
}

describe('Copy link with data', () => {
  it('copies the link and shows it in a field', async () => {
    const writeText = stubClipboard(true);
    render(<ShareSection actions={actions()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link with data' }));
    expect(screen.getByRole('textbox', { name: 'Link with data' })).toHaveValue(
      'https://app.example/#data=abc',
    );
    expect(await screen.findByText('Copied. 1 KB.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith('https://app.example/#data=abc');
  });

  it('says to copy from the field when the clipboard refuses', async () => {
    stubClipboard(false);
    render(<ShareSection actions={actions()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link with data' }));
    expect(await screen.findByText('Copy it from the field below. 1 KB.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Link with data' })).toBeInTheDocument();
  });

  it('shows why there is no link, and no field', async () => {
    stubClipboard(true);
    const tooLarge = actions({
      linkWithData: () => Promise.resolve({ ok: false, message: 'The dataset is 300 KB.' }),
    });
    render(<ShareSection actions={tooLarge} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy link with data' }));
    expect(screen.getByText('The dataset is 300 KB.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Link with data' })).toBeNull();
  });
});

describe('Copy embed code', () => {
  it('uses the hosted file the dataset came from at once', async () => {
    stubClipboard(true);
    const hosted = actions({ hostedAddress: () => 'https://data.example/d.json' });
    render(<ShareSection actions={hosted} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(hosted.embedCode).toHaveBeenCalledWith('https://data.example/d.json');
    expect(screen.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      '<iframe src="https://data.example/d.json"></iframe>',
    );
  });

  it('asks for the address of a hosted file when there is none', async () => {
    stubClipboard(true);
    const none = actions();
    render(<ShareSection actions={none} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(none.embedCode).not.toHaveBeenCalled();
    const address = screen.getByRole('textbox', { name: 'Address of the hosted dataset' });
    expect(address).toHaveFocus();
    await user.type(address, 'https://me.example/d.json{Enter}');
    expect(none.embedCode).toHaveBeenCalledWith('https://me.example/d.json');
    expect(screen.getByRole('textbox', { name: 'Embed code' })).toBeInTheDocument();
  });
});
