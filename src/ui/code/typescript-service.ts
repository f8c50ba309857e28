/**
 * The TypeScript language service for the code editor: completion, hovers and type errors for
 * resource.ts against the hand-written Amplify declarations. Its worker is the biggest thing the
 * app can load (about 1.45 MiB gzip), so only this module, reached by entering code editing,
 * refers to it: until then the read-only viewers have colouring only (afterwards the service
 * checks their resource.ts too).
 */
import {
  ModuleKind,
  ModuleResolutionKind,
  ScriptTarget,
  typescriptDefaults,
} from 'monaco-editor/languages/features/typescript/register';
import { setupTypeScript } from 'monaco-editor/languages/features/typescript/tsMode';
import TypeScriptWorker from 'monaco-editor/language/typescript/ts.worker?worker';
// What code editing adds to the viewers' Monaco: completion, hovers (type info, marker messages),
// signature help, F8 to the next problem. Their services must already exist (see monaco-setup).
// (features/suggest/register holds only inline completions in 0.57: the controller is imported.)
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/parameterHints/register';
import 'monaco-editor/features/gotoError/register';
// Tab indents in an editable editor; Ctrl+M makes it move focus instead (no keyboard trap).
import 'monaco-editor/features/toggleTabFocusMode/register';
import { monaco, typescriptModelsSeen } from '../exports/monaco-setup';
import { AMPLIFY_BACKEND_DTS, functionModulesDts } from './amplify-types';

const editorWorker = self.MonacoEnvironment?.getWorker;
self.MonacoEnvironment = {
  getWorker: (id, label) =>
    label === 'typescript' || label === 'javascript'
      ? new TypeScriptWorker()
      : editorWorker!.call(self.MonacoEnvironment, id, label),
};

// amplify/tsconfig.json as `npm create amplify` writes it.
typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ES2020,
  module: ModuleKind.ESNext,
  moduleResolution: ModuleResolutionKind.NodeJs,
  lib: ['es2022'],
  strict: true,
  noEmit: true,
  allowNonTsExtensions: true,
});
typescriptDefaults.addExtraLib(AMPLIFY_BACKEND_DTS, 'file:///types/amplify-backend.d.ts');

// Monaco starts a language's service when its first model appears. A read-only viewer may have
// shown TypeScript before this module loaded: then that moment has passed, so start it here.
if (typescriptModelsSeen) setupTypeScript(typescriptDefaults);

const FUNCTIONS_LIB = 'file:///types/amplify-functions.d.ts';

/** Declares the design's functions as what `../functions/NAME/resource` files export. */
export function declareFunctions(functions: readonly string[]): void {
  typescriptDefaults.addExtraLib(functionModulesDts(functions), FUNCTIONS_LIB);
}

/** Sets Monaco's theme (one for the whole page). */
export function setEditorTheme(dark: boolean): void {
  monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
}

let coloursApplied = false;

/**
 * Re-applies the theme once the first code editor exists: the contributions above register
 * colours (the suggest list's background, say) that reach the page's CSS only when a theme is
 * applied, and applying the current theme again does nothing, so the other one goes first.
 */
export function refreshThemeColours(dark: boolean): void {
  if (coloursApplied) return;
  coloursApplied = true;
  setEditorTheme(!dark);
  setEditorTheme(dark);
}

// End-to-end tests read markers and models through the API rather than Monaco's DOM.
if (navigator.webdriver) Object.assign(window, { __accessMatrixMonaco: monaco });

export { monaco };
