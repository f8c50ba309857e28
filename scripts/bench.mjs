// Bundles bench/run.ts (TypeScript) with esbuild and runs it in this process: no TS loader needed.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}node_modules/.cache/bench`, { recursive: true });
const outfile = `${root}node_modules/.cache/bench/run.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['bench/run.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // import.meta.url must resolve paths from bench/, not from the cache folder.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${root}bench/run.ts`).href) },
});
await import(pathToFileURL(outfile).href);
