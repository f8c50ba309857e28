import type { ListSpan } from '../import/resource-ts/spans';
import { CannotEditInPlace } from './refusal';
import { sliceWith, type TextEdit } from './text-edit';
import type { SourceText } from './text';

/** One item of a rewritten list: an old one kept (with edits inside it), or a new one. */
export type ListItem =
  | { readonly keep: number; readonly edits: readonly TextEdit[] }
  /** New text; `render(inline)` gives its lines (one line when the list is written on one line). */
  | { readonly render: (inline: boolean) => readonly string[] };

export interface ListOptions {
  /** One level of indentation, for items of a list that was empty. */
  readonly indent: string;
  readonly eol: string;
  /** Whether a multi-line list that was empty gets a trailing comma. */
  readonly trailingComma: boolean;
  /** Whether an empty list becomes multi-line (the access record, a path's rules) or stays inline. */
  readonly multilineWhenEmpty: boolean;
  /** Spaces inside the brackets of an empty list made inline (`{ a }` rather than `[a]`). */
  readonly padInline: boolean;
}

const LINE_TAIL = /^[ \t]*,?[ \t]*(?:\/\/.*|\/\*.*?\*\/[ \t]*)?$/;

/** How the list is written: one item per line(s) each ending its line, or items on one line. */
function layoutOf(source: SourceText, list: ListSpan): 'multiline' | 'inline' {
  const first = list.items[0];
  if (!first) return source.sameLine(list.open, list.close) ? 'inline' : 'multiline';
  if (source.sameLine(list.open, first.start)) return 'inline';
  list.items.forEach((item, i) => {
    const next = list.items[i + 1]?.start ?? list.close;
    const tail = source.text.slice(item.end, source.lineEnd(item.end));
    if (source.sameLine(item.end, next) || !LINE_TAIL.test(tail))
      throw new CannotEditInPlace('irregular-layout');
  });
  return 'multiline';
}

/** Offset of the comma right after an item (whitespace allowed before it), or -1. */
function commaAfter(source: SourceText, end: number, limit: number): number {
  const match = /^\s*,/.exec(source.text.slice(end, limit));
  return match ? end + match[0].length - 1 : -1;
}

const sameItems = (items: readonly ListItem[], count: number) =>
  items.length === count &&
  items.every((item, i) => 'keep' in item && item.keep === i && item.edits.length === 0);

/**
 * Rewrites the inside of a list literal to hold `items`, keeping every kept item's text (and
 * the comments and blank lines above it) byte for byte, following the list's own layout,
 * indentation and trailing comma. Returns the edits: nothing when nothing changes, the kept
 * items' own edits when only they change, else one replacement of the list's inside.
 */
export function rewriteList(
  source: SourceText,
  list: ListSpan,
  items: readonly ListItem[],
  options: ListOptions,
): TextEdit[] {
  const n = list.items.length;
  if (sameItems(items, n)) return [];
  // Same items in the same order: only the edits inside them.
  if (items.length === n && items.every((item, i) => 'keep' in item && item.keep === i))
    return items.flatMap((item) => ('keep' in item ? item.edits : []));
  const layout = layoutOf(source, list);
  const tall = items.some((item) => 'render' in item && item.render(true).length > 1);
  if (layout === 'inline' && tall && list.items.length > 0)
    return [
      { start: list.open + 1, end: list.close, text: exploded(source, list, items, options) },
    ];
  const inside =
    layout === 'multiline'
      ? multiline(source, list, items, options)
      : inline(source, list, items, options);
  return [{ start: list.open + 1, end: list.close, text: inside }];
}

