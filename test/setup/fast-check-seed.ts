/**
 * One fast-check seed per commit. A property run that finds a bug must fail the same way on every
 * machine that tests that commit (the author's, CI's fresh clone), so that what CI reports can be
 * replayed here and what passed here does not fail there by chance; each new commit still explores
 * new cases. `FC_SEED=<n>` replays a run; `FC_SEED=random` draws a fresh seed per run (long searches).
 * Tests that name their own seed keep it.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';

function commitSeed(): number | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: 'pipe' });
    return Number.parseInt(head.trim().slice(0, 8), 16) | 0;
  } catch {
    return undefined; // not a git checkout (e.g. an unpacked tarball): fast-check's own random seed
  }
}

function seedFromEnv(value: string | undefined): number | undefined | 'random' {
  if (value === undefined || value === '') return undefined;
  if (value === 'random') return 'random';
  const seed = Number(value);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be an integer or "random", not ${value}`);
  return seed | 0;
}

const fromEnv = seedFromEnv(process.env.FC_SEED);
const seed = fromEnv === 'random' ? undefined : (fromEnv ?? commitSeed());
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
