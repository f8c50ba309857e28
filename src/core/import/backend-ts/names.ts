import type * as t from '@babel/types';
import type { BuilderNames } from './context';

/** What each module exports that the importer understands. */
const MODULES: Readonly<Record<string, readonly string[]>> = {
  'aws-cdk-lib/aws-iam': ['Policy', 'PolicyStatement', 'Effect'],
  'aws-cdk-lib/aws-s3': ['Bucket'],
  '@aws-amplify/backend': ['defineBackend'],
};

/** `import { aws_iam as iam } from 'aws-cdk-lib'`: the submodules aws-cdk-lib re-exports. */
const CDK_SUBMODULES: Readonly<Record<string, string>> = {
  aws_iam: 'aws-cdk-lib/aws-iam',
  aws_s3: 'aws-cdk-lib/aws-s3',
};

const importedName = (s: t.ImportSpecifier): string =>
  s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;

/** Records the local names the file's imports give the builders, namespaces and resources. */
export function readImports(program: t.Program, names: BuilderNames): void {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    const from = statement.source.value;
    for (const s of statement.specifiers) {
      names.importedFrom.set(s.local.name, from);
      if (s.type === 'ImportNamespaceSpecifier') {
        if (MODULES[from]) names.namespaces.set(s.local.name, from);
      } else if (s.type === 'ImportSpecifier') {
        const name = importedName(s);
        if (MODULES[from]?.includes(name)) names.locals.set(s.local.name, name);
        if (from === 'aws-cdk-lib' && CDK_SUBMODULES[name])
          names.namespaces.set(s.local.name, CDK_SUBMODULES[name]);
      }
    }
  }
}

/**
 * The builder an expression names: `PolicyStatement`, `iam.PolicyStatement`, an alias, and
 * `Bucket`; undefined for anything else.
 */
export function builderOf(names: BuilderNames, node: t.Node): string | undefined {
  if (node.type === 'Identifier') return names.locals.get(node.name);
  if (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.object.type === 'Identifier' &&
    node.property.type === 'Identifier'
  ) {
    const module = names.namespaces.get(node.object.name);
    const name = node.property.name;
    return module && MODULES[module]?.includes(name) ? name : undefined;
  }
  return undefined;
}
