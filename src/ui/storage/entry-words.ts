import type { InlineEntryProblem, TriggerEvent } from '../../core';

/** What an entry problem means, in the words the trigger field shows (the code is what tests key on). */
export const ENTRY_PROBLEM: Record<InlineEntryProblem, string> = {
  'entry-empty': 'Give the handler file, e.g. ./on-upload-handler.ts',
  'entry-name-invalid':
    'Amplify names the function after this file; start its name with a letter and use letters, digits, - and _ only',
  'entry-name-taken':
    'Another function already has the name this file gives; pick it from the list or use another file name',
};

/** The docs' handler file for each event (`amplify/storage/on-upload-handler.ts`). */
export const DOCS_ENTRY: Record<TriggerEvent, string> = {
  onUpload: './on-upload-handler.ts',
  onDelete: './on-delete-handler.ts',
};

/** What each event means to a user. */
export const EVENT_WORDS: Record<TriggerEvent, string> = {
  onUpload: 'runs on each upload',
  onDelete: 'runs on each delete',
};
