/**
 * First-load bytes: the files index.html loads (and their static imports) against everything
 * fetched later on demand, each gzipped here with zlib at level 6 (what most servers use).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
  /** Part of the code editor (Monaco, its workers, styles and font). */
  readonly monaco: boolean;
}

export interface BundleSizes {
  readonly initial: readonly FileSize[];
  readonly lazy: readonly FileSize[];
}

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]*?from\s*)?["']\.\/([^"']+\.js)["']/g;

export function bundleSizes(dist: string): BundleSizes {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (initial.has(file) || !existsSync(join(assets, file))) continue;
    initial.add(file);
    if (file.endsWith('.js'))
      for (const m of readFileSync(join(assets, file), 'utf8').matchAll(STATIC_IMPORT))
        queue.push(m[1]!);
  }
  const size = (file: string): FileSize => {
    const data = readFileSync(join(assets, file));
    const monaco =
      /codicon|editor\.worker|ts\.worker|monaco|CodeEditor/i.test(file) ||
      /monaco-editor|MonacoEnvironment/.test(data.toString('latin1'));
    return { file, bytes: data.length, gzip: gzipSync(data, { level: 6 }).length, monaco };
  };
  const all = readdirSync(assets).filter((f) => !f.endsWith('.map'));
  return {
    initial: all.filter((f) => initial.has(f)).map(size),
    lazy: all.filter((f) => !initial.has(f)).map(size),
  };
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
