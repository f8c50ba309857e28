import { namesUsed } from '../model/build';
import { RESOURCE_NAME } from '../model/functions';
import type { Design } from '../model/types';
import { isIdentifier } from '../text/identifiers';
import { finding, quote, type Finding } from './finding';

/** Amplify's resource-name rule, kept with the model (edits check function names with it too). */
export { RESOURCE_NAME };

/** Storage-level rules: resource names, one default among several (spec §2 rule 9), trigger functions. */
export function validateStorages(design: Design): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const functions = new Set(design.functions);
  design.storages.forEach((storage, storageIndex) => {
    const at = { storageIndex, name: storage.name };
    if (!RESOURCE_NAME.test(storage.name)) {
      const suggestion = suggestName(storage.name);
      findings.push(
        finding(
          'storage-name-invalid',
          `Storage name ${quote(storage.name)} is not a valid resource name: use letters, digits, "-", "_" and spaces, starting with a letter.`,
          at,
          {
            title: `Rename to ${quote(suggestion)}`,
            edits: [{ type: 'updateStorage', storageIndex, patch: { name: suggestion } }],
          },
        ),
      );
    }
    const first = seen.get(storage.name);
    if (first !== undefined) {
      findings.push(
        finding(
          'storage-name-duplicate',
          `Two storages are named ${quote(storage.name)}; each needs its own name.`,
          at,
        ),
      );
    } else seen.set(storage.name, storageIndex);
    for (const [event, fn] of Object.entries(storage.triggers ?? {})) {
      if (fn && !functions.has(fn)) {
        findings.push(
          finding(
            'storage-undeclared-trigger-function',
            `The ${event} trigger names function ${quote(fn)}, which is not declared.`,
            { storageIndex, name: fn },
            { title: `Declare function ${quote(fn)}`, edits: [{ type: 'addFunction', name: fn }] },
          ),
        );
      }
    }
  });
  findings.push(...nameFindings(design));
  const defaults = design.storages.flatMap((s, i) => (s.isDefault ? [i] : []));
  if (defaults.length > 1) {
    findings.push(
      finding(
        'storage-multiple-default',
        `More than one storage has isDefault: true (${defaults.map((i) => quote(design.storages[i]!.name)).join(', ')}); keep exactly one.`,
        { storageIndex: defaults[1]! },
        {
          title: `Keep ${quote(design.storages[defaults[0]!]!.name)} as the only default`,
          edits: [{ type: 'setDefaultStorage', storageIndex: defaults[0]! }],
        },
      ),
    );
  }
  if (defaults.length === 0 && design.storages.length > 1) {
    findings.push(
      finding(
        'storage-no-default',
        `With ${design.storages.length} storages, one must have isDefault: true.`,
        { storageIndex: 0 },
        {
          title: `Make ${quote(design.storages[0]!.name)} the default`,
          edits: [{ type: 'setDefaultStorage', storageIndex: 0 }],
        },
      ),
    );
  }
  return findings;
}

function suggestName(name: string): string {
  const cleaned = name.replace(/[^a-zA-Z0-9-_ ]/g, '').replace(/^[^a-zA-Z]+/, '');
  return cleaned || 'myProjectFiles';
}

/** Cognito group names: 1-128 letters, marks, symbols, numbers or punctuation (no spaces). */
export const GROUP_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;

/** Group and function names, declared or used, that Cognito or TypeScript would not accept. */
function nameFindings(design: Design): Finding[] {
  const used = namesUsed(design);
  const groups = new Set([...design.groups, ...used.groups]);
  const functions = new Set([...design.functions, ...used.functions]);
  return [
    ...[...groups]
      .filter((g) => !GROUP_NAME.test(g))
      .map((g) =>
        finding(
          'group-name-invalid',
          `Group name ${quote(g)} is not a valid Cognito group name (1-128 characters, no spaces or control characters).`,
          { name: g },
        ),
      ),
    ...[...functions]
      .filter((f) => !isIdentifier(f))
      .map((f) =>
        finding(
          'function-name-invalid',
          `Function name ${quote(f)} is not a valid identifier, so resource.ts cannot import it.`,
          { name: f },
        ),
      ),
    ...identifierCollisions(groups, functions),
  ];
}

/**
 * Amplify groups grants by the id of the role's access acceptor: `<role>ResourceAccessAcceptor`
 * for auth roles and groups, `<fn>LambdaResourceAccessAcceptor` for functions. Names that give the
 * same id merge two roles' grants into one policy on the role met first.
 */
function identifierCollisions(
  groups: ReadonlySet<string>,
  functions: ReadonlySet<string>,
): Finding[] {
  const findings: Finding[] = [];
  for (const g of groups) {
    const other =
      g === 'authenticatedUserIamRole'
        ? 'the authenticated role'
        : g === 'unauthenticatedUserIamRole'
          ? 'the guest role'
          : g.endsWith('Lambda') && functions.has(g.slice(0, -6))
            ? `function ${quote(g.slice(0, -6))}`
            : undefined;
    if (!other) continue;
    findings.push(
      finding(
        'warn-role-identifier-collision',
        `Group ${quote(g)} and ${other} get the same internal id in Amplify, so their grants are merged into one policy on whichever role Amplify meets first; rename the group.`,
        { name: g },
      ),
    );
  }
  return findings;
}
