import type { Design } from '../../model/types';
import type { SourceLocation } from '../../text/positions';
import type { FileSpans } from './spans';

/** Something the importer could not read, or read but wants the user to know about. */
export interface ImportProblem {
  /** Stable code from IMPORT_PROBLEM_CODES: key on it, never on the wording. */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  loc: SourceLocation;
  /** A text edit that repairs it, when one is certain: replace `loc` with `text`. */
  fix?: { title: string; loc: SourceLocation; text: string };
}

/** Where one rule was written: the whole `allow.X.to([...])`, its principal and its action array. */
export interface RuleLocation {
  loc: SourceLocation;
  principal: SourceLocation;
  actions: SourceLocation;
}

/** Where one access-record key was written; `rules` has the same indices as the model's rules. */
export interface PathLocation {
  key: SourceLocation;
  rules: RuleLocation[];
}

/** Where one defineStorage was written; `paths` has the same indices as the model's paths. */
export interface StorageLocation {
  call: SourceLocation;
  name?: SourceLocation;
  paths: PathLocation[];
}

/** The result of reading a resource.ts: the design, what went wrong, and where each part came from. */
export interface ResourceTsImport {
  /** Null only when nothing usable was found (a fatal syntax error, no defineStorage call, ...). */
  design: Design | null;
  /** Errors and warnings, each with a location, in source order. */
  problems: ImportProblem[];
  /** Same indices as design.storages. */
  locations: { storages: StorageLocation[] };
  /** Offsets of each part in the original text (indices as in the design), for source-keeping edits. */
  spans: FileSpans;
}
