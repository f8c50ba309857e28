import { externalRolePolicies, coveredActions } from '../access/external-policies';
import { iamPatternMatches } from '../access/iam-pattern';
import { bucketArn } from '../compile/iam-json';
import type { RoleKey } from '../compile/roles';
import type { SourceLocation } from '../text/positions';
import { ENTITY_IDENTITY_URL, type ClientBucket } from './amplify-js';
import { allowedButUndeclared, ambiguousGroupKeys, offeredButDenied, type Places } from './compare';
import { difference, type ViewDifference } from './difference';
import { bucketViews, type BucketViews } from './views';

/**
 * What the views need of a read backend.ts (import/backend-ts's BackendTsImport has this shape;
 * written here because this folder sits beside the importers, not above them).
 */
interface ImportedStatement {
  readonly effect: 'Allow' | 'Deny';
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions: readonly { operator: string; key: string; values: readonly string[] }[];
  readonly loc: SourceLocation;
}
interface ImportedBucket {
  readonly name: string;
  readonly bucketName: string;
  readonly region: string | undefined;
  readonly paths:
    | readonly {
        readonly prefix: string;
        readonly loc: SourceLocation;
        readonly access: readonly {
          key: string;
          actions: readonly string[];
          loc: SourceLocation;
        }[];
      }[]
    | undefined;
  readonly loc: SourceLocation;
}
export interface BackendTsImport {
  readonly bucketRefs: readonly {
    bucketName: string;
    region: string | undefined;
    loc: SourceLocation;
  }[];
  readonly buckets: readonly ImportedBucket[];
  readonly policies: readonly {
    role: RoleKey;
    statements: readonly ImportedStatement[];
    loc: SourceLocation;
  }[];
  readonly groups: readonly string[];
  readonly functions: readonly string[];
}

/** One bucket of a backend.ts: both views and every difference between them. */
export interface BackendBucketViews extends BucketViews {
  readonly differences: readonly ViewDifference[];
}

/** The client configuration of an imported bucket entry (a later duplicate key wins, as in an object literal). */
function clientBucket(bucket: ImportedBucket): ClientBucket {
  if (!bucket.paths) return { name: bucket.name, bucketName: bucket.bucketName };
  const paths: Record<string, Record<string, readonly string[]>> = {};
  for (const entry of bucket.paths)
    paths[entry.prefix] = Object.fromEntries(entry.access.map((a) => [a.key, a.actions]));
  return { name: bucket.name, bucketName: bucket.bucketName, paths };
}

/**
 * The ways people write "this user's folder": Amplify's `{entity_id}` and IAM variables such as
 * `${cognito-identity.amazonaws.com:sub}` or `${aws:username}` (a `${…}` without `:` is just text).
 */
const TOKEN = /\$\{[^}:]*:[^}]*\}|\{entity_id\}/g;
const shapeOf = (text: string) => text.replace(TOKEN, '\u0000');
const TOKEN_TEST = /\$\{[^}:]*:[^}]*\}|\{entity_id\}/;

/** Checks that read the statements as written: list scope and prefixes, owner tokens. */
function statementChecks(
  imp: BackendTsImport,
  bucket: ImportedBucket,
  client: ClientBucket,
): ViewDifference[] {
  const out: ViewDifference[] = [];
  const arn = bucketArn(bucket.bucketName);
  const ownerShapes = new Map(
    (bucket.paths ?? [])
      .filter((e) => e.prefix.includes(ENTITY_IDENTITY_URL))
      .map((e) => [shapeOf(e.prefix), e.prefix]),
  );
  const at = (s: ImportedStatement) => ({ bucket: client.name, loc: s.loc });
  for (const policy of imp.policies) {
    for (const s of policy.statements) {
      const actions = coveredActions(s.actions);
      const ownObjects = s.resources.filter((r) => r.startsWith(`${arn}/`));
      if (
        actions.includes('list') &&
        !s.resources.some((r) => iamPatternMatches(r, arn, {})) &&
        ownObjects.length > 0
      ) {
        out.push(
          difference(
            'view-list-scoped-to-objects',
            `This statement allows s3:ListBucket on ${ownObjects.map((r) => JSON.stringify(r)).join(', ')} only; ListBucket applies to the bucket itself, so it lists nothing`,
            at(s),
            `Use the bucket (\`${arn}\`, i.e. \`bucket.bucketArn\`) as the resource and scope the listing with an s3:prefix condition`,
          ),
        );
      }
      if (actions.includes('list')) {
        for (const c of s.conditions) {
          if (c.key.toLowerCase() !== 's3:prefix' || c.operator !== 'StringLike') continue;
          for (const v of c.values) {
            const missing = v.endsWith('/')
              ? c.values.includes(`${v}*`)
                ? undefined
                : `${v}*`
              : !v.includes('*') && v !== ''
                ? `${v}/`
                : undefined;
            if (!missing) continue;
            out.push(
              difference(
                'view-list-prefix-incomplete',
                v.endsWith('/')
                  ? `s3:prefix ${JSON.stringify(v)} lists that folder only: listing its subfolders (Storage Browser opens them) is denied`
                  : `s3:prefix ${JSON.stringify(v)} has no "/": the client lists folders as ${JSON.stringify(`${v}/`)}, which it does not match`,
                at(s),
                `Add ${JSON.stringify(missing)}${v.endsWith('/') ? '' : ` and ${JSON.stringify(`${v}/*`)}`} to the s3:prefix values`,
              ),
            );
          }
        }
      }
      for (const r of ownObjects) {
        const key = r.slice(arn.length + 1);
        const written = ownerShapes.get(shapeOf(key));
        if (written !== undefined && written !== key && key.match(TOKEN)) {
          out.push(
            difference(
              'view-owner-token-mismatch',
              `The policy writes the owner folder as ${JSON.stringify(key)} but \`paths\` as ${JSON.stringify(written)}: IAM and the client do not mean the same folder`,
              at(s),
              `Write ${JSON.stringify(written)} in the resource (escape it in a template literal as \\\${…})`,
            ),
          );
        }
      }
    }
  }
  for (const entry of bucket.paths ?? []) {
    const owner = entry.access.find((a) => a.key === 'entityidentity');
    // A token other than the client's (`{entity_id}`, another variable): owners are offered the
    // literal prefix. No token at all is an owner rule on a shared path, which Amplify writes too.
    if (owner && !entry.prefix.includes(ENTITY_IDENTITY_URL) && TOKEN_TEST.test(entry.prefix)) {
      out.push(
        difference(
          'view-owner-token-mismatch',
          `${JSON.stringify(entry.prefix)} has an \`entityidentity\` key but no ${ENTITY_IDENTITY_URL}: the client substitutes only that token, so owners are offered the literal prefix`,
          { bucket: client.name, prefix: entry.prefix, loc: owner.loc },
          `Write the owner folder as ${JSON.stringify(entry.prefix.replace(TOKEN, ENTITY_IDENTITY_URL))}`,
        ),
      );
    }
    for (const a of entry.access) {
      if (!a.key.startsWith('groups')) continue;
      const group = a.key.slice('groups'.length);
      if (imp.policies.some((p) => p.role === `group:${group}`)) continue;
      out.push(
        difference(
          'view-group-key-without-policy',
          `\`paths\` grants group ${JSON.stringify(group)} ${JSON.stringify(a.actions)} on ${JSON.stringify(entry.prefix)}, but no policy is attached to that group's role`,
          { bucket: client.name, person: `group:${group}`, prefix: entry.prefix, loc: a.loc },
          `Attach a policy to \`backend.auth.resources.groups[${JSON.stringify(group)}].role\` allowing these actions on ${JSON.stringify(entry.prefix)}`,
        ),
      );
    }
  }
  return out;
}

