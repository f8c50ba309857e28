import type * as t from '@babel/types';
import type { Storage } from '../../model/types';
import { readAccessRecord } from './access-record';
import { readAccessCallback } from './access-callback';
import type { ReadContext } from './context';
import { describe, propertyKey, stringValue, unwrap } from './expressions';
import { readTriggers } from './triggers';
import type { StorageSpans, TriggerSpans } from './spans';
import type { StorageLocation } from './types';

export interface ReadStorage {
  storage: Storage;
  location: StorageLocation;
  spans: StorageSpans;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Property = t.ObjectProperty | t.ObjectMethod;

const OPTIONS = ['name', 'isDefault', 'versioned', 'keepOnDelete', 'triggers', 'access'] as const;
type OptionName = (typeof OPTIONS)[number];
const isOption = (key: string): key is OptionName => (OPTIONS as readonly string[]).includes(key);

/** The options object literal of `defineStorage({...})`, reporting any other argument shape. */
function optionsObject(ctx: ReadContext, call: t.CallExpression): t.ObjectExpression | undefined {
  const [first, extra] = call.arguments;
  if (extra)
    ctx.error(
      'invalid-storage-argument',
      extra,
      `defineStorage takes one options object, found another argument ${ctx.quote(extra)}`,
    );
  const options = first && unwrap(first);
  if (options?.type === 'ObjectExpression') return options;
  const found = first
    ? `${describe(first)} ${ctx.quote(first)}`
    : `no argument in ${ctx.quote(call)}`;
  ctx.error(
    'invalid-storage-argument',
    first ?? call,
    `Expected an object literal such as \`{ name: 'myProjectFiles' }\` as defineStorage's options, found ${found}`,
  );
  return undefined;
}

/** Applies one option to the storage being built; `value` is the property's value (or the method itself). */
function applyOption(
  ctx: ReadContext,
  storage: Mutable<Storage>,
  location: StorageLocation,
  spans: Mutable<StorageSpans>,
  key: OptionName,
  property: Property,
) {
  const value = property.type === 'ObjectMethod' ? property : property.value;
  spans.values = { ...spans.values, [key]: ctx.span(unwrap(value)) };
  switch (key) {
    case 'name': {
      const name = stringValue(value);
      if (name === undefined)
        ctx.error(
          'invalid-name',
          value,
          `Expected a string literal as the storage \`name\`, found ${describe(value)} ${ctx.quote(value)}`,
        );
      storage.name = name ?? '';
      location.name = ctx.loc(unwrap(value));
      return;
    }
    case 'isDefault':
    case 'versioned':
    case 'keepOnDelete': {
      const literal = unwrap(value);
      if (literal.type === 'BooleanLiteral') storage[key] = literal.value;
      else
        ctx.error(
          'invalid-boolean',
          value,
          `Expected \`true\` or \`false\` for \`${key}\`, found ${describe(value)} ${ctx.quote(value)}`,
        );
      return;
    }
    case 'triggers': {
      storage.triggers = readTriggers(ctx, value);
      const triggers = triggerSpans(ctx, value);
      if (triggers) spans.triggers = triggers;
      else delete spans.triggers;
      return;
    }
    case 'access': {
      // Even an unreadable callback means "has access": Amplify would write paths for it.
      const { record, param } = readAccessCallback(ctx, property);
      const read = record
        ? readAccessRecord(ctx, record, param)
        : { paths: [], locations: [], spans: [] };
      storage.hasAccess = true;
      storage.paths = read.paths;
      location.paths = read.locations;
      spans.paths = read.spans;
      if (param === undefined) delete spans.param;
      else spans.param = param;
      if (record) spans.record = ctx.list(record);
      else delete spans.record;
    }
  }
}

/** Where each trigger was written, when `triggers` is an object literal. */
function triggerSpans(ctx: ReadContext, node: t.Node): TriggerSpans | undefined {
  const object = unwrap(node);
  if (object.type !== 'ObjectExpression') return undefined;
  return {
    object: ctx.list(object),
    events: object.properties.map((p) => (p.type === 'SpreadElement' ? undefined : propertyKey(p))),
    values: object.properties.map((p) =>
      ctx.span(p.type === 'ObjectProperty' ? unwrap(p.value) : p),
    ),
  };
}

/**
 * Reads one `defineStorage({...})` call into a Storage. Undefined only when the call has no options
 * object literal; every other problem is reported and the rest of the storage still read.
 */
export function readStorage(
  ctx: ReadContext,
  call: t.CallExpression,
  exportName: string | undefined,
): ReadStorage | undefined {
  const options = optionsObject(ctx, call);
  if (!options) return undefined;
  const storage: Mutable<Storage> = { name: '', hasAccess: false, paths: [] };
  if (exportName !== undefined) storage.exportName = exportName;
  const location: StorageLocation = { call: ctx.loc(call), paths: [] };
  const spans: Mutable<StorageSpans> = {
    call: ctx.span(call),
    options: ctx.list(options),
    optionKeys: options.properties.map((p) =>
      p.type === 'SpreadElement' ? undefined : propertyKey(p),
    ),
    values: {},
    paths: [],
  };
  const seen = new Set<string>();
  for (const property of options.properties) {
    const key = property.type === 'SpreadElement' ? undefined : propertyKey(property);
    const keyNode = property.type === 'SpreadElement' ? property : property.key;
    if (key === undefined) {
      ctx.error(
        'invalid-option-key',
        keyNode,
        `Expected an option name such as \`name\` or \`access\` in defineStorage, found ${describe(keyNode)} ${ctx.quote(keyNode)}`,
      );
    } else if (!isOption(key)) {
      ctx.error(
        'unknown-option',
        keyNode,
        `Unknown defineStorage option \`${key}\`: the options are ${OPTIONS.join(', ')}`,
      );
    } else {
      if (seen.has(key))
        ctx.error(
          'duplicate-option',
          keyNode,
          `The option \`${key}\` is given twice; the last one wins`,
        );
      seen.add(key);
      applyOption(ctx, storage, location, spans, key, property as Property);
    }
  }
  if (!seen.has('name'))
    ctx.error(
      'missing-name',
      call.callee,
      `defineStorage has no \`name\` option; Amplify requires one, e.g. \`name: 'myProjectFiles'\``,
    );
  return { storage, location, spans };
}
