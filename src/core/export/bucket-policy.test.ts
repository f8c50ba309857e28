/** The bucket policy lets in exactly the roles with a policy, each with the actions it is allowed. */
import { describe, expect, it } from 'vitest';
import { iamExport } from '../compile/iam-json';
import { compileStorage } from '../compile/compile';
import { compileDesign } from '../compile/compile-design';
import { allow, designFromAccess } from '../model/build';
import { bucketPolicy, placeholderRoleArn, renderBucketPolicy } from './bucket-policy';

const design = designFromAccess(
  {
    'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
    'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
    'admin/*': [allow.groups(['admin', "it's"]).to(['write'])],
    'jobs/*': [allow.resource('resizer').to(['get'])],
  },
  { groups: ['admin', "it's"] },
);

describe('renderBucketPolicy', () => {
  it('one statement per role with a policy: placeholder principal, its allowed actions, bucket and objects', () => {
    const policy = JSON.parse(
      renderBucketPolicy(compileDesign(design), { bucketName: 'my-bucket' }),
    );
    expect(policy.Version).toBe('2012-10-17');
    const byPrincipal = Object.fromEntries(
      policy.Statement.map((s: { Principal: { AWS: string } }) => [s.Principal.AWS, s]),
    );
    expect(Object.keys(byPrincipal)).toEqual([
      'arn:aws:iam::<AWS-ACCOUNT-ID>:role/<UNAUTHENTICATED-ROLE-NAME>',
      'arn:aws:iam::<AWS-ACCOUNT-ID>:role/<AUTHENTICATED-ROLE-NAME>',
      'arn:aws:iam::<AWS-ACCOUNT-ID>:role/<GROUP-admin-ROLE-NAME>',
      "arn:aws:iam::<AWS-ACCOUNT-ID>:role/<GROUP-it's-ROLE-NAME>",
      'arn:aws:iam::<AWS-ACCOUNT-ID>:role/<FUNCTION-resizer-ROLE-NAME>',
    ]);
    const iam = iamExport(compileStorage(design.storages[0]!), 'my-bucket');
    const allowed = (doc: { Statement: { Effect: string; Action: string }[] } | null) =>
      new Set(doc!.Statement.filter((s) => s.Effect === 'Allow').map((s) => s.Action));
    const roles = [
      iam.guest,
      iam.authenticated,
      iam.groups.admin!,
      iam.groups["it's"]!,
      iam.functions.resizer!,
    ];
    policy.Statement.forEach(
      (s: { Action: string[]; Resource: string[]; Effect: string; Sid: string }, i: number) => {
        expect(s.Effect).toBe('Allow');
        expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
        expect(new Set(s.Action)).toEqual(allowed(roles[i]!));
        expect(s.Resource).toEqual(['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*']);
      },
    );
    expect(new Set(policy.Statement.map((s: { Sid: string }) => s.Sid)).size).toBe(5);
  });

  it('uses the role ARNs it is given', () => {
    const arn = 'arn:aws:iam::123456789012:role/amplify-app-authRole';
    const policy = bucketPolicy(compileDesign(design), {
      bucketName: 'b',
      roleArns: { authenticated: arn },
    });
    expect(policy.Statement.map((s) => s.Principal.AWS)).toContain(arn);
    expect(policy.Statement.map((s) => s.Principal.AWS)).toContain(placeholderRoleArn('guest'));
  });

  it('has no statement for a design without rules', () => {
    expect(
      bucketPolicy(compileDesign(designFromAccess({})), { bucketName: 'b' }).Statement,
    ).toEqual([]);
  });
});
