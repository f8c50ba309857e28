/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The Content-Security-Policy meta of index.html holds for builds (preview, any static host). The
 * dev server needs what it forbids — React's fast-refresh preamble is an inline script, hot reload
 * a websocket — so it serves the page without it.
 */
const cspOnlyInBuilds: Plugin = {
  name: 'csp-only-in-builds',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

/**
 * Monaco's TypeScript mode imports `internal/common/workers.js` for one small function; that file
 * also imports every editor contribution. A stand-in (src/ui/code/monaco-workers.ts) keeps the
 * code editor's lazy chunk ~250 KiB gzip smaller and free of contributions that fail when loaded
 * after a read-only viewer has started Monaco's services.
 */
const monacoWorkersStandIn = fileURLToPath(
  new URL('./src/ui/code/monaco-workers.ts', import.meta.url),
);
const slimMonacoWorkers = {
  name: 'slim-monaco-workers',
  resolveId: (source: string, importer: string | undefined) =>
    importer?.includes('monaco-editor') && source.endsWith('/internal/common/workers.js')
      ? monacoWorkersStandIn
      : null,
};

// base './' keeps every asset URL relative, so dist/ works from any sub-path of a static host.
export default defineConfig({
  base: './',
  // `pre`: ahead of Vite's own resolver, which would resolve the relative import first.
  plugins: [react(), cspOnlyInBuilds, { ...slimMonacoWorkers, enforce: 'pre' }],
  // The dev server pre-bundles Monaco, so the stand-in must be resolved there too.
  optimizeDeps: { rolldownOptions: { plugins: [slimMonacoWorkers] } },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Everything the first load needs in one chunk (`$initial`: index.html's static import
    // graph). Left to itself the bundler split it into about twenty files, the ones shared with
    // lazy panels among them, and each gzips on its own with its own import/export glue: one
    // chunk is 7.4 KiB gzip smaller (149.96 -> 142.54 KiB with the lazy share panel and embed;
    // the budget is 150, issue 11). Lazy panels import what they share with it from it.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
