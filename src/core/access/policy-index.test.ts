/**
 * The index matches a pattern without splitting it into tokens when it is its literal start alone
 * (`media/`) or that start and one final `*` (`media/*`): for any pattern and text, it must answer
 * as `iamPatternMatches` (tokens) does.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { iamPatternMatches, OWNER_VARIABLE } from '..';
import type { RolePolicy } from '../compile/types';
import { PolicyIndex } from './policy-index';

const pieceArb = fc.constantFrom('a', 'b', '/', '*', '?', '$', '{', '}', '${*}', OWNER_VARIABLE);
const patternArb = fc.array(pieceArb, { maxLength: 6 }).map((p) => p.join(''));
const textArb = fc.array(fc.constantFrom('a', 'b', '/', '*', '$', 'id'), { maxLength: 6 });

it('an indexed pattern matches exactly as its tokens do', () => {
  fc.assert(
    fc.property(patternArb, textArb, fc.boolean(), (pattern, rest, withId) => {
      const policy: RolePolicy = {
        role: 'authenticated',
        statements: [
          {
            effect: 'Allow',
            action: 'get',
            prefixes: [{ prefix: pattern, rules: [], patterns: [pattern] }],
          },
        ],
      };
      const index = new PolicyIndex({ policies: [policy] });
      const context = withId ? { identityId: 'id' } : {};
      // Texts that start with the pattern's literal start (the only ones the index hands out),
      // and the bare pattern and start themselves.
      const lead = pattern.split(/[*?]|\$\{/)[0]!;
      for (const text of [`${lead}${rest.join('')}`, pattern, lead]) {
        const [candidate] = index.candidates('authenticated', text);
        expect(candidate?.pattern).toBe(pattern);
        expect(candidate!.matches(text, context)).toBe(iamPatternMatches(pattern, text, context));
      }
    }),
  );
});