/** Buckets of the file: the addOutput entries, then imported buckets no entry names (server view only). */
function bucketsOf(imp: BackendTsImport): ImportedBucket[] {
  const listed = new Set(imp.buckets.map((b) => b.bucketName));
  const unlisted = imp.bucketRefs
    .filter((r) => !listed.has(r.bucketName))
    .map((r): ImportedBucket => ({
      name: r.bucketName,
      bucketName: r.bucketName,
      region: r.region,
      paths: undefined,
      loc: r.loc,
    }));
  return [...imp.buckets, ...unlisted];
}

/**
 * Both views of every bucket a backend.ts declares or imports, and their differences, each with
 * the statement's or the path entry's place in the file.
 */
export function backendTsViews(imp: BackendTsImport): BackendBucketViews[] {
  return bucketsOf(imp).map((bucket) => {
    const external = imp.policies.map((p) => ({
      role: p.role,
      statements: p.statements,
      origin: (i: number) => `the statement at line ${p.statements[i]?.loc.line ?? p.loc.line}`,
    }));
    const { policies, notes, sources } = externalRolePolicies(external, bucket.bucketName);
    const extraPrefixes = policies
      .flatMap((p) =>
        p.statements
          .filter((s) => s.effect === 'Allow' && s.action !== 'list')
          .flatMap((s) => s.prefixes.map((x) => x.prefix)),
      )
      .filter((p) => p.endsWith('/*') && p.length > 2);
    const client = clientBucket(bucket);
    const views = bucketViews({
      bucket: client,
      policies,
      groups: imp.groups,
      functions: imp.functions,
      extraPrefixes: [...new Set(extraPrefixes)],
    });
    const places: Places = {
      entry: (prefix, key) => {
        const entry = bucket.paths?.find((e) => e.prefix === prefix);
        return (
          (key === undefined ? undefined : entry?.access.find((a) => a.key === key)?.loc) ??
          entry?.loc
        );
      },
      statement: (s) => {
        const source = sources.get(s);
        return source && imp.policies[source.policyIndex]?.statements[source.statementIndex]?.loc;
      },
    };
    const engineNotes = notes.map((n) => {
      const s = imp.policies[n.policyIndex]?.statements[n.statementIndex];
      const isDeny = s?.effect === 'Deny';
      const d = difference(
        'view-not-evaluated',
        `Not evaluated: ${n.message}${isDeny ? '; this Deny is left out, so the server view may show more access than IAM gives' : '; this Allow is left out of the server view'}`,
        { bucket: client.name, ...(s ? { loc: s.loc } : {}) },
        'Rewrite the statement with the bucket ARN and at most one StringLike/StringEquals s3:prefix condition',
      );
      return isDeny ? { ...d, severity: 'error' as const } : d;
    });
    const differences = [
      ...engineNotes,
      ...statementChecks(imp, bucket, client),
      ...offeredButDenied(views, places),
      ...ambiguousGroupKeys(views, places),
      ...allowedButUndeclared(views, places),
    ].sort(
      (a, b) =>
        (a.loc?.line ?? 0) - (b.loc?.line ?? 0) || (a.loc?.column ?? 0) - (b.loc?.column ?? 0),
    );
    return { ...views, differences };
  });
}
