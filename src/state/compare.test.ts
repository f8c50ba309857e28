import { describe, expect, it } from 'vitest';
import { encodeShareFragment, renderResourceTs, serializeDesignFile } from '../core';
import { readBaseline } from './compare-source';
import {
  deleteVersion,
  listVersions,
  saveVersion,
  VERSIONS_KEY,
  VERSIONS_LIMIT,
} from './compare-versions';
import { TEMPLATES } from './templates';

/** localStorage as a Map; `full` makes every write throw, as a full quota does. */
function memoryStorage(full = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

const gen1 = TEMPLATES.gen1.design();
const groups = TEMPLATES.groups.design();

describe('saved versions', () => {
  it('lists newest first, numbers them, and deletes by id', () => {
    const storage = memoryStorage();
    const first = saveVersion(gen1, { now: new Date('2026-01-02T10:00:00Z') }, storage)!;
    const second = saveVersion(groups, {}, storage)!;
    expect([first.name, second.name]).toEqual(['Version 1', 'Version 2']);
    expect(listVersions(storage).map((v) => [v.name, v.design])).toEqual([
      ['Version 2', groups],
      ['Version 1', gen1],
    ]);
    expect(listVersions(storage)[1]!.savedAt).toBe('2026-01-02T10:00:00.000Z');
    deleteVersion(first.id, storage);
    expect(listVersions(storage).map((v) => v.name)).toEqual(['Version 2']);
    expect(saveVersion(gen1, { name: '  before review ' }, storage)!.name).toBe('before review');
  });

  it(`keeps the newest ${VERSIONS_LIMIT}`, () => {
    const storage = memoryStorage();
    for (let i = 0; i < VERSIONS_LIMIT + 3; i++) saveVersion(gen1, {}, storage);
    const names = listVersions(storage).map((v) => v.name);
    expect(names).toHaveLength(VERSIONS_LIMIT);
    expect(names[0]).toBe(`Version ${VERSIONS_LIMIT + 3}`);
  });

  it('survives damaged storage and refused writes', () => {
    const storage = memoryStorage();
    storage.setItem(VERSIONS_KEY, '{not json');
    expect(listVersions(storage)).toEqual([]);
    storage.setItem(
      VERSIONS_KEY,
      JSON.stringify({
        version: 1,
        items: [
          { id: 'a', name: 'bad', savedAt: '', designFile: { format: 'nope' } },
          { id: 'b', name: 'good', savedAt: '', designFile: JSON.parse(serializeDesignFile(gen1)) },
        ],
      }),
    );
    expect(listVersions(storage).map((v) => v.name)).toEqual(['good']);
    expect(saveVersion(gen1, {}, memoryStorage(true))).toBeNull();
    expect(listVersions(undefined)).toEqual([]);
  });
});

describe('readBaseline', () => {
  it('reads a share link, whole or as its fragment', async () => {
    const fragment = await encodeShareFragment(groups);
    for (const text of [
      `https://example.com/app/?x=1#${fragment}`,
      fragment,
      `#${fragment}`,
      ` ${fragment}\n`,
    ])
      expect(await readBaseline(text)).toMatchObject({
        ok: true,
        baseline: { label: 'the share link', design: groups },
      });
  });

  it('explains links that hold no design or a damaged one', async () => {
    expect(await readBaseline('https://example.com/app/')).toMatchObject({
      ok: false,
      error: /no #d1/,
    });
    expect(await readBaseline('https://example.com/app/#d1.AAAA')).toMatchObject({
      ok: false,
      error: /damaged/,
    });
  });

  it('reads what the importer reads, named by the file', async () => {
    expect(await readBaseline(renderResourceTs(gen1))).toMatchObject({
      ok: true,
      baseline: { label: 'the pasted resource.ts', design: gen1 },
    });
    expect(await readBaseline(serializeDesignFile(gen1), 'old.json')).toMatchObject({
      ok: true,
      baseline: { label: 'old.json', design: gen1 },
    });
    expect(
      await readBaseline(
        "export const storage = defineStorage({ name: 'x', access: (allow) => ({ 'a/*': [ }) });",
      ),
    ).toMatchObject({
      ok: false,
      error: /^line 1: /,
    });
  });
});
