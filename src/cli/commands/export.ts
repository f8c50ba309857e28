import { bucketPlacements, renderIamJson, renderOutputsJson, renderResourceTs } from '../../core';
import { fileArgument, parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign, pickStorage } from '../load';

export const EXPORT_FORMATS = ['iam', 'outputs', 'resource'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportHelp = `Usage: access-matrix export FILE --format FORMAT [options]

Formats:
  iam        the IAM policy per role Amplify attaches for one storage:
             {"guest": POLICY|null, "authenticated": POLICY|null, "groups": {...}, "functions": {...}}
  outputs    a complete amplify_outputs.json with the storage part
  resource   amplify/storage/resource.ts for the design

Options:
  --format FORMAT   one of ${EXPORT_FORMATS.join(', ')} (required)
  --bucket NAME     bucket name (default: a placeholder named after the storage)
  --region REGION   region for outputs (default: us-east-1)
  --storage NAME    which storage for iam when FILE defines several (default: the default storage)
  -h, --help        show this help
`;

export async function exportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string' },
    bucket: { type: 'string' },
    region: { type: 'string' },
    storage: { type: 'string' },
  });
  if (values.help) return io.out(exportHelp), EXIT.ok;
  const format = values.format;
  if (format === undefined) throw new UsageError(`export: --format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`export: unknown --format ${JSON.stringify(format)}; expected one of ${EXPORT_FORMATS.join(', ')}`);
  }
  if (values.bucket !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(values.bucket)) {
    throw new UsageError(`export: --bucket ${JSON.stringify(values.bucket)} is not a valid S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)`);
  }
  const { design } = await loadDesign(fileArgument('export', positionals));
  const index = pickStorage(design, values.storage);
  switch (format as ExportFormat) {
    case 'iam':
      io.out(renderIamJson(design, index, values.bucket));
      break;
    case 'outputs': {
      const chosen = design.storages[index]!.name;
      const given = values.bucket ? { [chosen]: { bucketName: values.bucket } } : {};
      io.out(renderOutputsJson(design, bucketPlacements(design, given, values.region)));
      break;
    }
    case 'resource':
      io.out(renderResourceTs(design));
      break;
  }
  return EXIT.ok;
}
