import type { CompiledDesign } from '../compile/compile-design';
import { bucketArn, listConditionPrefixes, S3_ACTION } from '../compile/iam-json';
import type { RoleKey } from '../compile/roles';
import type { CompiledStatement, OutputsPaths } from '../compile/types';
import { namesUsed } from '../model/build';
import type { Design, Storage } from '../model/types';
import { defaultStorageIndex } from '../model/default-storage';
import {
  freshName,
  functionIdentifiers,
  tsPropertyKey,
  tsString,
  tsTemplateText,
} from './ts-literals';
import { isIdentifier, toIdentifier } from '../text/identifiers';

export interface BackendTsOptions {
  /** The existing bucket's name. */
  readonly bucketName: string;
  /** The bucket's region. */
  readonly region: string;
  /** Which storage of the design the bucket stands for; default: the default storage. */
  readonly storageIndex?: number;
}

/** Names the file binds itself, plus the keys a defineBackend resource may not have. */
const FILE_NAMES = [
  'defineBackend',
  'Effect',
  'Policy',
  'PolicyStatement',
  'Bucket',
  'auth',
  'backend',
  'customBucketStack',
  'customBucket',
];
const BACKEND_MEMBERS = ['stack', 'createStack', 'addOutput'];

/**
 * A function's name (its folder), the identifier its resource.ts exports it as, its local name in
 * backend.ts (also its defineBackend key) and its role's.
 */
interface FunctionRef {
  readonly name: string;
  readonly imported: string;
  readonly local: string;
  readonly role: string;
}

/**
 * amplify/backend.ts that uses an existing S3 bucket for one storage of the design (spec §6,
 * custom-bucket-ja.txt): it imports the bucket with `Bucket.fromBucketAttributes`, declares it to
 * the client libraries with `backend.addOutput` using exactly the `paths` Amplify would write for
 * the storage, and attaches to each role an inline policy with exactly the statements of the IAM
 * export. Unlike the docs' examples it compiles: commas are in place, the owner variable is
 * escaped in template literals, and no `@ts-expect-error` is needed (current Amplify types accept
 * `groups…`/`entity…` keys, amplify-backend issue 2569), so a real type error still shows.
 */
export function renderBackendTs(
  { design, storages }: CompiledDesign,
  options: BackendTsOptions,
): string {
  const index = options.storageIndex ?? defaultStorageIndex(design) ?? 0;
  const storage = design.storages[index];
  const compiled = storages[index];
  if (!storage || !compiled) throw new RangeError(`No storage at index ${index}`);
  const functions = functionRefs(
    design,
    compiled.policies.map((p) => p.role),
  );
  const lines = [
    ...header(functions),
    ...defineBackendCall(storage, options, functions),
    ...addOutputCall(storage, compiled.outputsPaths),
  ];
  const policyIds = new Set<string>();
  for (const { role, statements } of compiled.policies) {
    lines.push('', ...attachPolicy(role, statements, functions, policyIds, options.bucketName));
  }
  lines.push(
    ...functionEnvironment(
      storage,
      compiled.policies.map((p) => p.role),
      functions,
    ),
  );
  lines.push(...triggersNote(storage));
  return `${lines.join('\n')}\n`;
}

/** Every declared function (a real project passes them all to defineBackend) plus any a policy names. */
function functionRefs(design: Design, roles: readonly RoleKey[]): Map<string, FunctionRef> {
  const names = [
    ...new Set([...design.functions, ...namesUsed(design).functions, ...roles.flatMap(functionOf)]),
  ];
  const identifiers = functionIdentifiers(names);
  const taken = new Set([...FILE_NAMES, ...BACKEND_MEMBERS]);
  const locals = names.map((name) => freshName(identifiers.get(name)!, taken));
  return new Map(
    names.map((name, i) => [
      name,
      {
        name,
        imported: identifiers.get(name)!,
        local: locals[i]!,
        role: freshName(`${locals[i]}Role`, taken),
      },
    ]),
  );
}

