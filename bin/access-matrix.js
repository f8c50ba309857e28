#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm install` (the `prepare` script) into dist-cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/access-matrix.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'access-matrix: the CLI bundle is missing (dist-cli/access-matrix.mjs); run `npm install` or `npm run build:cli` in the project first.\n',
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
