// Bundles the CLI (src/cli + src/core) into one ES module so `bin/access-matrix.js`
// starts with plain `node` in well under the 300 ms budget: no TypeScript loader at run time.
// Runs from npm's `prepare`, so a fresh `npm install` leaves a working binary.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/access-matrix.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // @babel/parser is CommonJS; a require shim lets the ESM bundle load it.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