const functionOf = (role: RoleKey): string[] =>
  role.startsWith('function:') ? [role.slice('function:'.length)] : [];

function header(functions: ReadonlyMap<string, FunctionRef>): string[] {
  const lines = [
    `import { defineBackend } from '@aws-amplify/backend';`,
    `import { Effect, Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';`,
    `import { Bucket } from 'aws-cdk-lib/aws-s3';`,
    `import { auth } from './auth/resource';`,
  ];
  for (const { name, imported, local } of functions.values()) {
    const binding = imported === local ? local : `${imported} as ${local}`;
    lines.push(`import { ${binding} } from ${tsString(`./functions/${name}/resource`)};`);
  }
  return lines;
}

function defineBackendCall(
  storage: Storage,
  options: BackendTsOptions,
  functions: ReadonlyMap<string, FunctionRef>,
): string[] {
  return [
    '',
    '/**',
    ` * Storage ${commentText(storage.name)} uses the existing S3 bucket ${commentText(options.bucketName)}: nothing is`,
    ' * created. Its owner must also let these roles in through the bucket policy and set CORS',
    ' * (see bucket-policy.json and cors.json).',
    ' */',
    'const backend = defineBackend({',
    '  auth,',
    ...[...functions.values()].map(({ local }) => `  ${local},`),
    '});',
    '',
    `const customBucketStack = backend.createStack('custom-bucket-stack');`,
    '',
    '// Import the existing bucket',
    `const customBucket = Bucket.fromBucketAttributes(customBucketStack, 'MyCustomBucket', {`,
    `  bucketArn: ${tsString(bucketArn(options.bucketName))},`,
    `  region: ${tsString(options.region)},`,
    '});',
  ];
}

/** Text quoted for a comment: on one line, and unable to end a block comment. */
const commentText = (text: string): string => tsString(text).replaceAll('*/', '*\\/');

/** A function's name in a comment: as written when it is an identifier, else quoted like other text. */
const functionText = (name: string): string => (isIdentifier(name) ? name : commentText(name));

function addOutputCall(storage: Storage, paths: OutputsPaths | undefined): string[] {
  const lines = [
    '',
    '// Tell the client libraries about the bucket, with the paths Amplify writes for the storage.',
    'backend.addOutput({',
    '  storage: {',
    '    aws_region: customBucket.env.region,',
    '    bucket_name: customBucket.bucketName,',
    '    buckets: [',
    '      {',
    `        name: ${tsString(storage.name)},`,
    '        bucket_name: customBucket.bucketName,',
    '        aws_region: customBucket.env.region,',
  ];
  if (paths && Object.keys(paths).length === 0) lines.push('        paths: {},');
  else if (paths) {
    lines.push('        paths: {');
    for (const [prefix, access] of Object.entries(paths)) {
      lines.push(`          ${tsPropertyKey(prefix, false)}: {`);
      for (const [key, actions] of Object.entries(access)) {
        lines.push(`            ${tsPropertyKey(key)}: [${actions.map(tsString).join(', ')}],`);
      }
      lines.push('          },');
    }
    lines.push('        },');
  }
  lines.push('      },', '    ],', '  },', '});');
  return lines;
}

/** The role a policy goes to, as an expression, and a readable label for comments and ids. */
function roleTarget(
  role: RoleKey,
  functions: ReadonlyMap<string, FunctionRef>,
): { expression: string; label: string; id: string } {
  if (role === 'guest')
    return {
      expression: 'backend.auth.resources.unauthenticatedUserIamRole',
      label: 'guest (the unauthenticated role)',
      id: 'customBucketUnauthPolicy',
    };
  if (role === 'authenticated')
    return {
      expression: 'backend.auth.resources.authenticatedUserIamRole',
      label: 'authenticated and owner (the authenticated role)',
      id: 'customBucketAuthPolicy',
    };
  if (role.startsWith('group:')) {
    const group = role.slice('group:'.length);
    return {
      expression: `backend.auth.resources.groups[${tsString(group)}].role`,
      label: `group ${commentText(group)}`,
      id: `customBucket${pascal(group, 'Group')}GroupPolicy`,
    };
  }
  const fn = functions.get(role.slice('function:'.length))!;
  return {
    expression: fn.role,
    label: `function ${functionText(fn.name)}`,
    id: `customBucket${pascal(fn.name, 'Function')}FunctionPolicy`,
  };
}

