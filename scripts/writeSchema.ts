// Writes data/stancegraph.schema.json from the zod schemas (npm run schema). A unit test fails
// while the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchema } from '../src/model/jsonSchema';

const target = fileURLToPath(new URL('../data/stancegraph.schema.json', import.meta.url));
writeFileSync(target, renderJsonSchema());
console.log(`wrote ${target}`);
