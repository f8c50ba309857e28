import { GENERATED_STYLE, type CodeStyle } from '../export/code-style';
import {
  renderResourceTs,
  storageCallLines,
  storageExportNames,
  storageStatementLines,
  type LocalNames,
} from '../export/resource-ts';
import { importResourceTs } from '../import/resource-ts/import-resource-ts';
import type { ImportProblem, ResourceTsImport } from '../import/resource-ts/types';
import type { StorageSpans } from '../import/resource-ts/spans';
import type { Design, Storage } from '../model/types';
import { offsetAt } from '../text/positions';
import { FunctionBindings } from './bindings';
import { canonical as json } from './canonical';
import { pairItems } from './pair';
import { CannotEditInPlace, type RegenerationReason } from './refusal';
import { storageEdits } from './storage-edit';
import { detectStyle } from './style';
import { sourceText, type SourceText } from './text';
import { applyTextEdits, type TextEdit } from './text-edit';

/** A part written afresh instead of edited in place, and why. */
export interface Regeneration {
  readonly scope: 'file' | 'storage';
  /** For a storage: its index in the design. */
  readonly storageIndex?: number;
  readonly reason: RegenerationReason;
}

/** The file after the edit, and what had to be written afresh (empty: every change was in place). */
export interface SourceEditResult {
  readonly text: string;
  readonly regenerated: readonly Regeneration[];
}

/** Which storages hold errors, and whether any error lies outside them (then only a fresh file is safe). */
function errorsByStorage(source: SourceText, imported: ResourceTsImport) {
  const spans = imported.spans.storages;
  const dirty = new Set<number>();
  let outside = false;
  let syntax = 0;
  const errors = imported.problems.filter((p: ImportProblem) => p.severity === 'error');
  for (const problem of errors) {
    if (problem.code === 'syntax-error' && ++syntax <= imported.spans.commaRepairs) continue;
    const at = offsetAt(source.text, problem.loc.line, problem.loc.column);
    const i = spans.findIndex((s) => s.call.start <= at && at < s.call.end);
    if (i >= 0 && problem.code !== 'syntax-error') dirty.add(i);
    else outside = true;
  }
  return { dirty, outside };
}

/** Storages as they read back: a storage new to the file is exported under the name the writer chose. */
const comparable = (storages: readonly Storage[]) => json(storages);

function regenerateFile(
  design: Design,
  style: CodeStyle,
  reason: RegenerationReason,
): SourceEditResult {
  return { text: renderResourceTs(design, style), regenerated: [{ scope: 'file', reason }] };
}

/**
 * Writes `design` into the resource.ts `source` it was read from (and edited since), changing as
 * little text as possible: untouched lines stay byte for byte, comments stay where they are, and
 * new text follows the file's quotes, indentation, trailing commas and line endings; inline
 * `defineFunction(...)` calls and the file's imports are kept. A storage that cannot be changed in
 * place is written afresh at its place; when even that is not safe the whole file is written
 * afresh in the file's style; `regenerated` says which and why. The result always reads back as
 * `design` (checked; the file is written afresh otherwise). `original`, when given, is the design
 * `source` was read as before the edits that led to `design` (it pairs paths by their ids).
 */
export function writeResourceTs(
  source: string,
  design: Design,
  original?: Design,
): SourceEditResult {
  const text = sourceText(source);
  const imported = importResourceTs(source);
  // The design as read when the edits began: its paths' ids pair renamed and moved paths exactly.
  const old =
    original && imported.design && json(original.storages) === json(imported.design.storages)
      ? original
      : imported.design;
  const spans = imported.spans;
  if (!old) return regenerateFile(design, GENERATED_STYLE, 'source-unreadable');
  const style = detectStyle(text, spans);
  design = withFileExportNames(design, old);
  try {
    const result = edited(text, imported, old, design, style);
    const back = importResourceTs(result.text).design;
    return back && comparable(back.storages) === comparable(expectedStorages(old, design, result))
      ? { text: result.text, regenerated: result.regenerated }
      : regenerateFile(design, style, 'verify-failed');
  } catch (error) {
    // Never lose the export to a bug of the writer: a fresh file, with the reason shown.
    return regenerateFile(
      design,
      style,
      error instanceof CannotEditInPlace ? error.reason : 'internal-error',
    );
  }
}

/**
 * A storage without an export name (the code editor leaves out the one the generator would
 * choose) keeps the name the file exports it under.
 */
function withFileExportNames(design: Design, old: Design): Design {
  if (design.storages.length !== old.storages.length) return design;
  if (design.storages.every((s) => s.exportName !== undefined)) return design;
  return {
    ...design,
    storages: design.storages.map((s, i) => {
      const exportName = old.storages[i]!.exportName;
      return s.exportName === undefined && exportName !== undefined ? { ...s, exportName } : s;
    }),
  };
}

