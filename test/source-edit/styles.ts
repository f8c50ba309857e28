/**
 * resource.ts files as people write them, in many styles, for the source-keeping writer's
 * property test: quotes, indentation (spaces or tabs), CRLF, trailing commas or not, semicolons
 * or not, rules one per line or all on one line, comments above paths, after rules and between
 * storages, inline `defineFunction({ entry })` triggers and imported functions, several storages.
 */
import fc from 'fast-check';
import type { Design, PathEntry, Rule, Storage } from '../../src/core';

export interface FileStyle {
  readonly quote: "'" | '"';
  readonly indent: string;
  readonly eol: '\n' | '\r\n';
  readonly trailingComma: boolean;
  readonly semicolon: boolean;
  readonly rulesInline: boolean;
  readonly comments: boolean;
}

export const styleArb: fc.Arbitrary<FileStyle> = fc.record({
  quote: fc.constantFrom("'" as const, '"' as const),
  indent: fc.constantFrom('  ', '    ', '\t', ' '),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  trailingComma: fc.boolean(),
  semicolon: fc.boolean(),
  rulesInline: fc.boolean(),
  comments: fc.boolean(),
});

/** Imported functions (module path as people name their folders) and inline trigger entries. */
export const IMPORTED = {
  reportFn: '../functions/report-fn/resource',
  thumbs: './thumbs/resource',
};
const INLINE_ENTRIES = ['./on-upload-handler.ts', './on-delete-handler.ts'];

const PREFIXES = ['media/*', 'docs/*', 'private/{entity_id}/*', 'public/*', 'a/b/*', 'reports/*'];
// Amplify's types take `read` or `get`/`list`, never both in one rule.
const actionsArb = fc.oneof(
  fc.subarray(['read', 'write', 'delete'], { minLength: 1 }),
  fc.subarray(['get', 'list', 'write', 'delete'], { minLength: 1 }),
);
const ruleArb: fc.Arbitrary<Rule> = fc.oneof(
  actionsArb.map((actions): Rule => ({ principal: { kind: 'guest' }, actions })),
  actionsArb.map((actions): Rule => ({ principal: { kind: 'authenticated' }, actions })),
  actionsArb.map((actions): Rule => ({
    principal: { kind: 'entity', entity: 'identity' },
    actions,
  })),
  actionsArb.map((actions): Rule => ({
    principal: { kind: 'groups', groups: ['admin'] },
    actions,
  })),
  fc
    .tuple(fc.constantFrom(...Object.keys(IMPORTED)), actionsArb)
    .map(([fn, actions]): Rule => ({ principal: { kind: 'resource', fn }, actions })),
);

const pathsArb = fc
  .uniqueArray(fc.constantFrom(...PREFIXES), { maxLength: 4 })
  .chain((paths) =>
    fc.tuple(
      ...paths.map((path) => fc.array(ruleArb, { maxLength: 3 }).map((rules) => ({ path, rules }))),
    ),
  ) as fc.Arbitrary<PathEntry[]>;

const storageArb = (i: number): fc.Arbitrary<Storage> =>
  fc
    .record({
      isDefault: fc.option(fc.boolean(), { nil: undefined }),
      versioned: fc.option(fc.boolean(), { nil: undefined }),
      trigger: fc.constantFrom('none', 'inline', 'imported'),
      paths: pathsArb,
    })
    .map(({ isDefault, versioned, trigger, paths }) => ({
      name: `files${i}`,
      exportName: `storage${i}`,
      ...(isDefault !== undefined ? { isDefault } : {}),
      ...(versioned !== undefined ? { versioned } : {}),
      ...(trigger === 'none'
        ? {}
        : { triggers: { onUpload: trigger === 'inline' ? 'onUploadHandler' : 'thumbs' } }),
      hasAccess: true,
      paths,
    }));

export const storagesArb = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => storageArb(i + 1))));

/** Writes the storages as a person in this style would: a file whose import reads back as them. */
export function writeAsPerson(storages: readonly Storage[], s: FileStyle): string {
  const q = (text: string) => `${s.quote}${text}${s.quote}`;
  const semi = s.semicolon ? ';' : '';
  const ind = (n: number) => s.indent.repeat(n);
  let comment = 0;
  const note = () => `// note ${++comment}`;
  const list = (items: string[][], level: number): string[] =>
    items.flatMap((lines, i) => {
      const comma = i < items.length - 1 || s.trailingComma ? ',' : '';
      return lines.map((line, j) => `${ind(level)}${line}${j === lines.length - 1 ? comma : ''}`);
    });
  const rule = (r: Rule) => {
    const p = r.principal;
    const who =
      p.kind === 'groups'
        ? `allow.groups([${p.groups.map(q).join(', ')}])`
        : p.kind === 'entity'
          ? `allow.entity(${q(p.entity)})`
          : p.kind === 'resource'
            ? `allow.resource(${p.fn})`
            : `allow.${p.kind}`;
    return `${who}.to([${r.actions.map(q).join(', ')}])`;
  };
  const usesInline = storages.some((st) => st.triggers?.onUpload === 'onUploadHandler');
  const lines = [
    `import { defineStorage${usesInline ? ', defineFunction' : ''} } from ${q('@aws-amplify/backend')}${semi}`,
    ...Object.entries(IMPORTED).map(([fn, from]) => `import { ${fn} } from ${q(from)}${semi}`),
  ];
  storages.forEach((st) => {
    lines.push('');
    if (s.comments) lines.push(note());
    const options: string[][] = [[`name: ${q(st.name)}`]];
    if (st.isDefault !== undefined) options.push([`isDefault: ${st.isDefault}`]);
    if (st.versioned !== undefined) options.push([`versioned: ${st.versioned}`]);
    const fn = st.triggers?.onUpload;
    if (fn)
      options.push([
        'triggers: {',
        ...list(
          [
            [
              `onUpload: ${fn === 'onUploadHandler' ? `defineFunction({ entry: ${q(INLINE_ENTRIES[0]!)} })` : fn}`,
            ],
          ],
          1,
        ),
        '}',
      ]);
    const paths = st.paths.map((p) => {
      const head = s.comments ? [note()] : [];
      if (s.rulesInline) return [...head, `${q(p.path)}: [${p.rules.map(rule).join(', ')}]`];
      if (p.rules.length === 0) return [...head, `${q(p.path)}: []`];
      const rules = list(
        p.rules.map((r) => [rule(r)]),
        1,
      ).map((line) => (s.comments && /,$/.test(line) ? `${line} ${note()}` : line));
      return [...head, `${q(p.path)}: [`, ...rules, ']'];
    });
    options.push(['access: (allow) => ({', ...list(paths, 1), '})']);
    lines.push(`export const ${st.exportName} = defineStorage({`, ...list(options, 1), `})${semi}`);
  });
  return `${lines.join(s.eol)}${s.eol}`;
}

/** The comments a text holds, in order. */
export const commentsOf = (text: string): string[] => text.match(/\/\/ note \d+/g) ?? [];

export type { Design };
