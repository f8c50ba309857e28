/** Guards against pathological input: each bound is far above any real resource.ts. */

/** Sources above this are refused before parsing: a resource.ts is a few KiB, and parsing is O(n) in memory. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Problems listed per import; more would only bury the first ones (and cost memory). */
export const MAX_PROBLEMS = 1000;

/** How many missing commas are patched before giving up: each costs a full re-parse. */
export const MAX_COMMA_REPAIRS = 20;
