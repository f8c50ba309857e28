import type { Design, Storage } from '../../model/types';
import { START_OF_FILE, type SourceLocation } from '../../text/positions';
import type { OutputsContext } from '../outputs-json/context';
import type { OutputsPath } from '../outputs-json/read-storage';
import { rebuildPaths } from '../outputs-json/rebuild-paths';
import type { ImportProblem } from '../resource-ts/types';
import type { BackendTsImport } from './types';

/** A design read back from backend.ts, and what its `paths` alone cannot tell. */
export interface BackendTsDesign {
  /** One storage per addOutput bucket that has `paths`; null when there is none. */
  readonly design: Design | null;
  /** Warnings from rebuilding the access records (e.g. an access key no rule writes), located. */
  readonly problems: ImportProblem[];
}

/** amplify_outputs.json's reader reports by JSON pointer: here each pointer names a place in backend.ts. */
function contextOver(places: ReadonlyMap<string, SourceLocation>): OutputsContext {
  const problems: ImportProblem[] = [];
  const loc = (pointer: string) => places.get(pointer) ?? START_OF_FILE;
  const report =
    (severity: ImportProblem['severity']) => (code: string, pointer: string, message: string) =>
      void problems.push({ code, severity, message, loc: loc(pointer) });
  return { problems, loc, error: report('error'), warn: report('warning') };
}

/**
 * The design a backend.ts stands for, read from its `paths` exactly as an amplify_outputs.json
 * import reads them (owner keys onto `{entity_id}` paths, `groupsNAME` keys as group rules, the
 * cut `x/*` of an owner folder back onto it): a design that compiles to the same `paths` and the
 * same guest, authenticated and group policies. Function rules are not in `paths`; the file's
 * function policies are kept in the server view instead.
 */
export function designFromBackendTs(imported: BackendTsImport): BackendTsDesign {
  const places = new Map<string, SourceLocation>();
  const ctx = contextOver(places);
  const storages: Storage[] = imported.buckets.map((bucket, b) => {
    if (!bucket.paths) return { name: bucket.name, hasAccess: false, paths: [] };
    const entries: OutputsPath[] = bucket.paths.map((entry, e) => {
      const pointer = `/${b}/${e}`;
      places.set(pointer, entry.loc);
      const access = entry.access.map((a, i) => {
        places.set(`${pointer}/${i}`, a.loc);
        return { key: a.key, actions: a.actions, pointer: `${pointer}/${i}` };
      });
      return { prefix: entry.prefix, access, empty: access.length === 0, pointer };
    });
    return { name: bucket.name, hasAccess: true, paths: rebuildPaths(ctx, entries).paths };
  });
  if (storages.length === 0) return { design: null, problems: ctx.problems };
  const top = imported.defaultBucket;
  const marked =
    storages.length > 1 && top
      ? storages.map((s, i) =>
          imported.buckets[i]?.bucketName === top.bucketName ? { ...s, isDefault: true } : s,
        )
      : storages;
  return {
    design: { storages: marked, groups: [...imported.groups], functions: [...imported.functions] },
    problems: ctx.problems,
  };
}
