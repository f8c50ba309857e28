import type { AccessTest } from '../model/access-test';
import type { Counterexample } from './evaluate';

/** A test as a sentence when it has no name: `guest cannot write/delete under media/`. */
export function describeTest(test: AccessTest): string {
  if (test.name) return test.name;
  const verb = test.expect === 'allow' ? 'can' : 'cannot';
  const where =
    test.where === '*'
      ? 'anywhere'
      : test.where.endsWith('*')
        ? `under ${test.where.slice(0, -1)}`
        : test.where === ''
          ? 'the bucket root'
          : test.where;
  const except = test.except?.length ? ` except ${test.except.join(', ')}` : '';
  const storage = test.storage !== undefined ? ` in ${test.storage}` : '';
  return `${test.who} ${verb} ${test.actions.join('/')} ${where}${except}${storage}`;
}

/** One counterexample in a line: `write is allowed on "public/"`. */
export function describeCounterexample(c: Counterexample): string {
  const as = c.identityId !== undefined ? ` (identity ${c.identityId})` : '';
  return `${c.action} is ${c.allowed ? 'allowed' : 'denied'} on ${JSON.stringify(c.key)}${as}`;
}
