import { exportFormat, type ExportFormat, type ExportFormatId } from '../../core';

/** An export the panel shows: a format of core's registry with its tab and download button. */
export interface ExportFile {
  readonly id: ExportFormatId;
  readonly format: ExportFormat;
  readonly tab: string;
  /** The download button's name (a contract the e2e tests use). */
  readonly action: string;
  readonly language: 'typescript' | 'json';
}

function shown(id: ExportFormatId, tab: string): ExportFile {
  const format = exportFormat(id)!;
  const language = format.mediaType === 'text/typescript' ? 'typescript' : 'json';
  return { id, format, tab, action: `Download ${tab}`, language };
}

/**
 * The exports the app shows, rendered by core's EXPORT_FORMATS: byte-for-byte what the CLI
 * prints for the same design and settings. (The others are CLI files for an existing bucket.)
 */
export const EXPORT_FILES: readonly ExportFile[] = [
  shown('resource', 'resource.ts'),
  shown('iam', 'IAM policies'),
  shown('outputs', 'amplify_outputs.json'),
];
