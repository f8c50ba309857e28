/**
 * Reference oracle: runs the REAL `@aws-amplify/backend-storage` code (and Amplify's real resource
 * name validator) on a storage definition given as plain data, driven the way Amplify drives it,
 * and returns what Amplify produces. Property tests compare our core against this.
 *
 * What is real: StorageAccessOrchestrator, roleAccessBuilder, validateStorageAccessPaths,
 * StorageAccessPolicyFactory (on a CDK bucket), CDK's policy rendering, StorageOutputsAspect,
 * AmplifyStorage, DefaultResourceNameValidator.
 * What is stubbed: the auth / function constructs behind the resource access acceptors (they only
 * record the policy they are given) and the output storage strategy.
 */
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Policy } from 'aws-cdk-lib/aws-iam';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type RefPrincipal =
  | { kind: 'guest' }
  | { kind: 'authenticated' }
  | { kind: 'groups'; groups: string[] }
  | { kind: 'entity'; entity: string } // normally 'identity'
  | { kind: 'resource'; fn: string }; // a function name
export interface RefRule {
  principal: RefPrincipal;
  actions: string[];
}
export interface RefStorageInput {
  name: string;
  /** ordered access record entries; passed to Amplify as an object literal built in this order */
  paths: [string, RefRule[]][] | undefined; // undefined = no `access` callback at all
  isDefault?: boolean;
}
export type RoleKey = string; // 'guest' | 'authenticated' | `group:${name}` | `function:${name}`
export interface IamPolicyDocument {
  Version: '2012-10-17';
  Statement: Array<{
    Effect: 'Allow' | 'Deny';
    Action: string | string[];
    Resource: string | string[];
    Condition?: unknown;
  }>;
}
export type RefResult =
  | { ok: false; errorName: string; message: string }
  | {
      ok: true;
      policies: Record<RoleKey, IamPolicyDocument>;
      outputsPaths: Record<string, Record<string, string[]>> | undefined;
    };
export type RefError = { ok: false; errorName: string; message: string };

// ---------------------------------------------------------------------------------------------
// Loading the real Amplify modules
// ---------------------------------------------------------------------------------------------

// The packages' `exports` maps only expose '.', so internal lib files are imported by file URL.
// Importing by URL gives the very module instances the package uses itself (same file => same
// ESM instance), which matters for `instanceof AmplifyStorage` inside StorageOutputsAspect.
const require = createRequire(import.meta.url);
const storageLib = dirname(require.resolve('@aws-amplify/backend-storage')); // .../lib
const backendLib = dirname(require.resolve('@aws-amplify/backend')); // .../lib
const load = (dir: string, file: string): Promise<unknown> =>
  import(pathToFileURL(join(dir, file)).href);

type StorageLib =
  typeof import('../../node_modules/@aws-amplify/backend-storage/lib/storage_access_orchestrator.js') &
    typeof import('../../node_modules/@aws-amplify/backend-storage/lib/access_builder.js') &
    typeof import('../../node_modules/@aws-amplify/backend-storage/lib/validate_storage_access_paths.js') &
    typeof import('../../node_modules/@aws-amplify/backend-storage/lib/storage_access_policy_factory.js') &
    typeof import('../../node_modules/@aws-amplify/backend-storage/lib/storage_outputs_aspect.js') &
    typeof import('../../node_modules/@aws-amplify/backend-storage/lib/construct.js');
type NameValidatorLib =
  typeof import('../../node_modules/@aws-amplify/backend/lib/engine/validations/default_resource_name_validator.js');

const amplify = Object.assign(
  {},
  ...(await Promise.all(
    [
      'storage_access_orchestrator.js',
      'access_builder.js',
      'validate_storage_access_paths.js',
      'storage_access_policy_factory.js',
      'storage_outputs_aspect.js',
      'construct.js',
    ].map((f) => load(storageLib, f)),
  )),
) as StorageLib;
const { DefaultResourceNameValidator } = (await load(
  backendLib,
  'engine/validations/default_resource_name_validator.js',
)) as NameValidatorLib;
const nameValidator = new DefaultResourceNameValidator();

// Types of the things the orchestrator is fed (taken from the real signatures).
type OrchestratorArgs = ConstructorParameters<StorageLib['StorageAccessOrchestrator']>;
type AccessGenerator = OrchestratorArgs[0];
type GetInstanceProps = OrchestratorArgs[1];
type StorageAccessBuilder = Parameters<AccessGenerator>[0];
type AccessRecord = ReturnType<AccessGenerator>;
type AccessRule = AccessRecord[keyof AccessRecord][number];
type ResourceFactory = Parameters<StorageAccessBuilder['resource']>[0];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/**
 * Amplify errors (AmplifyUserError / AmplifyFault) carry their user-facing name in `.name`
 * (e.g. 'InvalidStorageAccessPathError', 'EmptyPolicyFault'); their constructor is always
 * AmplifyError (they reset their prototype), so `.name` is what identifies them.
 */
