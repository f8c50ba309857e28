import type { AccessAction, Design, DesignEdit, Finding, Person } from '../core';
import type { TemplateName } from './templates';

/** Where the exported policies and amplify_outputs.json say the buckets live. Blank = placeholder. */
export interface BucketSettings {
  readonly region: string;
  /** Bucket name per storage name (what `bucketPlacements` takes). */
  readonly bucketNames: Readonly<Record<string, string>>;
}

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The request simulator's form. `person` is a matrix person; `authenticated` reads "signed-in user". */
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

/** What the store holds: the document and UI state. Everything else is derived (see ./selectors). */
export interface AppData {
  readonly design: Design;
  readonly storageIndex: number;
  readonly bucket: BucketSettings;
  readonly theme: ThemeChoice;
  readonly simulator: SimulatorInput;
  readonly history: History;
}

/** Verbs. Design changes travel as core `DesignEdit`s so undo, autosave and fixes share one path. */
export interface AppActions {
  edit: (edit: DesignEdit | readonly DesignEdit[]) => void;
  /**
   * Applies a finding's fix. `madeFor` is the design the finding was computed from: if the design
   * changed since, the fix is recomputed on the live design, or nothing happens when the finding
   * is gone (see core `liveFix`).
   */
  applyFix: (finding: Finding, madeFor: Design) => void;
  loadTemplate: (name: TemplateName) => void;
  loadDesign: (design: Design) => void;
  /** A whole new version of the design (read from code): one undo step, the storage stays selected. */
  replaceDesign: (design: Design) => void;
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
