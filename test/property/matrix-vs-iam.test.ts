/**
 * Never more permissive, never less: for random designs, the exported IAM policies (judged by the
 * independent oracle) allow a concrete request exactly when the matrix cell for that path and
 * person shows the action. Keys are random objects directly in the cell's folder (not inside a
 * deeper defined path). Paths with `?`, `${` or an inner `*` are left out: IAM reads those as
 * wildcards or variables, so "directly in the folder" stops being one answer (the core warns
 * about the first two and rejects the third).
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  accessMatrix,
  accessMatrixAllowed,
  accessModel,
  designFromAccess,
  iamExport,
  personRole,
  prefixForm,
  validateDesign,
  type AccessAction,
  type IamExport,
  type IamPolicyDocument,
  type Rule,
} from '../../src/core';
import { accessArb } from './arbitraries';
import { oracleAllows } from './iam-oracle';

const BUCKET = 'matrix-bucket';

/** The exported policy a role acts under (`guest`, `authenticated`, `group:x`, `function:y`). */
function policyFor(exported: IamExport, role: string): IamPolicyDocument | undefined {
  if (role === 'guest') return exported.guest ?? undefined;
  if (role === 'authenticated') return exported.authenticated ?? undefined;
  return role.startsWith('group:')
    ? exported.groups[role.slice(6)]
    : exported.functions[role.slice(9)];
}
const leafArb = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.includes('/'));

test('matrix cells agree with the exported IAM policies on random objects', () => {
  let checked = 0;
  fc.assert(
    fc.property(
      accessArb.filter((access) =>
        access.every(
          ([p]) => !p.includes('?') && !p.includes('${') && !p.slice(0, -1).includes('*'),
        ),
      ),
      fc.array(leafArb, { minLength: 3, maxLength: 3 }),
      fc.constantFrom('us-east-1:alice', 'eu-west-1:bob'),
      (access, leaves, folderId) => {
        const design = designFromAccess(access as [string, Rule[]][]);
        const model = accessModel(design.storages[0]!);
        const exported = iamExport(model.compiled, BUCKET);
        const policyOf = (role: string) => policyFor(exported, role);
        const matrix = accessMatrix(design, model);
        const forms = design.storages[0]!.paths.map((p) => prefixForm(p.path));
        for (const row of matrix.rows) {
          for (const person of matrix.people) {
            const cell = row.cells[person];
            if (!cell) continue;
            const { role } = personRole(person);
            // The owner acts in their own folder; everyone else in someone else's.
            const identityId = person === 'owner' ? folderId : 'us-west-2:caller';
            const folder = row.path.replaceAll('{entity_id}', folderId).replace(/\*$/, '');
            for (const leaf of leaves) {
              const key = folder + leaf;
              const deeper = forms.some((f) => {
                const concrete = f.replaceAll('{entity_id}', folderId);
                return concrete.length > folder.length && key.startsWith(concrete);
              });
              if (deeper) continue;
              for (const action of ['get', 'write', 'delete'] as const) {
                checked++;
                const iam = oracleAllows(policyOf(role), `arn:aws:s3:::${BUCKET}`, {
                  action,
                  key,
                  identityId,
                });
                expect(
                  iam,
                  `${JSON.stringify(access)}\n${person} ${action} ${JSON.stringify(key)}`,
                ).toBe(cell.allowed.includes(action));
              }
            }
            checked++;
            const listIam = oracleAllows(policyOf(role), `arn:aws:s3:::${BUCKET}`, {
              action: 'list',
              key: folder,
              identityId,
            });
            expect(
              listIam,
              `${JSON.stringify(access)}\n${person} list ${JSON.stringify(folder)}`,
            ).toBe(cell.allowed.includes('list'));
          }
        }
      },
    ),
    { numRuns: Number(process.env.PARITY_RUNS ?? 600) },
  );
  console.log(`matrix vs IAM: ${checked} cell checks`);
});

/**
 * The cases the test above leaves out, where a matrix could understate access: objects in
 * sub-folders nobody defined (IAM's `*` crosses "/"), listing sub-prefixes of a folder, and the
 * people who are not the folder's owner acting in their own folder (a group member, a guest with
 * an identity) or the owner acting in someone else's. IAM must allow exactly what the cell shows:
 * a row's cell speaks for everything under its folder that no deeper defined path claims.
 */
