import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layering of ../shared/STYLE.md, held by lint: each layer lists what it may not import.
const layerRules = [
  {
    files: ['src/model/**/*.ts'],
    forbidden: ['react', 'react-dom', 'zustand', 'cytoscape', 'cytoscape-*'],
    layers: ['**/store/**', '**/cytoscape/**', '**/components/**', '**/app/**'],
    why: 'model/ is pure TypeScript: it imports zod only.',
  },
  {
    files: ['src/store/**/*.ts'],
    forbidden: ['react', 'react-dom', 'cytoscape', 'cytoscape-*'],
    layers: ['**/cytoscape/**', '**/components/**', '**/app/**'],
    why: 'store/ holds state and calls model/: no React, no Cytoscape.',
  },
  {
    files: ['src/cytoscape/**/*.ts'],
    forbidden: ['react', 'react-dom', 'zustand'],
    layers: ['**/store/**', '**/components/**', '**/app/**'],
    why: 'cytoscape/ is a React-free adapter over model/ types.',
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    ignores: ['src/components/GraphCanvas/**'],
    forbidden: ['cytoscape', 'cytoscape-*'],
    layers: ['**/cytoscape/**', '**/app/**'],
    why: 'only the graph canvas talks to Cytoscape.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/data', '.tmp'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
  ...layerRules.map(({ files, ignores, forbidden, layers, why }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbidden, message: why },
            { group: layers, message: why },
          ],
        },
      ],
    },
  })),
);
