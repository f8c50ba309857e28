import type { CompiledDesign } from '../compile/compile-design';
import type { RoleKey } from '../compile/roles';
import { renderAuthHint } from '../export/auth-ts';
import { renderBackendTs } from '../export/backend-ts';
import { renderBucketPolicy } from '../export/bucket-policy';
import { renderCors } from '../export/cors';
import { renderIamJson, renderOutputsJson } from '../export/render';
import { renderResourceTs } from '../export/resource-ts';
import type { Design } from '../model/types';
import type { BucketPlacement } from '../outputs/outputs';

/** What the per-storage formats need beyond the compiled design. */
export interface ExportOptions {
  /** The storage that iam, backend and bucket-policy are about. */
  readonly storageIndex: number;
  /** Each storage's bucket and region (same indices as `design.storages`; see placementsFor). */
  readonly placements: readonly BucketPlacement[];
  /** Role ARNs for bucket-policy; the others get marked placeholders. */
  readonly roleArns?: Readonly<Partial<Record<RoleKey, string>>>;
  /**
   * When the design came from the user's resource.ts: writes the design into that file as the
   * smallest change (core/source-edit's writeResourceTs bound to the file's text), which `resource`
   * then prints instead of a fresh file. Passed in, so that this registry does not carry the
   * resource.ts parser (a lazy chunk in the app).
   */
  readonly writeIntoSource?: (design: Design) => string;
}

export type ExportFormatId =
  'resource' | 'auth' | 'backend' | 'outputs' | 'iam' | 'bucket-policy' | 'cors';

/** One file the project writes from a design. */
export interface ExportFormat {
  /** The CLI's `--format` value. */
  readonly id: ExportFormatId;
  /** Where `export --out DIR` writes it: Amplify's usual place where it has one. */
  readonly path: string;
  readonly mediaType: 'text/typescript' | 'application/json';
  /** Whether it is about one storage (`options.storageIndex`) rather than the whole design. */
  readonly perStorage: boolean;
  /** The name a downloaded copy gets. */
  fileName(design: Design, storageIndex: number): string;
  /** The exact text: the CLI prints it and the app shows and downloads the same bytes. */
  render(compiled: CompiledDesign, options: ExportOptions): string;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function format(
  id: ExportFormatId,
  path: string,
  perStorage: boolean,
  render: ExportFormat['render'],
  fileName: ExportFormat['fileName'] = () => baseName(path),
): ExportFormat {
  const mediaType = path.endsWith('.ts') ? 'text/typescript' : 'application/json';
  return { id, path, mediaType, perStorage, fileName, render };
}

const bucketOf = (options: ExportOptions) => options.placements[options.storageIndex]!;

/**
 * Every export, in the order `export --out DIR` writes them. To add one: a renderer over the
 * compiled design in core/export, an entry here, its line in the CLI's help; the app lists the
 * ones it shows in ui/exports/export-files.ts.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  format('resource', 'amplify/storage/resource.ts', false, ({ design }, { writeIntoSource }) =>
    writeIntoSource ? writeIntoSource(design) : renderResourceTs(design),
  ),
  format('auth', 'amplify/auth/resource.ts', false, ({ design }) => renderAuthHint(design)),
  format('backend', 'amplify/backend.ts', true, (compiled, options) => {
    const { bucketName, region } = bucketOf(options);
    return renderBackendTs(compiled, { bucketName, region, storageIndex: options.storageIndex });
  }),
  format('outputs', 'amplify_outputs.json', false, (compiled, { placements }) =>
    renderOutputsJson(compiled, placements),
  ),
  format(
    'iam',
    'iam-policies.json',
    true,
    (compiled, options) =>
      renderIamJson(compiled, options.storageIndex, bucketOf(options).bucketName),
    // Per storage: the storage's name keeps downloads of several storages apart.
    (design, i) =>
      `${(design.storages[i]?.name ?? 'storage').replace(/[^\w.-]+/g, '-')}-iam-policies.json`,
  ),
  format('bucket-policy', 'bucket-policy.json', true, (compiled, options) =>
    renderBucketPolicy(compiled, {
      bucketName: bucketOf(options).bucketName,
      roleArns: options.roleArns ?? {},
      storageIndex: options.storageIndex,
    }),
  ),
  format('cors', 'cors.json', false, () => renderCors()),
];

/** The format with this id (`--format` value), or undefined. */
export const exportFormat = (id: string): ExportFormat | undefined =>
  EXPORT_FORMATS.find((f) => f.id === id);
