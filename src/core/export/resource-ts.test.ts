import { describe, expect, it } from 'vitest';
import { importResourceTs } from '../import';
import { allow, designFromAccess } from '../model/build';
import type { Design } from '../model/types';
import { renderResourceTs } from './resource-ts';

const TRIGGERS = `import { defineStorage, defineFunction } from '@aws-amplify/backend';
import { generateMonthlyReports } from '../functions/generate-monthly-reports/resource';

export const storage = defineStorage({
 name: 'myProjectFiles',
 triggers: {
 onUpload: defineFunction({
 entry: './on-upload-handler.ts'
 }),
 onDelete: defineFunction({ entry: './on-delete-handler.ts' })
 },
 access: (allow) => ({ 'reports/*': [allow.resource(generateMonthlyReports).to(['read'])] }),
});`;

const read = (source: string): Design => importResourceTs(source).design!;

describe('renderResourceTs keeps where functions came from', () => {
  it('inline defineFunction triggers stay inline; an import keeps its module path', () => {
    const text = renderResourceTs(read(TRIGGERS));
    expect(text).toContain("onUpload: defineFunction({ entry: './on-upload-handler.ts' }),");
    expect(text).toContain("onDelete: defineFunction({ entry: './on-delete-handler.ts' }),");
    expect(text).toContain(
      "import { generateMonthlyReports } from '../functions/generate-monthly-reports/resource';",
    );
    expect(text).toContain("import { defineStorage, defineFunction } from '@aws-amplify/backend';");
    expect(text).not.toContain('../functions/onUploadHandler');
    expect(read(text)).toEqual(read(TRIGGERS));
  });

  it('an inline function used twice becomes one const, so Amplify gets one function', () => {
    const design = read(TRIGGERS);
    const twice: Design = {
      ...design,
      storages: design.storages.map((s) => ({
        ...s,
        paths: [
          ...s.paths,
          { path: 'up/*', rules: [allow.resource('onUploadHandler').to(['get'])] },
        ],
      })),
    };
    const text = renderResourceTs(twice);
    expect(text.match(/on-upload-handler/g)).toHaveLength(1);
    expect(text).toContain(
      "const onUploadHandler = defineFunction({ entry: './on-upload-handler.ts' });",
    );
    expect(text).toContain('onUpload: onUploadHandler,');
    expect(read(text).storages).toEqual(twice.storages);
  });

  it('a renamed inline function keeps its entry under its new name', () => {
    const design = read(TRIGGERS);
    const origin = design.functionOrigins!.onDeleteHandler!;
    const renamed: Design = {
      ...design,
      functionOrigins: { ...design.functionOrigins, cleanup: origin },
      storages: design.storages.map((s) => ({
        ...s,
        triggers: { ...s.triggers, onDelete: 'cleanup' },
      })),
    };
    const text = renderResourceTs(renamed);
    expect(text).toContain("const cleanup = defineFunction({ entry: './on-delete-handler.ts' });");
    expect(read(text).storages).toEqual(renamed.storages);
  });

  it('an aliased import stays aliased; functions without an origin come from ../functions', () => {
    const design = designFromAccess(
      { 'a/*': [allow.resource('reports').to(['read']), allow.resource('fresh').to(['get'])] },
      {},
    );
    const text = renderResourceTs({
      ...design,
      functionOrigins: { reports: { kind: 'import', from: './x', imported: 'makeReports' } },
    });
    expect(text).toContain("import { makeReports as reports } from './x';");
    expect(text).toContain("import { fresh } from '../functions/fresh/resource';");
  });

  it('writes in a given style: double quotes, tabs, CRLF, no trailing commas or semicolons', () => {
    const text = renderResourceTs(designFromAccess({ 'a/*': [allow.guest.to(['read'])] }), {
      quote: '"',
      indent: '\t',
      eol: '\r\n',
      trailingComma: false,
      semicolon: false,
    });
    expect(text).toBe(
      [
        'import { defineStorage } from "@aws-amplify/backend"',
        '',
        'export const storage = defineStorage({',
        '\tname: "myProjectFiles",',
        '\taccess: (allow) => ({',
        '\t\t"a/*": [',
        '\t\t\tallow.guest.to(["read"])',
        '\t\t]',
        '\t})',
        '})',
        '',
      ].join('\r\n'),
    );
  });
});
