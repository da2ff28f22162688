/** The benchmark serves both sites as a static host does, so search bytes are counted as a reader receives them. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

let root: string;
let server: StaticServer;
const html = '<!doctype html><title>Entry</title>'.repeat(40);
const pagefindChunk = gzipSync(Buffer.from('pagefind index '.repeat(50)));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bfg-static-'));
  await mkdir(path.join(root, 'glossary/term/'), { recursive: true });
  await mkdir(path.join(root, 'pagefind'), { recursive: true });
  await writeFile(path.join(root, 'glossary/term/index.html'), html);
  await writeFile(path.join(root, 'pagefind/pagefind.en_1.pf_meta'), pagefindChunk);
  await writeFile(path.join(root, '404.html'), 'Not here');
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

function get(pathname: string, encoding = 'gzip'): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(new URL(pathname, server.url), { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

test('a folder URL serves its index.html gzipped to a browser that accepts gzip, with the compressed length', async () => {
  const response = await get('/glossary/term/');
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/html/);
  expect(response.headers['content-encoding']).toBe('gzip');
  expect(Number(response.headers['content-length'])).toBe(response.body.length);
  expect(response.body.length).toBeLessThan(html.length / 4);
  expect(gunzipSync(response.body).toString()).toBe(html);
  expect((await get('/glossary/term/', 'identity')).body.toString()).toBe(html);
});

test('Pagefind’s files, compressed already, are sent as they are', async () => {
  const response = await get('/pagefind/pagefind.en_1.pf_meta');
  expect(response.headers['content-encoding']).toBeUndefined();
  expect(response.body.equals(pagefindChunk)).toBe(true);
});

test('a folder without its slash is redirected, and a missing page gets the 404 page', async () => {
  const redirect = await get('/glossary/term');
  expect(redirect.status).toBe(301);
  expect(redirect.headers['location']).toBe('/glossary/term/');
  const missing = await get('/nowhere/');
  expect(missing.status).toBe(404);
  expect(gunzipSync(missing.body).toString()).toBe('Not here');
  expect((await get('/../../etc/passwd')).status).toBe(404);
});
