/**
 * Path ids are identities, not data: what is saved, shared or compared is the same whether or
 * not a path was ever asked for its id, and a design read back gets fresh ids.
 */
import { describe, expect, it } from 'vitest';
import {
  adoptPathId,
  allow,
  applyEdit,
  designFromAccess,
  livePathId,
  encodeShareFragment,
  parseDesignFile,
  pathAt,
  pathIdOf,
  serializeDesignFile,
} from '..';

const make = () =>
  designFromAccess({
    'a/*': [allow.guest.to(['read'])],
    'b/{entity_id}/*': [allow.entity('identity').to(['read', 'write'])],
  });

describe('path ids', () => {
  it('leave design files and share links byte-identical', async () => {
    const withIds = make();
    withIds.storages[0]!.paths.forEach(pathIdOf);
    const tick = (granted: boolean) =>
      ({
        type: 'setGrant',
        ...pathAt(withIds, 0, 0),
        grantee: { kind: 'guest' },
        action: 'write',
        granted,
      }) as const;
    // Ticked and unticked: new entry objects (carrying the ids), the same design as data.
    const edited = applyEdit(applyEdit(withIds, tick(true)), tick(false));
    expect(edited.storages[0]!.paths[0]).not.toBe(withIds.storages[0]!.paths[0]);
    expect(serializeDesignFile(edited)).toBe(serializeDesignFile(make()));
    expect(await encodeShareFragment(edited)).toBe(await encodeShareFragment(make()));
  });

  it('a design read back from its file has the same paths under new ids', () => {
    const design = make();
    const read = parseDesignFile(serializeDesignFile(design));
    if (!read.ok) throw new Error('design file did not read back');
    expect(read.design).toEqual(design);
    const ids = (d: typeof design) => d.storages[0]!.paths.map(pathIdOf);
    expect(ids(read.design).some((id) => ids(design).includes(id))).toBe(false);
  });

  it('an earlier design (undo) still holds the entries, and so the ids, it had', () => {
    const before = make();
    const id = pathIdOf(before.storages[0]!.paths[1]!);
    const after = applyEdit(before, {
      type: 'setGrant',
      ...pathAt(before, 0, 1),
      grantee: { kind: 'owner' },
      action: 'delete',
      granted: true,
    });
    expect(pathIdOf(after.storages[0]!.paths[1]!)).toBe(id);
    expect(pathIdOf(before.storages[0]!.paths[1]!)).toBe(id);
    expect(after.storages[0]!.paths[1]).not.toBe(before.storages[0]!.paths[1]);
  });

  it('a copy of a design adopts the original ids, so its fixes address the original paths', () => {
    const design = make();
    const copy = structuredClone(design);
    copy.storages[0]!.paths.forEach((entry, i) =>
      adoptPathId(entry, pathIdOf(design.storages[0]!.paths[i]!)),
    );
    expect(copy.storages[0]!.paths.map(pathIdOf)).toEqual(design.storages[0]!.paths.map(pathIdOf));
    expect(pathAt(copy, 0, 1)).toEqual(pathAt(design, 0, 1));
  });

  it('livePathId: a path keeps its id across edits, and is found by text in an equal design', () => {
    const before = make();
    const paths = (d: typeof before) => d.storages[0]!.paths;
    const edited = applyEdit(before, { type: 'addPath', storageIndex: 0, path: 'c/*' });
    expect(livePathId(paths(before), 1, paths(edited))).toBe(pathIdOf(paths(before)[1]!));

    // Read again (as loading the same template does): new entries, new ids, the same paths.
    const again = make();
    expect(pathIdOf(paths(again)[1]!)).not.toBe(pathIdOf(paths(before)[1]!));
    expect(livePathId(paths(before), 1, paths(again))).toBe(pathIdOf(paths(again)[1]!));

    // Two entries with one path text (an error the design may hold): the same one of the two.
    const twice = designFromAccess({ 'a/*': [allow.guest.to(['read'])] });
    const dup = {
      ...twice,
      storages: [{ ...twice.storages[0]!, paths: [...paths(twice), { ...paths(twice)[0]! }] }],
    };
    const dupAgain = structuredClone(dup);
    expect(livePathId(paths(dup), 1, paths(dupAgain))).toBe(pathIdOf(paths(dupAgain)[1]!));
    expect(livePathId(paths(before), 0, paths(twice).slice(1))).toBeUndefined();
  });
});
