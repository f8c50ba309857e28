/** Guards against pathological input: each bound is far above any real resource.ts. */

/** Sources above this are refused before parsing: a resource.ts is a few KiB, and parsing is O(n) in memory. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Problems listed per import; more would only bury the first ones (and cost memory). */
export const MAX_PROBLEMS = 1000;

/** How many missing commas are patched before giving up: each costs a full re-parse. */
export const MAX_COMMA_REPAIRS = 20;

/**
 * How many syntax errors the parser may create in one import (those it reports and those it
 * discards while trying alternatives). Real files stay far below; a few hundred bytes of nested
 * `f<a>(f<a>(…` or of repeated labels `a:a:a:…` make babel create errors exponentially or
 * quadratically many, so past this the import stops instead of hanging.
 */
export const MAX_PARSER_ERRORS = 2_000;