/** The design's storages with the export names the writer gave storages new to the file. */
function expectedStorages(old: Design, design: Design, result: EditedResult): Storage[] {
  return design.storages.map((s, j) => {
    const name = result.exportNames.get(j);
    return name === undefined || s.exportName === name ? s : { ...s, exportName: name };
  });
}

interface EditedResult extends SourceEditResult {
  /** Export names given to storages new to the file, by design index. */
  readonly exportNames: ReadonlyMap<number, string>;
}

function edited(
  text: SourceText,
  imported: ResourceTsImport,
  old: Design,
  design: Design,
  style: CodeStyle,
): EditedResult {
  const spans = imported.spans;
  const { dirty, outside } = errorsByStorage(text, imported);
  if (outside) throw new CannotEditInPlace('source-has-errors');
  const partners =
    old.storages.length === design.storages.length
      ? design.storages.map((_, j) => j)
      : pairItems(
          old.storages,
          design.storages,
          [json, (s) => `${s.exportName}\0${s.name}`, (s) => s.name],
          true,
        );
  const order = partners.filter((i): i is number => i !== undefined);
  if (order.some((i, k) => k > 0 && i < order[k - 1]!))
    throw new CannotEditInPlace('storages-reordered');
  const bindings = new FunctionBindings(text, spans, design, style);
  const edits: TextEdit[] = [];
  const regenerated: Regeneration[] = [];
  const defineStorage = calleeText(text, spans.storages[0]!);
  design.storages.forEach((next, j) => {
    const i = partners[j];
    if (i === undefined) return;
    const before = old.storages[i]!;
    if (json(before) === json(next)) return;
    if (before.exportName !== next.exportName) throw new CannotEditInPlace('export-name-changed');
    const at = spans.storages[i]!;
    const ctx = { source: text, style, functions: bindings };
    try {
      if (dirty.has(i)) throw new CannotEditInPlace('storage-has-errors');
      edits.push(...storageEdits(ctx, before, next, at));
    } catch (error) {
      if (!(error instanceof CannotEditInPlace)) throw error;
      const names: LocalNames = {
        defineStorage: calleeText(text, at),
        allow: at.param ?? 'allow',
        functions: bindings,
      };
      const indent = text.indentOf(at.call.start);
      const lines = storageCallLines(next, names, style).map((l, k) =>
        k === 0 ? l : `${indent}${l}`,
      );
      edits.push({ start: at.call.start, end: at.call.end, text: lines.join(style.eol) });
      regenerated.push({ scope: 'storage', storageIndex: j, reason: error.reason });
    }
  });
  old.storages.forEach((_, i) => {
    if (partners.includes(i)) return;
    const statement = spans.storages[i]!.statement;
    if (!statement) throw new CannotEditInPlace('storage-not-removable');
    edits.push(removedStatement(text, statement));
  });
  const exportNames = new Map<number, string>();
  const added = design.storages.flatMap((s, j) => (partners[j] === undefined ? [{ s, j }] : []));
  if (added.some(({ j }) => partners.slice(j).some((i) => i !== undefined)))
    throw new CannotEditInPlace('storages-reordered');
  const names = storageExportNames(
    added.map(({ s }) => s),
    new Set(spans.topLevelNames),
    added.map(({ j }) => j),
  );
  const appended = added.flatMap(({ s, j }, k) => {
    exportNames.set(j, names[k]!);
    const local: LocalNames = { defineStorage, allow: 'allow', functions: bindings };
    return ['', ...storageStatementLines(s, names[k]!, local, style)];
  });
  if (appended.length > 0)
    edits.push({
      start: spans.programEnd,
      end: spans.programEnd,
      text: `${style.eol}${appended.join(style.eol)}`,
    });
  edits.push(...bindings.edits());
  return { text: applyTextEdits(text.text, edits), regenerated, exportNames };
}

/** `defineStorage` as the call is written (an alias or `ns.defineStorage`). */
function calleeText(text: SourceText, spans: StorageSpans): string {
  return text.text
    .slice(spans.call.start, spans.options.open)
    .replace(/\(\s*$/, '')
    .trim();
}

/** A whole statement's lines, with the comment lines right above it and one blank line before. */
function removedStatement(text: SourceText, statement: { start: number; end: number }): TextEdit {
  let start = text.lineStart(statement.start);
  while (start > 0) {
    const above = text.lineStart(start - 1);
    if (!/^\s*(\/\/|\/\*|\*)/.test(text.text.slice(above, start))) break;
    start = above;
  }
  if (start > 0) {
    const above = text.lineStart(start - 1);
    if (text.text.slice(above, start).trim() === '') start = above;
  }
  return { start, end: text.nextLine(statement.end), text: '' };
}
