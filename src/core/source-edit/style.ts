import { GENERATED_STYLE, type CodeStyle } from '../export/code-style';
import type { FileSpans, ListSpan } from '../import/resource-ts/spans';
import type { SourceText } from './text';

/** The quote the file's own string literals use most (path keys, actions, names). */
function quoteOf(source: SourceText, spans: FileSpans): CodeStyle['quote'] {
  let single = 0;
  let double = 0;
  const count = (offset: number) => {
    const c = source.text[offset];
    if (c === "'") single++;
    if (c === '"') double++;
  };
  for (const s of spans.storages) {
    if (s.values.name) count(s.values.name.start);
    for (const p of s.paths) {
      count(p.key.start);
      for (const r of p.ruleSpans) r.actions.items.forEach((a) => count(a.start));
    }
  }
  spans.imports.forEach((i) =>
    count(i.statement.end - (source.text[i.statement.end - 1] === ';' ? 2 : 1)),
  );
  return double > single ? '"' : single > 0 ? "'" : GENERATED_STYLE.quote;
}

/** One level of indentation: a tab, or the smallest step between nested lines of the file. */
function indentOf(source: SourceText, spans: FileSpans): string {
  const steps: string[] = [];
  const step = (list: ListSpan | undefined) => {
    const first = list?.items[0];
    if (!list || !first || source.sameLine(list.open, first.start)) return;
    const outer = source.indentOf(list.open);
    const inner = source.indentOf(first.start);
    if (inner.startsWith(outer) && inner.length > outer.length)
      steps.push(inner.slice(outer.length));
  };
  for (const s of spans.storages) {
    step(s.options);
    step(s.record);
    s.paths.forEach((p) => step(p.rules));
  }
  if (steps.some((s) => s.includes('\t'))) return '\t';
  const widths = steps.map((s) => s.length).filter((n) => n > 0);
  return widths.length > 0 ? ' '.repeat(Math.min(...widths)) : GENERATED_STYLE.indent;
}

/** Whether the file's multi-line lists end with a comma (the generated style when it has none). */
function trailingCommaOf(source: SourceText, spans: FileSpans): boolean {
  let withComma = 0;
  let without = 0;
  const look = (list: ListSpan | undefined) => {
    const last = list?.items.at(-1);
    if (!list || !last || source.sameLine(last.end, list.close)) return;
    if (/^\s*,/.test(source.text.slice(last.end, list.close))) withComma++;
    else without++;
  };
  for (const s of spans.storages) {
    look(s.options);
    look(s.record);
    s.paths.forEach((p) => look(p.rules));
  }
  return withComma + without === 0 ? GENERATED_STYLE.trailingComma : withComma >= without;
}

/**
 * The style of the user's file, so that new text looks like theirs: quotes, indentation, line
 * endings, trailing commas and semicolons, each read from what the file already does.
 */
export function detectStyle(source: SourceText, spans: FileSpans): CodeStyle {
  const eol = /\r\n/.test(source.text) ? '\r\n' : '\n';
  const statementEnds = [
    ...spans.imports.map((i) => i.statement.end),
    ...spans.storages.flatMap((s) => (s.statement ? [s.statement.end] : [])),
  ];
  const semicolon =
    statementEnds.length === 0 || statementEnds.some((end) => source.text[end - 1] === ';');
  return {
    quote: quoteOf(source, spans),
    indent: indentOf(source, spans),
    eol,
    trailingComma: trailingCommaOf(source, spans),
    semicolon,
  };
}
