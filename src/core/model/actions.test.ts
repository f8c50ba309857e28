import { expect, it } from 'vitest';
import { expandActions } from './actions';

it('expands read to get + list, keeps first-occurrence order, drops duplicates and unknowns', () => {
  expect(expandActions(['read'])).toEqual(['get', 'list']);
  expect(expandActions(['write', 'read', 'delete'])).toEqual(['write', 'get', 'list', 'delete']);
  expect(expandActions(['list', 'read', 'get', 'list'])).toEqual(['list', 'get']);
  expect(expandActions(['read', 'fly', 'write', 'write'])).toEqual(['get', 'list', 'write']);
  expect(expandActions([])).toEqual([]);
});
