// Bundles bench/run.ts (TypeScript) with esbuild and runs it in this process: no TS loader needed.
// Another entry can be given (e.g. `node scripts/bench.mjs bench/profile-click.ts`).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// One cache folder per checkout: worktrees may share node_modules (and run benches at once).
const cache = `${root}node_modules/.cache/bench/${basename(root)}`;
mkdirSync(cache, { recursive: true });
const entry = process.argv[2] ?? 'bench/run.ts';
const outfile = `${cache}/${basename(entry, '.ts')}.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  // import.meta.url must resolve paths from bench/, not from the cache folder.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(`${root}${entry}`).href) },
});
await import(pathToFileURL(outfile).href);
