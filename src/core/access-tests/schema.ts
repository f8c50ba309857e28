import * as v from 'valibot';
import { TEST_ACTIONS } from '../model/access-test';

/** `who` as the tests file accepts it (the published JSON Schema has the same pattern). */
export const WHO_PATTERN = /^(guest|authenticated|owner|group:.+|function:.+)$/u;

const base = {
  name: v.optional(v.string()),
  note: v.optional(v.string()),
  identityId: v.optional(v.string()),
  where: v.string(),
  except: v.optional(v.array(v.string())),
  storage: v.optional(v.string()),
  expect: v.picklist(['allow', 'deny'], 'Invalid expect: Expected "allow" or "deny"'),
};

/**
 * A test in a tests file (`access.tests.json`): people and actions spelled as the JSON Schema in
 * public/access-tests.schema.json says, so what an editor completes is what the CLI reads.
 */
export const FileTestSchema = v.strictObject({
  ...base,
  who: v.pipe(
    v.string(),
    v.regex(
      WHO_PATTERN,
      'Invalid who: use guest, authenticated, owner, group:NAME or function:NAME',
    ),
  ),
  actions: v.pipe(
    v.array(v.picklist(TEST_ACTIONS, `Invalid action: Expected one of ${TEST_ACTIONS.join(', ')}`)),
    v.minLength(1, 'Name at least one action'),
  ),
});
