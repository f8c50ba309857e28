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
// Services of what the code editor (ui/code, lazy) adds: completion, F8 to the next problem.
// Monaco takes services only until its first editor starts them, so these two small modules are
// registered here, ahead of any viewer.
import 'monaco-editor/editor/contrib/suggest/browser/suggestMemory';
import 'monaco-editor/editor/contrib/gotoError/browser/markerNavigationService';
import { registerJson } from './json-language';

// Only the editor worker is needed: no language here runs a service of its own.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

registerJson(monaco);

/**
 * Monaco announces a language once, when its first model appears. The code editor (ui/code) adds
 * the TypeScript language service later, lazily, and must know whether it missed that moment.
 */
export let typescriptModelsSeen = false;
monaco.languages.onLanguage('typescript', () => {
  typescriptModelsSeen = true;
});

loader.config({ monaco });

export { monaco };
