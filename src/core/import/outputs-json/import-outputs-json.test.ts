import { describe, expect, it } from 'vitest';
import { compileStorage } from '../../compile/compile';
import type { Design } from '../../model/types';
import { importOutputsJson, looksLikeOutputsJson } from './import-outputs-json';
import { parseJsonSource } from '../../text/json-source';
import { UNKNOWN_FUNCTION } from './rebuild-paths';

const outputs = (paths: object, extra: object = {}) =>
  JSON.stringify(
    {
      version: '1.4',
      storage: {
        aws_region: 'eu-west-1',
        bucket_name: 'b1',
        buckets: [{ name: 'files', bucket_name: 'b1', aws_region: 'eu-west-1', paths }],
      },
      ...extra,
    },
    null,
    2,
  );

const rulesOf = (design: Design | null) =>
  design!.storages[0]!.paths.map((p) => [
    p.path,
    p.rules.map((r) => [
      r.principal.kind === 'groups'
        ? `groups:${r.principal.groups.join()}`
        : r.principal.kind === 'entity'
          ? `entity:${r.principal.entity}`
          : r.principal.kind === 'resource'
            ? `fn:${r.principal.fn}`
            : r.principal.kind,
      r.actions.join(),
    ]),
  ]);

const codes = (text: string) =>
  importOutputsJson(text).problems.map((p) => `${p.code}@${p.loc.line}:${p.loc.column}`);

describe('importOutputsJson: reading back what Amplify writes', () => {
  it('puts the shared rules Amplify cut to x/* back onto x/{entity_id}/*, in file order', () => {
    const { design, problems, lost } = importOutputsJson(
      outputs({
        'public/*': { guest: ['get', 'list'], authenticated: ['get', 'list', 'write', 'delete'] },
        'protected/*': { authenticated: ['get', 'list'] },
        'protected/${cognito-identity.amazonaws.com:sub}/*': {
          entityidentity: ['get', 'list', 'write', 'delete'],
        },
        'private/${cognito-identity.amazonaws.com:sub}/*': {
          entityidentity: ['get', 'list', 'write', 'delete'],
        },
      }),
    );
    expect(problems).toEqual([]);
    expect(rulesOf(design)).toEqual([
      [
        'public/*',
        [
          ['guest', 'read'],
          ['authenticated', 'read,write,delete'],
        ],
      ],
      [
        'protected/{entity_id}/*',
        [
          ['authenticated', 'read'],
          ['entity:identity', 'read,write,delete'],
        ],
      ],
      ['private/{entity_id}/*', [['entity:identity', 'read,write,delete']]],
    ]);
    expect(lost.join('\n')).toContain('"protected/{entity_id}/*" come from two entries');
    expect(lost.join('\n')).toContain('Amplify writes `read` as get + list');
  });

  it('keeps x/* as a path when no owner entry sits beside it', () => {
    const { design } = importOutputsJson(outputs({ 'media/*': { guest: ['get'] } }));
    expect(rulesOf(design)).toEqual([['media/*', [['guest', 'get']]]]);
  });

  it('reads x/* as the owner folder when, as a plain path, the paths under it would nest too deep', () => {
    const text = outputs({
      'a/*': { guest: ['get'] },
      'a/b/*': { authenticated: ['get'] },
      'a/b/c/*': { guest: ['list'] },
    });
    const { design, lost } = importOutputsJson(text);
    expect(design!.storages[0]!.paths.map((p) => p.path)).toEqual([
      'a/{entity_id}/*',
      'a/b/*',
      'a/b/c/*',
    ]);
    expect(JSON.stringify(compileStorage(design!.storages[0]!).outputsPaths)).toBe(
      JSON.stringify(JSON.parse(text).storage.buckets[0].paths),
    );
    expect(lost.join('\n')).toContain('"a/*" was imported as "a/{entity_id}/*"');
  });

  it('groups keys become one rule per group, declared in order of first use, or in auth.groups precedence', () => {
    const paths = {
      'media/*': { groupsauditor: ['get'], "groupsit's": ['get', 'write'] },
      'admin/*': { groupsadmin: ['delete'] },
    };
    expect(importOutputsJson(outputs(paths)).design!.groups).toEqual(['auditor', "it's", 'admin']);
    const auth = {
      auth: {
        aws_region: 'eu-west-1',
        user_pool_id: 'p',
        user_pool_client_id: 'c',
        groups: [{ admin: { precedence: 0 } }, { auditor: { precedence: 1 } }],
      },
    };
    const { design, lost } = importOutputsJson(outputs(paths, auth));
    expect(design!.groups).toEqual(['admin', 'auditor', "it's"]);
    expect(lost.join('\n')).not.toContain("defineAuth's order");
    expect(lost.join('\n')).toContain('one rule per group');
  });

  it('gives a {} entry (a path only functions use) a placeholder function rule, and says so', () => {
    const text = outputs({ 'media/*': { authenticated: ['write'] }, 'media/thumbs/*': {} });
    const { design, lost } = importOutputsJson(text);
    expect(rulesOf(design)).toEqual([
      ['media/*', [['authenticated', 'write']]],
      ['media/thumbs/*', [[`fn:${UNKNOWN_FUNCTION}`, 'get']]],
    ]);
    expect(design!.functions).toEqual([UNKNOWN_FUNCTION]);
    expect(JSON.stringify(compileStorage(design!.storages[0]!).outputsPaths)).toBe(
      JSON.stringify(JSON.parse(text).storage.buckets[0].paths),
    );
    expect(lost.join('\n')).toContain('"media/thumbs/*" has no access keys');
  });

  it('always says that functions, triggers and rule-less paths are not in the file', () => {
    const { lost } = importOutputsJson(outputs({}));
    expect(lost[0]).toMatch(/Function access \(allow\.resource\) and triggers are not written/);
    expect(lost[1]).toMatch(/Paths with no rules/);
  });

  it('several buckets: one storage each, the top-level one is the default, placements kept', () => {
    const text = JSON.stringify({
      version: '1.4',
      storage: {
        aws_region: 'us-east-1',
        bucket_name: 'second',
        buckets: [
          {
            name: 'first',
            bucket_name: 'first',
            aws_region: 'eu-west-1',
            paths: { 'a/*': { guest: ['get'] } },
          },
          { name: 'second', bucket_name: 'second', aws_region: 'us-east-1' },
        ],
      },
    });
    const { design, placements, problems } = importOutputsJson(text);
    expect(problems).toEqual([]);
    expect(design!.storages.map((s) => [s.name, s.isDefault, s.hasAccess])).toEqual([
      ['first', undefined, true],
      ['second', true, false],
    ]);
    expect(placements).toEqual([
      { bucketName: 'first', region: 'eu-west-1' },
      { bucketName: 'second', region: 'us-east-1' },
    ]);
  });

  it('older outputs without a buckets list: one storage, no access known', () => {
    const { design, lost } = importOutputsJson(
      JSON.stringify({ version: '1', storage: { aws_region: 'eu-west-1', bucket_name: 'b' } }),
    );
    expect(design!.storages).toEqual([{ name: 'myProjectFiles', hasAccess: false, paths: [] }]);
    expect(lost.join('\n')).toContain('lists no buckets');
  });
});

