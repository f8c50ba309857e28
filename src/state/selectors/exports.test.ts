import { describe, expect, it } from 'vitest';
import {
  bucketPlacements,
  compileDesign,
  exportFormat,
  renderIamJson,
  renderOutputsJson,
  renderResourceTs,
} from '../../core';
import { TEMPLATES } from '../templates';
import { compiledDesignOf, exportTextOf, placementsOf } from './exports';
import { modelsOf } from './access';

describe('exports from the state', () => {
  const design = TEMPLATES.gen1.design();
  const name = design.storages[0]!.name;
  const bucket = { region: ' eu-west-1 ', bucketNames: { [name]: ' my-bucket ' } };

  it('render the same bytes as the core (and the CLI) for the same settings', () => {
    const placements = bucketPlacements(
      design,
      { [name]: { bucketName: 'my-bucket' } },
      'eu-west-1',
    );
    expect(placementsOf(design, bucket)).toEqual(placements);
    const compiled = compileDesign(design);
    expect(exportTextOf(exportFormat('iam')!, design, 0, bucket)).toBe(
      renderIamJson(compiled, 0, 'my-bucket'),
    );
    expect(exportTextOf(exportFormat('outputs')!, design, 0, bucket)).toBe(
      renderOutputsJson(compiled, placements),
    );
    expect(exportTextOf(exportFormat('resource')!, design, 0, bucket)).toBe(
      renderResourceTs(design),
    );
  });

  it('reuse the storages the matrix compiled', () => {
    const compiled = compiledDesignOf(design);
    expect(compiled.storages[0]).toBe(modelsOf(design)[0]!.compiled);
    expect(compiledDesignOf(design)).toBe(compiled);
  });

  it('blank fields are placeholders; a design without storages has no IAM export', () => {
    expect(placementsOf(design, { region: ' ', bucketNames: { [name]: '  ' } })).toEqual(
      bucketPlacements(design),
    );
    const empty = { ...design, storages: [] };
    expect(exportTextOf(exportFormat('iam')!, empty, 0, bucket)).toBe('{}\n');
  });
});
