import path from 'node:path';
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { allowedImports } from '../../../eslint/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const src = (file: string) => path.resolve(import.meta.dirname, '../../../src', file);
const modelRules = [{ layers: [], packages: ['zod', 'graphology-*'], why: 'model is pure.' }];

tester.run('layers/allowed-imports', allowedImports, {
  valid: [
    { filename: src('model/a.ts'), code: "import { z } from 'zod';", options: modelRules },
    { filename: src('model/a.ts'), code: "import x from 'graphology-gexf';", options: modelRules },
    { filename: src('model/a.ts'), code: "import { b } from './b';", options: modelRules },
    { filename: src('model/a.ts'), code: "const m = import('./b');", options: modelRules },
    {
      filename: src('store/a.ts'),
      code: "export { b } from '../model/b';",
      options: [{ layers: ['model'], packages: [] }],
    },
    {
      filename: src('app/a.ts'),
      code: "import text from '../../data/sample.json?raw';",
      options: [{ layers: [], packages: [], files: ['data/*'] }],
    },
  ],
  invalid: [
    {
      filename: src('model/a.ts'),
      code: "import React from 'react';",
      options: modelRules,
      errors: [{ message: 'model/ may not import "react". model is pure.' }],
    },
    {
      // The hole of no-restricted-imports: a dynamic import.
      filename: src('model/a.ts'),
      code: "const store = import('../store/store');",
      options: modelRules,
      errors: [{ message: 'model/ may not import from store/. model is pure.' }],
    },
    {
      filename: src('model/a.ts'),
      code: "export * from '../cytoscape/elements';",
      options: modelRules,
      errors: [{ message: 'model/ may not import from cytoscape/. model is pure.' }],
    },
    {
      filename: src('components/Foo/Foo.tsx'),
      code: "const w = new Worker(new URL('../../cytoscape/layoutWorker.ts', import.meta.url));",
      options: [{ layers: ['model', 'store', 'components'], packages: [] }],
      errors: [{ message: 'components/ may not import from cytoscape/. ' }],
    },
    {
      filename: src('model/a.ts'),
      code: 'const name = "./b"; const m = import(name);',
      options: modelRules,
      errors: [{ message: 'an import must name its target plainly. model is pure.' }],
    },
  ],
});
