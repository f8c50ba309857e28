import type * as Monaco from 'monaco-editor/editor/editor.api';

/**
 * JSON colouring as a Monarch grammar. Monaco's JSON language service (validation, completion)
 * pulls in a worker and most editor contributions, ~300 KiB gzip, for text nobody edits here.
 * Token names are the ones Monaco's themes already colour for JSON.
 */
export function registerJson(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === 'json')) return;
  monaco.languages.register({ id: 'json', extensions: ['.json'], aliases: ['JSON'] });
  monaco.languages.setLanguageConfiguration('json', {
    brackets: [
      ['{', '}'],
      ['[', ']'],
    ],
  });
  monaco.languages.setMonarchTokensProvider('json', {
    tokenizer: {
      root: [
        [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'string.key.json'],
        [/"(?:[^"\\]|\\.)*"/, 'string.value.json'],
        [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number.json'],
        [/\b(?:true|false|null)\b/, 'keyword.json'],
        [/[{}[\]]/, 'delimiter.bracket.json'],
        [/[,:]/, 'delimiter.json'],
      ],
    },
  });
}
