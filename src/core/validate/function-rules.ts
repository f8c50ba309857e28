import { namesUsed } from '../model/build';
import { originOf, RESOURCE_NAME } from '../model/functions';
import type { Design } from '../model/types';
import { amplifyFunctionName } from '../text/identifiers';
import { finding, quote, type Finding } from './finding';

/**
 * Functions as storages use them: an inline `defineFunction` whose name (from its entry's file
 * name) Amplify's resource-name check rejects. (The bucket-name variable a function receives is
 * always a valid Lambda variable name: Amplify writes it in SCREAMING_SNAKE_CASE.)
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
  return findings;
}
