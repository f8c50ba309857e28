import { describe, expect, it, vi } from 'vitest';
import { importResourceTs } from '../core/import';
import { codeProblemsOf, publishCodeProblems, subscribeCodeProblems } from './code-problems';
import { createAppStore } from './create-store';

const syntaxErrors = () =>
  importResourceTs(
    "export const storage = defineStorage({ name: 'a', access: (allow) => ({ ",
  ).problems.filter((p) => p.severity === 'error');

describe('code problems: what the code editor cannot read, per app', () => {
  it('are published, read and cleared; listeners hear each change once', () => {
    const store = createAppStore();
    const heard = vi.fn();
    const stop = subscribeCodeProblems(store, heard);
    expect(codeProblemsOf(store).errors).toEqual([]);
    const errors = syntaxErrors();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.code).toBe('syntax-error');
    publishCodeProblems(store, { errors });
    expect(codeProblemsOf(store).errors).toBe(errors);
    publishCodeProblems(store, { errors: [] });
    publishCodeProblems(store, { errors: [] }); // nothing to say: no second call
    expect(codeProblemsOf(store).errors).toEqual([]);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    publishCodeProblems(store, { errors });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('belong to one app store, not to every store on the page', () => {
    const one = createAppStore();
    const other = createAppStore();
    publishCodeProblems(one, { errors: syntaxErrors() });
    expect(codeProblemsOf(other).errors).toEqual([]);
  });
});
