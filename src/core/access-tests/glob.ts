import { compilePattern } from '../access/iam-pattern';
import { OWNER_VARIABLE } from '../paths/tokens';

/** One UTF-16 unit to match, or IAM's `?` (any one unit) or `*` (any run, `/` included). */
export type GlobToken = number | typeof ANY | typeof STAR;
export const ANY = -1;
export const STAR = -2;

/**
 * An IAM pattern as a list of single-unit tokens, its policy variables resolved for one caller.
 * Units, not code points, because the policy matcher (access/iam-pattern.ts) and `decide` count
 * in units too: the exact search must agree with them key for key.
 */
export interface Glob {
  readonly tokens: readonly GlobToken[];
  /** For each position, whether the tokens from there on are one or more `*` (then any tail matches). */
  readonly tailIsStars: readonly boolean[];
  /** The literal text before the first `?` or `*`: every key the glob matches starts with it. */
  readonly lead: string;
}

const OWNER_NAME = OWNER_VARIABLE.slice(2, -1);

/**
 * The glob IAM tests for this caller, or null when the pattern names a variable the request does
 * not provide (IAM then matches nothing with it, in an Allow or a Deny alike). `${*}`, `${?}` and
 * `${$}` are already literal characters after `compilePattern`.
 */
export function globOf(pattern: string, identityId: string | undefined): Glob | null {
  const tokens: GlobToken[] = [];
  for (const token of compilePattern(pattern).tokens) {
    if (token.kind === 'star') tokens.push(STAR);
    else if (token.kind === 'one') tokens.push(ANY);
    else {
      const text =
        token.kind === 'literal'
          ? token.text
          : token.name === OWNER_NAME && identityId !== undefined
            ? identityId
            : null;
      if (text === null) return null;
      for (let i = 0; i < text.length; i++) tokens.push(text.charCodeAt(i));
    }
  }
  return globFromTokens(tokens);
}

/** A literal prefix as a glob that accepts it and everything after it (`prefix*`). */
export function prefixGlob(prefix: string): Glob {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < prefix.length; i++) tokens.push(prefix.charCodeAt(i));
  tokens.push(STAR);
  return globFromTokens(tokens);
}

function globFromTokens(tokens: GlobToken[]): Glob {
  // At the very end only the text read so far matches: that is not "any tail".
  const tailIsStars = new Array<boolean>(tokens.length + 1).fill(false);
  for (let i = tokens.length - 1; i >= 0 && tokens[i] === STAR; i--) tailIsStars[i] = true;
  const wild = tokens.findIndex((t) => t < 0);
  const lead = String.fromCharCode(
    ...(tokens.slice(0, wild < 0 ? tokens.length : wild) as number[]),
  );
  return { tokens, tailIsStars, lead };
}

/** The glob's positions reachable without reading: a `*` may match nothing. */
export function closure(glob: Glob, positions: readonly number[]): number[] {
  const out = new Set<number>();
  for (let p of positions) {
    out.add(p);
    while (glob.tokens[p] === STAR) out.add(++p);
  }
  return [...out].sort((a, b) => a - b);
}

/** The positions after reading one unit (a set of NFA states, closed; empty: the glob is dead). */
export function step(glob: Glob, positions: readonly number[], unit: number): number[] {
  const next: number[] = [];
  for (const p of positions) {
    const token = glob.tokens[p];
    if (token === undefined) continue;
    if (token === STAR) next.push(p);
    else if (token === ANY || token === unit) next.push(p + 1);
  }
  return next.length === 0 ? next : closure(glob, next);
}

/** Whether the text read so far matches the glob. */
export const accepts = (glob: Glob, positions: readonly number[]): boolean =>
  positions[positions.length - 1] === glob.tokens.length;

/** Whether the text read so far and every extension of it match the glob. */
export const acceptsEveryTail = (glob: Glob, positions: readonly number[]): boolean =>
  positions.some((p) => glob.tailIsStars[p]);

/** The literal units that could be read next (every other unit behaves alike for this glob). */
export function nextUnits(glob: Glob, positions: readonly number[], into: Set<number>): void {
  for (const p of positions) {
    const token = glob.tokens[p];
    if (token !== undefined && token >= 0) into.add(token);
  }
}

/** Longest run of consecutive `?` in any of these IAM patterns (generic identity ids are longer). */
export function longestAnyRun(patterns: readonly string[]): number {
  let longest = 0;
  for (const pattern of patterns) {
    let run = 0;
    for (const token of compilePattern(pattern).tokens) {
      run = token.kind === 'one' ? run + 1 : 0;
      if (run > longest) longest = run;
    }
  }
  return longest;
}

/**
 * Whether some key starting with `prefix` could match the glob: its literal lead and the prefix
 * must agree as far as both go. Dropping the other globs before a search is exact, and keeps a
 * test about one folder from walking every pattern of a large design.
 */
export const canMatchUnder = (glob: Glob, prefix: string): boolean =>
  glob.lead.length <= prefix.length ? prefix.startsWith(glob.lead) : glob.lead.startsWith(prefix);
