// Bundle size: the app's first-load JavaScript (gzipped), lazy chunks, workers, CSS, plain page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIST, PLAIN_DIST } from './options';
import type { BundleFile, BundleReport } from './types';

function fileInfo(dist: string, file: string): BundleFile {
  const body = readFileSync(join(dist, file));
  return { file, bytes: body.length, gzip: gzipSync(body).length };
}

export function bundleReport(): BundleReport {
  const html = readFileSync(join(APP_DIST, 'index.html'), 'utf8');
  const toFile = (href: string) => href.replace(/^\.?\//, '');
  const first = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    first.add(toFile(m[1]!));
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    first.add(toFile(m[1]!));
  // The static imports of those chunks load with them; import("…") and workers do not.
  const queue = [...first];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const code = readFileSync(join(APP_DIST, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+\.js)["']/g,
    )) {
      const next = toFile(join(dirname(file), m[1]!).split(sep).join('/'));
      if (!first.has(next)) {
        first.add(next);
        queue.push(next);
      }
    }
  }
  const assets = readdirSync(join(APP_DIST, 'assets')).map((f) => `assets/${f}`);
  const workerFiles = new Set<string>();
  for (const file of assets.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(APP_DIST, file), 'utf8');
    for (const m of code.matchAll(/new\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["'`]([^"'`]+)["'`]/g))
      workerFiles.add(`assets/${m[1]!.split('/').pop()}`);
  }
  const firstLoad = [...first].map((f) => fileInfo(APP_DIST, f));
  const plainAssets = readdirSync(join(PLAIN_DIST, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    firstLoad,
    firstLoadGzipKb: firstLoad.reduce((sum, f) => sum + f.gzip, 0) / 1000,
    lazy: assets
      .filter((f) => f.endsWith('.js') && !first.has(f) && !workerFiles.has(f))
      .map((f) => fileInfo(APP_DIST, f)),
    workers: [...workerFiles]
      .filter((f) => existsSync(join(APP_DIST, f)))
      .map((f) => fileInfo(APP_DIST, f)),
    css: assets.filter((f) => f.endsWith('.css')).map((f) => fileInfo(APP_DIST, f)),
    plain: plainAssets.map((f) => fileInfo(PLAIN_DIST, `assets/${f}`)),
  };
}
