/**
 * amplify_outputs.json validates against Amplify's schema, for every template and for random
 * designs with one to three buckets (the default one at the top, every one in `buckets`).
 *
 * The official JSON schema (schema_vX.json, draft 2020-12) lives in the amplify-backend sources
 * but is not published in @aws-amplify/client-config (no version of the package ships it). What
 * the package does ship is the TypeScript type generated from that schema
 * (client-config-schema/client_config_vX.d.ts). So:
 * - always: a JSON schema generated from that shipped type (ts-json-schema-generator), with ajv;
 *   stricter than the official one where it matters here (actions are an enum in both, access
 *   keys are checked too), and the typecheck test checks the same type with tsc;
 * - when the official schema file is at hand (a future package that ships it, or a directory in
 *   AMPLIFY_OUTPUTS_SCHEMA_DIR, e.g. a checkout's packages/client-config/src/client-config-schema),
 *   that too, with ajv's draft 2020-12 validator.
 */
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { describe, expect, it } from 'vitest';
import {
  compileDesign,
  bucketPlacements,
  OUTPUTS_VERSION,
  renderOutputsJson,
  type Design,
} from '../../src/core';
import { designArb, validDesignArb, validTemplates } from './designs';

const clientConfigLib = dirname(
  createRequire(import.meta.url).resolve('@aws-amplify/client-config'),
);
const schemaFile = `schema_v${OUTPUTS_VERSION}.json`;

/** The official schema for the version written, where one can be found. */
function officialSchema(): { file: string; schema: object } | undefined {
  const dirs = [
    process.env.AMPLIFY_OUTPUTS_SCHEMA_DIR,
    join(clientConfigLib, 'client-config-schema'),
    join(clientConfigLib, '../src/client-config-schema'),
  ].filter((d): d is string => !!d);
  const file = dirs.map((d) => join(d, schemaFile)).find(existsSync);
  return file ? { file, schema: JSON.parse(readFileSync(file, 'utf8')) as object } : undefined;
}

/** Every kind of design the outputs test covers, with the texts to validate. */
function outputsTexts(): { label: string; text: string; buckets: number }[] {
  const texts = validTemplates().map(({ name, design }) => ({ label: `template ${name}`, design }));
  const random = fc
    .sample(validDesignArb, { numRuns: 700, seed: 4 })
    .map((design, i) => ({ label: `random valid ${i}`, design }));
  const any = fc
    .sample(designArb, { numRuns: 300, seed: 5 })
    .map((design, i) => ({ label: `random ${i}`, design }));
  return [...texts, ...random, ...any].map(
    ({ label, design }: { label: string; design: Design }) => ({
      label,
      text: renderOutputsJson(compileDesign(design), bucketPlacements(design, {}, 'eu-central-1')),
      buckets: design.storages.length,
    }),
  );
}

const cases = outputsTexts();

/** Outputs the schema must reject, so a validator that accepts everything cannot pass. */
const broken = {
  extraBucketKey: {
    version: OUTPUTS_VERSION,
    storage: {
      aws_region: 'r',
      bucket_name: 'b',
      buckets: [{ name: 'n', bucket_name: 'b', aws_region: 'r', region: 'r' }],
    },
  },
  missingName: {
    version: OUTPUTS_VERSION,
    storage: {
      aws_region: 'r',
      bucket_name: 'b',
      buckets: [{ bucket_name: 'b', aws_region: 'r' }],
    },
  },
  unknownAction: {
    version: OUTPUTS_VERSION,
    storage: {
      aws_region: 'r',
      bucket_name: 'b',
      buckets: [
        { name: 'n', bucket_name: 'b', aws_region: 'r', paths: { 'a/*': { guest: ['fly'] } } },
      ],
    },
  },
};

function validateAll(
  validate: (value: unknown) => boolean,
  errors: () => unknown,
  mustReject: (keyof typeof broken)[],
): void {
  const failures = cases
    .filter((c) => !validate(JSON.parse(c.text)))
    .map((c) => `${c.label}: ${JSON.stringify(errors())}\n${c.text}`);
  expect(failures.slice(0, 3).join('\n\n'), `${failures.length} of ${cases.length} fail`).toBe('');
  for (const name of mustReject) expect(validate(broken[name]), name).toBe(false);
}

describe('amplify_outputs.json against the schema', () => {
  it('covers several buckets', () => {
    expect(cases.length).toBeGreaterThan(1000);
    expect(cases.filter((c) => c.buckets > 1).length).toBeGreaterThan(200);
  });

  it(`validates against a schema generated from client-config's shipped client_config_v${OUTPUTS_VERSION}.d.ts`, () => {
    const started = performance.now();
    const schema = createGenerator({
      path: join(clientConfigLib, `client-config-schema/client_config_v${OUTPUTS_VERSION}.d.ts`),
      type: 'AWSAmplifyBackendOutputs',
      skipTypeCheck: true,
    }).createSchema('AWSAmplifyBackendOutputs');
    // The TypeScript type has no `$schema` key; the JSON schema allows one (see the official schema).
    const root = schema.definitions!.AWSAmplifyBackendOutputs as {
      properties: Record<string, unknown>;
    };
    root.properties.$schema = { type: 'string' };
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    validateAll(validate, () => validate.errors, [
      'extraBucketKey',
      'missingName',
      'unknownAction',
    ]);
    console.log(
      `schema from the shipped type: ${cases.length} outputs files valid in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 60_000);

  const official = officialSchema();
  it.skipIf(!official)(`validates against the official ${schemaFile} (draft 2020-12)`, () => {
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addKeyword('tsType'); // json-schema-to-typescript's annotation in Amplify's schema
    const validate = ajv.compile(official!.schema);
    // The official schema leaves an access rule's contents to its TypeScript annotation (tsType).
    validateAll(validate, () => validate.errors, ['extraBucketKey', 'missingName']);
    console.log(`official schema ${official!.file}: ${cases.length} outputs files valid`);
  });
});
