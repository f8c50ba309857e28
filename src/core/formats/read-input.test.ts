import { describe, expect, it } from 'vitest';
import { compileDesign } from '../compile/compile-design';
import { serializeDesignFile } from '../design-file/design-file';
import { bucketPlacements, renderOutputsJson } from '../export/render';
import { renderResourceTs } from '../export/resource-ts';
import { allow, designFromAccess } from '../model/build';
import { readInput } from './read-input';

const design = designFromAccess({
  'media/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
});
const outputs = renderOutputsJson(compileDesign(design), bucketPlacements(design, {}, 'eu-west-1'));

describe('readInput', () => {
  it('tells the kinds apart by content, a byte order mark or not', () => {
    for (const bom of ['', '\uFEFF']) {
      expect(readInput(bom + serializeDesignFile(design))).toMatchObject({
        kind: 'design-file',
        design,
        problems: [],
      });
      expect(readInput(bom + renderResourceTs(design))).toMatchObject({
        kind: 'resource-ts',
        design,
      });
      expect(readInput(bom + outputs)).toMatchObject({
        kind: 'amplify-outputs',
        placements: [{ region: 'eu-west-1' }],
      });
    }
  });

  it('gives what each kind tells beyond the design', () => {
    const fromOutputs = readInput(outputs, 'amplify_outputs.json');
    expect(fromOutputs.lost.length).toBeGreaterThan(0);
    expect(fromOutputs.locations).toBeUndefined();
    const fromTs = readInput(renderResourceTs(design), 'resource.ts');
    expect(fromTs.locations?.storages).toHaveLength(1);
    expect(fromTs.placements).toBeUndefined();
    expect(fromTs.lost).toEqual([]);
  });

  it('reads JSON that is no design file as amplify_outputs.json (by content or by name)', () => {
    expect(readInput('{"hello": 1}')).toMatchObject({ kind: 'amplify-outputs', design: null });
    expect(readInput('garbage', 'x.json')).toMatchObject({
      kind: 'amplify-outputs',
      problems: [{ code: 'invalid-json', loc: { line: 1 } }],
    });
    expect(readInput('garbage', 'resource.ts').kind).toBe('resource-ts');
  });

  it('has no design when any problem is an error, and says where', () => {
    const source =
      "export const storage = defineStorage({ name: 'x', access: (allow) => ({\n 'a/*': [allow.guest.to(['read'] }) });";
    const read = readInput(source);
    expect(read).toMatchObject({ kind: 'resource-ts', design: null });
    expect(read.problems.find((p) => p.severity === 'error')?.loc?.line).toBe(2);
  });

  it('a design file error names its place in the message and in loc', () => {
    const read = readInput('{"format":"access-matrix-design","version":1,"design":{}');
    expect(read).toMatchObject({
      kind: 'design-file',
      design: null,
      problems: [{ code: 'invalid-design-file', loc: { line: 1 }, placeInMessage: true }],
    });
    expect(read.problems[0]!.message).toContain('line 1');
  });

  it('blank text is nothing to read', () => {
    for (const text of ['', '  \n', '\uFEFF'])
      expect(readInput(text)).toMatchObject({
        kind: null,
        design: null,
        problems: [{ code: 'empty-input', severity: 'error' }],
      });
  });
});
