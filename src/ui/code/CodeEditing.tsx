import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { publishCodeProblems, resourceTsOf, useAppStore, useAppStoreApi } from '../../state';
import type { CodeMarker } from '../../state/code-markers';
import { startCodeSession, type CodeStatus } from '../../state/code-session';
import type { TextEdit } from '../../state/code-text';
import type { SourceLocation } from '../../core';
import { CodeStatusBar } from './CodeStatusBar';
import './code-editing.css';
import {
  declareFunctions,
  monaco,
  refreshThemeColours,
  setEditorTheme,
} from './typescript-service';

type Editor = monaco.editor.IStandaloneCodeEditor;

/** Where Amplify keeps the file: relative imports (`../functions/x/resource`) read as in a project. */
const MODEL_URI = monaco.Uri.parse('file:///amplify/storage/resource.ts');
const MARKER_OWNER = 'access-matrix';

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  language: 'typescript',
  ariaLabel: 'resource.ts (editable)',
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 12,
  lineHeight: 18,
  lineNumbersMinChars: 3,
  automaticLayout: true,
  tabSize: 2,
  stickyScroll: { enabled: false },
  // Completion from the TypeScript service only (not every word in the file), and widgets that
  // may overflow the panel instead of being clipped by it.
  wordBasedSuggestions: 'off',
  fixedOverflowWidgets: true,
};

const toMarker = (m: CodeMarker): monaco.editor.IMarkerData => ({
  severity:
    m.severity === 'error'
      ? monaco.MarkerSeverity.Error
      : m.severity === 'warning'
        ? monaco.MarkerSeverity.Warning
        : monaco.MarkerSeverity.Info,
  code: m.code,
  source: 'Access Matrix',
  message: m.message,
  startLineNumber: m.loc.line,
  startColumn: m.loc.column,
  endLineNumber: m.loc.endLine,
  endColumn: m.loc.endColumn,
});

/** An edit the session makes (the design changed elsewhere), as one undoable step in the editor. */
function applyEdit(model: monaco.editor.ITextModel, editor: Editor, edit: TextEdit) {
  const start = model.getPositionAt(edit.start);
  const end = model.getPositionAt(edit.end);
  model.pushStackElement();
  model.pushEditOperations(
    editor.getSelections(),
    [{ range: monaco.Range.fromPositions(start, end), text: edit.text }],
    () => null,
  );
  model.pushStackElement();
}

/** Shows a place of the text: its line in the middle, the cursor there, focus in the editor. */
function revealIn(view: Editor, loc: SourceLocation) {
  view.revealLineInCenter(loc.line);
  view.setPosition({ lineNumber: loc.line, column: loc.column });
  view.focus();
}

/**
 * resource.ts, editable: the text and the design follow each other (src/state/code-session.ts),
 * the design's findings and the importer's problems are markers on the text, and the TypeScript
 * service adds completion and type errors. Default export: the lazy chunk with the TS service.
 */
export default function CodeEditing({ dark: isDark }: { dark: boolean }) {
  const store = useAppStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor | null>(null);
  const [status, setStatus] = useState<CodeStatus>();
  const functions = useAppStore((s) => s.design.functions);

  useEffect(() => declareFunctions(functions), [functions]);
  const dark = useRef(isDark);
  useLayoutEffect(() => {
    dark.current = isDark;
    setEditorTheme(isDark);
  }, [isDark]);

  useEffect(() => {
    monaco.editor.getModel(MODEL_URI)?.dispose();
    const model = monaco.editor.createModel(
      resourceTsOf(store.getState().design),
      'typescript',
      MODEL_URI,
    );
    const view = monaco.editor.create(host.current!, { ...OPTIONS, model });
    refreshThemeColours(dark.current);
    editor.current = view;
    const reveal = (loc: SourceLocation) => revealIn(view, loc);
    let applying = false;
    const session = startCodeSession(
      store,
      {
        getValue: () => model.getValue(),
        apply: (edit) => {
          applying = true;
          try {
            applyEdit(model, view, edit);
          } finally {
            applying = false;
          }
        },
      },
      (next) => {
        monaco.editor.setModelMarkers(model, MARKER_OWNER, next.markers.map(toMarker));
        setStatus(next);
        // The header and Problems count what the text cannot be read for (the design shown is
        // the last that could), each with a way back here.
        publishCodeProblems(store, { errors: next.state === 'error' ? next.errors : [], reveal });
      },
    );
    const typing = model.onDidChangeContent(() => applying || session.textChanged());
    return () => {
      typing.dispose();
      session.dispose();
      publishCodeProblems(store, { errors: [] });
      view.dispose();
      model.dispose();
      editor.current = null;
    };
  }, [store]);

  const reveal = (loc: SourceLocation) => {
    if (editor.current) revealIn(editor.current, loc);
  };

  return (
    <div className="code-editing">
      <CodeStatusBar status={status} onReveal={reveal} />
      <div className="code-editing-editor" ref={host} />
    </div>
  );
}