function toRefError(e: unknown): RefError {
  if (e instanceof Error && 'classification' in e && typeof e.name === 'string') {
    return { ok: false, errorName: e.name, message: e.message };
  }
  if (e instanceof Error) {
    // constructs throws a plain Error for clashing construct ids; give it a recognisable name.
    if (/^There is already a Construct with name /.test(e.message)) {
      return { ok: false, errorName: 'DuplicateConstructIdError', message: e.message };
    }
    return { ok: false, errorName: e.constructor?.name || 'Error', message: e.message };
  }
  return { ok: false, errorName: 'Error', message: String(e) };
}

/**
 * A fresh, independent App + Stack (≈ the 'storage' nested stack of a real Amplify backend).
 * `new App()` without `outdir` mkdtemp's a new cdk.out dir in the OS temp dir on every call
 * (thousands of calls => thousands of dirs); nothing is ever synthesized here, so all Apps share
 * one fixed, empty outdir instead.
 */
const CDK_OUTDIR = join(tmpdir(), 'access-matrix-reference.cdk.out');
function freshStack(): Stack {
  return new Stack(new App({ outdir: CDK_OUTDIR }), 'storage');
}

/** Maps the role names storage asks AuthResources for to our role keys. */
function roleKeyOf(roleName: string): RoleKey {
  if (roleName === 'authenticatedUserIamRole') return 'authenticated';
  if (roleName === 'unauthenticatedUserIamRole') return 'guest';
  return `group:${roleName}`;
}

/** Turns one plain-data rule into the builder call user code would make. */
function buildRule(
  allow: StorageAccessBuilder,
  rule: RefRule,
  fnFactory: (fn: string) => ResourceFactory,
): AccessRule {
  // Actions are passed through unchecked (like untyped JS user code would); invalid ones fail inside Amplify.
  const actions = rule.actions as Parameters<StorageAccessBuilder['guest']['to']>[0];
  const p = rule.principal;
  switch (p.kind) {
    case 'guest':
      return allow.guest.to(actions);
    case 'authenticated':
      return allow.authenticated.to(actions);
    case 'groups':
      return allow.groups(p.groups).to(actions);
    case 'entity':
      return allow.entity(p.entity as 'identity').to(actions);
    case 'resource':
      return allow.resource(fnFactory(p.fn)).to(actions);
  }
}

// ---------------------------------------------------------------------------------------------
// Storage access
// ---------------------------------------------------------------------------------------------

/**
 * Runs Amplify's storage access orchestration for one storage definition.
 * Throws only on harness bugs; every error raised by Amplify's code is returned as ok:false.
 */
