/** Where a command writes: the real streams in the binary, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * A process stream that stops writing, quietly, once its reader has gone: `access-matrix matrix
 * big.ts | head -1` closes the pipe after one line, and Node (which ignores SIGPIPE) reports
 * that as an EPIPE 'error' event, an uncaught exception with a stack trace if nobody listens.
 * What is left to print has nobody to read it; the command still finishes and exits with its own
 * code, so `set -o pipefail` in CI sees a check's failure and not a broken pipe.
 */
function closableWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  let listening = false;
  return (text) => {
    if (gone) return;
    if (!listening) {
      listening = true;
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        gone = true;
      });
    }
    stream.write(text);
  };
}

export const processIo: Io = {
  out: closableWriter(process.stdout),
  err: closableWriter(process.stderr),
};
