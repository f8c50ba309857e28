import type { Design } from '../../core';
import { iamJsonOf, outputsJsonOf, resourceTsOf, type BucketSettings } from '../../state';

export interface ExportFile {
  readonly id: 'resource' | 'iam' | 'outputs';
  readonly tab: string;
  /** The download button's name (a contract the e2e tests use). */
  readonly action: string;
  readonly language: 'typescript' | 'json';
  readonly mime: string;
  fileName(design: Design, storageIndex: number): string;
  /** Rendered on demand: only the visible one on each edit, the others when downloaded. */
  render(design: Design, storageIndex: number, bucket: BucketSettings): string;
}

const storageName = (design: Design, storageIndex: number) =>
  design.storages[storageIndex]?.name ?? 'storage';

/** The three exports, byte-for-byte what the CLI prints for the same design and settings. */
export const EXPORT_FILES: readonly ExportFile[] = [
  {
    id: 'resource',
    tab: 'resource.ts',
    action: 'Download resource.ts',
    language: 'typescript',
    mime: 'text/typescript',
    fileName: () => 'resource.ts',
    render: (design) => resourceTsOf(design),
  },
  {
    id: 'iam',
    tab: 'IAM policies',
    action: 'Download IAM policies',
    language: 'json',
    mime: 'application/json',
    fileName: (design, i) =>
      `${storageName(design, i).replace(/[^\w.-]+/g, '-')}-iam-policies.json`,
    render: (design, i, bucket) =>
      iamJsonOf(design, i, bucket.bucketNames[storageName(design, i)] ?? ''),
  },
  {
    id: 'outputs',
    tab: 'amplify_outputs.json',
    action: 'Download amplify_outputs.json',
    language: 'json',
    mime: 'application/json',
    fileName: () => 'amplify_outputs.json',
    render: (design, _i, bucket) => outputsJsonOf(design, bucket),
  },
];
