import type { AccessAction, Design, DesignEdit, Finding, Fix, Person } from '../core';
import type { TemplateName } from './templates';

/** Where the exported policies and amplify_outputs.json say the buckets live. Blank = placeholder. */
export interface BucketSettings {
  readonly region: string;
  /** Bucket name per storage name (what `bucketPlacements` takes). */
  readonly bucketNames: Readonly<Record<string, string>>;
}

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The request simulator's form. `person` is a matrix person, named as in the matrix. */
export interface SimulatorInput {
  readonly person: Person;
  readonly action: AccessAction;
  readonly key: string;
  readonly identityId: string;
}

/** Past and future documents for undo/redo; each entry is a whole (structurally shared) design. */
export interface History {
  readonly past: readonly Design[];
  readonly future: readonly Design[];
}

/**
 * The user's resource.ts the design came from (an import, a drop, the code editor): exports write
 * the design into this text as the smallest change (core/source-edit) instead of a fresh file.
 * `design` is what the text was read as, the start of the edits since.
 */
export interface ResourceSource {
  readonly text: string;
  readonly design: Design;
  /**
   * The file as imported (the one on the user's disk), once the code editor's text has replaced
   * `text`: 'Changes to resource.ts' shows the changes since the import, not since the last read.
   */
  readonly imported?: { readonly text: string; readonly design: Design };
}

/** What the store holds: the document and UI state. Everything else is derived (see ./selectors). */
export interface AppData {
  readonly design: Design;
  readonly storageIndex: number;
  readonly bucket: BucketSettings;
  readonly theme: ThemeChoice;
  readonly simulator: SimulatorInput;
  readonly history: History;
  /** Present while the design came from a resource.ts (see ResourceSource). */
  readonly source?: ResourceSource;
}

/** The document and the view a saved session brings back (everything but the undo history). */
export type SessionData = Pick<
  AppData,
  'design' | 'storageIndex' | 'bucket' | 'theme' | 'simulator' | 'source'
>;

/** Verbs. Design changes travel as core `DesignEdit`s so undo, autosave and fixes share one path. */
export interface AppActions {
  edit: (edit: DesignEdit | readonly DesignEdit[]) => void;
  /**
   * Applies a finding's fix. `madeFor` is the design the finding was computed from: if the design
   * changed since, the fix is recomputed on the live design, or nothing happens when the finding
   * is gone (see core `liveFix`). `fix` picks one of the finding's fixes (its `fix` by default).
   */
  applyFix: (finding: Finding, madeFor: Design, fix?: Fix) => void;
  loadTemplate: (name: TemplateName) => void;
  /** A design read from a file; `source` when it was a resource.ts (exports then keep that text). */
  loadDesign: (design: Design, source?: ResourceSource) => void;
  /**
   * A whole new version of the design (read from code): one undo step, the storage stays selected;
   * `source`, the code it was read from, becomes the text exports keep.
   */
  replaceDesign: (design: Design, source?: ResourceSource) => void;
  /** What another tab saved: its design as one undo step, and its view. */
  loadSession: (data: SessionData) => void;
  /**
   * Shows a shared design as a fresh document: no undo history (the session keeps the user's), the
   * first storage, and the given bucket and simulator settings; the theme stays.
   */
  showShared: (design: Design, view: Pick<SessionData, 'bucket' | 'simulator'>) => void;
  /** Makes the shown (shared) design the user's own: `previous`, their design, becomes the oldest undo step. */
  keepShown: (previous: Design) => void;
  /** Back to a session as it was: its design, view and undo history, as one (not undoable) switch. */
  restoreSession: (data: SessionData, history: History) => void;
  selectStorage: (storageIndex: number) => void;
  setBucketSettings: (
    patch: Partial<Omit<BucketSettings, 'bucketNames'>> & { bucketName?: string },
  ) => void;
  setTheme: (theme: ThemeChoice) => void;
  setSimulator: (patch: Partial<SimulatorInput>) => void;
  undo: () => void;
  redo: () => void;
}

export type AppState = AppData & AppActions;
