import { can, canHelp } from './commands/can';
import { check, checkHelp } from './commands/check';
import { diff, diffHelp } from './commands/diff';
import { exportCommand, exportHelp } from './commands/export';
import { matrix, matrixHelp } from './commands/matrix';
import { test, testHelp } from './commands/test';
import { EXIT, InputError, UsageError } from './errors';
import { processIo, type Io } from './io';

const usage = `Usage: access-matrix <command> FILE [options]

Check, explain and export AWS Amplify Gen 2 storage access rules.
FILE is amplify/storage/resource.ts, an amplify_outputs.json or an Access Matrix design .json file.

Commands:
  check    validate like Amplify does, every problem at once
  matrix   effective access per path and person
  export   resource.ts, IAM policies, amplify_outputs.json, auth hint, existing-bucket
           backend.ts, bucket policy, CORS (--out DIR writes them all)
  can      whether a concrete request is allowed, and why
  diff     access gained or lost between two designs (--fail-on gained|lost|any, --base REF)
  test     run access tests (access.tests.json): exact over whole prefixes; text, json, junit

Run "access-matrix <command> --help" for a command's options.
`;

const commands: Record<
  string,
  { run: (argv: readonly string[], io: Io) => Promise<number>; help: string }
> = {
  check: { run: check, help: checkHelp },
  matrix: { run: matrix, help: matrixHelp },
  export: { run: exportCommand, help: exportHelp },
  can: { run: can, help: canHelp },
  diff: { run: diff, help: diffHelp },
  test: { run: test, help: testHelp },
};

/** Runs the CLI; returns the exit code. Errors become one clear message on stderr, never a stack. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage);
    return name === undefined ? EXIT.input : EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.err(
      `access-matrix: unknown command ${JSON.stringify(name)}; expected one of ${Object.keys(commands).join(', ')}. See --help.\n`,
    );
    return EXIT.input;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`access-matrix ${e.message}. See "access-matrix ${name} --help".\n`);
      return EXIT.input;
    }
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return EXIT.input;
    }
    io.err(`access-matrix: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 3;
  }
}
