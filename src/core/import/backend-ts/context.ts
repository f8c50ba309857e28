import type * as t from '@babel/types';
import { nodeLocator } from '../resource-ts/node-locator';
import type { Positions } from '../../text/positions';
import type { SourceLocation } from '../../text/positions';
import type { ImportProblem } from '../resource-ts/types';
import type { BackendImportProblemCode } from './codes';
import type { ImportedBucketRef } from './types';

/** What a const stands for, as far as the importer follows it. */
export type Binding =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'strings'; readonly values: readonly string[] }
  | { readonly kind: 'bucket'; readonly bucket: ImportedBucketRef }
  | { readonly kind: 'backend' }
  | { readonly kind: 'stack' }
  | { readonly kind: 'role'; readonly role: RoleTarget }
  | { readonly kind: 'policy'; readonly policy: PolicyValue }
  | { readonly kind: 'statement'; readonly statement: StatementValue };

/** A role an inline policy can be attached to. */
export type RoleTarget = import('../../compile/roles').RoleKey;

export interface StatementValue {
  readonly statement: import('./types').ImportedStatement;
  used: boolean;
}

export interface PolicyValue {
  readonly id: string | undefined;
  readonly statements: StatementValue[];
  readonly node: t.Node;
  attached: boolean;
}

/** The names imports give the CDK and Amplify builders (they may be aliased or namespaced). */
export interface BuilderNames {
  readonly locals: Map<string, string>;
  /** Namespace imports: `iam` for `import * as iam from 'aws-cdk-lib/aws-iam'`, mapped to the module. */
  readonly namespaces: Map<string, string>;
  /** Identifier → module it is imported from (for defineBackend resources). */
  readonly importedFrom: Map<string, string>;
}

export interface ReadContext {
  loc(node: t.Node): SourceLocation;
  quote(node: t.Node): string;
  error(code: BackendImportProblemCode, node: t.Node, message: string): void;
  warn(code: BackendImportProblemCode, node: t.Node, message: string): void;
  /** Attaches a text fix to the problem reported last. */
  fixLast(fix: NonNullable<ImportProblem['fix']>): void;
  readonly bindings: Map<string, Binding>;
  readonly names: BuilderNames;
  readonly problems: ImportProblem[];
  /** Nodes read as constructs, so that the final sweep does not call them unread. */
  readonly consumed: Set<t.Node>;
}

export function createContext(source: string, positions: Positions): ReadContext {
  const { loc, quote, reporter } = nodeLocator(source, positions);
  const problems: ImportProblem[] = [];
  return {
    loc,
    quote,
    fixLast(fix) {
      const last = problems[problems.length - 1];
      if (last) last.fix = fix;
    },
    error: reporter<BackendImportProblemCode>(problems, 'error'),
    warn: reporter<BackendImportProblemCode>(problems, 'warning'),
    bindings: new Map(),
    names: { locals: new Map(), namespaces: new Map(), importedFrom: new Map() },
    problems,
    consumed: new Set(),
  };
}
