// The read-only standalone page that "Export HTML" fills with data: a second Vite build of
// src/app/standalone (one chunk, nothing split off), whose code and styles are then written into
// the HTML, with a Content-Security-Policy that allows exactly those inline blocks (by their
// SHA-256 hashes) and nothing from anywhere else. The app's build emits it as standalone.html.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type Plugin, type Rolldown } from 'vite';

/** The page's source, relative to the project root. */
export const STANDALONE_ENTRY = 'src/app/standalone/page.html';
/** Where the app's build puts the page (src/app/export/exportStandalone.ts fetches it). */
export const STANDALONE_FILE = 'standalone.html';
/** The most the page may weigh before its data is written in. */
export const MAX_STANDALONE_BYTES = 1_000_000;

/** The CSP source of an inline block: its SHA-256, base64. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Returns the page's policy: its inline script and styles (by hash) and data: images, and nothing
 * else: no other script, no worker, no request, no form, no base, no plugin.
 */
export function standalonePolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(hashSource).join(' ')}`,
    `style-src ${styles.map(hashSource).join(' ')}`,
    'img-src data:',
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Returns code that can stand inside a <script> or <style> element as it is: every `</script`,
 * `</style` and `<!--` (which would end the element or change how the parser reads it) has its
 * `<` written as `\x3C`, which means `<` in every string, template and regular expression of
 * JavaScript (and as a CSS escape, `\3C `, in styles).
 */
export function inlineSafe(code: string, kind: 'script' | 'style'): string {
  const pattern = /<(\/script|\/style|!--)/gi;
  return code.replace(pattern, (_match, rest: string) =>
    kind === 'script' ? `\\x3C${rest}` : `\\3C ${rest}`,
  );
}

const MODULE_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/;
const STYLESHEET = /<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/;
const FILE_TAG = new RegExp(`${MODULE_SCRIPT.source}|${STYLESHEET.source}`, 'g');

/**
 * Returns the built page with its script and stylesheet files written in (`files` by file name) and
 * its policy (the hashes of its inline script and styles) added before any of them. Throws when
 * the page refers to a file it was not given, or loads anything else.
 */
export function inlinePage(html: string, files: ReadonlyMap<string, string>): string {
  const fileNamed = (reference: string) => {
    // Assets have names of their own (hashed), wherever the page sits in the build.
    const name = reference.slice(reference.lastIndexOf('/') + 1);
    const code = files.get(name);
    if (code === undefined)
      throw new Error(`the standalone page refers to ${name}, which was not built`);
    return code;
  };
  if (/<(script|link|img|iframe)\b[^>]*\s(src|href)="(?!data:)/.test(html.replace(FILE_TAG, '')))
    throw new Error('the standalone page loads a file that is not its script or stylesheet');
  // The page's own inline styles, read before any code is written in (code may hold "<style").
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const scripts: string[] = [];
  // One pass over the page as built: what is written in is never read again as markup.
  const inlined = html.replace(FILE_TAG, (_tag, src?: string, href?: string) => {
    if (src !== undefined) {
      const code = inlineSafe(fileNamed(src), 'script');
      scripts.push(code);
      return `<script type="module">${code}</script>`;
    }
    const code = inlineSafe(fileNamed(href!), 'style');
    styles.push(code);
    return `<style>${code}</style>`;
  });
  const policy = `<meta http-equiv="Content-Security-Policy" content="${standalonePolicy(scripts, styles)}" />`;
  // Before any script or style: a policy applies only to what comes after it.
  const head = /<meta charset="UTF-8" \/>/;
  if (!head.test(inlined)) throw new Error('the standalone page has no <meta charset> to follow');
  return inlined.replace(head, (charset) => `${charset}\n    ${policy}`);
}

/**
 * Modules the read-only page never runs, which it would otherwise carry: the app loads them with
 * import() when the user edits. In the page's build each resolves to a module with no exports, so
 * a static import of one of them fails the build instead of failing at run time.
 */
export const LEFT_OUT_OF_STANDALONE: readonly RegExp[] = [
  /\/src\/components\/Editing\/EditorPanel\.tsx$/,
  /\/src\/model\/edits\.ts$/,
];

/**
 * React in the page is Preact's compatible layer (about 190 KB smaller once minified), so the
 * explorer with its table and timeline fits in the page's 1 MB; the app itself runs on React.
 */
export const REACT_IN_STANDALONE = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** The empty module each module of LEFT_OUT_OF_STANDALONE resolves to in the page. */
const LEFT_OUT_ID = '\0stancegraph:left-out';

function standaloneModules(): Plugin {
  return {
    name: 'stancegraph:standalone-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source === LEFT_OUT_ID) return null;
      // What is left out is the project's own code, imported by a relative path.
      if (!source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && LEFT_OUT_OF_STANDALONE.some((pattern) => pattern.test(resolved.id)))
        return LEFT_OUT_ID;
      return null;
    },
    load(id) {
      return id === LEFT_OUT_ID ? 'export {};' : null;
    },
  };
}

/** The Vite build of the standalone page: one chunk, assets inline, nothing written to disk. */
function standaloneConfig(root: string): InlineConfig {
  return {
    configFile: false,
    root,
    mode: 'standalone',
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react(), standaloneModules()],
    resolve: { alias: REACT_IN_STANDALONE },
    worker: { format: 'es' },
    build: {
      write: false,
      modulePreload: false,
      cssCodeSplit: false,
      assetsInlineLimit: () => true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: MAX_STANDALONE_BYTES / 1000,
      rolldownOptions: {
        input: resolve(root, STANDALONE_ENTRY),
        output: { codeSplitting: false },
      },
    },
  };
}

/**
 * Builds the standalone page and returns its HTML; throws when it is over its size (unless
 * `checkSize` is false: from the dev server, whose React and JSX are their larger development
 * builds).
 */
export async function buildStandalonePage(root: string, checkSize = true): Promise<string> {
  const result = await build(standaloneConfig(root));
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = new Map<string, string>();
  let html: string | undefined;
  for (const item of outputs.flatMap((output) => output.output)) {
    const text =
      item.type === 'chunk'
        ? item.code
        : typeof item.source === 'string'
          ? item.source
          : new TextDecoder().decode(item.source);
    if (item.fileName.endsWith('.html')) html = text;
    else files.set(item.fileName.slice(item.fileName.lastIndexOf('/') + 1), text);
  }
  if (html === undefined) throw new Error('the standalone build made no page');
  const page = inlinePage(html, files);
  const bytes = Buffer.byteLength(page, 'utf8');
  if (checkSize && bytes > MAX_STANDALONE_BYTES)
    throw new Error(
      `the standalone page is ${bytes.toLocaleString('en-US')} bytes; it may be at most ` +
        `${MAX_STANDALONE_BYTES.toLocaleString('en-US')} before its data`,
    );
  return page;
}

/**
 * Emits standalone.html with the app's build (started with it, so the two run side by side), and
 * serves a fresh one from the dev server.
 */
export function standalonePage(): Plugin {
  let root = process.cwd();
  let page: Promise<string> | null = null;
  return {
    name: 'stancegraph:standalone-page',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      if (this.meta.watchMode) return;
      page = buildStandalonePage(root);
      page.catch(() => {}); // awaited, and its error reported, in generateBundle
    },
    async generateBundle() {
      if (!page) return;
      this.emitFile({ type: 'asset', fileName: STANDALONE_FILE, source: await page });
    },
    configureServer(server) {
      server.middlewares.use(`/${STANDALONE_FILE}`, (_request, response, next) => {
        buildStandalonePage(root, false).then((html) => {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(html);
        }, next);
      });
    },
  };
}
