import { describeChange, diffDesigns, personLabel } from '../../core';
import { parseCommandArgs } from '../args';
import { EXIT, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign } from '../load';

export const diffHelp = `Usage: access-matrix diff OLD NEW [--json]

Compares the effective access of two designs (resource.ts or design .json): per storage, path
and person, which actions are gained (+) or lost (-). For CI reviews.

Options:
  --json      print {"gained": bool, "lost": bool, "changes": [...]}
  -h, --help  show this help

Exit: 0 no access gained, 1 some access gained, 2 a file is unreadable or unparsable.
`;

export async function diff(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', argv, { json: { type: 'boolean' } });
  if (values.help) return (io.out(diffHelp), EXIT.ok);
  if (positionals.length !== 2)
    throw new UsageError(`diff: expected OLD and NEW files, got ${positionals.length} argument(s)`);
  const [before, after] = await Promise.all(positionals.map((f) => loadDesign(f)));
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
  return result.gained ? EXIT.findings : EXIT.ok;
}
