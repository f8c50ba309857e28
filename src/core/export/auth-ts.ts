import type { Design } from '../model/types';
import { tsString } from './ts-literals';

/**
 * A starting amplify/auth/resource.ts for a design: email sign-in and the design's groups in
 * precedence order. Amplify needs defineAuth for every rule but `allow.resource`, and a group
 * must be declared here before a rule or `backend.auth.resources.groups[...]` can use it.
 * Guest access needs nothing more: Amplify's identity pool allows unauthenticated identities by
 * default.
 */
export function renderAuthHint(design: Design): string {
  const lines = [
    `import { defineAuth } from '@aws-amplify/backend';`,
    '',
    '/**',
    ' * Sign-in is a starting point (email); adjust loginWith to your app.',
  ];
  if (design.groups.length > 0) {
    lines.push(
      " * Groups are in precedence order: a user in several groups gets the first one's role.",
    );
  }
  lines.push(
    ' */',
    'export const auth = defineAuth({',
    '  loginWith: {',
    '    email: true,',
    '  },',
  );
  if (design.groups.length > 0)
    lines.push(`  groups: [${design.groups.map(tsString).join(', ')}],`);
  lines.push('});');
  return `${lines.join('\n')}\n`;
}
