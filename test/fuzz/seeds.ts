/**
 * Real resource.ts sources to start fuzzing from: every literal holding `defineStorage` in the
 * Amplify docs' examples (test/fixtures/docs-examples.ts) and the importer's own tests (the
 * accepted forms and the error cases), read out of those files with the parser so the fuzz suite
 * follows them as they grow.
 */
import { parse } from '@babel/parser';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const IMPORTER = new URL('../../src/core/import/resource-ts/', import.meta.url);
const FILES = [
  new URL('../fixtures/docs-examples.ts', import.meta.url),
  ...['seeds.test.ts', 'forms.test.ts', 'errors.test.ts', 'robustness.test.ts'].map(
    (name) => new URL(name, IMPORTER),
  ),
];

interface LiteralNode {
  type: string;
  value?: unknown;
  expressions?: unknown[];
  quasis?: { value: { cooked?: string | null } }[];
}

function literalsOf(source: string): string[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript'] });
  const found: string[] = [];
  const stack: unknown[] = [ast.program];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const n = node as LiteralNode;
    if (n.type === 'StringLiteral' && typeof n.value === 'string') found.push(n.value);
    if (n.type === 'TemplateLiteral' && n.expressions?.length === 0) {
      const cooked = n.quasis?.[0]?.value.cooked;
      if (typeof cooked === 'string') found.push(cooked);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'loc' && key !== 'extra' && typeof value === 'object') stack.push(value);
    }
  }
  return found;
}

const IMPORTS = "import { defineStorage, defineFunction } from '@aws-amplify/backend';\n\n";

/** Seed sources, each also with the usual import line prepended (some docs examples omit it). */
export const RESOURCE_TS_SEEDS: readonly string[] = (() => {
  const seeds = new Set<string>();
  for (const file of FILES) {
    const text = readFileSync(fileURLToPath(file), 'utf8');
    for (const literal of literalsOf(text)) {
      if (!literal.includes('defineStorage')) continue;
      seeds.add(literal);
      if (!literal.includes('import ')) seeds.add(IMPORTS + literal);
    }
  }
  return [...seeds];
})();
