import { isIdentifier } from '../../core';

/**
 * The part of `@aws-amplify/backend` a storage resource.ts uses, for the code editor's TypeScript
 * service: `defineStorage` with its options, the `allow` builder with the real action unions
 * (`@aws-amplify/backend-storage` 1.6, `types.ts` / `construct.ts`), and `defineFunction`.
 * Hand-written because the real declarations pull in aws-cdk-lib (tens of MB). Names and shapes
 * follow the real ones so completion and errors read the same as in a project; CDK types stand as
 * opaque brands. `amplify-types.test.ts` checks that this and the real package accept and reject
 * the same files.
 */
export const AMPLIFY_BACKEND_DTS = `declare module '@aws-amplify/backend' {
  /** Amplify's factory for a backend resource, instantiated by defineBackend. */
  export type ConstructFactory<T> = { readonly provides?: string; getInstance: (props: ConstructFactoryGetInstanceProps) => T };
  export type ConstructFactoryGetInstanceProps = { readonly __amplifyGetInstanceProps: never };
  export type ResourceProvider<T = object> = { resources: T };
  export type StackProvider = { stack: { readonly __cdkStack: never } };
  export type ResourceAccessAcceptor = { identifier: string; acceptResourceAccess: (...args: never[]) => void };
  export type ResourceAccessAcceptorFactory = { getResourceAccessAcceptor: (getInstanceProps: ConstructFactoryGetInstanceProps) => ResourceAccessAcceptor };
  export type FunctionResources = { lambda: { readonly __cdkFunction: never }; cfnResources: object };
  export type StorageResources = { bucket: { readonly __cdkBucket: never }; cfnResources: object };
  export type AddEnvironmentFactory = { addEnvironment: (key: string, value: string) => void };
  /** What defineFunction returns: a function allow.resource(...) and triggers accept. */
  export type FunctionFactory = ConstructFactory<ResourceProvider<FunctionResources> & ResourceAccessAcceptorFactory & AddEnvironmentFactory & StackProvider>;

  /**
   * Actions that can be granted to specific paths within the storage resource.
   *
   * 'read' grants both 'get' and 'list' actions.
   *
   * 'get' grants the ability to fetch objects matching the path prefix.
   *
   * 'list' grants the ability to list object names matching the path prefix. It does NOT grant the ability to get the content of those objects.
   *
   * 'write' grants the ability to upload objects with a certain prefix. Note that this allows both creating new objects and updating existing ones.
   *
   * 'delete' grant the ability to delete objects with a certain prefix.
   */
  export type StorageAction = 'read' | 'get' | 'list' | 'write' | 'delete';
  /** Storage access paths must end with /* */
  export type StoragePath = \`\${string}/*\`;
  /** 'identity' corresponds to the Cognito Identity Pool IdentityID. Currently this is the only supported entity type. */
  export type EntityId = 'identity';
  export type StorageAccessDefinition = { actions: StorageAction[]; idSubstitution: string; readonly __storageAccessDefinition: never };
  export type StorageActionBuilder = {
    /**
     * Specify which actions an entity will be able to perform on objects in the S3 bucket.
     *
     * 'read' is mutually exclusive with 'get' and 'list'
     * @param actions A list of allowed actions
     */
    to: (actions: Exclude<StorageAction, 'get' | 'list'>[] | Exclude<StorageAction, 'read'>[]) => StorageAccessDefinition;
  };
  /** Utility object for configuring storage access */
  export type StorageAccessBuilder = {
    /** Configure storage access for authenticated users. Requires \`defineAuth\` in the backend definition. */
    authenticated: StorageActionBuilder;
    /** Configure storage access for guest (unauthenticated) users. Requires \`defineAuth\` in the backend definition. */
    guest: StorageActionBuilder;
    /**
     * Configure storage access for User Pool groups. Requires \`defineAuth\` with groups config in the backend definition.
     * @param groupNames The User Pool group names to configure access for
     */
    groups: (groupNames: string[]) => StorageActionBuilder;
    /**
     * Configure owner-based access. Requires \`defineAuth\` in the backend definition.
     * @param entityId Defines the identifier that is used to identify owners. Currently only "identity" is supported.
     */
    entity: (entityId: EntityId) => StorageActionBuilder;
    /**
     * Grant other resources in the Amplify backend access to storage.
     * @param other The target resource to grant access to. Currently only the return value of \`defineFunction\` is supported.
     */
    resource: (other: ConstructFactory<ResourceProvider & ResourceAccessAcceptorFactory>) => StorageActionBuilder;
  };
  export type StorageAccessRecord = Record<StoragePath, StorageAccessDefinition[]>;
  export type StorageAccessGenerator = (allow: StorageAccessBuilder) => StorageAccessRecord;
  export type AmplifyStorageTriggerEvent = 'onDelete' | 'onUpload';
  export type AmplifyStorageFactoryProps = {
    /** Whether this storage resource is the default storage resource for the backend. Required and relevant only if there are multiple storage resources defined. @default false */
    isDefault?: boolean;
    /** Friendly name that will be used to derive the S3 Bucket name */
    name: string;
    /** Whether to enable S3 object versioning on the bucket. @default false */
    versioned?: boolean;
    /** S3 event trigger configuration */
    triggers?: Partial<Record<AmplifyStorageTriggerEvent, ConstructFactory<ResourceProvider<FunctionResources>>>>;
    /** Whether to keep the S3 bucket when the stack is deleted. @default false */
    keepOnDelete?: boolean;
    /**
     * Define access permissions for objects in the S3 bucket.
     * @example
     * access: (allow) => ({
     *   'foo/*': [allow.authenticated.to(['read'])],
     * })
     */
    access?: StorageAccessGenerator;
  };
  /** Include storage in your Amplify backend. */
  export const defineStorage: (props: AmplifyStorageFactoryProps) => ConstructFactory<ResourceProvider<StorageResources> & StackProvider>;

  export type FunctionProps = {
    name?: string;
    entry?: string;
    timeoutSeconds?: number;
    memoryMB?: number;
    ephemeralStorageSizeMB?: number;
    environment?: Record<string, string>;
    runtime?: 16 | 18 | 20 | 22 | 24;
    architecture?: 'x86_64' | 'arm64';
    schedule?: string | object | (string | object)[];
    layers?: Record<string, string>;
    bundling?: { minify?: boolean };
    resourceGroupName?: string;
    logging?: object;
    durableConfig?: object;
  };
  /** Create a new Amplify Function (its resource.ts is usually amplify/functions/NAME/resource.ts). */
  export function defineFunction(props?: FunctionProps): FunctionFactory;
}
`;

/**
 * The functions a resource.ts imports (\`import { fn } from '../functions/fn/resource'\`), declared
 * as one module pattern: the design's functions are what such files export. Names that cannot be
 * an export are left out (the design's findings already say so).
 */
export function functionModulesDts(functions: readonly string[]): string {
  const names = functions.filter(isIdentifier);
  return `declare module '*/resource' {
  type FunctionFactory = import('@aws-amplify/backend').FunctionFactory;
${names.map((n) => `  export const ${n}: FunctionFactory;`).join('\n')}
}
`;
}
