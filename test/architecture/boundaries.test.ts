/**
 * The layer rules of eslint.config.js (ARCHITECTURE.md): each one reports a planted violation and
 * lets the legal import next to it pass. The code is linted as if it were the named file, through
 * ESLint's Node API with the project's own config, so this proves the rule as `npm run lint` runs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules under test; others (unused imports in a two-line snippet, say) are not the point. */
const LAYER_RULES = [
  'boundaries/dependencies',
  'no-restricted-globals',
  'no-restricted-properties',
  'no-restricted-syntax',
];

/** What the layer rules report for `code` written in `filePath`: "rule id: message" each. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.fatal || LAYER_RULES.includes(m.ruleId ?? ''))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

interface Case {
  readonly rule: string;
  readonly file: string;
  readonly bad: string;
  readonly good: string;
  /** The rule id expected on `bad`. */
  readonly reports: string;
}

const layers = 'boundaries/dependencies';
const CASES: readonly Case[] = [
  {
    rule: 'core folders import only from lower layers (compile is below validate)',
    file: 'src/core/compile/planted.ts',
    bad: "import { validateRules } from '../validate/rule-rules';",
    good: "import { uniquenessIds } from '../model/uniqueness';",
    reports: layers,
  },
  {
    rule: 'nothing imports from its own layer (export and import are peers)',
    file: 'src/core/export/planted.ts',
    bad: "import { importResourceTs } from '../import/resource-ts';",
    good: "import { toIdentifier } from '../text/identifiers';",
    reports: layers,
  },
  {
    rule: 'the lowest layer imports no other core folder',
    file: 'src/core/model/planted.ts',
    bad: "import { ENTITY_TOKEN } from '../paths/tokens';",
    good: "import type { Design } from './types';",
    reports: layers,
  },
  {
    rule: 'type-only imports count too',
    file: 'src/core/paths/planted.ts',
    bad: "import type { CompiledStorage } from '../compile/types';",
    good: "import type { Design } from '../model/types';",
    reports: layers,
  },
  {
    rule: 'a core folder that is not in CORE_LAYERS is reported',
    file: 'src/core/unplaced-folder/planted.ts',
    bad: "import type { Design } from '../model/types';",
    good: "import * as v from 'valibot';",
    reports: layers,
  },
  {
    rule: 'inside core, the public index is not imported',
    file: 'src/core/validate/planted.ts',
    bad: "import { allow } from '..';",
    good: "import { allow } from '../model/build';",
    reports: layers,
  },
  {
    rule: 'core does not import state',
    file: 'src/core/access/planted.ts',
    bad: "import { createAppStore } from '../../state';",
    good: "import { compileStorage } from '../compile/compile';",
    reports: layers,
  },
  {
    rule: 'core does not import ui',
    file: 'src/core/export/planted.ts',
    bad: "import { App } from '../../ui/App';",
    good: "import { compileStorage } from '../compile/compile';",
    reports: layers,
  },
  {
    rule: 'core does not import cli',
    file: 'src/core/formats/planted.ts',
    bad: "import { run } from '../../cli/main';",
    good: "import { parseDesignFile } from '../design-file/design-file';",
    reports: layers,
  },
  {
    rule: 'core does not import React',
    file: 'src/core/diff/planted.ts',
    bad: "import { useMemo } from 'react';",
    good: "import { accessMatrix } from '../access/matrix';",
    reports: layers,
  },
  {
    rule: 'core does not import React dynamically',
    file: 'src/core/diff/planted.ts',
    bad: "export const lazy = () => import('react-dom/client');",
    good: "export const lazy = () => import('../access/matrix');",
    reports: layers,
  },
  {
    rule: 'core does not import a store or UI library',
    file: 'src/core/validate/planted.ts',
    bad: "import { create } from 'zustand';",
    good: "import * as v from 'valibot';",
    reports: layers,
  },
  {
    rule: 'core does not import Node built-ins (node: prefix)',
    file: 'src/core/import/planted.ts',
    bad: "import { readFileSync } from 'node:fs';",
    good: "import { parse } from '@babel/parser';",
    reports: layers,
  },
  {
    rule: 'core does not import Node built-ins (bare name, dynamic)',
    file: 'src/core/import/planted.ts',
    bad: "export const load = () => import('path');",
    good: "export const load = () => import('./resource-ts');",
    reports: layers,
  },
  {
    rule: 'the core index is core too',
    file: 'src/core/index.ts',
    bad: "import { readFileSync } from 'node:fs';",
    good: "export { allow } from './model/build';",
    reports: layers,
  },
  {
    rule: 'core does not touch browser globals',
    file: 'src/core/share/planted.ts',
    bad: 'export const saved = localStorage.getItem("x");',
    good: 'export const text = new TextEncoder().encode("x");',
    reports: 'no-restricted-globals',
  },
  {
    rule: 'core does not reach them through globalThis either',
    file: 'src/core/share/planted.ts',
    bad: 'export const saved = globalThis.localStorage.getItem("x");',
    good: 'export const native = globalThis.SyntaxError;',
    reports: 'no-restricted-properties',
  },
  {
    rule: 'core does not reach them through a computed globalThis key',
    file: 'src/core/share/planted.ts',
    bad: "export const doc = globalThis['document'];",
    good: "export const native = globalThis['SyntaxError'];",
    reports: 'no-restricted-properties',
  },
  {
    rule: 'core does not read the process',
    file: 'src/core/compile/planted.ts',
    bad: 'export const env = process.env.HOME;',
    good: 'export const now = () => performance.now();',
    reports: 'no-restricted-globals',
  },
  {
    rule: "core does not read import.meta (the bundler's env, a file URL)",
    file: 'src/core/export/planted.ts',
    bad: 'export const mode = import.meta.env.MODE;',
    good: "export const url = new URL('https://example.com/').href;",
    reports: 'no-restricted-syntax',
  },
  {
    rule: 'no top-level await in code the page loads (a lazy chunk it awaits imports from it)',
    file: 'src/main.tsx',
    bad: "export const started = await import('./state').then((m) => m.startApp());",
    good: "export const started = import('./state').then((m) => m.startApp());",
    reports: 'no-restricted-syntax',
  },
  {
    rule: 'no top-level await in the core either (it is in the first load)',
    file: 'src/core/export/planted.ts',
    bad: "export const text = await Promise.resolve('x');",
    good: "export async function text() {\n  return await Promise.resolve('x');\n}",
    reports: 'no-restricted-syntax',
  },
  {
    rule: 'state does not import ui',
    file: 'src/state/planted.ts',
    bad: "import { App } from '../ui/App';",
    good: "import { applyEdit } from '../core';",
    reports: layers,
  },
  {
    rule: 'state does not import ui dynamically',
    file: 'src/state/planted.ts',
    bad: "export const lazy = () => import('../ui/App');",
    good: "export const lazy = () => import('../core/import');",
    reports: layers,
  },
  {
    rule: 'cli does not import state',
    file: 'src/cli/planted.ts',
    bad: "import { createAppStore } from '../state';",
    good: "import { validateDesign } from '../core';",
    reports: layers,
  },
  {
    rule: 'cli does not import ui',
    file: 'src/cli/planted.ts',
    bad: "export const lazy = () => import('../ui/App');",
    good: "export const lazy = () => import('../core/import');",
    reports: layers,
  },
];

