/**
 * Fixes on a design read from the user's resource.ts are written into that file as surgery: every
 * fix (alternatives included) keeps the file's comments and writes nothing afresh, and the file
 * reads back as the fixed design.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, fixesOf, validateDesign, type Design } from '../../src/core';
import { importResourceTs } from '../../src/core/import';
import { writeResourceTs } from '../../src/core/source-edit';

const SOURCE = `import { defineStorage } from '@aws-amplify/backend';

// Reviewed by the security team.
export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    // everyone looks at media
    'media/*': [allow.guest.to(['read'])],
    'media/albums/*': [allow.authenticated.to(['read'])], // albums
    'media/albums/2024/*': [allow.groups(['admin']).to(['read', 'write'])],
    /* shared with the owner's folder */
    'shared/*': [allow.guest.to(['read']), allow.groups(['auditor']).to(['list'])],
    'shared/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
    'notes/*': [
      allow.groups(['admin', 'auditor']).to(['read']), // both groups read
      allow.groups(['admin']).to(['write']),
    ],
    'drafts/*': [allow.entity('identity').to(['write'])], // meant for owners
    'docs/*': [allow.authenticated.to(['get', 'read'])],
    'files/*': [allow.authenticated.to(['read'])],
    'files/mine/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])], // own files
    'private/{entity_id}/photos/*': [allow.entity('identity').to(['read'])],
  }),
});
`;

const comments = (text: string) => text.match(/\/\/.*|\/\*[\s\S]*?\*\//g) ?? [];
const storagesOf = (d: Design) => JSON.parse(JSON.stringify(d.storages));

describe('every fix of a resource.ts design is written into the file in place', () => {
  const design = importResourceTs(SOURCE).design!;
  const offered = validateDesign(design).flatMap((f) =>
    fixesOf(f).map((fix) => [`${f.code}: ${fix.title}`, fix] as const),
  );

  it('the file offers the new repairs', () => {
    const codes = validateDesign(design)
      .filter((f) => f.fix)
      .map((f) => f.code);
    for (const code of [
      'path-too-deep',
      'path-owner-has-prefix',
      'rule-duplicate-principal',
      'warn-owner-rule-without-token',
      'rule-read-with-get-or-list',
    ])
      expect(codes).toContain(code);
  });

  it.each(offered)('%s', (_, fix) => {
    const fixed = applyEdits(design, fix.edits);
    const written = writeResourceTs(SOURCE, fixed, design);
    expect(written.regenerated).toEqual([]);
    expect(storagesOf(importResourceTs(written.text).design!)).toEqual(storagesOf(fixed));
    // Comments of paths that are still there stay (a merged-away path takes its own along).
    const kept = comments(written.text);
    for (const c of comments(SOURCE)) if (!c.includes('shared with')) expect(kept).toContain(c);
  });
});
