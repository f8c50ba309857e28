/**
 * Reads a generated amplify/backend.ts for its meaning, without running Amplify: what it passes to
 * `backend.addOutput`, which inline policy goes to which role (each statement built as a real CDK
 * PolicyStatement and rendered by CDK itself), and which functions get the bucket name. Only the
 * forms renderBackendTs writes are understood; anything else fails loudly.
 */
import { parse } from '@babel/parser';
import type * as t from '@babel/types';
import { Effect, PolicyStatement, type PolicyStatementProps } from 'aws-cdk-lib/aws-iam';

export interface BackendMeaning {
  readonly bucketArn: string;
  readonly region: string;
  readonly output: unknown;
  /** Role key (`guest`, `authenticated`, `group:NAME`, `function:NAME`) → CDK-rendered statements. */
  readonly policies: Map<string, { id: string; statements: unknown[] }>;
  /** Function name → [variable, value] it is given with addEnvironment. */
  readonly environment: Map<string, [string, unknown]>;
}

/** The dotted text of a member chain written with `.` only (`backend.auth.resources.x`), else undefined. */
function dotted(node: t.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier') {
    const object = dotted(node.object);
    return object === undefined ? undefined : `${object}.${node.property.name}`;
  }
  return undefined;
}

class Reader {
  bucketArn = '';
  region = '';
  bucketName = '';
  output: unknown;
  readonly functionLocals = new Map<string, string>(); // local → function name
  readonly roleVariables = new Map<string, string>(); // variable → function name
  readonly policies = new Map<string, { id: string; statements: unknown[] }>();
  readonly environment = new Map<string, [string, unknown]>();

  value(node: t.Node): unknown {
    switch (node.type) {
      case 'StringLiteral':
        return node.value;
      case 'TemplateLiteral':
        return node.quasis
          .map(
            (q, i) =>
              `${q.value.cooked}${i < node.expressions.length ? String(this.value(node.expressions[i]!)) : ''}`,
          )
          .join('');
      case 'ArrayExpression':
        return node.elements.map((e) => this.value(e!));
      case 'ObjectExpression':
        return Object.fromEntries(
          node.properties.map((p) => {
            if (p.type !== 'ObjectProperty' || p.computed)
              throw new Error(`unexpected property ${p.type}`);
            const key =
              p.key.type === 'Identifier'
                ? p.key.name
                : p.key.type === 'StringLiteral'
                  ? p.key.value
                  : undefined;
            if (key === undefined) throw new Error(`unexpected key ${p.key.type}`);
            return [key, this.value(p.value)];
          }),
        );
      case 'MemberExpression': {
        const path = dotted(node);
        if (path === 'customBucket.bucketArn') return this.bucketArn;
        if (path === 'customBucket.bucketName') return this.bucketName;
        if (path === 'customBucket.env.region') return this.region;
        if (path === 'Effect.ALLOW') return Effect.ALLOW;
        if (path === 'Effect.DENY') return Effect.DENY;
        throw new Error(`unexpected member ${path}`);
      }
      case 'NewExpression': {
        const callee = dotted(node.callee);
        if (callee === 'PolicyStatement')
          return new PolicyStatement(
            this.value(node.arguments[0]!) as PolicyStatementProps,
          ).toStatementJson();
        if (callee === 'Policy') {
          if (dotted(node.arguments[0]!) !== 'backend.stack')
            throw new Error('policy outside backend.stack');
          const props = this.value(node.arguments[2]!) as { statements: unknown[] };
          return { id: this.value(node.arguments[1]!) as string, statements: props.statements };
        }
        throw new Error(`unexpected new ${callee}`);
      }
      default:
        throw new Error(`unexpected expression ${node.type}`);
    }
  }

  /** `backend.auth.resources.…` or a function's role variable → role key. */
  role(node: t.Node): string {
    const path = dotted(node);
    if (path === 'backend.auth.resources.unauthenticatedUserIamRole') return 'guest';
    if (path === 'backend.auth.resources.authenticatedUserIamRole') return 'authenticated';
    if (path !== undefined && this.roleVariables.has(path))
      return `function:${this.roleVariables.get(path)}`;
    if (
      node.type === 'MemberExpression' &&
      !node.computed &&
      node.property.type === 'Identifier' &&
      node.property.name === 'role'
    ) {
      const groups = node.object;
      if (
        groups.type === 'MemberExpression' &&
        groups.computed &&
        dotted(groups.object) === 'backend.auth.resources.groups'
      ) {
        return `group:${this.value(groups.property) as string}`;
      }
    }
    throw new Error(`unexpected role target ${path}`);
  }

  statement(node: t.Statement): void {
    if (node.type === 'ImportDeclaration') {
      const fn = /^\.\/functions\/(.+)\/resource$/.exec(node.source.value)?.[1];
      if (fn) for (const s of node.specifiers) this.functionLocals.set(s.local.name, fn);
      return;
    }
    if (node.type === 'IfStatement') return; // the `if (!role) throw` guard
    if (node.type === 'VariableDeclaration') return this.declaration(node.declarations[0]!);
    if (node.type !== 'ExpressionStatement' || node.expression.type !== 'CallExpression')
      throw new Error(`unexpected statement ${node.type}`);
    const call = node.expression;
    const callee = call.callee;
    if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier')
      throw new Error('unexpected call');
    const method = callee.property.name;
    if (method === 'addOutput') this.output = this.value(call.arguments[0]!);
    else if (method === 'attachInlinePolicy') {
      const role = this.role(callee.object);
      if (this.policies.has(role)) throw new Error(`two policies for ${role}`);
      this.policies.set(
        role,
        this.value(call.arguments[0]!) as { id: string; statements: unknown[] },
      );
    } else if (method === 'addEnvironment') {
      const local = dotted(callee.object)!.replace(/^backend\./, '');
      this.environment.set(this.functionLocals.get(local)!, [
        this.value(call.arguments[0]!) as string,
        this.value(call.arguments[1]!),
      ]);
    } else throw new Error(`unexpected method ${method}`);
  }

  declaration(d: t.VariableDeclarator): void {
    if (d.id.type !== 'Identifier' || !d.init) throw new Error('unexpected declaration');
    const name = d.id.name;
    const init = d.init;
    if (name === 'backend' || name === 'customBucketStack') return;
    if (name === 'customBucket' && init.type === 'CallExpression') {
      const props = this.value(init.arguments[2]!) as { bucketArn: string; region: string };
      this.bucketArn = props.bucketArn;
      this.region = props.region;
      this.bucketName = props.bucketArn.replace(/^arn:aws:s3:::/, '');
      return;
    }
    const role = /^backend\.(.+)\.resources\.lambda\.role$/.exec(dotted(init) ?? '');
    if (!role) throw new Error(`unexpected const ${name}`);
    this.roleVariables.set(name, this.functionLocals.get(role[1]!)!);
  }
}

export function readBackendTs(source: string): BackendMeaning {
  const program = parse(source, { sourceType: 'module', plugins: ['typescript'] }).program;
  const reader = new Reader();
  for (const statement of program.body) reader.statement(statement);
  return {
    bucketArn: reader.bucketArn,
    region: reader.region,
    output: reader.output,
    policies: reader.policies,
    environment: reader.environment,
  };
}
