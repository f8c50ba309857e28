import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Node's own parseArgs in strict mode: unknown options and missing values become a UsageError
 * with Node's message, which already names the offending option.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
) {
  try {
    return parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** The single FILE positional a command needs. */
export function fileArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0)
    throw new UsageError(`${command}: missing FILE (a resource.ts or a design .json file)`);
  if (positionals.length > 1)
    throw new UsageError(
      `${command}: expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  return positionals[0]!;
}
