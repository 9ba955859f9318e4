import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlinePage, inlineSafe, standalonePolicy } from '../../../scripts/standalonePage';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Stancegraph</title>
    <style id="__________cytoscape_stylesheet">.c{position:relative}</style>
    <script type="module" crossorigin src="../../../assets/page-abc.js"></script>
    <link rel="stylesheet" crossorigin href="../../../assets/style-def.css">
  </head>
  <body>
    <div id="root"></div>
    <script type="application/json" id="stancegraph-data"></script>
  </body>
</html>`;

// Code that holds markup in its strings, as React's and Cytoscape's do.
const JS =
  'const a = "</script><!-- x"; const r = /<\\/style>/; console.log(a, r, `</SCRIPT>`);' +
  'const m = \'<link rel="stylesheet" href="x.css"><style>p{}</style><script src="y.js"></script>\';';
const CSS = '.a::after { content: "</style>"; } .b { color: red; }';
const files = new Map([
  ['page-abc.js', JS],
  ['style-def.css', CSS],
]);

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline code', () => {
  it('can end no element and means the same', () => {
    const safe = inlineSafe(JS, 'script');
    expect(safe).not.toMatch(/<\/script|<!--|<\/style/i);
    // The same program: the escapes mean "<" wherever they stand.
    const run = (code: string) => {
      const logged: unknown[] = [];
      new Function('console', code)({ log: (...args: unknown[]) => logged.push(...args) });
      return logged.map(String);
    };
    expect(run(safe)).toEqual(run(JS));
    expect(inlineSafe(CSS, 'style')).toBe(
      '.a::after { content: "\\3C /style>"; } .b { color: red; }',
    );
  });
});

describe('the standalone page', () => {
  const page = inlinePage(BUILT, files);

  it('loads no file: its script and styles are in it, as built', () => {
    const script = inlineSafe(JS, 'script');
    const style = inlineSafe(CSS, 'style');
    expect(page).toContain(`<script type="module">${script}</script>`);
    expect(page).toContain(`<style>${style}</style>`);
    expect(page.replace(script, '')).not.toMatch(/\ssrc=|<link/);
  });

  it('allows by its policy exactly its own inline blocks, and nothing from anywhere', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(
      page,
    )?.[1];
    const script = inlineSafe(JS, 'script');
    const styles = ['.c{position:relative}', inlineSafe(CSS, 'style')];
    expect(policy).toBe(standalonePolicy([script], styles));
    const directives = new Map(
      policy!.split('; ').map((d) => [d.slice(0, d.indexOf(' ')), d.slice(d.indexOf(' ') + 1)]),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe(sha(script));
    expect(directives.get('style-src')).toBe(styles.map(sha).join(' '));
    expect(directives.get('worker-src')).toBe("'none'");
    expect(policy).not.toMatch(/unsafe|https?:|blob:|\*/);
    // Before the first script or style it governs.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style'));
  });

  it('keeps the empty data block for the export to fill', () => {
    expect(page).toContain('<script type="application/json" id="stancegraph-data"></script>');
  });

  it('is refused when it refers to a file that was not built, or loads another', () => {
    expect(() => inlinePage(BUILT, new Map([['page-abc.js', JS]]))).toThrow(
      'refers to style-def.css, which was not built',
    );
    const withImage = BUILT.replace('<div id="root">', '<img src="/logo.png"><div id="root">');
    expect(() => inlinePage(withImage, files)).toThrow('loads a file');
  });
});
