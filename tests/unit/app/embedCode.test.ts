// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedAddress, embedSnippet } from '../../../src/app/share/embedCode';

describe('embed code', () => {
  it('points the iframe at the app with ?embed, the hosted file and the view', () => {
    const address = embedAddress(
      'https://app.example/stancegraph/?data=old#view=claims',
      'https://data.example/a b.json?x=1&y=2',
      'view=actors&select=actor%3Aputin',
    );
    expect(address).toBe(
      'https://app.example/stancegraph/?embed&data=https%3A%2F%2Fdata.example%2Fa%20b.json%3Fx%3D1%26y%3D2#view=actors&select=actor%3Aputin',
    );
    const url = new URL(address);
    expect(url.searchParams.has('embed')).toBe(true);
    expect(url.searchParams.get('data')).toBe('https://data.example/a b.json?x=1&y=2');
  });

  it('writes a hostile title as text: the snippet is one iframe and nothing else', () => {
    const title = 'Hostile "><script>alert(1)</script><img src=x onerror=alert(2)> & more';
    const snippet = embedSnippet({
      appUrl: 'https://app.example/',
      dataAddress: 'https://data.example/d.json',
      viewHash: '',
      title,
    });
    const template = document.createElement('template');
    template.innerHTML = snippet;
    const elements = template.content.querySelectorAll('*');
    expect(elements).toHaveLength(1);
    const iframe = template.content.querySelector('iframe')!;
    expect(iframe.title).toBe(`${title} (Stancegraph)`);
    expect(iframe.getAttribute('src')).toBe(
      'https://app.example/?embed&data=https%3A%2F%2Fdata.example%2Fd.json',
    );
    expect([...iframe.attributes].map((a) => a.name).sort()).toEqual(
      ['height', 'loading', 'src', 'style', 'title', 'width'].sort(),
    );
  });
});
