import {
  ACCESS_ACTIONS,
  accessMatrixAllowed,
  accessModel,
  personLabel,
  type AccessAction,
  type Person,
} from '../../core';
import {
  clientSession,
  designViews,
  type BrowserLocations,
  type BucketViews,
} from '../../core/client-view';
import { isBackendInput, loadBackend, type LoadedBackend } from '../backend';
import { fileArgument, parseCommandArgs } from '../args';
import { EXIT, InputError, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign, pickStorage } from '../load';
import { matrixJsonText } from './matrix-json';

export const matrixHelp = `Usage: access-matrix matrix FILE [--json] [--storage NAME] [--view server|client]

Prints the effective access per defined path and person, as IAM decides it from the policies
Amplify would attach (subpaths override their parent). FILE may also be amplify/backend.ts (an
existing bucket: its inline policies and addOutput paths) or the amplify/ folder.

Options:
  --json          {"subjects": [...], "rows": [{"path": ..., "cells": {"guest": ["get", "list"], ...}}]}
  --storage NAME  which storage (or backend.ts bucket, by name) when FILE has several
  --view server   what IAM enforces (the default)
  --view client   what the client library offers from paths, and per person the locations
                  Storage Browser lists ("locations" in --json)
  -h, --help      show this help
`;

export async function matrix(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('matrix', argv, {
    json: { type: 'boolean' },
    storage: { type: 'string' },
    view: { type: 'string' },
  });
  if (values.help) return (io.out(matrixHelp), EXIT.ok);
  const view = values.view ?? 'server';
  if (view !== 'server' && view !== 'client')
    throw new UsageError(`matrix: --view must be server or client, got ${JSON.stringify(view)}`);
  const file = fileArgument('matrix', positionals);
  const views = (await isBackendInput(file))
    ? pickBucket(await loadBackend(file), values.storage)
    : undefined;
  if (views || view === 'client') {
    const chosen = views ?? (await designClientViews(file, values.storage));
    const result = view === 'server' ? chosen.server : clientMatrix(chosen);
    if (values.json) {
      const json = { bucket: chosen.bucket.name, view, ...matrixJson(result) };
      io.out(
        `${JSON.stringify(view === 'client' ? { ...json, locations: locationsJson(chosen) } : json, null, 2)}\n`,
      );
    } else
      io.out(view === 'client' ? matrixTable(result) + locationsText(chosen) : matrixTable(result));
    return EXIT.ok;
  }
  const loaded = await loadDesign(file, { withoutLocations: true });
  const storage = loaded.design.storages[pickStorage(loaded.design, values.storage)]!;
  // Only what is allowed and taken away is printed: no decision objects (explanations) to build.
  const result = accessMatrixAllowed(loaded.design, accessModel(storage));
  io.out(values.json ? `${matrixJsonText(result)}\n` : matrixTable(result));
  return EXIT.ok;
}

/** The bucket `--storage NAME` names (its friendly or S3 name), else the default one, else the first. */
function pickBucket(loaded: LoadedBackend, name: string | undefined): BucketViews {
  const all = [...loaded.views, ...loaded.resources.flatMap((r) => r.views)];
  if (all.length === 0) throw new InputError(`${loaded.file}: no bucket to show`);
  if (name === undefined) {
    const top = loaded.imported.defaultBucket?.bucketName;
    return all.find((v) => v.bucket.bucketName === top) ?? all[0]!;
  }
  const found = all.find((v) => v.bucket.name === name || v.bucket.bucketName === name);
  if (!found)
    throw new UsageError(
      `--storage ${JSON.stringify(name)} matches no bucket; the file has ${all.map((v) => JSON.stringify(v.bucket.name)).join(', ')}.`,
    );
  return found;
}

async function designClientViews(file: string, name: string | undefined): Promise<BucketViews> {
  const loaded = await loadDesign(file);
  return designViews(loaded.design, pickStorage(loaded.design, name));
}

/** The client view as a matrix: one row per `paths` entry, what the client offers each person. */
function clientMatrix(views: BucketViews): TableMatrix {
  const people = views.people.filter((p) => clientSession(p) !== undefined);
  return {
    people,
    rows: views.client.map((row) => ({
      path: row.prefix,
      cells: Object.fromEntries(
        people.flatMap((p) => {
          const cell = row.cells[p];
          return cell
            ? [
                [
                  p,
                  {
                    allowed: ACCESS_ACTIONS.filter((a) => cell.offered.includes(a)),
                    overridden: [],
                  },
                ],
              ]
            : [];
        }),
      ),
    })),
  };
}

function locationsJson(views: BucketViews) {
  return Object.fromEntries(
    Object.entries(views.locations).map(([person, found]) => [
      person,
      found!.ok
        ? found!.locations.map((l) => ({
            bucket: l.bucket,
            prefix: l.prefix,
            permissions: l.permissions,
          }))
        : { error: found!.error },
    ]),
  );
}

function locationsText(views: BucketViews): string {
  const lines = ['', 'Storage Browser lists:'];
  for (const [person, found] of Object.entries(views.locations) as [Person, BrowserLocations][]) {
    const what = found.ok
      ? found.locations
          .map((l) => `${l.prefix || '(bucket)'} [${l.permissions.join(' ')}]`)
          .join(', ') || 'nothing'
      : `an error (${found.error})`;
    lines.push(`  ${personLabel(person)}: ${what}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The CLI's JSON contract: subjects in column order, one row per defined path as written. */
/** What a printed matrix needs: the server view (an AccessMatrix) and the client view both fit. */
interface TableMatrix {
  readonly people: readonly Person[];
  readonly rows: readonly {
    readonly path: string;
    readonly parentIndex?: number;
    readonly cells: Readonly<
      Partial<
        Record<
          Person,
          {
            readonly allowed: readonly AccessAction[];
            readonly overridden: readonly AccessAction[];
          }
        >
      >
    >;
  }[];
}

export function matrixJson(result: TableMatrix) {
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

function matrixTable(result: TableMatrix): string {
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
