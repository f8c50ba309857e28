/**
 * Every resource.ts example of the two seed documents (test/fixtures/docs-examples.ts holds their
 * text as printed) imports as the design the doc means.
 */
import { describe, expect, it } from 'vitest';
import { allow, designFromAccess } from '../../model/build';
import type { Design } from '../../model/types';
import { docsExample } from '../../../../test/fixtures/docs-examples';
import { importResourceTs } from '.';

const IMPORT = "import { defineStorage } from '@aws-amplify/backend';\n\n";
const IMPORT_BOTH = "import { defineStorage, defineFunction } from '@aws-amplify/backend';\n\n";

const legacyGroup = (group: string, actions: string[]) => ({
  principal: { kind: 'groups' as const, groups: [group], legacySingular: true },
  actions,
});

const RWD = ['read', 'write', 'delete'];

/** A design with the one storage every doc example defines. */
const docDesign = (access: Parameters<typeof designFromAccess>[0]): Design =>
  designFromAccess(access, { exportName: 'storage' });
/** The docs' `const demoFunction = defineFunction({})`: defined in the file, with no options. */
const DEMO_FUNCTION = { demoFunction: { kind: 'inline' } } as const;

interface Example {
  title: string;
  source: string;
  design: Design;
  /** Whether the doc omits the imports (the example is then also checked with them added). */
  needsImport?: string;
}

