/**
 * Names in the existing-bucket backend.ts: functions named like what the file binds get aliases,
 * policies get distinct construct ids. (test/exports/ checks the meaning against the IAM export and
 * compiles the file against the real Amplify and CDK types.)
 */
import { describe, expect, it } from 'vitest';
import { compileDesign } from '../compile/compile-design';
import { allow, designFromAccess } from '../model/build';
import { renderBackendTs } from './backend-ts';

describe('renderBackendTs names', () => {
  it('aliases functions whose names the file or defineBackend already use', () => {
    const design = designFromAccess({
      'a/*': ['auth', 'backend', 'stack', 'customBucket', 'resizer', 'resizerRole'].map((fn) =>
        allow.resource(fn).to(['read']),
      ),
    });
    const source = renderBackendTs(compileDesign(design), { bucketName: 'b', region: 'eu-west-1' });
    expect(source).toContain("import { auth as auth2 } from './functions/auth/resource';");
    expect(source).toContain("import { backend as backend2 } from './functions/backend/resource';");
    expect(source).toContain("import { stack as stack2 } from './functions/stack/resource';");
    expect(source).toContain(
      "import { customBucket as customBucket2 } from './functions/customBucket/resource';",
    );
    expect(source).toContain("import { resizer } from './functions/resizer/resource';");
    expect(source).toContain("import { resizerRole } from './functions/resizerRole/resource';");
    expect(source).toContain('const resizerRole2 = backend.resizer.resources.lambda.role;');
    expect(source).toContain('const resizerRoleRole = backend.resizerRole.resources.lambda.role;');
    expect(source).toMatch(
      /defineBackend\(\{\n {2}auth,\n {2}auth2,\n {2}backend2,\n {2}stack2,\n {2}customBucket2,\n {2}resizer,\n {2}resizerRole,\n\}\)/,
    );
  });

  it('gives every policy its own construct id, even for groups whose names differ only in punctuation', () => {
    const design = designFromAccess({ 'a/*': [allow.groups(['a-b', 'a.b', 'a_b']).to(['read'])] });
    const source = renderBackendTs(compileDesign(design), { bucketName: 'b', region: 'eu-west-1' });
    const ids = [...source.matchAll(/new Policy\(backend\.stack, '([^']+)'/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });

  it('says which triggers it does not set up', () => {
    const design = designFromAccess(
      { 'a/*': [allow.guest.to(['read'])] },
      { triggers: { onUpload: 'resizer' }, functions: ['resizer'] },
    );
    expect(renderBackendTs(compileDesign(design), { bucketName: 'b', region: 'r' })).toContain(
      '// Not set up here: triggers (onUpload: resizer).',
    );
  });
});
