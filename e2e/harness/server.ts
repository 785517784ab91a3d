/**
 * A static server for fixture pages on 127.0.0.1 (never any other address), with a few
 * routes that need special headers.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const PAGES = new URL('../pages', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Route {
  (req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean>;
}

export interface FixtureServer {
  readonly origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves e2e/pages/ and any extra routes; `?csp=none` adds a strict Content-Security-Policy. */
export async function startServer(
  routes: readonly Route[] = [],
  host = '127.0.0.1',
): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      res.statusCode = 500;
      res.end();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const route of routes) if (await route(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(PAGES, decodeURIComponent(url.pathname)));
    if (!path.startsWith(PAGES)) {
      res.statusCode = 403;
      res.end();
      return;
    }
    try {
      const body = await readFile(path);
      res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
      if (url.searchParams.get('csp') === 'none')
        res.setHeader('content-security-policy', "default-src 'none'");
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end('not found');
    }
  }
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
