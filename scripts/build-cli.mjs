// Bundles the CLI (src/cli + src/core + its parsers) into one CommonJS file, dist-cli/access-matrix.cjs,
// so `bin/access-matrix.js` starts with plain `node`: no TypeScript loader at run time. Then writes
// V8's code cache for it (dist-cli/access-matrix.code-cache): the launcher compiles the bundle
// with it, so a cold run skips parsing and compiling what a typical run uses (Node 20 has no
// `module.enableCompileCache`; this is the same thing by hand). Runs from npm's `prepare`.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../bin/load-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));

// The parsers are needed only for a resource.ts or backend.ts (meriyah, and babel only when the file
// is not plain JavaScript: src/core/import/resource-ts/parse-plain-js.ts), never for a design
// file or an amplify_outputs.json. Each import of one becomes a CommonJS module whose functions
// require the package on first call, so the package's own module body (babel's is large) runs,
// and its code is in the code cache, only when used: check on 2 paths 58.6 → 55.7 ms of CPU,
// the code cache 584 → 451 KB (bench/results.md, eighth pass).
const LAZY = { '@babel/parser': ['parse'], meriyah: ['parseModule'] };
/** The names `source` imports as values (not `type`) from `from`, in `import { ... }` form. */
function valueImports(source, from) {
  const names = [];
  const statement = /import\s*(type\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
  for (const [, allTypes, list, module] of source.matchAll(statement))
    if (module === from && !allTypes)
      for (const item of list.split(',').map((i) => i.trim()))
        if (item && !item.startsWith('type ')) names.push(item.split(/\s+as\s+/)[0]);
  return names;
}
const lazyParsers = {
  name: 'lazy-parsers',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(LAZY).join('|').replace('/', '\\/')})$`);
    build.onResolve({ filter }, ({ path, namespace, importer }) => {
      // The shim's own require resolves as usual: to the package, bundled.
      if (namespace === 'lazy-parser') return undefined;
      // A name the shim does not export would be undefined at run time, without a build error.
      const missing = valueImports(readFileSync(importer, 'utf8'), path).filter(
        (name) => !LAZY[path].includes(name),
      );
      if (missing.length > 0)
        throw new Error(`${importer} imports ${missing.join(', ')} from ${path}: add to LAZY`);
      return { path, namespace: 'lazy-parser' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-parser' }, ({ path }) => ({
      contents: LAZY[path]
        .map(
          (name) =>
            `exports.${name} = (...args) => require(${JSON.stringify(path)}).${name}(...args);`,
        )
        .join('\n'),
      resolveDir: root,
      loader: 'js',
    }));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  plugins: [lazyParsers],
  outfile: 'dist-cli/access-matrix.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// V8 holds a script's source at one byte a character only when every character fits in one;
// esbuild escapes non-ASCII in code (its default charset) but keeps comments as written, and a
// single "…" in a comment made the whole 1 MB source two bytes a character: read, held and
// scanned twice as large (check on 2 paths about 2 ms of CPU; bench/results.md, sixth pass).
// Escaped, such characters in comments mean the same; anywhere else esbuild has escaped them.
const bundleFile = join(root, 'dist-cli/access-matrix.cjs');
const bundled = readFileSync(bundleFile, 'utf8');
const ascii = bundled.replace(
  /[\u0080-\uffff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
);
if (ascii !== bundled) writeFileSync(bundleFile, ascii);

// A warm-up of what CI runs most (check, matrix, export) on a small resource.ts, so the cache
// holds the functions those commands compile lazily, not just the bundle's top level.
const bundle = loadBundle(join(root, 'dist-cli'), { withoutCache: true });
const dir = mkdtempSync(join(tmpdir(), 'access-matrix-warm-'));
const example = join(dir, 'resource.ts');
writeFileSync(
  example,
  `import { defineStorage } from '@aws-amplify/backend';

export const storage = defineStorage({
  name: 'warmUp',
  access: (allow) => ({
    'media/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    'media/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
    'admin/*': [allow.groups(['admin']).to(['read', 'write', 'delete'])],
  }),
});
`,
);
const silent = { out() {}, err() {} };
try {
  for (const argv of [
    ['check', example],
    ['matrix', example, '--json'],
    ['matrix', example],
    ['export', example, '--format', 'iam'],
    ['export', example, '--format', 'outputs'],
    ['export', example, '--format', 'resource'],
  ])
    await bundle.main(argv, silent);
  bundle.writeCache();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
