import type { Design } from '../core';
import type { ImportProblem } from '../core/import';
import { codeMarkers, type CodeMarker } from './code-markers';
import { readCode, type CodeRead } from './code-read';
import { textEdit, type TextEdit } from './code-text';
import type { AppStore } from './create-store';
import { findingsOf } from './selectors/access';
import { writeResourceTs } from '../core/source-edit';
import { resourceTsOf } from './selectors/exports';
import { resourceSource } from './source-edit';
import type { ResourceSource } from './types';

/** The editor's text, as the session sees it (Monaco's model in the app, a string in tests). */
export interface CodeBuffer {
  getValue(): string;
  /** Applies an edit the session makes; it must not come back as a `textChanged` call. */
  apply(edit: TextEdit): void;
}

/** What the editor shows about its text. */
export interface CodeStatus {
  /** `error`: the text cannot be read as a whole; the design on screen is the last one that could. */
  readonly state: 'ok' | 'error';
  /** The importer's errors, when `state` is `error`. */
  readonly errors: readonly ImportProblem[];
  readonly markers: readonly CodeMarker[];
}

export interface CodeSession {
  /** The user changed the text: it is read after a pause in typing. */
  textChanged(): void;
  /** Reads text still waiting for the pause now. */
  flush(): void;
  /** Flushes, then stops following the store. */
  dispose(): void;
}

/** Pause after the last keystroke before the text is read (Babel takes a few ms; typing goes on). */
export const CODE_READ_DELAY_MS = 150;

/**
 * Two-way binding of resource.ts text and the store's design. Text the user types becomes the
 * design (one undo step per read that changes it, and the text becomes the design's source); a
 * design change from anywhere else (a checkbox, undo, a template) is written into the text by the
 * source-keeping writer: only the lines it concerns change, so comments typed in the editor, its
 * cursor and its undo stack survive. The editor opens on the design's source when it has one.
 * `shown` is the design the text stands for, which tells the two directions apart.
 */
export function startCodeSession(
  store: AppStore,
  buffer: CodeBuffer,
  onStatus: (status: CodeStatus) => void,
  delay = CODE_READ_DELAY_MS,
): CodeSession {
  let shown: Design = store.getState().design;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const report = (read: CodeRead) =>
    onStatus(
      read.ok
        ? {
            state: 'ok',
            errors: [],
            markers: codeMarkers(read.imported, read.design, findingsOf(read.design)),
          }
        : { state: 'error', errors: read.errors, markers: codeMarkers(read.imported, null, []) },
    );

  /** Design → text: written into `base` (the text and the design it stands for) when there is one. */
  const show = (design: Design, base?: ResourceSource) => {
    cancel();
    const text = base ? writeResourceTs(base.text, design, base.design).text : resourceTsOf(design);
    const edit = textEdit(buffer.getValue(), text);
    if (edit.start !== edit.end || edit.text) buffer.apply(edit);
    shown = design;
    report(readCode(text, design));
  };

  /** Text → design. */
  const read = () => {
    cancel();
    const result = readCode(buffer.getValue(), store.getState().design);
    if (result.ok) {
      shown = result.design;
      const { source, replaceDesign } = store.getState();
      replaceDesign(result.design, resourceSource(buffer.getValue(), result.design, source));
    }
    report(result);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design !== previous.design && state.design !== shown)
      show(state.design, { text: buffer.getValue(), design: shown });
  });
  show(shown, store.getState().source);

  const flush = () => {
    if (timer !== undefined) read();
  };
  return {
    textChanged: () => {
      cancel();
      timer = setTimeout(read, delay);
    },
    flush,
    dispose: () => {
      flush();
      unsubscribe();
    },
  };
}
