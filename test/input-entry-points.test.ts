/**
 * One way in: every fixture (the resource.ts sources of the importer's tests, the Amplify docs'
 * examples among them; amplify_outputs.json; design files with and without a byte order mark;
 * garbage) through every entry point — core's readInput, the CLI's loadDesign, the app's import
 * path (Import…, a drop, Compare with…) and File › Open… — must give the same answer: the same
 * design, or a failure at the same line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDesign } from '../src/cli/load';
import {
  bucketPlacements,
  compileDesign,
  renderOutputsJson,
  renderResourceTs,
  serializeDesignFile,
  serializeTestsFile,
  type Design,
} from '../src/core';
import { readInput } from '../src/core/formats/read-input';
import { importText } from '../src/state';
import { TEMPLATES } from '../src/state/templates';
import { openText } from '../src/ui/layout/open-file';
import { RESOURCE_TS_SEEDS } from './fuzz/seeds';

interface Fixture {
  readonly name: string;
  /** The file's name, '' for pasted text. */
  readonly fileName: string;
  readonly text: string;
}

/**
 * What an entry point answered: the design, or the line of its first error when it says one; for
 * an access tests file, how many tests it holds (it has no design).
 */
interface Answer {
  readonly design: Design | null;
  readonly line?: number;
  readonly tests?: number;
}

const BOM = '\uFEFF';
const gen1 = TEMPLATES.gen1.design();
const outputs = renderOutputsJson(compileDesign(gen1), bucketPlacements(gen1, {}, 'eu-west-1'));
const designFile = serializeDesignFile(TEMPLATES.groups.design());
const testsFile = serializeTestsFile([
  { who: 'guest', actions: ['write', 'delete'], where: '*', expect: 'deny' },
  { who: 'authenticated', actions: ['read'], where: 'media/a.png', expect: 'allow' },
]);

const FIXTURES: readonly Fixture[] = [
  ...RESOURCE_TS_SEEDS.map((text, i) => ({
    name: `resource.ts seed ${i}`,
    fileName: 'resource.ts',
    text,
  })),
  { name: 'resource.ts with a BOM', fileName: 'resource.ts', text: BOM + renderResourceTs(gen1) },
  { name: 'amplify_outputs.json', fileName: 'amplify_outputs.json', text: outputs },
  { name: 'pasted amplify_outputs.json', fileName: '', text: outputs },
  {
    name: 'amplify_outputs.json with a BOM',
    fileName: 'amplify_outputs.json',
    text: BOM + outputs,
  },
  { name: 'design file', fileName: 'storage.access-matrix.json', text: designFile },
  {
    name: 'design file with a BOM',
    fileName: 'storage.access-matrix.json',
    text: BOM + designFile,
  },
  { name: 'pasted design file with a BOM', fileName: '', text: BOM + designFile },
  {
    name: 'design file cut short',
    fileName: 'd.json',
    text: '{"format":"access-matrix-design","version":1,"design":{}',
  },
  {
    name: 'design file breaking the schema',
    fileName: 'd.json',
    text: '{\n  "format": "access-matrix-design",\n  "version": 1,\n  "design": { "storages": 3 }\n}',
  },
  { name: 'JSON that is neither', fileName: 'x.json', text: '{"hello": 1}' },
  {
    name: 'broken amplify_outputs.json',
    fileName: '',
    text: '{\n  "version": "1.4",\n  "storage": ]\n}',
  },
  { name: 'access tests file', fileName: 'access.tests.json', text: testsFile },
  { name: 'pasted access tests file with a BOM', fileName: '', text: BOM + testsFile },
  {
    name: 'access tests file breaking its schema',
    fileName: 'access.tests.json',
    text: '{\n  "version": 1,\n  "tests": [{ "who": "nobody" }]\n}',
  },
  { name: 'prose', fileName: 'notes.txt', text: 'hello world, this is no storage' },
  { name: 'binary', fileName: 'x.ts', text: '\u0000\u0001\ud800PK\u0003' },
  { name: 'blank', fileName: 'empty.ts', text: '  \n' },
  { name: 'a BOM alone', fileName: 'bom.json', text: BOM },
];

/** How many tests a shell says an access tests file holds ("access tests file (2 tests)"). */
function testsIn(text: string): number | undefined {
  const match = /access tests file \((\d+) tests?\)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** The first line:column an error names, in any of the shells' wordings. */
function lineIn(text: string): number | undefined {
  const match = /:(\d+):\d+: |\b[Ll]ine (\d+), column \d+/.exec(text);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

const dir = mkdtempSync(join(tmpdir(), 'access-matrix-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENTRY_POINTS: Record<string, (f: Fixture, n: number) => Promise<Answer>> = {
  async core(f) {
    const read = readInput(f.text, f.fileName);
    const first = read.problems.find((p) => p.severity === 'error');
    if (read.tests) return { design: null, tests: read.tests.length };
    return read.design ? { design: read.design } : { design: null, line: first?.loc?.line };
  },
  async cli(f, n) {
    const file = join(dir, `${n}-${f.fileName || 'pasted.txt'}`);
    writeFileSync(file, f.text);
    try {
      return { design: (await loadDesign(file)).design };
    } catch (e) {
      const message = (e as Error).message;
      const tests = testsIn(message);
      return tests ? { design: null, tests } : { design: null, line: lineIn(message) };
    }
  },
  async import(f) {
    const outcome = await importText(f.text, f.fileName);
    if (outcome.ok && !outcome.design) return { design: null, tests: outcome.tests.length };
    if (outcome.ok) return { design: outcome.design };
    const first = outcome.errors[0]!;
    return { design: null, line: first.line ?? lineIn(first.message) };
  },
  async open(f) {
    const result = await openText(f.text, f.fileName);
    if (result.ok) return { design: result.design };
    const tests = testsIn(result.error);
    return tests ? { design: null, tests } : { design: null, line: lineIn(result.error) };
  },
};

describe('every input through every entry point', () => {
  it.each(FIXTURES.map((f, n) => [f.name, f, n] as const))('%s', async (_name, fixture, n) => {
    const answers = Object.fromEntries(
      await Promise.all(
        Object.entries(ENTRY_POINTS).map(async ([name, read]) => [name, await read(fixture, n)]),
      ),
    ) as Record<string, Answer>;
    for (const [name, answer] of Object.entries(answers))
      expect(answer, `${name} and core`).toEqual(answers.core);
  });

  it('the fixtures cover successes and failures of every kind', () => {
    const kinds = FIXTURES.map((f) => {
      const read = readInput(f.text, f.fileName);
      return `${read.kind} ${read.design || read.tests ? 'read' : 'refused'}`;
    });
    expect(new Set(kinds)).toEqual(
      new Set([
        'resource-ts read',
        'resource-ts refused',
        'amplify-outputs read',
        'amplify-outputs refused',
        'design-file read',
        'design-file refused',
        'access-tests read',
        'access-tests refused',
        'null refused',
      ]),
    );
  });

  it('the bugs of File › Open… are gone: a design file with a BOM, an amplify_outputs.json', async () => {
    expect(await openText(BOM + designFile, 'storage.access-matrix.json')).toMatchObject({
      ok: true,
      design: TEMPLATES.groups.design(),
    });
    const opened = await openText(outputs, 'amplify_outputs.json');
    expect(opened.ok && opened.design.storages.map((s) => s.name)).toEqual(
      gen1.storages.map((s) => s.name),
    );
  });
});