export function runAmplifyStorageAccess(input: RefStorageInput, bucketName: string): RefResult {
  // storage_container_entry_generator.js returns before orchestrating when there is no `access`.
  if (input.paths === undefined) return { ok: true, policies: {}, outputsPaths: undefined };
  const paths = input.paths;

  const stack = freshStack();
  // A bucket whose bucketArn is the literal ARN, so policies render `arn:aws:s3:::<bucket>/...`
  // instead of Fn::Join/GetAtt (the policy factory only reads bucketArn and Stack.of(bucket)).
  // fromBucketArn would validate the name ('b' is too short for S3); the name attribute given
  // here is only validated, never rendered, so any bucketName works in the ARN.
  const bucket = Bucket.fromBucketAttributes(stack, 'Bucket', {
    bucketArn: `arn:aws:s3:::${bucketName}`,
    bucketName: 'reference-bucket',
  });

  // Acceptors only record. Identifiers are the ones Amplify's real acceptors use
  // (backend-auth: `${roleName}ResourceAccessAcceptor`, backend-function:
  // `${functionName}LambdaResourceAccessAcceptor`); the orchestrator groups grants by identifier.
  const accepted: [RoleKey, Policy][] = [];
  const acceptor = (key: RoleKey, identifier: string) => ({
    identifier,
    acceptResourceAccess: (policy: Policy) => {
      accepted.push([key, policy]);
    },
  });
  const authResources = {
    getResourceAccessAcceptor: (roleName: string) =>
      acceptor(roleKeyOf(roleName), `${roleName}ResourceAccessAcceptor`),
  };
  const getInstanceProps = {
    constructContainer: {
      getConstructFactory: (token: string) =>
        token === 'AuthResources' ? { getInstance: () => authResources } : undefined,
    },
  } as unknown as GetInstanceProps;
  const fnFactory = (fn: string) =>
    ({
      getInstance: () => ({
        getResourceAccessAcceptor: () =>
          acceptor(`function:${fn}`, `${fn}LambdaResourceAccessAcceptor`),
      }),
    }) as unknown as ResourceFactory;

  // The user's `access` callback: an object built key by key in the given order (a repeated
  // path overwrites the earlier value but keeps its position, exactly like an object literal).
  const access: AccessGenerator = (allow) => {
    const record: Record<string, AccessRule[]> = {};
    for (const [path, rules] of paths)
      record[path] = rules.map((r) => buildRule(allow, r, fnFactory));
    return record as AccessRecord; // paths are deliberately unchecked: Amplify validates them at runtime
  };

  let outputs: unknown;
  let rendered: [RoleKey, IamPolicyDocument][];
  try {
    const orchestrator = new amplify.StorageAccessOrchestrator(
      access,
      getInstanceProps,
      [], // ssm environment entries: only forwarded to acceptors, which ignore them here
      new amplify.StorageAccessPolicyFactory(bucket),
      amplify.validateStorageAccessPaths,
      amplify.roleAccessBuilder,
    );
    outputs = orchestrator.orchestrateStorageAccess();
    // stack.resolve runs CDK's real rendering (PolicyDocument.resolve + postProcess/normalize),
    // i.e. what synth does. It is inside the try because synth-time failures are Amplify's too:
    // an unknown action makes the policy factory emit an undefined statement, which only fails here.
    rendered = accepted.map(([key, policy]) => [
      key,
      stack.resolve(policy.document) as IamPolicyDocument,
    ]);
  } catch (e) {
    return toRefError(e);
  }

  const policies: Record<RoleKey, IamPolicyDocument> = {};
  for (const [key, doc] of rendered) {
    if (key in policies) throw new Error(`harness: two acceptors map to role key ${key}`);
    policies[key] = doc;
  }
  const json = JSON.stringify(policies);
  if (json.includes('Fn::') || json.includes('${Token['))
    throw new Error(`harness: unresolved token in ${json}`);
  return {
    ok: true,
    policies: JSON.parse(json) as Record<RoleKey, IamPolicyDocument>,
    outputsPaths: JSON.parse(JSON.stringify(outputs)) as Record<string, Record<string, string[]>>,
  };
}

// ---------------------------------------------------------------------------------------------
// Resource name validator
// ---------------------------------------------------------------------------------------------

/** Amplify's real DefaultResourceNameValidator (from @aws-amplify/backend), as run on defineStorage's name. */
export function runAmplifyResourceNameValidator(name: string): { ok: true } | RefError {
  try {
    nameValidator.validate(name);
    return { ok: true };
  } catch (e) {
    return toRefError(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Default storage check
// ---------------------------------------------------------------------------------------------

/**
 * Builds real AmplifyStorage constructs (in order) in one stack and runs the real
 * StorageOutputsAspect on the first, as CDK's aspect pass would. Reports Amplify's error or the
 * storage whose default `storage` output entry was written.
 */
export function runAmplifyDefaultStorageCheck(
  storages: { name: string; isDefault?: boolean }[],
): { ok: true; defaultName: string } | RefError {
  if (storages.length === 0)
    throw new Error('harness: runAmplifyDefaultStorageCheck needs at least one storage');
  const stack = freshStack();
  const defaults: string[] = [];
  const nameByBucketName = new Map<string, string>();
  const outputStorageStrategy = {
    addBackendOutputEntry: (_key: string, entry: { payload: { bucketName: string } }) => {
      defaults.push(
        nameByBucketName.get(entry.payload.bucketName) ?? `?${entry.payload.bucketName}`,
      );
    },
    appendToBackendOutputList: () => {},
  } as unknown as ConstructorParameters<StorageLib['StorageOutputsAspect']>[0];

  try {
    const constructs = storages.map((s) => {
      const storage = new amplify.AmplifyStorage(stack, s.name, {
        name: s.name,
        isDefault: s.isDefault,
        outputStorageStrategy,
        // keepOnDelete avoids autoDeleteObjects' custom resource, which stages its handler code
        // into temp dirs on every construction; the aspect never looks at it.
        keepOnDelete: true,
      });
      // bucketName is a CDK token string, unique per bucket: lets us tell which storage became default.
      nameByBucketName.set(storage.resources.bucket.bucketName, s.name);
      return storage;
    });
    new amplify.StorageOutputsAspect(outputStorageStrategy).visit(constructs[0]!);
  } catch (e) {
    return toRefError(e);
  }
  if (defaults.length !== 1)
    throw new Error(`harness: expected one default output entry, got ${defaults.join(', ')}`);
  return { ok: true, defaultName: defaults[0]! };
}
