import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The folders of src/core in layers, lowest first (ARCHITECTURE.md draws the same picture). A
 * folder may import from folders in lower layers and from itself, never from its own layer or a
 * higher one, so the core reads one way: foundations, then the model's meaning, then what is
 * derived from it, then the ways in and out. A new core folder must be placed here.
 */
export const CORE_LAYERS = [
  ['text', 'model'], // source text (identifiers, JSON with positions, line/column) and the design's types
  ['paths'], // path tokens and prefixes
  ['edit', 'compile'], // typed edits; the design compiled to Amplify's access and IAM
  ['validate', 'access', 'outputs'], // findings; effective access; amplify_outputs' storage section
  ['export', 'import', 'design-file', 'diff', 'access-tests'], // ways in and out
  ['share', 'formats', 'source-edit', 'client-view'], // what combines the ways in and out
];

const coreFolders = CORE_LAYERS.flat();
const coreType = (folder) => `core/${folder}`;

// Modules that tie code to one runtime or one UI (excalidraw's rule for its element package):
// the core must run unchanged in the browser, in Node (CLI) and in tests.
const uiModules = ['react', 'react-*', 'react/**', 'react-dom/**', 'zustand', 'zustand/**'];
const uiLibraries = ['monaco-editor', 'monaco-editor/**', '@monaco-editor/**', '@tanstack/**'];

/** Browser and Node globals the core must not touch, directly or as `globalThis.x`. */
const runtimeGlobals = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'process',
  'Buffer',
  'require',
  'global',
  '__dirname',
  '__filename',
];

const layerPolicies = CORE_LAYERS.flatMap((layer, index) => {
  const below = CORE_LAYERS.slice(0, index).flat();
  const message = (folder) =>
    `src/core/${folder} is in layer ${index + 1} of CORE_LAYERS (eslint.config.js): it may import only from lower layers (${below.join(', ') || 'none'}).`;
  return layer.flatMap((folder) => [
    // Later policies win: first forbid all of core, then let the lower layers back in.
    {
      from: { element: { type: coreType(folder) } },
      disallow: { to: { element: { types: 'core/**' } } },
      message: message(folder),
    },
    ...(below.length > 0
      ? [
          {
            from: { element: { type: coreType(folder) } },
            allow: { to: { element: { types: { anyOf: below.map(coreType) } } } },
          },
        ]
      : []),
  ]);
});

// The core file itself (index.ts) or any core folder.
const fromCore = [{ element: { type: 'core/**' } }, { file: { categories: 'core-entry' } }];

const boundaryPolicies = [
  ...layerPolicies,
  {
    from: { element: { type: 'core/unplaced' } },
    disallow: { to: [{ element: { types: 'core/**' } }, { file: { categories: 'core-entry' } }] },
    message:
      'This src/core folder has no place in CORE_LAYERS: add it to the table in eslint.config.js and to ARCHITECTURE.md.',
  },
  {
    from: fromCore,
    disallow: { to: { element: { types: { anyOf: ['state', 'ui', 'cli'] } } } },
    message: 'src/core must not depend on its shells (state, ui, cli).',
  },
  {
    from: fromCore,
    disallow: { to: { module: { origin: 'external', source: [...uiModules, ...uiLibraries] } } },
    message:
      'src/core is framework-free: no React, store or UI library (static or dynamic import).',
  },
  {
    from: fromCore,
    disallow: { to: { module: { origin: 'core' } } },
    message: 'src/core runs in the browser too: no Node built-in modules.',
  },
  {
    from: { element: { type: 'core/**' } },
    disallow: { to: { file: { categories: 'core-entry' } } },
    message: 'Inside src/core, import the file that defines a thing, not the public index.',
  },
  {
    from: { element: { type: 'state' } },
    disallow: { to: { element: { type: 'ui' } } },
    message: 'src/state must not depend on src/ui: the store knows no components.',
  },
  {
    from: { element: { type: 'cli' } },
    disallow: { to: { element: { types: { anyOf: ['state', 'ui'] } } } },
    message: 'src/cli is a shell over the core: no store, no UI.',
  },
];

// The first load is one chunk that lazy chunks import from (vite.config.ts): a top-level await
// in it that waits on a lazy import waits for itself, and the page stays blank. Browser code
// awaits inside functions.
const noTopLevelAwait = {
  selector: 'AwaitExpression:not(:function AwaitExpression)',
  message:
    'No top-level await in code the page loads: a lazy chunk awaited here imports from the chunk that is waiting (see CONTRIBUTING, the first-load budget).',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs', 'bench/**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  // CommonJS on purpose (bin/package.json, bench/cpu-report.cjs): an ES module entry or preload
  // makes node load its ES module loader, about 3 ms of CPU on every CLI run.
  {
    files: ['bin/**/*.js', 'bench/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/main.tsx', 'src/ui/**/*.{ts,tsx}', 'src/state/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', noTopLevelAwait] },
  },
  // Layers: which part of src may depend on which (eslint-plugin-boundaries reads every static
  // import, export-from, require and dynamic import()). Tests are left out: they may reach anything.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      // The public entry of the core is a file, not a folder: a file category names it.
      'boundaries/files': [{ category: 'core-entry', pattern: 'src/core/index.ts' }],
      'boundaries/elements': [
        ...coreFolders.map((folder) => ({ type: coreType(folder), pattern: `src/core/${folder}` })),
        { type: 'core/unplaced', pattern: 'src/core/*' },
        { type: 'state', pattern: 'src/state' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'cli', pattern: 'src/cli' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'allow', checkAllOrigins: true, policies: boundaryPolicies },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', ...runtimeGlobals],
      // import.meta.env is the bundler's, import.meta.url a file path: both tie code to one runtime.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MetaProperty[meta.name='import']",
          message: 'src/core runs in the browser, in Node and in tests: no import.meta.',
        },
        noTopLevelAwait,
      ],
      'no-restricted-properties': [
        'error',
        ...runtimeGlobals.map((property) => ({
          object: 'globalThis',
          property,
          message: 'src/core runs in the browser, in Node and in tests: no runtime globals.',
        })),
      ],
    },
  },
);
