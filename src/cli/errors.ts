/** Bad command-line arguments: exit 2 with a one-line message and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** FILE (or a requests file) cannot be read or parsed: exit 2, message with line:column. */
export class InputError extends Error {
  override name = 'InputError';
}

export const EXIT = { ok: 0, findings: 1, input: 2 } as const;
