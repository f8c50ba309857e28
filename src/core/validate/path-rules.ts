import { accessRecordEntries } from '../model/access-record';
import type { PathEntry, Storage } from '../model/types';
import { definedPrefixes } from '../paths/defined-prefixes';
import { ENTITY_TOKEN } from '../paths/tokens';
import { finding, pathAddress, quote, type Finding, type Fix } from './finding';
import { mergeDuplicatePath } from './merge-paths';
import { tooDeepFixes } from './nesting-fixes';
import { ownerMoveFixes, ownerTokenNotLastFixes, ownerUnderParentFix } from './owner-fixes';

/** Spec §2 rules 1-7 (and duplicate keys) for every path of one storage: all findings, not the first. */
export function validatePaths(storage: Storage, storageIndex: number): Finding[] {
  const findings: Finding[] = [];
  const recordKeys = accessRecordEntries(storage.paths).map((e) => e.entry.path);
  const prefixes = definedPrefixes(recordKeys);
  const seen = new Map<string, PathEntry>();
  storage.paths.forEach((entry, pathIndex) => {
    const { path } = entry;
    const at = { storageIndex, pathIndex, path };
    const rename = (title: string, to: string): Fix => ({
      title,
      edits: [{ type: 'renamePath', ...pathAddress(storageIndex, entry), path: to }],
    });
    const first = seen.get(path);
    if (first) {
      findings.push(
        finding(
          'path-duplicate',
          `The path ${quote(path)} is defined more than once; an object literal keeps only the last one.`,
          at,
          {
            title: `Merge into the first ${quote(path)}`,
            edits: mergeDuplicatePath(storageIndex, first, entry),
          },
        ),
      );
    } else seen.set(path, entry);
    if (path.startsWith('/')) {
      findings.push(
        finding(
          'path-leading-slash',
          `Storage access paths must not start with "/". Found ${quote(path)}.`,
          at,
          rename('Remove the leading "/"', path.replace(/^\/+/, '')),
        ),
      );
    }
    if (!path.endsWith('/*')) {
      findings.push(
        finding(
          'path-missing-wildcard-suffix',
          `Storage access paths must end with "/*". Found ${quote(path)}.`,
          at,
          rename('End the path with "/*"', withWildcardSuffix(path)),
        ),
      );
    }
    if (path.includes('//')) {
      findings.push(
        finding(
          'path-double-slash',
          `Paths cannot contain "//". Found ${quote(path)}.`,
          at,
          rename('Collapse "//" into "/"', path.replace(/\/{2,}/g, '/')),
        ),
      );
    }
    // Rule 4 is about a "*" that is there: Amplify's `indexOf('*') < length - 1` is also true for a
    // path with no "*" at all, but Amplify has already thrown rule 2 for it, so it never says so.
    if (path.includes('*') && path.indexOf('*') < path.length - 1) {
      findings.push(
        finding(
          'path-inner-wildcard',
          `Wildcards are only allowed as the final part of a path. Found ${quote(path)}.`,
          at,
        ),
      );
    }
    const others = prefixes.get(path) ?? [];
    if (others.length > 1) {
      findings.push(
        finding(
          'path-too-deep',
          `Only one other path may be a prefix of a path (one level of nesting). ${quote(path)} has ${others.length}: ${others.map(quote).join(', ')}.`,
          at,
          tooDeepFixes(storage, storageIndex, entry, others),
        ),
      );
    }
    const ownerFix = () => {
      const fold = ownerUnderParentFix(storage, storageIndex, entry, others);
      return fold ? [fold] : ownerMoveFixes(storage, storageIndex, entry);
    };
    const notLast = () => ownerTokenNotLastFixes(storage, storageIndex, entry);
    findings.push(...ownerTokenFindings(path, others, at, ownerFix, notLast));
  });
  return findings;
}

function withWildcardSuffix(path: string): string {
  if (path.endsWith('/')) return `${path}*`;
  if (path.endsWith('*')) return `${path.replace(/\*+$/, '')}/*`.replace(/\/{2,}\*$/, '/*');
  return `${path}/*`;
}

function ownerTokenFindings(
  path: string,
  others: readonly string[],
  at: { storageIndex: number; pathIndex: number; path: string },
  ownerFix: () => readonly Fix[],
  notLastFixes: () => readonly Fix[],
): Finding[] {
  if (!path.includes(ENTITY_TOKEN)) return [];
  const findings: Finding[] = [];
  if (others.length > 0) {
    findings.push(
      finding(
        'path-owner-has-prefix',
        `A path with ${ENTITY_TOKEN} may not have another path as its prefix. ${quote(path)} has ${others.map(quote).join(', ')}.`,
        at,
        ownerFix(),
      ),
    );
  }
  const parts = path.split(ENTITY_TOKEN);
  if (parts.length > 2) {
    findings.push(
      finding(
        'path-owner-token-repeated',
        `The ${ENTITY_TOKEN} token can only appear once in a path. Found ${quote(path)}.`,
        at,
      ),
    );
  }
  const before = parts[0] ?? '';
  const after = parts[1] ?? '';
  if (after !== '/*') {
    findings.push(
      finding(
        'path-owner-token-not-last',
        `The ${ENTITY_TOKEN} token must be the path part right before the ending "/*". Found ${quote(path)}.`,
        at,
        notLastFixes(),
      ),
    );
  }
  if (before === '') {
    findings.push(
      finding(
        'path-owner-token-first',
        `The ${ENTITY_TOKEN} token must not be the first path part (e.g. "private/${ENTITY_TOKEN}/*"). Found ${quote(path)}.`,
        at,
      ),
    );
  } else if (!before.endsWith('/')) {
    findings.push(
      finding(
        'path-owner-token-not-alone',
        `The path part with ${ENTITY_TOKEN} cannot include any other characters. Found ${quote(path)}.`,
        at,
      ),
    );
  }
  return findings;
}
