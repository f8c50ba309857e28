import { createContext, useContext } from 'react';
import type { ImportIssue, ImportOutcome } from '../../state';

/** What the last successful import wants the user to know (shown under the header). */
export interface ImportNote {
  readonly title: string;
  readonly warnings: readonly ImportIssue[];
  readonly lost: readonly string[];
}

/** A dialog to open with a source already in it (a dropped file that failed), or empty. */
export interface DialogStart {
  readonly text: string;
  readonly fileName: string;
  readonly outcome: ImportOutcome | null;
  /** Changes when a new source replaces the one in an open dialog. */
  readonly key: number;
}

export interface ImportApi {
  openDialog(): void;
  /** Imports a text; on success replaces the design (undoable). */
  run(text: string, fileName: string): Promise<ImportOutcome>;
  readonly note: ImportNote | null;
  dismissNote(): void;
}

export const ImportContext = createContext<ImportApi | null>(null);

export const useImport = () => useContext(ImportContext);
