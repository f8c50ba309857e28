import { describe, expect, it } from 'vitest';
import {
  compileDesign,
  bucketPlacements,
  renderOutputsJson,
  renderResourceTs,
  serializeDesignFile,
} from '../../core';
import { TEMPLATES } from '../templates';
import { importText } from './import-text';

describe('importText', () => {
  const design = TEMPLATES.gen1.design();

  it('tells the three kinds apart by content', async () => {
    expect(await importText(serializeDesignFile(design))).toMatchObject({
      ok: true,
      kind: 'design file',
      design,
    });
    expect(await importText(renderResourceTs(design))).toMatchObject({
      ok: true,
      kind: 'resource.ts',
      design,
    });
    const outputs = await importText(
      renderOutputsJson(compileDesign(design), bucketPlacements(design)),
      'amplify_outputs.json',
    );
    expect(outputs).toMatchObject({ ok: true, kind: 'amplify_outputs.json' });
    expect(outputs.ok && outputs.design && outputs.lost.length).toBeGreaterThan(0);
  });

  it('fails as a whole on any error, with line and column', async () => {
    const source =
      "export const storage = defineStorage({ name: 'x', access: (allow) => ({ 'a/*': [allow.guest.to(['read'] }) });";
    const result = await importText(source);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ line: 1 });
    const json = await importText('{\n  "version": "1.4",\n  "storage": ]\n}');
    expect(json).toMatchObject({ ok: false, errors: [{ line: 3 }] });
    const file = await importText('{"format":"access-matrix-design","version":1,"design":{}');
    expect(file).toMatchObject({ ok: false, kind: 'design file' });
    // The design file reader names the place in its message (as for share links and saved data).
    expect(!file.ok && file.errors[0]!.message).toMatch(/line 1, column \d+/);
    expect(await importText('  ')).toMatchObject({ ok: false, kind: null });
    expect(await importText('{"hello": 1}')).toMatchObject({
      ok: false,
      kind: 'amplify_outputs.json',
    });
  });
});
