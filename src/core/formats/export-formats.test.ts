import { describe, expect, it } from 'vitest';
import { compileDesign } from '../compile/compile-design';
import { renderIamJson, renderOutputsJson } from '../export/render';
import { allow, designFromAccess } from '../model/build';
import type { Design } from '../model/types';
import { EXPORT_FORMATS, exportFormat } from './export-formats';
import { placementsFor } from './placements';

const twoStorages: Design = {
  ...designFromAccess({ 'media/*': [allow.guest.to(['read'])] }),
  groups: [],
  functions: [],
};
const design: Design = {
  ...twoStorages,
  storages: [
    twoStorages.storages[0]!,
    { ...twoStorages.storages[0]!, name: 'second', exportName: 'second', isDefault: false },
  ],
};

describe('EXPORT_FORMATS', () => {
  it('has one entry per id, each with a path and a media type that fits it', () => {
    const ids = EXPORT_FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of EXPORT_FORMATS) {
      expect(f.mediaType).toBe(f.path.endsWith('.ts') ? 'text/typescript' : 'application/json');
      expect(exportFormat(f.id)).toBe(f);
    }
    expect(exportFormat('nope')).toBeUndefined();
  });

  it('renders the chosen storage with its placement', () => {
    const compiled = compileDesign(design);
    const placements = placementsFor(design, { given: { second: { bucketName: 'b2' } } });
    const options = { storageIndex: 1, placements };
    expect(exportFormat('iam')!.render(compiled, options)).toBe(renderIamJson(compiled, 1, 'b2'));
    expect(exportFormat('outputs')!.render(compiled, options)).toBe(
      renderOutputsJson(compiled, placements),
    );
    expect(exportFormat('iam')!.fileName(design, 1)).toBe('second-iam-policies.json');
    expect(exportFormat('resource')!.fileName(design, 1)).toBe('resource.ts');
  });

  it('renders from the storages it is given, without compiling again', () => {
    const compiled = compileDesign(design);
    const empty = compileDesign(design, [
      { policies: [], emptyPolicyRoles: [], outputsPaths: undefined },
      compiled.storages[1]!,
    ]);
    const options = { storageIndex: 0, placements: placementsFor(design) };
    expect(JSON.parse(exportFormat('iam')!.render(empty, options))).toMatchObject({
      guest: null,
    });
    expect(JSON.parse(exportFormat('iam')!.render(compiled, options)).guest).not.toBeNull();
  });
});

describe('placementsFor', () => {
  const fromFile = [
    { bucketName: 'file-1', region: 'eu-west-1' },
    { bucketName: 'file-2', region: 'eu-west-2' },
  ];
  it('takes the given values over the file, the file over placeholders', () => {
    expect(
      placementsFor(design, { fromFile, given: { second: { region: 'ap-south-1' } } }),
    ).toEqual([fromFile[0], { bucketName: 'file-2', region: 'ap-south-1' }]);
    expect(placementsFor(design, { region: 'sa-east-1' })).toEqual([
      { bucketName: 'placeholder-myprojectfiles-bucket', region: 'sa-east-1' },
      { bucketName: 'placeholder-second-bucket', region: 'sa-east-1' },
    ]);
  });
  it('counts empty strings as not given', () => {
    expect(placementsFor(design, { fromFile, given: { second: { bucketName: '' } } })).toEqual(
      fromFile,
    );
  });
});
