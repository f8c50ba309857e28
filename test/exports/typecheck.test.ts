/**
 * Every generated file compiles in a real Amplify project: for each valid template and hundreds of
 * random valid designs, amplify/storage/resource.ts, amplify/auth/resource.ts, the existing-bucket
 * amplify/backend.ts (one per storage), a usual backend.ts wiring them together, stub functions,
 * and amplify_outputs.json typed as @aws-amplify/client-config's type for its version. One tsc
 * run checks them all; each diagnostic is traced back to the design that produced it.
 * EXPORT_TSC_DESIGNS sets how many random designs (default 600).
 */
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import {
  createProjectRoot,
  typecheck,
  writeCase,
  writeCaseFiles,
  type ProjectCase,
} from './amplify-project';
import {
  compileDesign,
  bucketPlacements,
  importOutputsJson,
  renderOutputsJson,
} from '../../src/core';
import { validDesignArb, validTemplates } from './designs';

const RANDOM_DESIGNS = Number(process.env.EXPORT_TSC_DESIGNS ?? 600);
const root = createProjectRoot();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const placementArb = fc.record({
  bucketName: fc.constantFrom('my-existing-bucket', 'a.b-c', 'bucket-with-${x}'),
  region: fc.constantFrom('eu-west-1', 'us-east-1', "ap-'quote'"),
});

it(`generated files type-check against the real Amplify types (templates + ${RANDOM_DESIGNS} random designs + 100 read back)`, async () => {
  const cases: ProjectCase[] = validTemplates().map(({ name, design }) => ({
    label: `template ${name}`,
    design,
    bucketName: 'my-existing-bucket',
    region: 'eu-west-1',
  }));
  const random = fc.sample(fc.tuple(validDesignArb, placementArb), {
    numRuns: RANDOM_DESIGNS,
    seed: 20261122,
  });
  random.forEach(([design, placement], i) =>
    cases.push({ label: `random design ${i}`, design, ...placement }),
  );
  // Designs read back from amplify_outputs.json (placeholder functions, owner folders and all).
  random.slice(0, 100).forEach(([design, placement], i) => {
    const outputs = renderOutputsJson(
      compileDesign(design),
      bucketPlacements(design, {}, placement.region),
    );
    const back = importOutputsJson(outputs).design!;
    cases.push({
      label: `random design ${i} read back from amplify_outputs.json`,
      design: back,
      ...placement,
    });
  });
  const files = cases.map((c, i) => writeCase(root, i, c));

  // Cases that must NOT compile, so a check that accepts everything cannot pass: the docs'
  // `@ts-expect-error` above `paths` (current types need none, so it is an unused directive), and
  // an action the types do not have (tsc then blames `paths` itself, against the oldest client
  // config type in the union: the message that made the docs reach for @ts-expect-error).
  const gen1 = files[cases.findIndex((c) => c.label === 'template gen1')]!;
  const negatives = [
    {
      why: "the docs' @ts-expect-error",
      code: 'TS2578',
      backend: gen1['amplify/backend.ts']!.replace(
        '        paths: {',
        '        // @ts-expect-error: Amplify backend type issue\n        paths: {',
      ),
    },
    {
      why: 'an unknown action in addOutput',
      code: 'TS(2322|2353)',
      backend: gen1['amplify/backend.ts']!.replace(
        "guest: ['get', 'list']",
        "guest: ['get', 'fly']",
      ),
    },
  ];
  negatives.forEach((n, i) =>
    writeCaseFiles(root, cases.length + i, { ...gen1, 'amplify/backend.ts': n.backend }),
  );

  const { byCase, seconds } = await typecheck(root);
  negatives.forEach((n, i) => {
    const found = byCase.get(cases.length + i) ?? [];
    expect(found.map((d) => `${d.file} ${d.message}`).join('\n'), n.why).toMatch(
      new RegExp(`^amplify/backend\\.ts error ${n.code}`),
    );
    byCase.delete(cases.length + i);
  });
  console.log(
    `tsc checked ${cases.length} designs (${cases.filter((c) => c.design.storages.length > 1).length} with several storages) in ${seconds.toFixed(1)} s`,
  );

  const failures = [...byCase].map(([index, diagnostics]) => {
    if (index < 0) return `tsc (no case):\n${diagnostics.map((d) => d.message).join('\n')}`;
    const c = cases[index]!;
    const where = diagnostics.map(
      (d) =>
        `  ${d.file}:${d.line}:${d.column} ${d.message}\n    > ${(files[index]![d.file] ?? '').split('\n')[d.line - 1] ?? ''}`,
    );
    return `${c.label}:\n${where.join('\n')}\n  design: ${JSON.stringify(c.design)}`;
  });
  expect(
    failures.slice(0, 5).join('\n\n'),
    `${failures.length} of ${cases.length} designs do not compile`,
  ).toBe('');
}, 180_000);
