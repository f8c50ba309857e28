import { namesUsed } from '../model/build';
import { bucketNameVariable, originOf, RESOURCE_NAME } from '../model/functions';
import type { Design } from '../model/types';
import { amplifyFunctionName } from '../text/identifiers';
import { finding, quote, type Finding } from './finding';

/**
 * Functions as storages use them: an inline `defineFunction` whose name (from its entry's file
 * name) Amplify's resource-name check rejects, and two storages whose bucket-name variables
 * coincide. (That variable is always a valid Lambda variable name: Amplify writes it in
 * SCREAMING_SNAKE_CASE.)
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
  findings.push(...variableClashes(design));
  return findings;
}

/**
 * Every storage with an `access` callback stores its bucket's name in an SSM parameter whose
 * construct id is its variable plus `Parameter`, all in the one storage stack: two storages whose
 * names give the same variable (`myFiles` and `my-files`: MY_FILES_BUCKET_NAME) make CDK throw
 * while synthesizing. Reported on the later one.
 */
function variableClashes(design: Design): Finding[] {
  const first = new Map<string, string>();
  const findings: Finding[] = [];
  design.storages.forEach((storage, storageIndex) => {
    if (!storage.hasAccess) return;
    const variable = bucketNameVariable(storage.name);
    const other = first.get(variable);
    if (other === undefined) {
      first.set(variable, storage.name);
      return;
    }
    if (other === storage.name) return; // the same name: storage-name-duplicate says it
    findings.push(
      finding(
        'storage-bucket-variable-clash',
        `Storages ${quote(other)} and ${quote(storage.name)} both store their bucket's name as ${variable}, so Amplify fails while building the backend; rename one.`,
        { storageIndex, name: storage.name },
      ),
    );
  });
  return findings;
}
