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
  accessModel,
  designFromAccess,
  iamExport,
  personRole,
  prefixForm,
  type IamPolicyDocument,
  type Rule,
} from '../../src/core';
import { accessArb } from './arbitraries';
import { oracleAllows } from './iam-oracle';

const BUCKET = 'matrix-bucket';
const leafArb = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.includes('/'));

test('matrix cells agree with the exported IAM policies on random objects', () => {
  let checked = 0;
  fc.assert(
    fc.property(
      accessArb.filter((access) =>
        access.every(([p]) => !p.includes('?') && !p.includes('${') && !p.slice(0, -1).includes('*')),
      ),
      fc.array(leafArb, { minLength: 3, maxLength: 3 }),
      fc.constantFrom('us-east-1:alice', 'eu-west-1:bob'),
      (access, leaves, folderId) => {
        const design = designFromAccess(access as [string, Rule[]][]);
        const model = accessModel(design.storages[0]!);
        const exported = iamExport(model.compiled, BUCKET);
        const policyOf = (role: string): IamPolicyDocument | undefined =>
          role === 'guest' ? exported.guest ?? undefined
            : role === 'authenticated' ? exported.authenticated ?? undefined
              : role.startsWith('group:') ? exported.groups[role.slice(6)]
                : exported.functions[role.slice(9)];
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
                const iam = oracleAllows(policyOf(role), `arn:aws:s3:::${BUCKET}`, { action, key, identityId });
                expect(iam, `${JSON.stringify(access)}\n${person} ${action} ${JSON.stringify(key)}`).toBe(cell.allowed.includes(action));
              }
            }
            checked++;
            const listIam = oracleAllows(policyOf(role), `arn:aws:s3:::${BUCKET}`, { action: 'list', key: folder, identityId });
            expect(listIam, `${JSON.stringify(access)}\n${person} list ${JSON.stringify(folder)}`).toBe(cell.allowed.includes('list'));
          }
        }
      },
    ),
    { numRuns: Number(process.env.PARITY_RUNS ?? 600) },
  );
  console.log(`matrix vs IAM: ${checked} cell checks`);
});
