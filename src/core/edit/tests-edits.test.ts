/** Access tests are edited like the rest of the design: pure edits that keep untouched objects. */
import { describe, expect, it } from 'vitest';
import { allow, applyEdit, designFromAccess, type AccessTest } from '..';

const design = designFromAccess({ 'media/*': [allow.guest.to(['read'])] });
const a: AccessTest = { who: 'guest', actions: ['write'], where: '*', expect: 'deny' };
const b: AccessTest = { who: 'guest', actions: ['get'], where: 'media/x', expect: 'allow' };

describe('test edits', () => {
  it('add, replace, remove; out of range or empty changes nothing', () => {
    const one = applyEdit(design, { type: 'addTests', tests: [a] });
    expect(one.tests).toEqual([a]);
    expect(one.storages).toBe(design.storages);
    const two = applyEdit(one, { type: 'addTests', tests: [b] });
    expect(two.tests).toEqual([a, b]);
    expect(applyEdit(two, { type: 'replaceTest', index: 0, test: b }).tests).toEqual([b, b]);
    expect(applyEdit(two, { type: 'removeTest', index: 0 }).tests).toEqual([b]);
    expect(applyEdit(two, { type: 'removeTest', index: 5 })).toBe(two);
    expect(applyEdit(design, { type: 'replaceTest', index: 0, test: a })).toBe(design);
    expect(applyEdit(design, { type: 'addTests', tests: [] })).toBe(design);
  });
});
