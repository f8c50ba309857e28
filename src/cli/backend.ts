import { promises as fs, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Design } from '../core';
import {
  backendTsViews,
  designViews,
  type BackendBucketViews,
  type DesignBucketViews,
} from '../core/client-view';
import { importBackendTs, type BackendTsImport } from '../core/import/backend-ts';
import { importResourceTs, type ResourceTsImport } from '../core/import';
import { InputError } from './errors';
import { stripBom } from './load';

/** A resource.ts that backend.ts's defineBackend uses (read when given the amplify/ folder). */
export interface LoadedResource {
  readonly file: string;
  readonly imported: ResourceTsImport;
  /** One per storage of the design. */
  readonly views: readonly DesignBucketViews[];
}

/** amplify/backend.ts read, with both views of every bucket, and the resource.ts files it names. */
export interface LoadedBackend {
  readonly file: string;
  readonly imported: BackendTsImport;
  readonly views: readonly BackendBucketViews[];
  readonly resources: readonly LoadedResource[];
}

async function readText(file: string): Promise<string> {
  try {
    return stripBom(await fs.readFile(file, 'utf8'));
  } catch (e) {
    throw new InputError(
      `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Whether FILE is read as backend.ts: the amplify/ folder, a file named backend.ts, or a file that
 * calls defineBackend and has no defineStorage. Reads synchronously: `check` asks this on every run,
 * before anything else is read, and node:fs/promises costs about 1 ms of CPU to load (its
 * promises are reached through `fs.promises`, which loads them only when first used).
 */
export async function isBackendInput(path: string): Promise<boolean> {
  if (isDirectory(path)) return true;
  if (basename(path) === 'backend.ts') return true;
  const text = readOrEmpty(path);
  return /\bdefineBackend\s*\(/.test(text) && !/\bdefineStorage\s*\(/.test(text);
}

/** The views of a design's storages, each path entry placed at its resource.ts key. */
function resourceViews(design: Design, imported: ResourceTsImport): DesignBucketViews[] {
  return design.storages.map((storage, index) => {
    const located = imported.locations.storages[index];
    return designViews(design, index, {
      entry: (prefix) => {
        // The `paths` prefix is the path with its token substituted: find the path it came from.
        const i = storage.paths.findIndex(
          (p) =>
            p.path === prefix ||
            p.path.replace('{entity_id}', '${cognito-identity.amazonaws.com:sub}') === prefix ||
            p.path.replace('{entity_id}', '*') === prefix ||
            p.path.replace('/{entity_id}/*', '/*') === prefix,
        );
        return located?.paths[i]?.key ?? located?.call;
      },
    });
  });
}

/** Reads backend.ts (or amplify/backend.ts and the storage resources its defineBackend imports). */
export async function loadBackend(path: string): Promise<LoadedBackend> {
  const folder = (await isDirectory(path)) ? path : undefined;
  const file = folder ? join(folder, 'backend.ts') : path;
  const imported = importBackendTs(await readText(file));
  const fatal = imported.problems.filter((p) => p.severity === 'error');
  const nothing =
    imported.buckets.length === 0 &&
    imported.policies.length === 0 &&
    imported.bucketRefs.length === 0 &&
    imported.resources.length === 0;
  if (nothing)
    throw new InputError(
      fatal.map((p) => `${file}:${p.loc.line}:${p.loc.column}: ${p.message}`).join('\n') ||
        `${file}: nothing to read`,
    );
  const resources: LoadedResource[] = [];
  if (folder) {
    for (const r of imported.resources) {
      if (!r.from?.startsWith('.')) continue;
      const target = resolve(dirname(file), r.from.endsWith('.ts') ? r.from : `${r.from}.ts`);
      const text = await fs.readFile(target, 'utf8').catch(() => undefined);
      if (text === undefined || !/\bdefineStorage\s*\(/.test(text)) continue;
      const resource = importResourceTs(stripBom(text));
      resources.push({
        file: target,
        imported: resource,
        views: resource.design ? resourceViews(resource.design, resource) : [],
      });
    }
  }
  return { file, imported, views: backendTsViews(imported), resources };
}
