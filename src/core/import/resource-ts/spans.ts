/**
 * Where each part of a resource.ts was written, as offsets into the original text: what a
 * source-keeping writer (../../source-edit) needs to change one part and leave the rest byte for
 * byte. Offsets are UTF-16 code units, `end` exclusive. Indices match the design's: `paths[i]`
 * is `storage.paths[i]`, `rules[j]` its `rules[j]`.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An array or object literal: the offsets of its `[`/`{` and `]`/`}`, and each item's span. */
export interface ListSpan {
  readonly open: number;
  readonly close: number;
  readonly items: readonly Span[];
}

/** One `allow.X.to([...])`: the whole call, its principal, the group list and the action list. */
export interface RuleSpans {
  readonly rule: Span;
  readonly principal: Span;
  /** The array of `allow.groups([...])`. */
  readonly groups?: ListSpan;
  readonly actions: ListSpan;
}

/** One access-record entry `'path/*': [...]`: the whole property, its key, its rule array. */
export interface PathSpans {
  readonly entry: Span;
  readonly key: Span;
  /** Undefined when the value is not an array literal (an error was reported). */
  readonly rules?: ListSpan;
  readonly ruleSpans: readonly RuleSpans[];
}

/** `triggers: {...}`: the object, and per property its event (as written) and value. */
export interface TriggerSpans {
  readonly object: ListSpan;
  readonly events: readonly (string | undefined)[];
  readonly values: readonly Span[];
}

/** One `defineStorage({...})`. */
export interface StorageSpans {
  /** The top-level statement when it holds nothing but this storage (so it can be removed whole). */
  readonly statement?: Span;
  readonly call: Span;
  /** The options object; `optionKeys[i]` names `options.items[i]` (undefined: not a plain key). */
  readonly options: ListSpan;
  readonly optionKeys: readonly (string | undefined)[];
  /** Each option's value, by option name (the last one when an option is repeated). */
  readonly values: Readonly<Record<string, Span>>;
  readonly triggers?: TriggerSpans;
  /** The access callback's parameter name (`allow`). */
  readonly param?: string;
  /** The access record object literal. */
  readonly record?: ListSpan;
  readonly paths: readonly PathSpans[];
}

/** One import declaration. */
export interface ImportSpans {
  readonly statement: Span;
  readonly from: string;
  readonly typeOnly: boolean;
  readonly specifiers: readonly { imported: string; local: string; span: Span }[];
}

/** Everything a source-keeping writer needs to know about the file beyond the design. */
export interface FileSpans {
  readonly storages: readonly StorageSpans[];
  readonly imports: readonly ImportSpans[];
  /** Names bound at the top level (imports, consts, functions, classes): new ones must differ. */
  readonly topLevelNames: readonly string[];
  /** Where a new top-level statement goes when appended: the end of the last statement. */
  readonly programEnd: number;
  /** How many of the syntax-error problems are missing commas the reader patched in. */
  readonly commaRepairs: number;
}
