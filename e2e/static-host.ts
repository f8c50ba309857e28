import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticHost {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Serves `html` at `path` (a docs page of the host site). */
  page(path: string, html: string): void;
  close(): Promise<void>;
}

/**
 * A plain static host, as a docs site would be: `dist/` copied under `prefix`, nothing else
 * (no rewrites, no SPA fallback), on 127.0.0.1 only. Proves the build needs no server support.
 */
export async function startStaticHost(dist: string, prefix: string): Promise<StaticHost> {
  const root = resolve(dist);
  const pages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(page);
      return;
    }
    if (!path.startsWith(prefix)) return void res.writeHead(404).end('not found');
    const relative = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
    if (!file.startsWith(root)) return void res.writeHead(403).end('forbidden');
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    page: (path, html) => void pages.set(path, html),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
