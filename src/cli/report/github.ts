import { relative, sep } from 'node:path';

/** One GitHub workflow annotation: shown on the file's line in a pull request. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly file: string;
  readonly line?: number | undefined;
  readonly col?: number | undefined;
  readonly title?: string;
  readonly message: string;
}

/** Whether the CLI runs as a GitHub Actions step (the runner sets GITHUB_ACTIONS=true). */
export const inGitHubActions = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.GITHUB_ACTIONS === 'true';

/**
 * `::error file=…,line=…,col=…,title=…::message`, escaped as the runner expects (actions/toolkit's
 * command.ts: `%`, CR and LF in the message; also `:` and `,` in properties).
 */
export function annotationLine(a: Annotation): string {
  const props = [`file=${escapeProperty(repoPath(a.file))}`];
  if (a.line !== undefined) props.push(`line=${a.line}`);
  if (a.col !== undefined) props.push(`col=${a.col}`);
  if (a.title !== undefined) props.push(`title=${escapeProperty(a.title)}`);
  return `::${a.level} ${props.join(',')}::${escapeData(a.message)}\n`;
}

/** A path as GitHub and SARIF viewers want it: relative to the working directory, with "/". */
export function repoPath(file: string): string {
  const rel = relative(process.cwd(), file) || file;
  return rel.split(sep).join('/');
}

const escapeData = (text: string) =>
  text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
