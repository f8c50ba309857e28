import { it } from 'vitest';
import { importResourceTs } from '.';
it('scratch', () => {
  const src = `export const storage = defineStorage({
  name: 'myProjectFiles',
  access: (allow) => ({
    'public/*': [
      allow.guest.to(['read'])
      allow.authenticated.to(['read', 'write', 'delete']),
    ],
    [\`\${base}/*\`]: [allow.guest.to(['reed', x]), allow.groups(['a']), allow.group('b').to(actions)],
  })
});
const s2 = defineStorage({ name: 'two', triggers: { onUpload: defineFunction({ entry: './on-upload-handler.ts' }), onDelete: fn } });
`;
  console.log(JSON.stringify(importResourceTs(src), null, 1));
});
