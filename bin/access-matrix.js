#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm install` (the `prepare` script) into dist-cli/.
// CommonJS (bin/package.json), not an ES module: node loads its ES module loader only for an ES
// module entry, about 3 ms of CPU on every run (bench/results.md, issue 11, sixth pass).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { BUNDLE_FILE, loadBundle } = require('./load-bundle.js');

const dir = join(__dirname, '..', 'dist-cli');
if (!existsSync(join(dir, BUNDLE_FILE))) {
  process.stderr.write(
    `access-matrix: the CLI bundle is missing (dist-cli/${BUNDLE_FILE}); run \`npm install\` or \`npm run build:cli\` in the project first.\n`,
  );
  process.exit(2);
}
loadBundle(dir)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
