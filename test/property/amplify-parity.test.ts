/**
 * The core against the REAL @aws-amplify/backend-storage, side by side, over random definitions:
 * same verdict (Amplify throws ⇔ the core reports an error), same IAM statements in the same
 * order, same amplify_outputs.json paths, and the same decision for concrete requests (Amplify's
 * policies judged by an independent IAM evaluator vs the core's own decide()).
 * PARITY_RUNS=20000 npx vitest run test/property for a longer run.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  accessModel,
  decide,
  designFromAccess,
  iamExport,
  validateDesign,
  type Design,
  type IamPolicyDocument as CoreIamPolicy,
  type RoleKey,
  type Rule,
} from '../../src/core';
import {
  runAmplifyStorageAccess,
  type IamPolicyDocument,
  type RefResult,
  type RefRule,
} from '../reference/amplify-reference';
import { accessArb, requestArb, type ProbeRequest } from './arbitraries';
import { oracleAllows } from './iam-oracle';

const RUNS = Number(process.env.PARITY_RUNS ?? 1500);
const BUCKET = 'parity-bucket';
const stats = { definitions: 0, rejectedByBoth: 0, acceptedByBoth: 0, requests: 0 };

function designOf(access: [string, Rule[]][]): Design {
  return designFromAccess(access, { name: 'files' });
}

/** Core's policies keyed like the reference's: 'guest', 'authenticated', 'group:x', 'function:y'. */
function corePolicies(design: Design): Record<string, CoreIamPolicy> {
  const exported = iamExport(accessModel(design.storages[0]!).compiled, BUCKET);
  const out: Record<string, CoreIamPolicy> = {};
  if (exported.guest) out.guest = exported.guest;
  if (exported.authenticated) out.authenticated = exported.authenticated;
  for (const [g, p] of Object.entries(exported.groups)) out[`group:${g}`] = p;
  for (const [f, p] of Object.entries(exported.functions)) out[`function:${f}`] = p;
  return out;
}

/** CDK omits nothing we emit, but writes keys alphabetically: compare statements field by field. */
const normalize = (policies: Record<string, CoreIamPolicy | IamPolicyDocument>) =>
  Object.fromEntries(
    Object.entries(policies)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([role, doc]) => [
        role,
        doc.Statement.map((s) => ({
          Effect: s.Effect,
          Action: s.Action,
          Resource: s.Resource,
          Condition: s.Condition,
        })),
      ]),
  );

function describeCase(access: [string, Rule[]][], ref: RefResult): string {
  return JSON.stringify({
    access,
    amplify: ref.ok ? 'accepted' : `${ref.errorName}: ${ref.message}`,
  });
}

describe('core vs @aws-amplify/backend-storage 1.6', () => {
  test(`verdicts, policies and outputs agree over ${RUNS} random definitions`, () => {
    fc.assert(
      fc.property(accessArb, (access) => {
        const ref = runAmplifyStorageAccess(
          { name: 'files', paths: access as [string, RefRule[]][] },
          BUCKET,
        );
        const design = designOf(access);
        const errors = validateDesign(design).filter((f) => f.severity === 'error');
        stats.definitions++;
        const context = describeCase(access, ref);
        expect(
          errors.length > 0,
          `${context}\ncore errors: ${errors.map((e) => e.code).join(', ')}`,
        ).toBe(!ref.ok);
        if (!ref.ok) {
          stats.rejectedByBoth++;
          return;
        }
        stats.acceptedByBoth++;
        expect(normalize(corePolicies(design)), context).toEqual(normalize(ref.policies));
        // Statement order within each policy and key order of outputs match Amplify's too.
        expect(
          JSON.stringify(accessModel(design.storages[0]!).compiled.outputsPaths),
          context,
        ).toBe(JSON.stringify(ref.outputsPaths));
      }),
      { numRuns: RUNS },
    );
    console.log(
      `parity: ${stats.definitions} definitions (${stats.acceptedByBoth} accepted, ${stats.rejectedByBoth} rejected by both)`,
    );
  });

  test("request decisions from the core match IAM on Amplify's own policies", () => {
    const arb = accessArb
      .map((access) => ({
        access,
        ref: runAmplifyStorageAccess(
          { name: 'files', paths: access as [string, RefRule[]][] },
          BUCKET,
        ),
      }))
      .filter(({ ref }) => ref.ok)
      .chain(({ access, ref }) =>
        fc.tuple(
          fc.constant(access),
          fc.constant(ref),
          fc.array(requestArb(access.map(([p]) => p)), { minLength: 5, maxLength: 25 }),
        ),
      );
    fc.assert(
      fc.property(arb, ([access, ref, requests]) => {
        if (!ref.ok) return;
        const design = designOf(access);
        const model = accessModel(design.storages[0]!);
        for (const r of requests as ProbeRequest[]) {
          stats.requests++;
          const expected = oracleAllows(ref.policies[r.role], `arn:aws:s3:::${BUCKET}`, r);
          const actual = decide(model.index, model.storage, { ...r, role: r.role as RoleKey });
          expect(
            actual.allowed,
            `${JSON.stringify(access)}\nrequest ${JSON.stringify(r)}\n${actual.reason}`,
          ).toBe(expected);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
    console.log(`parity: ${stats.requests} concrete requests decided alike`);
  });
});
