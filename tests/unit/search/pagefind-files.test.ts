import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gunzipIfCompressed } from '../../../src/search/client/pagefind-files.ts';

const FOLDER = 'https://guide.test/pagefind/';
/** What a Pagefind file holds once inflated: its signature, then the payload. */
const inflated = (payload: string) => new TextEncoder().encode(`pagefind_dcd${payload}`);
const arrayBufferOf = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const gzipped = (payload: string) => arrayBufferOf(gzipSync(inflated(payload)));
const text = (bytes: ArrayBuffer) => new TextDecoder().decode(bytes);
/** Bytes as an array: `toEqual` compares an `ArrayBuffer`'s contents only through a view. */
const bytesOf = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)];

describe('gunzipIfCompressed', () => {
  it('inflates gzip bytes', async () => {
    expect(text(await gunzipIfCompressed(gzipped('index chunk')))).toBe('pagefind_dcdindex chunk');
  });

  it('leaves other bytes as they are', async () => {
    const plain = arrayBufferOf(inflated('already inflated'));
    expect(await gunzipIfCompressed(plain)).toBe(plain);
    const empty = new ArrayBuffer(0);
    expect(await gunzipIfCompressed(empty)).toBe(empty);
  });
});

describe('servePagefindFiles', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /**
   * Installs the file server over a fake network that serves `served` by URL and counts the requests it gets; returns
   * the page's `fetch`, the server and the counts.
   */
  async function pageFetch(served: Record<string, { body: ArrayBuffer | string; status?: number }>) {
    const requests = new Map<string, number>();
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input), FOLDER).href;
      requests.set(url, (requests.get(url) ?? 0) + 1);
      const file = served[url];
      return file === undefined ? new Response('missing', { status: 404 }) : new Response(file.body, { status: file.status ?? 200 });
    });
    const { servePagefindFiles } = await import('../../../src/search/client/pagefind-files.ts');
    const files = servePagefindFiles(FOLDER);
    return { fetch: globalThis.fetch, files, requests };
  }

  it('hands Pagefind its index files, WebAssembly and fragments already inflated', async () => {
    const { fetch } = await pageFetch({
      [`${FOLDER}index/en_1.pf_index`]: { body: gzipped('chunk') },
      [`${FOLDER}wasm.en.pagefind`]: { body: gzipped('wasm') },
      [`${FOLDER}fragment/en_2.pf_fragment`]: { body: gzipped('{"url":"/a/"}') },
      [`${FOLDER}pagefind.en_3.pf_meta`]: { body: gzipped('meta') },
    });
    expect(text(await (await fetch(`${FOLDER}index/en_1.pf_index`)).arrayBuffer())).toBe('pagefind_dcdchunk');
    // Pagefind asks with paths relative to the site's root, and may pass a Request.
    expect(text(await (await fetch('/pagefind/wasm.en.pagefind')).arrayBuffer())).toBe('pagefind_dcdwasm');
    expect(text(await (await fetch(new Request(`${FOLDER}fragment/en_2.pf_fragment`))).arrayBuffer())).toBe('pagefind_dcd{"url":"/a/"}');
    expect(text(await (await fetch(`${FOLDER}pagefind.en_3.pf_meta`)).arrayBuffer())).toBe('pagefind_dcdmeta');
  });

  it('passes every other request through untouched', async () => {
    const elsewhere = 'https://guide.test/downloads/en_1.pf_index';
    const { fetch } = await pageFetch({
      [`${FOLDER}pagefind-entry.json`]: { body: '{"version":"1.6.0"}' },
      [elsewhere]: { body: gzipped('not Pagefind’s') },
      [`${FOLDER}index/en_4.pf_index`]: { body: gzipped('server error'), status: 500 },
    });
    expect(await (await fetch(`${FOLDER}pagefind-entry.json`)).json()).toEqual({ version: '1.6.0' });
    expect(bytesOf(await (await fetch(elsewhere)).arrayBuffer())).toEqual(bytesOf(gzipped('not Pagefind’s')));
    const failed = await fetch(`${FOLDER}index/en_4.pf_index`);
    expect(failed.status).toBe(500);
    expect(bytesOf(await failed.arrayBuffer())).toEqual(bytesOf(gzipped('server error')));
  });

  it('answers Pagefind with a file fetched ahead, once, without asking the network again', async () => {
    const entry = `${FOLDER}pagefind-entry.json?ts=17`;
    const meta = `${FOLDER}pagefind.en_3.pf_meta`;
    const { fetch, files, requests } = await pageFetch({
      [entry]: { body: '{"version":"1.6.0"}' },
      [meta]: { body: gzipped('meta') },
    });
    expect(text((await files.fetchAhead(entry)) ?? new ArrayBuffer(0))).toBe('{"version":"1.6.0"}');
    // Fetched ahead through the inflater: Pagefind gets the metadata inflated.
    expect(text((await files.fetchAhead(meta)) ?? new ArrayBuffer(0))).toBe('pagefind_dcdmeta');
    expect(await (await fetch('/pagefind/pagefind-entry.json?ts=17')).json()).toEqual({ version: '1.6.0' });
    expect(text(await (await fetch(meta)).arrayBuffer())).toBe('pagefind_dcdmeta');
    expect([requests.get(entry), requests.get(meta)]).toEqual([1, 1]);

    // Once only: a later request, or one with another cache-buster, goes to the network.
    await fetch(entry);
    await fetch(`${FOLDER}pagefind-entry.json?ts=18`);
    expect([requests.get(entry), requests.get(`${FOLDER}pagefind-entry.json?ts=18`)]).toEqual([2, 1]);
  });

  it('sends Pagefind to the network for a file whose fetch ahead failed', async () => {
    const chunk = `${FOLDER}index/en_5.pf_index`;
    const { fetch, files, requests } = await pageFetch({ [chunk]: { body: gzipped('busy'), status: 503 } });
    expect(await files.fetchAhead(chunk)).toBeUndefined();
    expect((await fetch(chunk)).status).toBe(503);
    expect(requests.get(chunk)).toBe(2);
  });

  it('answers Pagefind with bytes read elsewhere, once; without them, its request goes to the network', async () => {
    const entry = `${FOLDER}pagefind-entry.json?ts=17`;
    const { fetch, files, requests } = await pageFetch({ [entry]: { body: '{"version":"from the network"}' } });
    files.answerWith(entry, Promise.resolve(arrayBufferOf(new TextEncoder().encode('{"version":"read ahead"}'))));
    expect(await (await fetch(entry)).json()).toEqual({ version: 'read ahead' });
    expect(requests.get(entry)).toBeUndefined();
    expect(await (await fetch(entry)).json()).toEqual({ version: 'from the network' });

    files.answerWith(entry, Promise.resolve(undefined));
    expect(await (await fetch(entry)).json()).toEqual({ version: 'from the network' });
    expect(requests.get(entry)).toBe(2);
  });
});
