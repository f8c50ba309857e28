import type { CodeStyle } from '../export/code-style';
import {
  accessLines,
  pathEntryLines,
  renderPrincipal,
  renderRule,
  triggerLines,
  type LocalNames,
} from '../export/resource-ts';
import { tsPropertyKey, tsQuoted } from '../export/ts-literals';
import type { ListSpan, PathSpans, RuleSpans, StorageSpans } from '../import/resource-ts/spans';
import { pathIdOf } from '../model/ids';
import type { PathEntry, Rule, Storage, TriggerEvent } from '../model/types';
import { rewriteList, type ListItem, type ListOptions } from './list';
import { pairItems } from './pair';
import { CannotEditInPlace } from './refusal';
import type { TextEdit } from './text-edit';
import type { SourceText } from './text';

/** What editing one storage needs from the file. */
export interface StorageEditContext {
  readonly source: SourceText;
  readonly style: CodeStyle;
  /** How new text refers to a function (an identifier the file binds, or an inline call). */
  readonly functions: LocalNames['functions'];
}

const OPTION_ORDER = ['name', 'isDefault', 'versioned', 'keepOnDelete', 'triggers', 'access'];
const FLAGS = ['isDefault', 'versioned', 'keepOnDelete'] as const;
import { canonical as json } from './canonical';

function listOptions(ctx: StorageEditContext, multilineWhenEmpty: boolean, padInline: boolean) {
  const { indent, eol, trailingComma } = ctx.style;
  return { indent, eol, trailingComma, multilineWhenEmpty, padInline } satisfies ListOptions;
}

/** Old items paired with new ones: kept ones with their edits, the others rendered afresh. */
function listItems<T>(
  old: readonly T[],
  next: readonly T[],
  partners: readonly (number | undefined)[],
  edits: (before: T, after: T, index: number) => TextEdit[],
  render: (item: T, inline: boolean) => readonly string[],
): ListItem[] {
  return next.map((item, j) => {
    const i = partners[j];
    return i === undefined
      ? { render: (inline: boolean) => render(item, inline) }
      : { keep: i, edits: edits(old[i]!, item, i) };
  });
}

/** A list of strings (actions, groups): kept ones stay as written, new ones in the file's quotes. */
function stringListEdits(
  ctx: StorageEditContext,
  list: ListSpan,
  old: readonly string[],
  next: readonly string[],
): TextEdit[] {
  if (json(old) === json(next)) return [];
  const partners = pairItems(old, next, [(s) => s], false);
  const items = listItems(
    old,
    next,
    partners,
    () => [],
    (s) => [tsQuoted(s, ctx.style.quote)],
  );
  return rewriteList(ctx.source, list, items, listOptions(ctx, false, false));
}

function ruleEdits(
  ctx: StorageEditContext,
  allow: () => string,
  old: Rule,
  next: Rule,
  spans: RuleSpans,
): TextEdit[] {
  const edits: TextEdit[] = [];
  const a = old.principal;
  const b = next.principal;
  if (json(a) !== json(b)) {
    if (
      a.kind === 'groups' &&
      b.kind === 'groups' &&
      !a.legacySingular &&
      !b.legacySingular &&
      spans.groups
    )
      edits.push(...stringListEdits(ctx, spans.groups, a.groups, b.groups));
    else
      edits.push({
        start: spans.principal.start,
        end: spans.principal.end,
        text: renderPrincipal(next, allow(), ctx.functions, ctx.style),
      });
  }
  edits.push(...stringListEdits(ctx, spans.actions, old.actions, next.actions));
  return edits;
}

/** Whether this storage's rule arrays are written one rule per line (so new ones are too). */
function rulesMultiline(ctx: StorageEditContext, spans: StorageSpans): boolean {
  const written = spans.paths.flatMap((p) =>
    p.rules && p.rules.items.length > 0 ? [p.rules] : [],
  );
  if (written.length === 0) return true;
  return written.some((list) => !ctx.source.sameLine(list.open, list.items[0]!.start));
}

function pathLines(
  ctx: StorageEditContext,
  names: LocalNames,
  entry: PathEntry,
  inline: boolean,
  multiline: boolean,
): string[] {
  if (!inline && multiline) return pathEntryLines(entry, names, ctx.style);
  const rules = entry.rules.map((r) => renderRule(r, names.allow, names.functions, ctx.style));
  return [`${tsPropertyKey(entry.path, false, ctx.style.quote)}: [${rules.join(', ')}]`];
}

function pathEdits(
  ctx: StorageEditContext,
  allow: () => string,
  old: PathEntry,
  next: PathEntry,
  spans: PathSpans,
  multiline: boolean,
): TextEdit[] {
  const edits: TextEdit[] = [];
  if (old.path !== next.path)
    edits.push({
      start: spans.key.start,
      end: spans.key.end,
      text: tsPropertyKey(next.path, false, ctx.style.quote),
    });
  if (json(old.rules) === json(next.rules)) return edits;
  if (!spans.rules) throw new CannotEditInPlace('storage-has-errors');
  const partners = pairItems(old.rules, next.rules, [json, (r) => json(r.principal)], true);
  const items = listItems(
    old.rules,
    next.rules,
    partners,
    (a, b, i) => ruleEdits(ctx, allow, a, b, spans.ruleSpans[i]!),
    (rule) => [renderRule(rule, allow(), ctx.functions, ctx.style)],
  );
  edits.push(...rewriteList(ctx.source, spans.rules, items, listOptions(ctx, multiline, false)));
  return edits;
}

