import { allow, designFromAccess, type Design } from '../core';

/**
 * Starting points, each as the docs write it (customize-authorization.txt) so a user can compare
 * the matrix with the docs' tables. `mistakes` is ours: one of each common error, to learn the fixes.
 */
export const TEMPLATES = {
  empty: {
    label: 'Empty',
    design: (): Design => ({
      storages: [{ name: 'myProjectFiles', hasAccess: true, paths: [] }],
      groups: [],
      functions: [],
    }),
  },
  gen1: {
    label: 'Gen 1 public / protected / private',
    design: () =>
      designFromAccess({
        'public/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write', 'delete'])],
        'protected/{entity_id}/*': [
          allow.authenticated.to(['read']),
          allow.entity('identity').to(['read', 'write', 'delete']),
        ],
        'private/{entity_id}/*': [allow.entity('identity').to(['read', 'write', 'delete'])],
      }),
  },
  profilePictures: {
    label: 'Profile pictures',
    design: () =>
      designFromAccess({
        'media/profile-pictures/{entity_id}/*': [
          allow.entity('identity').to(['read', 'write', 'delete']),
          allow.guest.to(['read']),
          allow.authenticated.to(['read']),
        ],
      }),
  },
  groups: {
    label: 'Admin and auditor groups',
    design: () =>
      designFromAccess(
        {
          'media/*': [
            allow.groups(['auditor']).to(['read']),
            allow.groups(['admin']).to(['read', 'write', 'delete']),
          ],
        },
        { groups: ['admin', 'auditor'] },
      ),
  },
  prefixes: {
    label: 'Prefix behaviour (docs matrix)',
    design: () =>
      designFromAccess({
        'media/*': [allow.authenticated.to(['read', 'write', 'delete'])],
        'media/profile-pictures/*': [allow.guest.to(['read'])],
        'media/albums/*': [allow.authenticated.to(['read'])],
        'other/*': [allow.guest.to(['read']), allow.authenticated.to(['read', 'write'])],
      }),
  },
  functionAccess: {
    label: 'Function access',
    design: () =>
      designFromAccess({
        'media/*': [allow.resource('demoFunction').to(['read', 'write', 'delete'])],
      }),
  },
  mistakes: {
    label: 'Common mistakes (to fix)',
    design: () =>
      designFromAccess(
        {
          '/public/*': [allow.guest.to(['read'])],
          'media/*': [allow.guest.to(['read']), allow.guest.to(['write'])],
          docs: [allow.authenticated.to(['read'])],
          'reports/*': [
            allow.groups(['editors', 'admin']).to(['read']),
            allow.groups(['admin']).to(['write']),
          ],
        },
        { groups: ['admin', 'editors'] },
      ),
  },
} as const satisfies Record<string, { label: string; design: () => Design }>;

export type TemplateName = keyof typeof TEMPLATES;

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];
