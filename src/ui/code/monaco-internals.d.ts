// Monaco ships no declarations for this module of its TypeScript language (see typescript-service.ts).
declare module 'monaco-editor/languages/features/typescript/tsMode' {
  import type { LanguageServiceDefaults } from 'monaco-editor/languages/features/typescript/register';
  export function setupTypeScript(defaults: LanguageServiceDefaults): void;
}
