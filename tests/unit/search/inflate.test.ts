import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gunzipIfCompressed } from '../../../src/client/search/inflate.ts';

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

describe('inflatePagefindFiles', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  /** Installs the inflater over a fake network that serves `files` by URL, and returns the page's `fetch`. */
  async function pageFetch(files: Record<string, { body: ArrayBuffer | string; status?: number }>) {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = input instanceof Request ? input.url : String(input);
      const file = files[new URL(url, FOLDER).href];
      return file === undefined ? new Response('missing', { status: 404 }) : new Response(file.body, { status: file.status ?? 200 });
    });
    const { inflatePagefindFiles } = await import('../../../src/client/search/inflate.ts');
    inflatePagefindFiles(FOLDER);
    return globalThis.fetch;
  }

  it('hands Pagefind its index files, WebAssembly and fragments already inflated', async () => {
    const fetch = await pageFetch({
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
    const fetch = await pageFetch({
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
});
