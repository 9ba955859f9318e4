// Builds the plain Cytoscape.js baseline page (bench/plain) for bench/run.ts. Its output goes under
// bench/data, which git, ESLint and Prettier ignore.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./plain', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./data/dist-plain', import.meta.url)),
    emptyOutDir: true,
    // One chunk holding Cytoscape and fCoSE is what a hand-built page ships.
    chunkSizeWarningLimit: 2_000,
  },
});
