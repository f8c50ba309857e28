import type * as t from '@babel/types';
import type { PathEntry, Rule } from '../../model/types';
import type { ReadContext } from './context';
import { describe, unwrap } from './expressions';
import { readPathKey } from './path-key';
import { readRule } from './rule';
import type { ListSpan, PathSpans, RuleSpans } from './spans';
import type { PathLocation, RuleLocation } from './types';

export interface ReadRecord {
  paths: PathEntry[];
  locations: PathLocation[];
  spans: PathSpans[];
}

/** The rules of one path: each element of its array literal, unreadable ones reported and left out. */
function readRules(ctx: ReadContext, value: t.Node, label: string, param: string | undefined) {
  const rules: Rule[] = [];
  const locations: RuleLocation[] = [];
  const spans: RuleSpans[] = [];
  const array = unwrap(value);
  if (array.type !== 'ArrayExpression') {
    ctx.error(
      'invalid-rules',
      value,
      `Expected an array of rules such as \`[${param ?? 'allow'}.guest.to(['read'])]\` for ${label}, found ${describe(value)} ${ctx.quote(value)}`,
    );
    return { rules, locations, spans, list: undefined as ListSpan | undefined };
  }
  const list: ListSpan | undefined = ctx.list(array);
  // Indexed loops, and locations and spans only when kept (`ctx.recording`): a cold CLI run reads
  // thousands of rules in V8's baseline tiers, where each step of an iterator allocates.
  for (let i = 0; i < array.elements.length; i++) {
    const element = array.elements[i] ?? null; // in bounds: `?? null` only narrows the type
    if (element === null) {
      ctx.error(
        'invalid-rules',
        array,
        `Empty slot (two commas in a row) in the rules of ${label}`,
      );
      continue;
    }
    const read = readRule(ctx, element, param);
    if (read) {
      rules.push(read.rule);
      if (ctx.recording) {
        locations.push(read.location);
        spans.push(read.spans);
      }
    }
  }
  return { rules, locations, spans, list };
}

/**
 * The access record `{ 'path/*': [rules], ... }` returned by the access callback. Every key is kept
 * in order, duplicates included (the validator reports them); `param` is the callback's parameter.
 */
export function readAccessRecord(
  ctx: ReadContext,
  record: t.ObjectExpression,
  param: string | undefined,
): ReadRecord {
  const paths: PathEntry[] = [];
  const locations: PathLocation[] = [];
  const spans: PathSpans[] = [];
  for (let i = 0; i < record.properties.length; i++) {
    const property = record.properties[i]!;
    if (property.type === 'SpreadElement') {
      ctx.error(
        'invalid-path-key',
        property,
        `Expected a storage path key such as \`'media/*': [...]\`, found a spread ${ctx.quote(property)}: the importer reads paths written in place`,
      );
      continue;
    }
    const path = readPathKey(ctx, property);
    const label = path === undefined ? ctx.quote(property.key) : `'${path}'`;
    // A method (`'a/*'() {...}`) is described by readRules as "a method", quoted whole.
    const read = readRules(
      ctx,
      property.type === 'ObjectMethod' ? property : property.value,
      label,
      param,
    );
    // An unreadable key is already reported; its rules were still read so that all errors show at once.
    if (path === undefined) continue;
    paths.push({ path, rules: read.rules });
    if (!ctx.recording) continue;
    locations.push({ key: ctx.loc(property.key), rules: read.locations });
    spans.push({
      entry: ctx.span(property),
      key: ctx.span(property.key),
      ...(read.list ? { rules: read.list } : {}),
      ruleSpans: read.spans,
    });
  }
  return { paths, locations, spans };
}
