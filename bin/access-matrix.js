#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm install` (the `prepare` script) into dist-cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FILE, loadBundle } from './load-bundle.js';

const dir = fileURLToPath(new URL('../dist-cli/', import.meta.url));
if (!existsSync(`${dir}${BUNDLE_FILE}`)) {
  process.stderr.write(
    `access-matrix: the CLI bundle is missing (dist-cli/${BUNDLE_FILE}); run \`npm install\` or \`npm run build:cli\` in the project first.\n`,
  );
  process.exit(2);
}
process.exitCode = await loadBundle(dir).main(process.argv.slice(2));
