import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  BUCKET_POLICY_CAVEAT,
  compileDesign,
  EXPORT_FORMATS,
  exportFormat,
  placementsFor,
  type CompiledDesign,
  type Design,
  type ExportFormat,
  type ExportOptions,
  type RoleKey,
} from '../../core';
import { REGENERATION_REASONS, unifiedDiff, writeResourceTs } from '../../core/source-edit';
import { fileArgument, parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign, pickStorage, type LoadedDesign } from '../load';

const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id);

export const exportHelp = `Usage: access-matrix export FILE --format FORMAT [options]
       access-matrix export FILE --out DIR [options]

FILE is amplify/storage/resource.ts, an Access Matrix design .json file, or an
amplify_outputs.json (read back into a design; what it cannot tell is printed to stderr).
When FILE is a resource.ts, the resource format is that file with the design written into it
as the smallest change (untouched lines, comments and style kept), not a fresh file.

Formats (--out DIR writes all of them, at these paths under DIR):
  resource       amplify/storage/resource.ts for the design
  auth           amplify/auth/resource.ts: defineAuth with the design's groups in precedence order
  backend        amplify/backend.ts that uses an EXISTING bucket for one storage: imports it,
                 declares it with addOutput and attaches each role's inline policy
  outputs        amplify_outputs.json, a complete one with the storage part
  iam            iam-policies.json: the IAM policy per role Amplify attaches for one storage:
                 {"guest": POLICY|null, "authenticated": POLICY|null, "groups": {...}, "functions": {...}}
  bucket-policy  bucket-policy.json: the existing bucket's policy letting those roles in
  cors           cors.json: Amplify's CORS rules, for aws s3api put-bucket-cors

Options:
  --format FORMAT       one of ${FORMAT_IDS.join(', ')}: print it
  --out DIR             write every format as a file under DIR and list them
  --force               with --out: overwrite files that already exist
  --bucket NAME         the storage's bucket (default: from amplify_outputs.json, else a placeholder)
  --region REGION       its region (default: from amplify_outputs.json, else us-east-1)
  --storage NAME        which storage for iam, backend and bucket-policy when FILE defines several
                        (default: the default storage)
  --role-arn ROLE=ARN   a role's ARN for bucket-policy (ROLE: guest, authenticated, group:NAME,
                        function:NAME); repeatable; others get marked placeholders
  --design DESIGN       take the design from DESIGN (a design file, resource.ts or
                        amplify_outputs.json) and write it into FILE, a resource.ts
  --patch               with --format resource and a resource.ts FILE: print the unified diff
                        against FILE instead of the file (nothing when it would not change)
  -h, --help            show this help
`;

/** What every format renders from: the design compiled once, and the chosen storage and buckets. */
interface ExportContext {
  readonly compiled: CompiledDesign;
  readonly options: ExportOptions;
}

/** `ROLE=ARN` pairs from --role-arn. */
function roleArns(values: readonly string[] | undefined): Partial<Record<RoleKey, string>> {
  const result: Partial<Record<RoleKey, string>> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    const role = value.slice(0, eq);
    const arn = value.slice(eq + 1);
    if (eq < 0 || !/^(guest|authenticated|group:.+|function:.+)$/.test(role)) {
      throw new UsageError(
        `export: --role-arn ${JSON.stringify(value)} should be ROLE=ARN with ROLE guest, authenticated, group:NAME or function:NAME`,
      );
    }
    if (!arn.startsWith('arn:'))
      throw new UsageError(
        `export: --role-arn ${JSON.stringify(value)}: ${JSON.stringify(arn)} is not an ARN`,
      );
    result[role as RoleKey] = arn;
  }
  return result;
}

