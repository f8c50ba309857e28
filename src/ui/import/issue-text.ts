import type { ImportIssue } from '../../state';

/** "Line 3, column 7: message" when the issue has a place, else the message alone. */
export const issueText = (issue: ImportIssue) =>
  issue.line === undefined
    ? issue.message
    : `Line ${issue.line}, column ${issue.column ?? 1}: ${issue.message}`;
