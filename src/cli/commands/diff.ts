import { basename, dirname } from 'node:path';
import { describeChange, diffDesigns, personLabel, type Design } from '../../core';
import { parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign, loadDesignText, type LoadedDesign } from '../load';

export const diffHelp = `Usage: access-matrix diff OLD NEW [--json] [--fail-on gained|lost|any]
       access-matrix diff --base REF NEW [--json] [--fail-on gained|lost|any]

Compares the effective access of two designs (resource.ts or design .json): per storage, path
and person, which actions are gained (+) or lost (-). For CI reviews.

Options:
  --json            print {"gained": bool, "lost": bool, "changes": [...]}
  --fail-on WHAT    exit 1 when access is gained (default), lost, or either (any)
  --base REF        OLD is NEW as it was at the git revision REF (git show REF:NEW), e.g.
                    --base origin/main in a pull request; a file new since REF counts as no access
  -h, --help        show this help

Exit: 0 no change of the kind --fail-on names, 1 such a change, 2 a file is unreadable or
unparsable (or git cannot show it).
`;

const FAIL_ON = ['gained', 'lost', 'any'] as const;

export async function diff(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', argv, {
    json: { type: 'boolean' },
    'fail-on': { type: 'string' },
    base: { type: 'string' },
  });
  if (values.help) return (io.out(diffHelp), EXIT.ok);
  const failOn = values['fail-on'] ?? 'gained';
  if (!(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(
      `diff: --fail-on must be gained, lost or any (got ${JSON.stringify(failOn)})`,
    );
  const wanted = values.base === undefined ? 2 : 1;
  if (positionals.length !== wanted)
    throw new UsageError(
      values.base === undefined
        ? `diff: expected OLD and NEW files, got ${positionals.length} argument(s)`
        : `diff: with --base REF, expected only NEW, got ${positionals.length} argument(s)`,
    );
  const [before, after] =
    values.base === undefined
      ? await Promise.all(positionals.map((f) => loadDesign(f)))
      : await Promise.all([
          atRevision(values.base, positionals[0]!, io),
          loadDesign(positionals[0]!),
        ]);
  const result = diffDesigns(before!.design, after!.design);
  if (values.json) {
    const changes = result.changes.map((c) => ({ ...c, personLabel: personLabel(c.person) }));
    io.out(`${JSON.stringify({ gained: result.gained, lost: result.lost, changes }, null, 2)}\n`);
  } else if (result.changes.length === 0) {
    io.out('No change in effective access.\n');
  } else {
    for (const change of result.changes) io.out(`${change.storage}: ${describeChange(change)}\n`);
    io.out(
      `${result.gained ? 'Access gained.' : 'No access gained.'}${result.lost ? ' Access lost.' : ''}\n`,
    );
  }
  const fails =
    failOn === 'any'
      ? result.gained || result.lost
      : failOn === 'lost'
        ? result.lost
        : result.gained;
  return fails ? EXIT.findings : EXIT.ok;
}

const NO_DESIGN: Design = { storages: [], groups: [], functions: [] };

/** FILE as git has it at REF (`git show REF:./name`, run in FILE's folder so any path works). */
async function atRevision(ref: string, file: string, io: Io): Promise<LoadedDesign> {
  if (ref.startsWith('-'))
    throw new UsageError(`diff: --base ${JSON.stringify(ref)} is not a revision`);
  const label = `${ref}:${file}`;
  // Loaded here, not at the top: child_process (with the streams and sockets it loads) is the
  // costliest Node module the CLI uses, about 5 ms of every cold start, and only --base needs it.
  // (Node >= 20.16 has getBuiltinModule; a dynamic import() would need a loader the bundle,
  // compiled through vm.Script, does not have.)
  const { execFile } = process.getBuiltinModule('node:child_process');
  const shown = await new Promise<{ ok: true; text: string } | { ok: false; message: string }>(
    (resolve) =>
      execFile(
        'git',
        ['show', `${ref}:./${basename(file)}`],
        { cwd: dirname(file), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          resolve(
            error
              ? { ok: false, message: (stderr || error.message).trim() }
              : { ok: true, text: stdout },
          ),
      ),
  );
  if (shown.ok) return loadDesignText(label, shown.text);
  // A resource.ts that did not exist at REF: everything it grants is new.
  if (/exists on disk, but not in|does not exist in/.test(shown.message)) {
    io.err(`${label}: not in ${ref}; comparing against no storage at all\n`);
    return { file: label, design: NO_DESIGN, notes: [] };
  }
  throw new InputError(`${label}: git cannot show it (${shown.message.split('\n')[0]})`);
}
