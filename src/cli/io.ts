import { fstatSync, writeSync } from 'node:fs';

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
function closableWriter(stream: NodeJS.WriteStream): (text: string | Uint8Array) => void {
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

/**
 * Whether `fd` is a pipe, a socket or a file, which `writeSync` writes to whole and in order
 * (a terminal, or anything on Windows, goes through Node's stream, which knows consoles).
 */
function writesDirectly(fd: number): boolean {
  if (process.platform === 'win32') return false;
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}

/**
 * Writes to fd 1 or 2 with `writeSync` when it is a pipe, socket or file (what CI gives a
 * command), else through `process.stdout`/`process.stderr`. Making Node's stream for a pipe costs
 * 3–5 ms of CPU on every run (it loads and sets up net.Socket; bench/results.md, issue 11, sixth
 * pass), more than the whole answer of a small design. The same text arrives in the same order
 * (Node's own writes to pipes and files are synchronous on Linux and macOS too). A reader that has
 * gone (EPIPE) stops the writing quietly, as `closableWriter` does; a descriptor that would block
 * (EAGAIN: non-blocking, and full) hands what is left to the stream, which waits for it.
 */
function descriptorWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (text: string) => void {
  let direct: boolean | undefined;
  let gone = false;
  let viaStream: ((text: string | Uint8Array) => void) | undefined;
  return (text) => {
    if (gone) return;
    if (viaStream) return viaStream(text);
    direct ??= writesDirectly(fd);
    if (!direct) {
      viaStream = closableWriter(stream());
      return viaStream(text);
    }
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          gone = true;
          return;
        }
        if (code !== 'EAGAIN') throw error;
        viaStream = closableWriter(stream());
        return viaStream(bytes.subarray(offset));
      }
    }
  };
}

export const processIo: Io = {
  out: descriptorWriter(1, () => process.stdout),
  err: descriptorWriter(2, () => process.stderr),
};
