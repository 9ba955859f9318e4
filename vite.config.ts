import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { standalonePage } from './scripts/standalonePage.ts';

// The dev server's hot reload needs an inline script, which index.html's Content-Security-Policy
// forbids; production builds (and so the end-to-end tests) keep the policy.
const dropCspInDev: Plugin = {
  name: 'stancegraph:drop-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
};

export default defineConfig({
  // standalonePage: the read-only page that "Export HTML" fills, built with the app.
  plugins: [react(), dropCspInDev, standalonePage()],
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
});
