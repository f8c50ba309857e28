import { OWNER_VARIABLE } from '../paths/tokens';

/** What IAM knows about the caller when it resolves policy variables. */
export interface RequestContext {
  /** `${cognito-identity.amazonaws.com:sub}`: the caller's identity-pool id. */
  readonly identityId?: string;
}

type Token = { readonly kind: 'literal'; readonly text: string } | { readonly kind: 'star' } | { readonly kind: 'one' };

/**
 * An IAM string pattern (Resource ARN or StringLike value) resolved for one request: `*` matches
 * any run of characters (including `/`), `?` any single character, `${var}` is a policy variable
 * (`${*}`, `${?}`, `${$}` are the escapes for the literal characters). A variable the request does
 * not provide makes the pattern match nothing, as in IAM.
 */
export function resolvePattern(pattern: string, context: RequestContext): Token[] | null {
  const tokens: Token[] = [];
  let literal = '';
  const flush = () => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '$' && pattern[i + 1] === '{') {
      const end = pattern.indexOf('}', i + 2);
      if (end > 0) {
        const value = variableValue(pattern.slice(i + 2, end), context);
        if (value === null) return null;
        literal += value;
        i = end;
        continue;
      }
    }
    if (ch === '*' || ch === '?') {
      flush();
      tokens.push({ kind: ch === '*' ? 'star' : 'one' });
    } else literal += ch;
  }
  flush();
  return tokens;
}

const OWNER_NAME = OWNER_VARIABLE.slice(2, -1);

function variableValue(name: string, context: RequestContext): string | null {
  if (name === '*' || name === '?' || name === '$') return name;
  if (name === OWNER_NAME) return context.identityId ?? null;
  return null;
}

/** Whether `text` matches resolved pattern tokens (greedy with backtracking on the last star). */
export function matchTokens(tokens: readonly Token[], text: string): boolean {
  return matchFrom(tokens, 0, text, 0);
}

function matchFrom(tokens: readonly Token[], ti: number, text: string, pos: number): boolean {
  for (; ti < tokens.length; ti++) {
    const token = tokens[ti]!;
    if (token.kind === 'literal') {
      if (!text.startsWith(token.text, pos)) return false;
      pos += token.text.length;
    } else if (token.kind === 'one') {
      if (pos >= text.length) return false;
      pos += 1;
    } else {
      if (ti === tokens.length - 1) return true;
      for (let start = pos; start <= text.length; start++) {
        if (matchFrom(tokens, ti + 1, text, start)) return true;
      }
      return false;
    }
  }
  return pos === text.length;
}

/** Convenience: does an IAM pattern match this text for this caller? */
export function iamPatternMatches(pattern: string, text: string, context: RequestContext): boolean {
  const tokens = resolvePattern(pattern, context);
  return tokens !== null && matchTokens(tokens, text);
}

/** The literal start of a pattern, up to its first wildcard or variable: used to index patterns. */
export function literalLead(pattern: string): string {
  const stop = pattern.search(/[*?]|\$\{/);
  return stop < 0 ? pattern : pattern.slice(0, stop);
}