describe('layer rules (eslint.config.js)', () => {
  it.each(CASES)('$rule', async ({ file, bad, good, reports }) => {
    const onBad = await problems(file, bad);
    expect(onBad.some((p) => p.startsWith(`${reports}:`))).toBe(true);
    expect(await problems(file, good)).toEqual([]);
  });

  it('ARCHITECTURE.md draws the layers of CORE_LAYERS', async () => {
    // A computed specifier: the config is plain JavaScript, read here for its CORE_LAYERS export.
    const configUrl = new URL('eslint.config.js', `file://${root}`).href;
    const { CORE_LAYERS } = (await import(/* @vite-ignore */ configUrl)) as {
      CORE_LAYERS: string[][];
    };
    const doc = readFileSync(`${root}ARCHITECTURE.md`, 'utf8');
    // The diagram's lines: ` 6  share · formats · ...`, highest layer first.
    const drawn = [...doc.matchAll(/^ (\d) {2}([a-z-]+(?: · [a-z-]+)*)/gm)]
      .map((m) => [Number(m[1]), m[2]!.split(' · ')] as const)
      .sort(([a], [b]) => a - b);
    expect(drawn.map(([n]) => n)).toEqual(CORE_LAYERS.map((_, i) => i + 1));
    expect(drawn.map(([, folders]) => [...folders].sort())).toEqual(
      CORE_LAYERS.map((layer) => [...layer].sort()),
    );
  });

  it('places every folder of src/core in CORE_LAYERS', async () => {
    const config = (await eslint.calculateConfigForFile('src/core/model/types.ts')) as {
      settings: { 'boundaries/elements': { type: string; pattern: string }[] };
    };
    const placed = config.settings['boundaries/elements']
      .filter((e) => e.type.startsWith('core/') && e.type !== 'core/unplaced')
      .map((e) => e.pattern);
    const folders = readdirSync(`${root}src/core`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `src/core/${d.name}`);
    expect(folders.filter((f) => !placed.includes(f))).toEqual([]);
  });
});