export async function exportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    bucket: { type: 'string' },
    region: { type: 'string' },
    storage: { type: 'string' },
    'role-arn': { type: 'string', multiple: true },
    design: { type: 'string' },
    patch: { type: 'boolean' },
  });
  if (values.help) return (io.out(exportHelp), EXIT.ok);
  const format = values.format;
  if ((format === undefined) === (values.out === undefined)) {
    throw new UsageError(`export: give either --format (${FORMAT_IDS.join(', ')}) or --out DIR`);
  }
  const chosen = format === undefined ? undefined : exportFormat(format);
  if (format !== undefined && !chosen) {
    throw new UsageError(
      `export: unknown --format ${JSON.stringify(format)}; expected one of ${FORMAT_IDS.join(', ')}`,
    );
  }
  if (values.force && values.out === undefined)
    throw new UsageError('export: --force only goes with --out DIR');
  if (values.bucket !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(values.bucket)) {
    throw new UsageError(
      `export: --bucket ${JSON.stringify(values.bucket)} is not a valid S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)`,
    );
  }
  if (values.patch && chosen?.id !== 'resource')
    throw new UsageError('export: --patch only goes with --format resource');
  const arns = roleArns(values['role-arn']);
  // Writing into the source re-reads it (a second parse of the whole resource.ts): only when a
  // resource.ts is printed or written, not for the other formats, which need no locations either.
  const writesResource = values.patch || chosen === undefined || chosen.id === 'resource';
  const file = await loadDesign(fileArgument('export', positionals), {
    withoutLocations: !writesResource,
  });
  for (const note of file.notes) io.err(`${note}\n`);
  if ((values.patch || values.design !== undefined) && file.source === undefined)
    throw new UsageError(
      `export: --patch and --design write into a resource.ts; ${file.file} is not one`,
    );
  const loaded = values.design === undefined ? file : await loadDesign(values.design);
  if (loaded !== file) for (const note of loaded.notes) io.err(`${note}\n`);
  const storageIndex = pickStorage(loaded.design, values.storage);
  const { design } = loaded;
  const chosenName = design.storages[storageIndex]!.name;
  // --bucket and --region are about the chosen storage; the region also fills in the others'.
  const placements = placementsFor(design, {
    fromFile: loaded.placements,
    given: { [chosenName]: { bucketName: values.bucket, region: values.region } },
    region: values.region,
  });
  const source = file.source;
  const written =
    source === undefined || !writesResource ? undefined : writeResourceTs(source, design);
  for (const r of written?.regenerated ?? [])
    io.err(
      `note: ${r.scope === 'file' ? 'the whole file' : `storage ${design.storages[r.storageIndex!]!.name}`} written afresh: ${REGENERATION_REASONS[r.reason]} (${r.reason})\n`,
    );
  const ctx: ExportContext = {
    compiled: compileDesign(design),
    options: {
      storageIndex,
      placements,
      roleArns: arns,
      ...(written
        ? {
            writeIntoSource: (d: Design) =>
              d === design ? written.text : writeResourceTs(source!, d).text,
          }
        : {}),
    },
  };
  if (values.patch) {
    io.out(unifiedDiff(source!, written!.text, file.file, file.file));
    return EXIT.ok;
  }
  if (chosen) {
    io.out(render(chosen, ctx));
    if (chosen.id === 'backend' || chosen.id === 'bucket-policy')
      notesForExistingBucket(ctx, loaded, io, values.bucket !== undefined);
    return EXIT.ok;
  }
  await writeAll(values.out!, ctx, values.force === true, io);
  notesForExistingBucket(ctx, loaded, io, values.bucket !== undefined);
  return EXIT.ok;
}

/** What a person using the existing-bucket files must know before deploying them. */
function notesForExistingBucket(
  ctx: ExportContext,
  loaded: LoadedDesign,
  io: Io,
  bucketGiven: boolean,
): void {
  const { bucketName } = ctx.options.placements[ctx.options.storageIndex]!;
  if (!bucketGiven && !loaded.placements)
    io.err(
      `note: ${bucketName} is a placeholder bucket name; pass --bucket NAME (and --region REGION) for your existing bucket.\n`,
    );
  io.err(`note: ${BUCKET_POLICY_CAVEAT}\n`);
}

/** Every format as a file under `dir`; refuses to overwrite anything unless `force`. */
async function writeAll(dir: string, ctx: ExportContext, force: boolean, io: Io): Promise<void> {
  const files = EXPORT_FORMATS.map((format) => ({
    path: join(dir, format.path),
    text: render(format, ctx),
  }));
  if (!force) {
    const existing = (
      await Promise.all(files.map(async (f) => ((await exists(f.path)) ? f.path : undefined)))
    ).filter(Boolean);
    if (existing.length > 0)
      throw new UsageError(
        `export: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (use --force to overwrite)`,
      );
  }
  for (const { path, text } of files) {
    await fs.mkdir(dirname(path), { recursive: true });
    await fs.writeFile(path, text);
    io.out(`wrote ${path}\n`);
  }
  io.err(
    'note: amplify/backend.ts uses an existing bucket (nothing is created); to let Amplify create the bucket instead, keep your own backend.ts and pass it the storage from amplify/storage/resource.ts.\n',
  );
}

const render = (format: ExportFormat, { compiled, options }: ExportContext): string =>
  format.render(compiled, options);

async function exists(path: string): Promise<boolean> {
  return fs.access(path).then(
    () => true,
    () => false,
  );
}
