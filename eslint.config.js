import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import layersPlugin from './eslint/layers.js';

// The layering of ../shared/STYLE.md, held by lint as allow-lists (eslint/layers.js): each layer
// names the layers and packages it may import from, by any kind of import.
const layerRules = [
  {
    files: ['src/model/**/*.ts'],
    layers: [],
    // The file readers: sql.js (types only: app/ loads the engine), read-excel-file, and the
    // XML parser under the graphology readers, for line numbers.
    packages: [
      'zod',
      'graphology',
      'graphology-*',
      'papaparse',
      'sql.js',
      'read-excel-file',
      '@xmldom/xmldom',
    ],
    why: 'model/ is pure TypeScript: it imports zod and data libraries only.',
  },
  {
    files: ['src/store/**/*.ts'],
    layers: ['model'],
    packages: ['zustand', 'idb-keyval', 'zod'],
    why: 'store/ holds state and calls model/: no React, no Cytoscape.',
  },
  {
    files: ['src/cytoscape/**/*.ts'],
    layers: ['model'],
    // graphology's ForceAtlas2: the layout worker's force layout of large graphs.
    packages: ['cytoscape', 'cytoscape-*', 'graphology', 'graphology-layout-forceatlas2'],
    why: 'cytoscape/ is a React-free adapter over model/.',
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    ignores: ['src/components/GraphCanvas/**'],
    layers: ['model', 'store', 'components'],
    // TanStack Table and Virtual: the data table (loaded when it is first opened).
    packages: ['react', 'react-dom', 'zustand', '@tanstack/react-table', '@tanstack/react-virtual'],
    why: 'components/ are React over the store; only the graph canvas talks to Cytoscape.',
  },
  {
    files: ['src/components/GraphCanvas/**/*.{ts,tsx}'],
    layers: ['model', 'store', 'components', 'cytoscape'],
    packages: ['react', 'react-dom', 'zustand'],
    why: 'the graph canvas hands the store to Cytoscape.',
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    layers: ['model', 'store', 'cytoscape', 'components', 'components/GraphCanvas'],
    // sql.js: the SQLite engine and its WebAssembly, loaded when a DNA file is opened.
    packages: ['react', 'react-dom', 'zustand', 'sql.js'],
    dataFiles: ['data/*'],
    why: 'app/ puts the layers together.',
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
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
  ...layerRules.map(({ files, ignores, layers, packages, dataFiles = [], why }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    plugins: { layers: layersPlugin },
    rules: {
      'layers/allowed-imports': ['error', { layers, packages, files: dataFiles, why }],
    },
  })),
);
