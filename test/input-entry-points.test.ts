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

/** What an entry point answered: the design, or the line of its first error when it says one. */
interface Answer {
  readonly design: Design | null;
  readonly line?: number;
}

const BOM = '\uFEFF';
const gen1 = TEMPLATES.gen1.design();
const outputs = renderOutputsJson(compileDesign(gen1), bucketPlacements(gen1, {}, 'eu-west-1'));
const designFile = serializeDesignFile(TEMPLATES.groups.design());

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
  { name: 'prose', fileName: 'notes.txt', text: 'hello world, this is no storage' },
  { name: 'binary', fileName: 'x.ts', text: '\u0000\u0001\ud800PK\u0003' },
  { name: 'blank', fileName: 'empty.ts', text: '  \n' },
  { name: 'a BOM alone', fileName: 'bom.json', text: BOM },
];

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
    return read.design ? { design: read.design } : { design: null, line: first?.loc?.line };
  },
  async cli(f, n) {
    const file = join(dir, `${n}-${f.fileName || 'pasted.txt'}`);
    writeFileSync(file, f.text);
    try {
      return { design: (await loadDesign(file)).design };
    } catch (e) {
      return { design: null, line: lineIn((e as Error).message) };
    }
  },
  async import(f) {
    const outcome = await importText(f.text, f.fileName);
    if (outcome.ok) return { design: outcome.design };
    const first = outcome.errors[0]!;
    return { design: null, line: first.line ?? lineIn(first.message) };
  },
  async open(f) {
    const result = await openText(f.text, f.fileName);
    return result.ok ? { design: result.design } : { design: null, line: lineIn(result.error) };
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
      return `${read.kind} ${read.design ? 'read' : 'refused'}`;
    });
    expect(new Set(kinds)).toEqual(
      new Set([
        'resource-ts read',
        'resource-ts refused',
        'amplify-outputs read',
        'amplify-outputs refused',
        'design-file read',
        'design-file refused',
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
