/**
 * The bucket-name variable a function with storage access receives, against Amplify's own
 * NamingConverter (what BackendIdScopedSsmEnvironmentEntriesGenerator applies to
 * `<storage name>_BUCKET_NAME`), for every storage name Amplify accepts.
 */
import { NamingConverter } from '@aws-amplify/platform-core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { bucketNameVariable, RESOURCE_NAME } from '../../src/core';

const converter = new NamingConverter();

it('is exactly Amplify\u2019s SCREAMING_SNAKE_CASE of <storage name>_BUCKET_NAME', () => {
  const nameArb = fc.oneof(
    fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9\-_ ]{0,15}$/),
    fc.constantFrom('myProjectFiles', 'HTMLPages', 'files2nd', 'a1B2c3', 'x 1ST-y', 'ABCdef'),
  );
  fc.assert(
    fc.property(nameArb, (name) => {
      expect(RESOURCE_NAME.test(name)).toBe(true);
      expect(bucketNameVariable(name), name).toBe(
        converter.toScreamingSnakeCase(`${name}_BUCKET_NAME`),
      );
    }),
    { numRuns: 3000 },
  );
});
