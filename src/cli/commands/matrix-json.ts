import type { AccessAction, Person } from '../../core';

/** What `matrix --json` prints: the people in column order and, per row, who is allowed what. */
export interface MatrixJsonInput {
  readonly people: readonly Person[];
  readonly rows: readonly {
    readonly path: string;
    readonly cells: Readonly<
      Partial<Record<Person, { readonly allowed: readonly AccessAction[] }>>
    >;
  }[];
}

/**
 * `JSON.stringify({ subjects, rows: [{ path, cells: { person: allowed } }] }, null, 2)`, the CLI's
 * JSON contract, written straight from the matrix: the same text (a test holds it to
 * JSON.stringify) without an object per row and cell built only to be serialized, and with each
 * list of allowed actions (the matrix shares one array per combination) written once. For a
 * 2,000-path design that object tree and its stringify were about 10 ms of a cold run.
 */
export function matrixJsonText({ people, rows }: MatrixJsonInput): string {
  const out: string[] = ['{\n  "subjects": ', list(people, '  '), ',\n  "rows": '];
  if (rows.length === 0) out.push('[]');
  else {
    const allowedText = new Map<readonly AccessAction[], string>();
    const keys = people.map((p) => `\n        ${JSON.stringify(p)}: `);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      out.push(r === 0 ? '[\n    {\n      "path": ' : ',\n    {\n      "path": ');
      out.push(JSON.stringify(row.path), ',\n      "cells": ');
      let first = true;
      for (let i = 0; i < people.length; i++) {
        const cell = row.cells[people[i]!];
        if (!cell) continue;
        let text = allowedText.get(cell.allowed);
        if (text === undefined)
          allowedText.set(cell.allowed, (text = list(cell.allowed, '        ')));
        out.push(first ? '{' : ',', keys[i]!, text);
        first = false;
      }
      out.push(first ? '{}\n    }' : '\n      }\n    }');
    }
    out.push('\n  ]');
  }
  out.push('\n}');
  return out.join('');
}

/** A list of strings as JSON.stringify writes it with two-space indents, at `indent`. */
function list(items: readonly string[], indent: string): string {
  if (items.length === 0) return '[]';
  const inner = `\n${indent}  `;
  return `[${inner}${items.map((s) => JSON.stringify(s)).join(`,${inner}`)}\n${indent}]`;
}
