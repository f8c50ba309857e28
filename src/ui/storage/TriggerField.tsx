import {
  inlineEntryProblem,
  type Design,
  type DesignEdit,
  type FunctionOrigin,
  type TriggerEvent,
} from '../../core';
import { DOCS_ENTRY, EVENT_WORDS } from './entry-words';
import { EntryInput } from './EntryInput';

const NEW_INLINE = '\u0000new';

interface TriggerFieldProps {
  /** The function the trigger runs now, if any. */
  fn: string | undefined;
  functions: readonly string[];
  origins: Design['functionOrigins'];
  /** The design as it is now, read when it is needed (choosing, typing an entry). */
  design: () => Design;
  storageIndex: number;
  event: TriggerEvent;
  edit: (edit: DesignEdit) => void;
}

/** The docs' handler file for the event, or the first numbered one no other function takes. */
function freshEntry(design: Design, event: TriggerEvent): string {
  const docs = DOCS_ENTRY[event];
  if (!inlineEntryProblem(design, docs)) return docs;
  for (let n = 2; ; n++) {
    const entry = docs.replace(/\.ts$/, `-${n}.ts`);
    if (!inlineEntryProblem(design, entry)) return entry;
  }
}

/**
 * One trigger of the selected storage: none, a function the design declares, or a new inline
 * `defineFunction({ entry })` (which starts with the docs' handler file, editable beside it).
 */
export function TriggerField({
  fn,
  functions,
  origins,
  design,
  storageIndex,
  event,
  edit,
}: TriggerFieldProps) {
  const origin: FunctionOrigin | undefined =
    fn !== undefined && origins && Object.hasOwn(origins, fn) ? origins[fn] : undefined;
  const inline = origin?.kind === 'inline' && origin.name === undefined ? origin : undefined;
  const set = (target: Extract<DesignEdit, { type: 'setTrigger' }>['target']) =>
    edit({ type: 'setTrigger', storageIndex, event, target });
  return (
    <span className="trigger-field">
      <label className="inline-field" title={`${event}: ${EVENT_WORDS[event]}`}>
        <span className="label mono">
          {event}
          <span className="sr-only"> trigger</span>
        </span>
        <select
          className="field"
          value={fn ?? ''}
          onChange={(e) => {
            const value = e.target.value;
            if (value === '') set({ kind: 'none' });
            else if (value === NEW_INLINE)
              set({ kind: 'inline', entry: freshEntry(design(), event) });
            else set({ kind: 'function', name: value });
          }}
        >
          <option value="">none</option>
          {fn !== undefined && !functions.includes(fn) && (
            <option value={fn}>{fn} (not declared)</option>
          )}
          {functions.map((name) => (
            <option key={name} value={name}>
              {name}
              {origins && Object.hasOwn(origins, name) && origins[name]!.kind === 'inline'
                ? ' (inline)'
                : ''}
            </option>
          ))}
          <option value={NEW_INLINE}>new inline defineFunction…</option>
        </select>
      </label>
      {inline?.entry !== undefined && (
        <EntryInput
          event={event}
          design={design}
          value={inline.entry}
          onCommit={(entry) => set({ kind: 'inline', entry })}
        />
      )}
    </span>
  );
}
