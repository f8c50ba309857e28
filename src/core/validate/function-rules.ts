import { namesUsed } from '../model/build';
import { bucketNameVariable, originOf, RESOURCE_NAME } from '../model/functions';
import type { Design } from '../model/types';
import { amplifyFunctionName, toIdentifier } from '../text/identifiers';
import { finding, quote, type Finding } from './finding';

/**
 * Lambda's rule for environment variable keys (the Lambda API's `Environment.Variables` key
 * pattern): a letter, then at least one letter, digit or `_`. Anything else fails the deploy.
 */
const LAMBDA_VARIABLE = /^[a-zA-Z][a-zA-Z0-9_]+$/;

/**
 * Functions as storages use them: an inline `defineFunction` whose name (from its entry's file
 * name) Amplify's resource-name check rejects, and a storage whose bucket-name variable
 * (`<name>_BUCKET_NAME`, given to each function with access rules) Lambda would refuse.
 */
export function validateFunctions(design: Design): Finding[] {
  const findings: Finding[] = [];
  for (const fn of namesUsed(design).functions) {
    const origin = originOf(design, fn);
    const name = origin?.kind === 'inline' ? amplifyFunctionName(origin) : undefined;
    if (name === undefined || RESOURCE_NAME.test(name)) continue;
    findings.push(
      finding(
        'function-entry-name-invalid',
        `Amplify names inline function ${quote(fn)} ${quote(name)} after its ${origin?.kind === 'inline' && origin.name !== undefined ? 'name' : 'entry file'}, and refuses that name: use letters, digits, "-", "_" and spaces, starting with a letter.`,
        { name: fn },
      ),
    );
  }
  design.storages.forEach((storage, storageIndex) => {
    const variable = bucketNameVariable(storage.name);
    if (!RESOURCE_NAME.test(storage.name) || LAMBDA_VARIABLE.test(variable)) return;
    const given = storage.hasAccess
      ? storage.paths.flatMap((p) =>
          p.rules.flatMap((r) => (r.principal.kind === 'resource' ? [r.principal.fn] : [])),
        )
      : [];
    if (given.length === 0) return;
    const suggestion = toIdentifier(storage.name, 'myProjectFiles');
    findings.push(
      finding(
        'storage-bucket-variable-invalid',
        `Function ${quote(given[0]!)} receives the bucket's name as ${quote(variable)}, which Lambda refuses as an environment variable name (letters, digits and "_" only): the deploy fails.`,
        { storageIndex, name: storage.name },
        {
          title: `Rename storage to ${quote(suggestion)}`,
          edits: [{ type: 'updateStorage', storageIndex, patch: { name: suggestion } }],
        },
      ),
    );
  });
  return findings;
}
