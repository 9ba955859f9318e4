// A CPU profile summed up: self time by module group (from `// path` markers), top functions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileSummary } from './types';

/** For each JS file of a build: the module each line belongs to (rolldown's `// path` markers). */
export function moduleMap(dist: string): Map<string, { line: number; module: string }[]> {
  const map = new Map<string, { line: number; module: string }[]>();
  const assets = join(dist, 'assets');
  for (const name of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const lines = readFileSync(join(assets, name), 'utf8').split('\n');
    const starts: { line: number; module: string }[] = [];
    lines.forEach((text, i) => {
      const match =
        /^\/\/ (?:\\0)?((?:node_modules|src|bench|data)\/[^\s]+|[\w@./-]+\.(?:[cm]?js|tsx?))$/.exec(
          text,
        );
      if (match) starts.push({ line: i, module: match[1]! });
    });
    map.set(name, starts);
  }
  return map;
}

function groupOf(module: string): string {
  if (/node_modules\/cytoscape\//.test(module)) return 'cytoscape (core, style, render)';
  if (/node_modules\/(cytoscape-fcose|cose-base|layout-base)\//.test(module))
    return 'fcose layout (cytoscape-fcose, cose-base, layout-base)';
  if (/node_modules\/(react|react-dom|scheduler)\//.test(module)) return 'React';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(module);
  if (pkg) return pkg[1]!;
  const app = /^src\/([^/]+)\//.exec(module);
  if (app) return `app src/${app[1]}`;
  if (module.startsWith('bench/')) return 'plain page code';
  return module;
}

export function summarizeProfile(
  profile: {
    nodes: {
      id: number;
      callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    }[];
    samples?: number[];
    timeDeltas?: number[];
  },
  modules: Map<string, { line: number; module: string }[]>,
): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next sample.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + ms);
  }
  const groups = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; group: string; ms: number }>();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame } = nodes.get(id)!;
    const name = callFrame.functionName || '(anonymous)';
    let group: string;
    let where = '';
    if (name === '(idle)') continue;
    if (!callFrame.url) {
      group = name.startsWith('(') ? name : 'V8 / browser built-ins';
    } else {
      const file = callFrame.url.split('/').pop() ?? '';
      const starts = modules.get(file) ?? [];
      let module = file;
      for (const s of starts) {
        if (s.line <= callFrame.lineNumber) module = s.module;
        else break;
      }
      group = groupOf(module);
      where = `${module}:${callFrame.lineNumber + 1}`;
    }
    total += ms;
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const key = `${name}|${where}`;
    const entry = functions.get(key) ?? { name, where, group, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    totalMs: round(total),
    byGroup: [...groups]
      .map(([group, ms]) => ({ group, ms: round(ms) }))
      .sort((a, b) => b.ms - a.ms),
    topFunctions: [...functions.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 15)
      .map((f) => ({ ...f, ms: round(f.ms) })),
  };
}