const overview: Example[] = [
  {
    title: 'getting started (name only)',
    source: docsExample('storage-overview.txt', 'getting started (name only)'),
    design: {
      storages: [{ name: 'myProjectFiles', exportName: 'storage', hasAccess: false, paths: [] }],
      groups: [],
      functions: [],
    },
  },
  {
    title: 'storage access (paths holding only comments)',
    source: docsExample('storage-overview.txt', 'storage access (paths holding only comments)'),
    design: docDesign({ 'some/path/*': [], 'another/path/*': [] }),
    needsImport: IMPORT,
  },
  {
    title: 'authenticated user access',
    source: docsExample('storage-overview.txt', 'authenticated user access'),
    design: docDesign({ 'foo/*': [allow.authenticated.to(['read'])] }),
    needsImport: IMPORT,
  },
  {
    title: 'guest user access',
    source: docsExample('storage-overview.txt', 'guest user access'),
    design: docDesign({ 'foo/*': [allow.guest.to(['read'])] }),
    needsImport: IMPORT,
  },
  {
    title: 'user group access (older allow.group)',
    source: docsExample('storage-overview.txt', 'user group access (older allow.group)'),
    design: docDesign({ 'foo/*': [legacyGroup('auditor', ['read']), legacyGroup('admin', RWD)] }),
    needsImport: IMPORT,
  },
  {
    title: 'owner-based access',
    source: docsExample('storage-overview.txt', 'owner-based access'),
    design: docDesign({ 'foo/{entity_id}/*': [allow.entity('identity').to(RWD)] }),
    needsImport: IMPORT,
  },
  {
    title: 'owner writes, everyone reads',
    source: docsExample('storage-overview.txt', 'owner writes, everyone reads'),
    design: docDesign({
      'foo/{entity_id}/*': [
        allow.entity('identity').to(RWD),
        allow.guest.to(['read']),
        allow.authenticated.to(['read']),
      ],
    }),
    needsImport: IMPORT,
  },
  {
    title: 'grant function access',
    source: docsExample('storage-overview.txt', 'grant function access'),
    design: {
      ...docDesign({ 'foo/*': [allow.resource('demoFunction').to(RWD)] }),
      functionOrigins: DEMO_FUNCTION,
    },
  },
  {
    title: 'prefix behavior',
    source: docsExample('storage-overview.txt', 'prefix behavior'),
    design: docDesign({
      'foo/*': [allow.authenticated.to(RWD)],
      'foo/bar/*': [allow.guest.to(['read'])],
      'foo/baz/*': [allow.authenticated.to(['read'])],
      'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    }),
    needsImport: IMPORT,
  },
  {
    title: 'storage triggers (inline defineFunction with entry only)',
    source: docsExample(
      'storage-overview.txt',
      'storage triggers (inline defineFunction with entry only)',
    ),
    design: {
      storages: [
        {
          name: 'myProjectFiles',
          exportName: 'storage',
          triggers: { onUpload: 'onUploadHandler', onDelete: 'onDeleteHandler' },
          hasAccess: false,
          paths: [],
        },
      ],
      groups: [],
      functions: ['onUploadHandler', 'onDeleteHandler'],
      functionOrigins: {
        onUploadHandler: { kind: 'inline', entry: './on-upload-handler.ts' },
        onDeleteHandler: { kind: 'inline', entry: './on-delete-handler.ts' },
      },
    },
    needsImport: IMPORT_BOTH,
  },
];

const customize: Example[] = [
  {
    title: 'guest access',
    source: docsExample('customize-authorization.txt', 'guest access'),
    design: docDesign({ 'media/*': [allow.guest.to(['read'])] }),
    needsImport: IMPORT,
  },
  {
    title: 'authenticated access',
    source: docsExample('customize-authorization.txt', 'authenticated access'),
    design: docDesign({ 'media/*': [allow.authenticated.to(['read'])] }),
    needsImport: IMPORT,
  },
  {
    title: 'groups, one rule each',
    source: docsExample('customize-authorization.txt', 'groups, one rule each'),
    design: docDesign({
      'media/*': [allow.groups(['auditor']).to(['read']), allow.groups(['admin']).to(RWD)],
    }),
    needsImport: IMPORT,
  },
  {
    title: 'groups combined in one rule',
    source: docsExample('customize-authorization.txt', 'groups combined in one rule'),
    design: docDesign({ 'media/*': [allow.groups(['auditor', 'admin']).to(['read', 'write'])] }),
    needsImport: IMPORT,
  },
  {
    title: 'owner access',
    source: docsExample('customize-authorization.txt', 'owner access'),
    design: docDesign({ 'media/{entity_id}/*': [allow.entity('identity').to(RWD)] }),
    needsImport: IMPORT,
  },
  {
    title: 'profile pictures',
    source: docsExample('customize-authorization.txt', 'profile pictures'),
    design: docDesign({
      'media/profile-pictures/{entity_id}/*': [
        allow.entity('identity').to(RWD),
        allow.guest.to(['read']),
        allow.authenticated.to(['read']),
      ],
    }),
    needsImport: IMPORT,
  },
  {
    title: 'function access',
    source: docsExample('customize-authorization.txt', 'function access'),
    design: {
      ...docDesign({ 'media/*': [allow.resource('demoFunction').to(RWD)] }),
      functionOrigins: DEMO_FUNCTION,
    },
  },
  {
    title: 'subpaths override parents',
    source: docsExample('customize-authorization.txt', 'subpaths override parents'),
    design: docDesign({
      'media/*': [allow.authenticated.to(RWD)],
      'media/profile-pictures/*': [allow.guest.to(['read'])],
      'media/albums/*': [allow.authenticated.to(['read'])],
      'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
    }),
    needsImport: IMPORT,
  },
  {
    title: 'Gen 1 public/protected/private (with its commas)',
    source: docsExample(
      'customize-authorization.txt',
      'Gen 1 public/protected/private (with its commas)',
    ),
    design: docDesign({
      'public/*': [allow.guest.to(['read']), allow.authenticated.to(RWD)],
      'protected/{entity_id}/*': [
        allow.authenticated.to(['read']),
        allow.entity('identity').to(RWD),
      ],
      'private/{entity_id}/*': [allow.entity('identity').to(RWD)],
    }),
    needsImport: IMPORT,
  },
];

describe.each([
  ['storage-overview.txt', overview],
  ['customize-authorization.txt', customize],
])('%s', (_doc, examples) => {
  describe.each(examples)('$title', ({ source, design, needsImport }) => {
    it('imports as printed in the doc, without any problem', () => {
      const result = importResourceTs(source);
      expect(result.problems).toEqual([]);
      expect(result.design).toEqual(design);
      expect(result.locations.storages).toHaveLength(1);
    });

    // The doc leaves out the import lines of most snippets; with them added, nothing changes.
    if (needsImport !== undefined) {
      it('imports the same with the imports the doc leaves out', () => {
        const result = importResourceTs(`${needsImport}${source}`);
        expect(result.problems).toEqual([]);
        expect(result.design).toEqual(design);
      });
    }
  });
});

describe('storage-overview.txt: Gen 1 example, missing comma kept as printed', () => {
  const source = docsExample(
    'storage-overview.txt',
    'Gen 1 public/protected/private (as printed: a comma missing)',
  );

  it('reports the missing comma where the next item starts (line 6, column 2)', () => {
    const { problems } = importResourceTs(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'syntax-error',
      severity: 'error',
      loc: { line: 6, column: 2, endLine: 6, endColumn: 7 },
    });
    expect(problems[0]?.message).toContain('expected ","');
    expect(problems[0]?.message).toContain('`allow.authenticated');
  });

  it('still reads the design, as if the comma were there', () => {
    const { design, locations } = importResourceTs(source);
    expect(design).toEqual(
      docDesign({
        'public/*': [allow.guest.to(['read']), allow.authenticated.to(RWD)],
        'protected/{entity_id}/*': [
          allow.authenticated.to(['read']),
          allow.entity('identity').to(RWD),
        ],
        'private/{entity_id}/*': [allow.entity('identity').to(RWD)],
      }),
    );
    // Locations are in the original text: the patched comma shifts nothing.
    expect(locations.storages[0]?.paths[0]?.rules[1]?.loc).toEqual({
      line: 6,
      column: 2,
      endLine: 6,
      endColumn: 53,
    });
    expect(locations.storages[0]?.paths[1]?.key).toEqual({
      line: 8,
      column: 2,
      endLine: 8,
      endColumn: 27,
    });
  });
});

describe('other files of the docs are not storage definitions', () => {
  it.each([
    [
      'amplify/backend.ts',
      `import { defineBackend } from '@aws-amplify/backend';
import { auth } from './auth/resource';
import { storage } from './storage/resource';

defineBackend({
 auth,
 storage
});`,
    ],
    [
      'amplify/auth/resource.ts',
      `import { defineAuth } from '@aws-amplify/backend';

export const auth = defineAuth({
 loginWith: {
 email: true
 },
 groups: ['auditor', 'admin']
});`,
    ],
    [
      'amplify/storage/on-upload-handler.ts',
      `import type { S3Handler } from 'aws-lambda';

export const handler: S3Handler = async (event) => {
 const objectKeys = event.Records.map((record) => record.s3.object.key);
 console.log(\`Upload handler invoked for objects [\${objectKeys.join(', ')}]\`);
};`,
    ],
  ])('%s: "no defineStorage call found" at 1:1', (_file, source) => {
    const result = importResourceTs(source);
    expect(result.design).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'no-define-storage',
        severity: 'error',
        loc: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      }),
    ]);
    expect(result.problems[0]?.message).toMatch(/no defineStorage call found/i);
  });
});