test('matrix cells also hold for sub-folders, sub-prefix listings and whose folder it is', () => {
  let checked = 0;
  fc.assert(
    fc.property(
      // Paths Amplify accepts: what is "under" a path Amplify rejects (`media/` beside `media/*`,
      // a token twice) has no answer to hold the matrix to.
      accessArb.filter(
        (access) =>
          access.every(([p]) => !p.includes('?') && !p.includes('${')) &&
          validateDesign(designFromAccess(access as [string, Rule[]][])).every(
            (f) => !f.code.startsWith('path-'),
          ),
      ),
      fc.array(leafArb, { minLength: 2, maxLength: 2 }),
      fc.constantFrom('us-east-1:alice', 'eu-west-1:bob'),
      (access, leaves, folderId) => {
        const design = designFromAccess(access as [string, Rule[]][]);
        const model = accessModel(design.storages[0]!);
        const exported = iamExport(model.compiled, BUCKET);
        const policyOf = (role: string) => policyFor(exported, role);
        const matrix = accessMatrix(design, model);
        const forms = design.storages[0]!.paths.map((p) => prefixForm(p.path));
        const iam = (
          role: string,
          action: 'get' | 'list' | 'write' | 'delete',
          key: string,
          identityId: string,
        ) => {
          checked++;
          return oracleAllows(policyOf(role), `arn:aws:s3:::${BUCKET}`, {
            action,
            key,
            identityId,
          });
        };
        for (const row of matrix.rows) {
          if (!row.path.endsWith('/*')) continue; // a folder's rows only: what is under it is the question
          const folder = row.path.replaceAll('{entity_id}', folderId).replace(/\*$/, '');
          // A deeper defined path claims keys under it for anyone's folder. For non-owners Amplify
          // cuts an owner path at its last token and writes IAM's `*` for the others, which
          // crosses "/": so a deeper path claims from its last token on, any token matching anything.
          const deeper = forms.filter((f) => !underForm(f, folder));
          const claimed = (key: string) => deeper.some((f) => underForm(cutAtLastToken(f), key));
          const hasDeeper = (a: string) =>
            deeper.some((f) =>
              [folderId, a].some((id) => f.replaceAll('{entity_id}', id).startsWith(folder)),
            );
          const owned = row.path.includes('{entity_id}');
          for (const person of matrix.people) {
            const cell = row.cells[person];
            if (!cell) continue;
            const { role } = personRole(person);
            // Who acts: the folder's owner for `owner`; for the others someone else and, on an
            // owner path, also the folder's owner (a member of a group in their own folder...).
            const actors =
              person === 'owner'
                ? [folderId]
                : owned && !person.startsWith('function:')
                  ? [folderId, 'us-west-2:caller']
                  : ['us-west-2:caller'];
            for (const identityId of actors) {
              // A signed-in user in their own folder is its owner. Anyone else in their own folder
              // (a guest or group member whose identity names it) is not a column of the matrix:
              // for them IAM must only never allow more than their cell shows.
              const modelled =
                identityId !== folderId || person === 'owner' || person === 'authenticated';
              const expected =
                person === 'authenticated' && identityId === folderId ? row.cells.owner! : cell;
              const check = (allowed: boolean, action: AccessAction, key: string) => {
                const message = `${JSON.stringify(access)}\n${person} as ${identityId}: ${action} ${JSON.stringify(key)}`;
                if (modelled) expect(allowed, message).toBe(expected.allowed.includes(action));
                else if (allowed)
                  expect(expected.allowed, `never more permissive: ${message}`).toContain(action);
              };
              for (const [a, b] of [leaves, [...leaves].reverse()] as [string, string][]) {
                const deep = `${folder}${a}/${b}`;
                if (!claimed(deep))
                  for (const action of ['get', 'write', 'delete'] as const)
                    check(iam(role, action, deep, identityId), action, deep);
                for (const prefix of hasDeeper(a) ? [] : [`${folder}${a}`, `${folder}${a}/`])
                  check(iam(role, 'list', prefix, identityId), 'list', prefix);
              }
            }
            // The owner in someone else's folder is a signed-in user there: the authenticated cell.
            if (person === 'owner') {
              const other = row.cells.authenticated!;
              for (const action of ['get', 'write', 'delete'] as const)
                expect(
                  iam(role, action, `${folder}${leaves[0]}`, 'us-west-2:caller'),
                  `owner elsewhere ${action}`,
                ).toBe(other.allowed.includes(action));
            }
          }
        }
      },
    ),
    { numRuns: Number(process.env.PARITY_RUNS ?? 250) },
  );
  console.log(`matrix vs IAM (sub-folders, sub-prefixes, whose folder): ${checked} checks`);
});

/** `a/{entity_id}/b/{entity_id}/c/` → `a/{entity_id}/b/`: where Amplify cuts it for non-owners. */
const cutAtLastToken = (form: string) => {
  const at = form.lastIndexOf('{entity_id}');
  return at < 0 ? form : form.slice(0, at);
};

/** Whether `key` lies under the prefix form `form` (`media/{entity_id}/`), the token matching any text. */
function underForm(form: string, key: string): boolean {
  const pattern = form
    .split('{entity_id}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}`).test(key);
}

/**
 * The CLI prints `accessMatrixAllowed`, which asks IAM only whether each action is allowed (each
 * pattern matched once for all actions) instead of building a decision per action: it must show
 * exactly the allowed and taken-away actions of the full matrix, for every design, wildcards and
 * variables included.
 */
test('the matrix without decisions shows what the full matrix allows and takes away', () => {
  fc.assert(
    fc.property(accessArb, (access) => {
      const design = designFromAccess(access as [string, Rule[]][]);
      const model = accessModel(design.storages[0]!);
      const full = accessMatrix(design, model);
      const projected = {
        people: full.people,
        rows: full.rows.map(({ cells, ...head }) => ({
          ...head,
          cells: Object.fromEntries(
            Object.entries(cells).map(([person, cell]) => [
              person,
              { allowed: cell!.allowed, overridden: cell!.overridden },
            ]),
          ),
        })),
      };
      expect(accessMatrixAllowed(design, model), JSON.stringify(access)).toEqual(projected);
    }),
    { numRuns: Number(process.env.PARITY_RUNS ?? 600) },
  );
});
