// Gives the sample dataset its article's text and every statement its span (npm run sample:spans).
// Mechanical, so it can be run again after the sample is recoded: each source with a `file` gets
// that file's text (data/sources/…) as its `text`, and each statement the span of its quote in it.
// A quote not found in its source's text stops the script, naming the statement.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { validateDataset } from '../src/model/parseDataset';
import { spansFromQuotes } from '../src/model/quotes';
import type { Dataset } from '../src/model/schema';

const target = fileURLToPath(new URL('../data/north-korea-troops.json', import.meta.url));
const dataset = JSON.parse(readFileSync(target, 'utf8')) as Dataset;

const sources = (dataset.sources ?? []).map((source) => {
  const file = source.file;
  if (typeof file !== 'string') return source;
  const text = readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8');
  return { ...source, text };
});
const { dataset: spanned, notFound } = spansFromQuotes({ ...dataset, sources });
if (notFound.length > 0) {
  console.error(`quotes not found in their source's text: ${notFound.join(', ')}`);
  process.exit(1);
}
const checked = validateDataset(spanned);
if (!checked.ok) {
  for (const problem of checked.problems) console.error(`${problem.path}: ${problem.message}`);
  process.exit(1);
}
const options = { ...(await resolveConfig(target)), parser: 'json' };
writeFileSync(target, await format(JSON.stringify(spanned, null, 2), options));
const spans = spanned.statements.filter((s) => s.span !== undefined).length;
console.log(`wrote ${target}: ${spans} of ${spanned.statements.length} statements with a span`);
