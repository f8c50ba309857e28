import Editor from '@monaco-editor/react';
import './monaco-setup';

interface CodeEditorProps {
  value: string;
  language: 'typescript' | 'json';
  /** Model URI path, so each export keeps its own model (and scroll position). */
  path: string;
  dark: boolean;
  label: string;
}

/** A read-only Monaco editor. Default export: this module is the lazy chunk that pulls Monaco in. */
export default function CodeEditor({ value, language, path, dark, label }: CodeEditorProps) {
  return (
    <Editor
      value={value}
      language={language}
      path={path}
      theme={dark ? 'vs-dark' : 'vs'}
      loading={<pre className="code-fallback">{value}</pre>}
      options={{
        readOnly: true,
        domReadOnly: true,
        ariaLabel: label,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        fontSize: 12,
        lineHeight: 18,
        lineNumbersMinChars: 3,
        renderLineHighlight: 'none',
        automaticLayout: true,
        tabSize: 2,
        folding: true,
        stickyScroll: { enabled: false },
      }}
    />
  );
}
