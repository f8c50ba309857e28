import { OWNER_VARIABLE } from '../paths/tokens';

/** What IAM knows about the caller when it resolves policy variables. */
export interface RequestContext {
  /** `${cognito-identity.amazonaws.com:sub}`: the caller's identity-pool id. */
  readonly identityId?: string;
}

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'star' }
  | { readonly kind: 'one' }
  | { readonly kind: 'variable'; readonly name: string };

/**
 * An IAM string pattern (Resource ARN or StringLike value) split into tokens once: `*` matches
 * any run of characters (including `/`), `?` any single character, `${var}` is a policy variable
 * (`${*}`, `${?}`, `${$}` are the escapes for the literal characters, folded into the text here).
 * The policy index keeps these, so deciding a request parses nothing.
 */
export interface CompiledPattern {
  readonly tokens: readonly Token[];
  /** Whether some token is a variable the request must provide. */
  readonly variables: boolean;
}

const STAR: Token = { kind: 'star' };
const ONE: Token = { kind: 'one' };
const ESCAPES = new Set(['*', '?', '$']);

export function compilePattern(pattern: string): CompiledPattern {
  const tokens: Token[] = [];
  // Literal text is sliced out in runs, not built a character at a time: the matrix compiles
  // thousands of patterns, and a string per character was most of its garbage.
  let literal = '';
  let from = 0; // where the run of literal characters not yet in `literal` starts
  const flush = (to: number) => {
    literal += pattern.slice(from, to);
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charCodeAt(i);
    if (ch === 36 /* $ */ && pattern.charCodeAt(i + 1) === 123 /* { */) {
      const end = pattern.indexOf('}', i + 2);
      if (end > 0) {
        const name = pattern.slice(i + 2, end);
        if (ESCAPES.has(name)) literal += pattern.slice(from, i) + name;
        else {
          flush(i);
          tokens.push({ kind: 'variable', name });
        }
        i = end;
        from = end + 1;
        continue;
      }
    }
    if (ch === 42 /* * */ || ch === 63 /* ? */) {
      flush(i);
      tokens.push(ch === 42 ? STAR : ONE);
      from = i + 1;
    }
  }
  flush(pattern.length);
  return { tokens, variables: tokens.some((t) => t.kind === 'variable') };
}

const OWNER_NAME = OWNER_VARIABLE.slice(2, -1);

/** A variable's value for this request; null when the request does not provide it. */
function variableValue(name: string, context: RequestContext): string | null {
  if (name === OWNER_NAME) return context.identityId ?? null;
  return null;
}

/**
 * Whether `text` matches a compiled pattern for this caller (greedy with backtracking on stars).
 * A variable the request does not provide makes the pattern match nothing, as in IAM.
 */
export function matchesCompiled(
  compiled: CompiledPattern,
  text: string,
  context: RequestContext,
): boolean {
  if (compiled.variables) {
    for (let i = 0; i < compiled.tokens.length; i++) {
      const t = compiled.tokens[i]!;
      if (t.kind === 'variable' && variableValue(t.name, context) === null) return false;
    }
  }
  return matchFrom(compiled.tokens, 0, text, 0, context);
}

function matchFrom(
  tokens: readonly Token[],
  ti: number,
  text: string,
  pos: number,
  context: RequestContext,
): boolean {
  for (; ti < tokens.length; ti++) {
    const token = tokens[ti]!;
    if (token.kind === 'literal' || token.kind === 'variable') {
      const value = token.kind === 'literal' ? token.text : variableValue(token.name, context)!;
      if (!text.startsWith(value, pos)) return false;
      pos += value.length;
    } else if (token.kind === 'one') {
      if (pos >= text.length) return false;
      pos += 1;
    } else {
      if (ti === tokens.length - 1) return true;
      for (let start = pos; start <= text.length; start++) {
        if (matchFrom(tokens, ti + 1, text, start, context)) return true;
      }
      return false;
    }
  }
  return pos === text.length;
}

/** Convenience: does an IAM pattern match this text for this caller? */
export function iamPatternMatches(pattern: string, text: string, context: RequestContext): boolean {
  return matchesCompiled(compilePattern(pattern), text, context);
}

/** The literal start of a pattern, up to its first wildcard or variable: used to index patterns. */
export function literalLead(pattern: string): string {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charCodeAt(i);
    if (
      ch === 42 /* * */ ||
      ch === 63 /* ? */ ||
      (ch === 36 /* $ */ && pattern.charCodeAt(i + 1) === 123) /* { */
    ) {
      return pattern.slice(0, i);
    }
  }
  return pattern;
}