const pascal = (name: string, fallback: string): string => {
  const id = toIdentifier(name, fallback).replace(/^[_$]+/, '');
  return id.charAt(0).toUpperCase() + id.slice(1);
};

function attachPolicy(
  role: RoleKey,
  statements: readonly CompiledStatement[],
  functions: ReadonlyMap<string, FunctionRef>,
  policyIds: Set<string>,
  bucketName: string,
): string[] {
  const target = roleTarget(role, functions);
  const lines = [`// ${target.label}`];
  if (role.startsWith('function:')) {
    const fn = functions.get(role.slice('function:'.length))!;
    lines.push(
      `const ${target.expression} = backend.${fn.local}.resources.lambda.role;`,
      `if (!${target.expression}) throw new Error(${tsString(`Function ${fn.name} has no execution role to give access to ${bucketName}`)});`,
    );
  }
  lines.push(
    `${target.expression}.attachInlinePolicy(`,
    `  new Policy(backend.stack, ${tsString(freshName(target.id, policyIds))}, {`,
    '    statements: [',
    ...statements.flatMap(policyStatement),
    '    ],',
    '  }),',
    ');',
  );
  return lines;
}

/** One statement, exactly as toIamStatement writes it: one action, the same resources and condition. */
function policyStatement(statement: CompiledStatement): string[] {
  const prefixes = statement.prefixes.map((p) => p.prefix);
  const lines = [
    '      new PolicyStatement({',
    `        effect: Effect.${statement.effect === 'Allow' ? 'ALLOW' : 'DENY'},`,
    `        actions: [${tsString(S3_ACTION[statement.action])}],`,
  ];
  if (statement.action === 'list') {
    const values = prefixes.flatMap(listConditionPrefixes).map(tsString).join(', ');
    lines.push(
      '        resources: [customBucket.bucketArn],',
      `        conditions: { StringLike: { 's3:prefix': [${values}] } },`,
    );
  } else {
    lines.push(
      `        resources: [${prefixes.map((p) => `\`\${customBucket.bucketArn}/${tsTemplateText(p)}\``).join(', ')}],`,
    );
  }
  lines.push('      }),');
  return lines;
}

/** What `allow.resource(fn)` also gives a function: the bucket's name in `<storage>_BUCKET_NAME`. */
function functionEnvironment(
  storage: Storage,
  roles: readonly RoleKey[],
  functions: ReadonlyMap<string, FunctionRef>,
): string[] {
  const names = roles.flatMap(functionOf);
  if (names.length === 0) return [];
  const key = `${storage.name}_BUCKET_NAME`;
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) {
    return [
      '',
      `// ${commentText(key)} is not a valid environment variable name, so the functions do not get the bucket name.`,
    ];
  }
  return [
    '',
    '// The bucket name, as Amplify gives it to functions with access',
    ...names.map(
      (n) =>
        `backend.${functions.get(n)!.local}.addEnvironment(${tsString(key)}, customBucket.bucketName);`,
    ),
  ];
}

function triggersNote(storage: Storage): string[] {
  const triggers = Object.entries(storage.triggers ?? {}).filter(([, fn]) => fn);
  if (triggers.length === 0) return [];
  const list = triggers.map(([event, fn]) => `${event}: ${functionText(fn!)}`).join(', ');
  return [
    '',
    `// Not set up here: triggers (${list}). An existing bucket's event notifications are its owner's to configure.`,
  ];
}
