/**
 * Deterministic, valid designs of a given number of paths, shaped like real projects: top-level
 * folders with a few subpaths each, owner folders, groups and a function.
 */
import { allow, applyEdit, designFromAccess, pathIdOf, type Design, type Rule } from '../src/core';

/** Small seeded PRNG (mulberry32) so every run benchmarks the same designs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedDesign(paths: number, seed = 1): Design {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const record: [string, Rule[]][] = [];
  let folder = 0;
  while (record.length < paths) {
    folder++;
    if (rnd() < 0.2) {
      record.push([
        `users${folder}/{entity_id}/*`,
        [
          allow.entity('identity').to(['read', 'write', 'delete']),
          ...(rnd() < 0.5 ? [allow.authenticated.to(['read'])] : []),
        ],
      ]);
      continue;
    }
    record.push([
      `folder${folder}/*`,
      [
        allow.authenticated.to(pick([['read'], ['read', 'write'], ['read', 'write', 'delete']])),
        ...(rnd() < 0.3 ? [allow.guest.to(['read'])] : []),
      ],
    ]);
    const children = Math.floor(rnd() * 4);
    for (let c = 0; c < children && record.length < paths; c++) {
      const rules: Rule[] = [];
      if (rnd() < 0.5)
        rules.push(allow.groups([pick(['admin', 'auditor'])]).to(['read', 'write', 'delete']));
      if (rnd() < 0.4) rules.push(allow.guest.to(['read']));
      if (rnd() < 0.3) rules.push(allow.resource('resizer').to(['get', 'write']));
      if (rules.length === 0) rules.push(allow.authenticated.to(['read']));
      record.push([`folder${folder}/sub${c}/*`, rules]);
    }
  }
  return designFromAccess(record, { groups: ['admin', 'auditor'] });
}

/**
 * `design` and `count - 1` designs after it, each one tick (the guest's delete set or cleared) on
 * a different path than the one before: what a run of edits hands to what keeps texts by reference.
 */
export function tickedDesigns(design: Design, count: number): Design[] {
  const out = [design];
  const paths = design.storages[0]!.paths;
  for (let i = 1; i < count; i++) {
    const previous = out[i - 1]!;
    const path = previous.storages[0]!.paths[(i * 7) % paths.length]!;
    out.push(
      applyEdit(previous, {
        type: 'setGrant',
        storageIndex: 0,
        pathId: pathIdOf(path),
        grantee: { kind: 'guest' },
        action: 'delete',
        granted: i % 2 === 1,
      }),
    );
  }
  return out;
}
