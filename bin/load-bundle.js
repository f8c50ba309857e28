// Loads the CLI bundle (CommonJS) through V8's code cache when there is one: compiling the
// bundle and the functions a run calls is a large part of a cold start. The cache is written at
// build time (scripts/build-cli.mjs); V8 checks it against the source and its own version and
// flags, and compiles normally when it does not fit (`cachedDataRejected`).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const BUNDLE_FILE = 'access-matrix.cjs';
const CACHE_FILE = 'access-matrix.code-cache';

/**
 * Runs dist-cli/access-matrix.cjs as a CommonJS module and returns its exports (`main`) and a
 * `writeCache()` that saves V8's code cache of everything compiled so far.
 */
function loadBundle(dir, { withoutCache = false } = {}) {
  // A CLI run is short: V8's optimizing compiler (TurboFan, on background threads) spent more
  // CPU compiling Babel's parser and the core than the optimized code saved before the process
  // ended. Sixteen times its default interrupt budget (67,584 bytes of bytecode) lets functions
  // run longer in the baseline tiers first, so only code that stays hot in a large design is
  // optimized. Measured cold, process CPU on 2,000 paths: export --format iam −13%, matrix --json
  // −25%; on 5,000 paths −14%. Set before the bundle is compiled: V8 stamps its flags into the
  // code cache, so the build (which loads the bundle through here) writes a cache that fits.
  // A tiering flag: it is read afresh at every tier-up, unlike the heap's sizes, which are
  // fixed when the process starts (changing GC flags such as --single-threaded-gc at run time
  // crashed V8).
  setFlagsFromString(`--interrupt-budget=${16 * 67_584}`);
  // No incremental (and so no concurrent) marking: V8 starts marking the old generation on
  // helper threads and in steps once it passes a soft limit, which a 2,000-path run crosses
  // near its end (Babel's AST and the matrix), then finishes with a full mark-compact that
  // frees nothing the process still needs before it exits. Without it, old-generation
  // collection waits for the hard limit and is one atomic mark-compact, as good for a batch
  // job that prints once (a pause does not matter, total CPU does). Read whenever V8 decides
  // whether to start marking, so it takes effect here. Measured cold, process CPU p50,
  // interleaved: matrix --json 2,000 paths 359 → 333 ms, export --format iam 266 → 260; 5,000
  // paths within the noise (both reach the hard limit once).
  setFlagsFromString('--no-incremental-marking');
  const file = join(dir, BUNDLE_FILE);
  const source = readFileSync(file, 'utf8');
  let cachedData;
  if (!withoutCache) {
    try {
      cachedData = readFileSync(join(dir, CACHE_FILE));
    } catch {
      // No cache (e.g. a bundle built without one): compile as usual.
    }
  }
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, cachedData },
  );
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
  return {
    main: module.exports.main,
    writeCache: () => writeFileSync(join(dir, CACHE_FILE), script.createCachedData()),
  };
}

exports.BUNDLE_FILE = BUNDLE_FILE;
exports.loadBundle = loadBundle;
