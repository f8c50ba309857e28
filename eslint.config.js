import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The core is the product: it must run unchanged in the browser, in Node (CLI) and in tests,
// so it may import nothing that ties it to one of them (excalidraw's rule for its element package).
const coreForbidden = {
  patterns: [
    { group: ['react', 'react-*', 'react/*'], message: 'src/core is framework-free: no React.' },
    { group: ['zustand', 'zustand/*'], message: 'src/core knows no store.' },
    {
      group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*', '@tanstack/*'],
      message: 'src/core knows no UI library.',
    },
    {
      group: ['node:*', 'fs', 'path', 'os', 'url', 'child_process'],
      message: 'src/core runs in the browser too: no Node APIs.',
    },
    {
      group: ['**/state/**', '**/ui/**', '**/cli/**'],
      message: 'src/core must not depend on its shells.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
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
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', coreForbidden],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'localStorage',
        'Buffer',
        'require',
      ],
    },
  },
);
