import { listedProblems } from '../resource-ts/listed-problems';
import { START_OF_FILE } from '../../text/positions';
import { createContext } from './context';
import { parseBackendTs } from './parse';
import { readProgram, type ProgramRead } from './read-program';
import type { AttachedPolicy, BackendTsImport, ImportedBucket } from './types';

const EMPTY: Omit<BackendTsImport, 'problems'> = {
  bucketRefs: [],
  defaultBucket: undefined,
  buckets: [],
  policies: [],
  groups: [],
  functions: [],
  resources: [],
};

function namesUsed(buckets: readonly ImportedBucket[], policies: readonly AttachedPolicy[]) {
  const groups = new Set<string>();
  const functions = new Set<string>();
  for (const { role } of policies) {
    if (role.startsWith('group:')) groups.add(role.slice('group:'.length));
    if (role.startsWith('function:')) functions.add(role.slice('function:'.length));
  }
  for (const bucket of buckets)
    for (const entry of bucket.paths ?? [])
      for (const { key } of entry.access)
        if (key.startsWith('groups')) groups.add(key.slice('groups'.length));
  return { groups: [...groups], functions: [...functions] };
}

function assemble(
  read: ProgramRead,
  ctx: ReturnType<typeof createContext>,
): Omit<BackendTsImport, 'problems'> {
  // `backend.KEY.resources.lambda.role`: KEY is the function's defineBackend key; its name is the
  // folder it is imported from (`./functions/NAME/resource`), else the key.
  const functionName = (key: string) => {
    const from = read.resources.find((r) => r.key === key)?.from;
    return (from && /^\.\/functions\/(.+)\/resource(?:\.ts)?$/.exec(from)?.[1]) ?? key;
  };
  const policies: AttachedPolicy[] = read.attachments.map(({ role, policy, node }) => ({
    role: role.startsWith('function:')
      ? (`function:${functionName(role.slice('function:'.length))}` as const)
      : role,
    id: policy.id,
    statements: policy.statements.map((s) => s.statement),
    loc: ctx.loc(node),
  }));
  for (const policy of read.policies) {
    if (!policy.attached)
      ctx.warn(
        'policy-not-attached',
        policy.node,
        `This policy is never attached to a role, so it grants nothing; attach it with \`backend.auth.resources.authenticatedUserIamRole.attachInlinePolicy(...)\` (or the role it is meant for)`,
      );
  }
  const buckets = read.outputs.flatMap((o) => o.buckets);
  const defaultBucket = read.outputs.findLast((o) => o.defaultBucket)?.defaultBucket;
  return {
    bucketRefs: read.bucketRefs,
    defaultBucket,
    buckets,
    policies,
    ...namesUsed(buckets, policies),
    resources: read.resources,
  };
}

function importUnguarded(source: string): BackendTsImport {
  const parsed = parseBackendTs(source);
  if (!parsed.program) return { ...EMPTY, problems: listedProblems(parsed.problems) };
  const ctx = createContext(source, parsed.positions);
  const read = readProgram(ctx, parsed.program);
  const result = assemble(read, ctx);
  if (
    result.buckets.length === 0 &&
    result.policies.length === 0 &&
    result.bucketRefs.length === 0 &&
    result.resources.length === 0
  ) {
    ctx.problems.push({
      code: 'no-backend-content',
      severity: 'error',
      message:
        'No defineBackend, imported bucket, `backend.addOutput({ storage })` or attached policy found: is this amplify/backend.ts?',
      loc: START_OF_FILE,
    });
  }
  return { ...result, problems: listedProblems([...parsed.problems, ...ctx.problems]) };
}

/**
 * Reads amplify/backend.ts as the existing-bucket guide writes it, without running it: the
 * imported buckets, the `paths` handed to the client library through `backend.addOutput`, and the
 * inline policies attached to the auth, group and function roles. Never throws: every problem
 * (the guide's missing commas and IAM variables in template literals included) has a location,
 * and reading goes on past each one.
 */
export function importBackendTs(source: string): BackendTsImport {
  try {
    if (typeof source !== 'string')
      throw new TypeError(`expected the source as a string, got ${typeof source}`);
    return importUnguarded(source);
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    const message = tooDeep
      ? 'The source is nested too deeply to be read'
      : `The importer failed unexpectedly (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}); please report this with the file`;
    return {
      ...EMPTY,
      problems: [
        {
          code: tooDeep ? 'too-deeply-nested' : 'internal-error',
          severity: 'error',
          message,
          loc: START_OF_FILE,
        },
      ],
    };
  }
}