function multiline(
  source: SourceText,
  list: ListSpan,
  items: readonly ListItem[],
  options: ListOptions,
): string {
  const { text } = source;
  const n = list.items.length;
  const eol = options.eol;
  const bodyStart = source.nextLine(list.open);
  // Each old item's block: from where the previous one's line ended to the end of its own line.
  const blockEnd = list.items.map((item) => source.nextLine(item.end));
  const blockStart = list.items.map((_, i) => (i === 0 ? bodyStart : blockEnd[i - 1]!));
  const tailStart = n > 0 ? blockEnd[n - 1]! : source.lineStart(list.close);
  const head = text.slice(list.open + 1, n > 0 ? bodyStart : tailStart);
  const tail = text.slice(tailStart, list.close);
  const lastHadComma = n > 0 && commaAfter(source, list.items[n - 1]!.end, list.close) >= 0;
  const trailing = n > 0 ? lastHadComma : options.trailingComma;
  const indent =
    n > 0 ? source.indentOf(list.items[0]!.start) : source.indentOf(list.close) + options.indent;
  const out = items.map((item, j) => {
    const last = j === items.length - 1;
    const wantComma = !last || trailing;
    if ('render' in item) {
      const lines = item.render(false).map((line) => `${indent}${line}`);
      return `${lines.join(eol)}${wantComma ? ',' : ''}${eol}`;
    }
    const span = list.items[item.keep]!;
    const comma = commaAfter(source, span.end, blockEnd[item.keep]!);
    const next = items[j + 1];
    const followedAsBefore = next !== undefined && 'keep' in next && next.keep === item.keep + 1;
    const edits = [...item.edits];
    if (comma >= 0 && !wantComma) edits.push({ start: comma, end: comma + 1, text: '' });
    // A missing comma the user left between two items stays missing while they stay neighbours.
    if (comma < 0 && wantComma && !followedAsBefore)
      edits.push({ start: span.end, end: span.end, text: ',' });
    const block = sliceWith(text, blockStart[item.keep]!, blockEnd[item.keep]!, edits);
    // The file's last line may have no line break: a block moved up needs one.
    return /[\r\n]$/.test(block) ? block : `${block}${eol}`;
  });
  // Every item gone and nothing else inside: `[]`, as a person would leave it.
  if (items.length === 0 && `${head}${tail}`.trim() === '') return '';
  if (n === 0 && source.sameLine(list.open, list.close)) {
    // `[]` becomes multi-line: `[`, the items, then the closing bracket at the opener's indent.
    return `${eol}${out.join('')}${source.indentOf(list.open)}`;
  }
  return `${head}${out.join('')}${tail}`;
}

function inline(
  source: SourceText,
  list: ListSpan,
  items: readonly ListItem[],
  options: ListOptions,
): string {
  const { text } = source;
  const n = list.items.length;
  if (n === 0) {
    if (options.multilineWhenEmpty && items.length > 0)
      return multiline(source, list, items, options);
    const parts = items.map((item) => ('render' in item ? item.render(true).join(' ') : ''));
    const pad = options.padInline && parts.length > 0 ? ' ' : '';
    return parts.length === 0
      ? text.slice(list.open + 1, list.close)
      : `${pad}${parts.join(', ')}${pad}`;
  }
  const first = list.items[0]!;
  const last = list.items[n - 1]!;
  const head = text.slice(list.open + 1, first.start);
  const comma = commaAfter(source, last.end, list.close);
  const tail = text.slice(comma >= 0 ? comma + 1 : last.end, list.close);
  const trailingComma = comma >= 0 ? text.slice(last.end, comma + 1) : '';
  const separators = list.items
    .slice(1)
    .map((item, i) => text.slice(list.items[i]!.end, item.start));
  const plain = separators.find((s) => /^\s*,\s*$/.test(s) && !/[\r\n]/.test(s)) ?? ', ';
  const parts = items.map((item) => {
    if ('render' in item) return item.render(true).join(' ');
    const span = list.items[item.keep]!;
    return sliceWith(text, span.start, span.end, item.edits);
  });
  let out = head;
  items.forEach((item, j) => {
    if (j > 0) {
      const previous = items[j - 1]!;
      const kept =
        'keep' in previous && 'keep' in item && item.keep === previous.keep + 1
          ? separators[previous.keep]
          : undefined;
      out += kept ?? plain;
    }
    out += parts[j];
  });
  if (items.length === 0)
    return text.slice(list.open + 1, first.start).trimEnd() === '' ? '' : head.trimEnd();
  return `${out}${trailingComma}${tail}`;
}

/**
 * An inline list that gets a multi-line item is written one item per line: kept items keep their
 * text, each on its own line one level in from the opening bracket's line.
 */
function exploded(
  source: SourceText,
  list: ListSpan,
  items: readonly ListItem[],
  options: ListOptions,
): string {
  const outer = source.indentOf(list.open);
  const indent = `${outer}${options.indent}`;
  const lines = items.map((item, j) => {
    const comma = j < items.length - 1 || options.trailingComma ? ',' : '';
    const text =
      'render' in item
        ? item.render(false).join(`${options.eol}${indent}`)
        : sliceWith(
            source.text,
            list.items[item.keep]!.start,
            list.items[item.keep]!.end,
            item.edits,
          );
    return `${indent}${text}${comma}`;
  });
  return `${options.eol}${lines.join(options.eol)}${options.eol}${outer}`;
}