describe('importOutputsJson: problems with their place', () => {
  it('not JSON: the syntax error at its line and column', () => {
    const text =
      '{\n  "version": "1.4",\n  "storage": {\n    "aws_region": "x"\n    "bucket_name": "y"\n  }\n}';
    const result = importOutputsJson(text);
    expect(result.design).toBeNull();
    expect(result.problems.map((p) => [p.code, p.loc.line, p.loc.column])).toEqual([
      ['invalid-json', 5, 5],
    ]);
  });

  it('not an object, or no storage section', () => {
    expect(codes('[1, 2]')).toEqual(['not-outputs@1:1']);
    const none = importOutputsJson('{ "version": "1.4", "auth": {} }');
    expect(none.design).toBeNull();
    expect(none.problems.map((p) => p.code)).toEqual(['no-storage']);
  });

  it('wrong shapes deep inside, each where it is written, and the rest still read', () => {
    const text = [
      '{',
      '  "version": "1.4",',
      '  "storage": {',
      '    "aws_region": "eu-west-1",',
      '    "bucket_name": "b",',
      '    "buckets": [',
      '      { "name": "files", "bucket_name": "b", "aws_region": "eu-west-1", "paths": {',
      '        "a/*": { "guest": ["get", "read2"], "resource": ["get"] },',
      '        "b/*": ["get"],',
      '        "c/*": { "authenticated": "get" }',
      '      } },',
      '      { "name": 7, "bucket_name": "x", "aws_region": "y" }',
      '    ]',
      '  }',
      '}',
    ].join('\n');
    expect(codes(text)).toEqual([
      'invalid-actions@8:35',
      'unknown-access-key@8:45',
      'invalid-paths@9:16',
      'invalid-actions@10:35',
      'invalid-bucket@12:17',
    ]);
    const { design } = importOutputsJson(text);
    expect(rulesOf(design)).toEqual([
      ['a/*', [['guest', 'get']]],
      ['c/*', []],
    ]);
  });

  it('warns about an unknown version, duplicate keys and shared keys under an owner prefix', () => {
    const text =
      '{"version": "9", "storage": {"aws_region": "r", "bucket_name": "b", "buckets": [{"name": "n", "bucket_name": "b", "aws_region": "r", "paths": {"x/${cognito-identity.amazonaws.com:sub}/*": {"guest": ["get"]}, "y/*": {"guest": ["get"], "guest": ["list"]}}}]}}';
    const problems = importOutputsJson(text).problems;
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['unknown-version', 'warning'],
      ['shared-key-on-owner-prefix', 'warning'],
      ['duplicate-key', 'warning'],
    ]);
  });
});

describe('parseJsonSource', () => {
  it('reads what JSON.parse reads, keeping __proto__ an own key and the last of duplicate keys', () => {
    for (const text of [
      '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n\\"\\\\\\/"]}',
      '"x"',
      '  [ ]  ',
      '{"__proto__": {"b": 1}, "c": {}}',
      '{"a": 1, "b": 2, "a": 3}',
    ]) {
      expect(parseJsonSource(text).value).toEqual(JSON.parse(text));
    }
    const value = parseJsonSource('{"__proto__": 1}').value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('rejects what JSON.parse rejects', () => {
    for (const text of [
      '',
      '{',
      '{"a" 1}',
      '[1,]',
      '{"a": 1,}',
      "{'a': 1}",
      '01',
      '"\\x"',
      '"a\nb"',
      'nul',
      '[1] 2',
      '-',
    ]) {
      expect(() => JSON.parse(text)).toThrow();
      expect(() => parseJsonSource(text)).toThrow();
    }
  });

  it('skips a byte-order mark', () => {
    expect(parseJsonSource('\ufeff{"a": 1}').value).toEqual({ a: 1 });
  });
});

describe('looksLikeOutputsJson', () => {
  it('a JSON object with version and storage', () => {
    expect(looksLikeOutputsJson('{"version": "1.4", "storage": {}}')).toBe(true);
    expect(looksLikeOutputsJson('{"version": "1.4"}')).toBe(false);
    expect(looksLikeOutputsJson('export const storage = defineStorage({})')).toBe(false);
    expect(looksLikeOutputsJson('[]')).toBe(false);
  });
});
