/**
 * A static file server for the benchmark's search probes, serving a built site the way a static host does: a folder's
 * `index.html` for its URL (a folder URL without its trailing slash is redirected), `404.html` for a missing file, and
 * text (HTML, CSS, JavaScript, JSON, SVG, XML) gzip-compressed when the browser accepts it. Pagefind's index files and
 * WebAssembly are already compressed and are sent as they are. Both sites of the side-by-side go through this one
 * server, so neither gains from how it is served.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Whether a static host compresses a file of this content type. */
export const isCompressedText = (type: string): boolean => /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/.test(type);

export const contentType = (file: string): string => TYPES[path.extname(file)] ?? 'application/octet-stream';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (`port` 0 picks a free one). */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const find = async (pathname: string): Promise<{ file: string; status: number } | { redirect: string } | undefined> => {
    const file = path.join(root, decodeURIComponent(pathname));
    if (!file.startsWith(root)) return undefined;
    const stats = await stat(file).catch(() => undefined);
    if (stats?.isFile()) return { file, status: 200 };
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      if ((await stat(path.join(file, 'index.html')).catch(() => undefined))?.isFile()) return { file: path.join(file, 'index.html'), status: 200 };
    }
    return undefined;
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const found = (await find(pathname)) ?? { file: path.join(root, '404.html'), status: 404 };
      if ('redirect' in found) {
        response.writeHead(301, { location: found.redirect }).end();
        return;
      }
      const body = await readFile(found.file).catch(() => undefined);
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const type = contentType(found.file);
      const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-cache' };
      let sent: Buffer = body;
      if (isCompressedText(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        sent = gzipped.get(found.file) ?? gzipSync(body);
        gzipped.set(found.file, sent);
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
      headers['content-length'] = sent.length;
      response.writeHead(found.status, headers).end(request.method === 'HEAD' ? undefined : sent);
    })().catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
