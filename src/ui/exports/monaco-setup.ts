/**
 * Monaco, bundled (no CDN: the app works offline) and trimmed to what a read-only viewer needs:
 * the editor API, TypeScript and JSON colouring (Monarch grammars, not the language services with
 * their workers: the TypeScript one alone is 1.5 MiB), plus find and folding. Imported only from the
 * lazy CodeEditor chunk.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { registerJson } from './json-language';

// Only the editor worker is needed: no language here runs a service of its own.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

registerJson(monaco);

loader.config({ monaco });

export { monaco };
