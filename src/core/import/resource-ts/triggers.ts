import type * as t from '@babel/types';
import type { TriggerEvent } from '../../model/types';
import type { ReadContext } from './context';
import { describe, propertyKey, unwrap } from './expressions';
import { readFunctionRef } from './function-ref';

const EVENTS: readonly string[] = ['onUpload', 'onDelete'] satisfies TriggerEvent[];

/** `triggers: { onUpload: fn, onDelete: fn }` → event to function name; bad entries reported and left out. */
export function readTriggers(
  ctx: ReadContext,
  node: t.Node,
): Partial<Record<TriggerEvent, string>> {
  const triggers: Partial<Record<TriggerEvent, string>> = {};
  const object = unwrap(node);
  if (object.type !== 'ObjectExpression') {
    ctx.error(
      'invalid-triggers',
      node,
      `Expected an object literal such as \`{ onUpload: myFunction }\` for \`triggers\`, found ${describe(node)} ${ctx.quote(node)}`,
    );
    return triggers;
  }
  for (const property of object.properties) {
    const key = property.type === 'SpreadElement' ? undefined : propertyKey(property);
    const keyNode = property.type === 'SpreadElement' ? property : property.key;
    if (key === undefined || !EVENTS.includes(key)) {
      const found = key === undefined ? `${describe(keyNode)} ${ctx.quote(keyNode)}` : `\`${key}\``;
      ctx.error(
        'invalid-triggers',
        keyNode,
        `Expected a trigger event (onUpload or onDelete) in \`triggers\`, found ${found}`,
      );
      continue;
    }
    const event = key as TriggerEvent;
    if (event in triggers)
      ctx.error(
        'duplicate-option',
        keyNode,
        `The trigger \`${event}\` is given twice; the last one wins`,
      );
    const value =
      property.type === 'ObjectMethod' ? property : (property as t.ObjectProperty).value;
    const fn = readFunctionRef(ctx, value, `the \`${event}\` trigger`);
    if (fn !== undefined) triggers[event] = fn;
    else delete triggers[event]; // the last one wins, even when it is unreadable
  }
  return triggers;
}