function accessEdits(
  ctx: StorageEditContext,
  old: Storage,
  next: Storage,
  spans: StorageSpans,
): TextEdit[] {
  if (json(old.paths) === json(next.paths)) return [];
  if (!spans.record) throw new CannotEditInPlace('storage-has-errors');
  const allow = () => {
    if (spans.param === undefined) throw new CannotEditInPlace('no-allow-parameter');
    return spans.param;
  };
  const names = (): LocalNames => ({ defineStorage: '', allow: allow(), functions: ctx.functions });
  const multiline = rulesMultiline(ctx, spans);
  // A path keeps its id through edits (model/ids): when `old` is the design the edits started
  // from, that pairs renamed and moved paths exactly; content and key pair the rest.
  const partners = pairItems(old.paths, next.paths, [pathIdOf, json, (p) => p.path], true);
  const items = listItems(
    old.paths,
    next.paths,
    partners,
    (a, b, i) => pathEdits(ctx, allow, a, b, spans.paths[i]!, multiline),
    (entry, inline) => pathLines(ctx, names(), entry, inline, multiline),
  );
  return rewriteList(ctx.source, spans.record, items, listOptions(ctx, true, true));
}

function triggerEdits(
  ctx: StorageEditContext,
  old: Storage,
  next: Storage,
  spans: StorageSpans,
): TextEdit[] {
  const before = old.triggers ?? {};
  const after = next.triggers ?? {};
  if (json(before) === json(after)) return [];
  const triggers = spans.triggers;
  if (!triggers) throw new CannotEditInPlace('storage-has-errors');
  const items: ListItem[] = [];
  const present = new Set<string>();
  triggers.events.forEach((event, i) => {
    const fn = after[event as TriggerEvent];
    if (!fn) return;
    present.add(event!);
    const value = triggers.values[i]!;
    const edits =
      before[event as TriggerEvent] === fn
        ? []
        : [{ start: value.start, end: value.end, text: ctx.functions.get(fn) ?? fn }];
    items.push({ keep: i, edits });
  });
  for (const [event, fn] of Object.entries(after))
    if (fn && !present.has(event))
      items.push({ render: () => [`${event}: ${ctx.functions.get(fn) ?? fn}`] });
  return rewriteList(ctx.source, triggers.object, items, listOptions(ctx, false, true));
}

/** The lines of a new option of `next` (undefined when the storage does not have it). */
function optionLines(
  ctx: StorageEditContext,
  next: Storage,
  spans: StorageSpans,
  option: string,
): string[] | undefined {
  const names: LocalNames = {
    defineStorage: '',
    allow: spans.param ?? 'allow',
    functions: ctx.functions,
  };
  if (option === 'name') return [`name: ${tsQuoted(next.name, ctx.style.quote)}`];
  if ((FLAGS as readonly string[]).includes(option)) {
    const value = next[option as (typeof FLAGS)[number]];
    return value === undefined ? undefined : [`${option}: ${value}`];
  }
  if (option === 'triggers') return triggerLines(next, names, ctx.style);
  return next.hasAccess ? accessLines(next.paths, names, ctx.style) : undefined;
}

/**
 * The smallest edits turning the storage `old`, written at `spans`, into `next`: each option,
 * path, rule and action that stays keeps its text; changed values are replaced where they are
 * written; new options, paths and rules are written in the file's style next to their siblings.
 * Throws CannotEditInPlace when the storage cannot be changed that way.
 */
export function storageEdits(
  ctx: StorageEditContext,
  old: Storage,
  next: Storage,
  spans: StorageSpans,
): TextEdit[] {
  const items: { item: ListItem; order: number }[] = [];
  const present = new Set<string>();
  spans.optionKeys.forEach((key, i) => {
    if (key === undefined || !OPTION_ORDER.includes(key) || present.has(key))
      throw new CannotEditInPlace('storage-has-errors');
    const value = spans.values[key];
    let edits: TextEdit[] = [];
    if (key === 'name') {
      if (old.name !== next.name && value)
        edits = [
          { start: value.start, end: value.end, text: tsQuoted(next.name, ctx.style.quote) },
        ];
    } else if ((FLAGS as readonly string[]).includes(key)) {
      const flag = key as (typeof FLAGS)[number];
      if (next[flag] === undefined) return;
      if (next[flag] !== old[flag] && value)
        edits = [{ start: value.start, end: value.end, text: String(next[flag]) }];
    } else if (key === 'triggers') {
      if (Object.values(next.triggers ?? {}).every((fn) => !fn)) return;
      edits = triggerEdits(ctx, old, next, spans);
    } else {
      if (!next.hasAccess) return;
      edits = accessEdits(ctx, old, next, spans);
    }
    present.add(key);
    items.push({ item: { keep: i, edits }, order: OPTION_ORDER.indexOf(key) });
  });
  OPTION_ORDER.forEach((option, order) => {
    if (present.has(option)) return;
    const lines = optionLines(ctx, next, spans, option);
    if (!lines) return;
    // Next to its neighbours in Amplify's usual order: before the first option that follows it.
    const at = items.findIndex((x) => x.order > order);
    const item = { item: { render: () => lines } as ListItem, order };
    if (at < 0) items.push(item);
    else items.splice(at, 0, item);
  });
  return rewriteList(
    ctx.source,
    spans.options,
    items.map((x) => x.item),
    listOptions(ctx, true, true),
  );
}
