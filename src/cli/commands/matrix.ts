import {
  ACCESS_ACTIONS,
  accessMatrix,
  accessModel,
  personLabel,
  type AccessMatrix,
} from '../../core';
import { fileArgument, parseCommandArgs } from '../args';
import { EXIT } from '../errors';
import type { Io } from '../io';
import { loadDesign, pickStorage } from '../load';

export const matrixHelp = `Usage: access-matrix matrix FILE [--json] [--storage NAME]

Prints the effective access per defined path and person, as IAM decides it from the policies
Amplify would attach (subpaths override their parent).

Options:
  --json          {"subjects": [...], "rows": [{"path": ..., "cells": {"guest": ["get", "list"], ...}}]}
  --storage NAME  which storage when FILE defines several (default: the default storage)
  -h, --help      show this help
`;

export async function matrix(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('matrix', argv, {
    json: { type: 'boolean' },
    storage: { type: 'string' },
  });
  if (values.help) return (io.out(matrixHelp), EXIT.ok);
  const loaded = await loadDesign(fileArgument('matrix', positionals));
  const storage = loaded.design.storages[pickStorage(loaded.design, values.storage)]!;
  const result = accessMatrix(loaded.design, accessModel(storage));
  io.out(values.json ? `${JSON.stringify(matrixJson(result), null, 2)}\n` : matrixTable(result));
  return EXIT.ok;
}

/** The CLI's JSON contract: subjects in column order, one row per defined path as written. */
export function matrixJson(result: AccessMatrix) {
  return {
    subjects: result.people,
    rows: result.rows.map((row) => ({
      path: row.path,
      cells: Object.fromEntries(
        result.people.flatMap((p) => (row.cells[p] ? [[p, row.cells[p]!.allowed]] : [])),
      ),
    })),
  };
}

function matrixTable(result: AccessMatrix): string {
  const header = ['path', ...result.people.map(personLabel)];
  const body = result.rows.map((row) => [
    row.parentIndex === undefined ? row.path : `  ${row.path}`,
    ...result.people.map((p) => {
      const cell = row.cells[p];
      if (!cell) return '';
      const text =
        cell.allowed.length === 0
          ? 'none'
          : ACCESS_ACTIONS.filter((a) => cell.allowed.includes(a)).join(' ');
      return cell.overridden.length > 0 ? `${text} (-${cell.overridden.join(' -')})` : text;
    }),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => [...r[i]!].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const legend = body.some((r) => r.some((c) => c.includes('(-')))
    ? '\n(-x: granted on the parent path, taken away on this subpath)\n'
    : '';
  return `${[line(header), rule, ...body.map(line)].join('\n')}\n${legend}`;
}
