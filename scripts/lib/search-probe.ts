/**
 * Measures search in a built site the way a reader meets it, in headless Chromium with an empty cache and no service
 * worker: what an entry page's view fetches for search (should be nothing), then what the first query costs from
 * opening search to the results on screen — requests, bytes as served, bytes as a compressing host would send them
 * (text gzip-compressed; Pagefind's chunks and WebAssembly are already compressed) and two times: until the first
 * result is listed (an exact title or alias match comes from the title list alone) and until the full-text results
 * and their count are on screen.
 */
import { chromium, type Browser } from '@playwright/test';
import { preview } from 'astro';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, defaultLookup, findChromium } from '../../tests/support/chromium.ts';

export interface SearchProbe {
  pageViewSearchRequests: number;
  firstQuery: { requests: number; servedBytes: number; transferBytes: number; firstResultMilliseconds: number; fullTextMilliseconds: number };
}

/** Every file that belongs to search: Pagefind, the title list and the code of the search dialog and page. A page view must fetch none. */
export const SEARCH_RESOURCE = /\/pagefind\/|\/search\/titles\.json|\/_astro\/search-ui\./;
const COMPRESSIBLE = /\.(js|mjs|json|css|html)(\?|$)/;

/** The median of `runs` cold first queries (a fresh browser context each, by full-text time), as timing on a shared machine varies. */
export async function probeSearch(outDir: string, entryPath: string, query: string, runs = 5, port = 4499): Promise<SearchProbe> {
  const server = await preview({ outDir, server: { port, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: findChromium(defaultLookup(() => chromium.executablePath())).executablePath, args: CHROMIUM_ARGS });
  try {
    const probes: SearchProbe[] = [];
    for (let run = 0; run < runs; run++) probes.push(await probeOnce(browser, `http://127.0.0.1:${port}/${entryPath}`, query));
    probes.sort((a, b) => a.firstQuery.fullTextMilliseconds - b.firstQuery.fullTextMilliseconds);
    const median = probes[Math.floor(probes.length / 2)];
    if (median === undefined) throw new Error('no search probe ran');
    return median;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function probeOnce(browser: Browser, url: string, query: string): Promise<SearchProbe> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const responses: { url: string; body: Buffer }[] = [];
    page.on('response', (response) => {
      void response.body().then(
        (body) => responses.push({ url: response.url(), body }),
        () => undefined,
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const pageViewSearchRequests = responses.filter(({ url }) => SEARCH_RESOURCE.test(url)).length;

    const before = responses.length;
    const started = performance.now();
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search the guide' }).fill(query);
    await page.getByRole('option').first().waitFor();
    const firstResultMilliseconds = performance.now() - started;
    await page.getByRole('status').filter({ hasText: `for “${query}”` }).waitFor();
    const fullTextMilliseconds = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const fetched = responses.slice(before);
    const transfer = (url: string, body: Buffer) => (COMPRESSIBLE.test(new URL(url).pathname) ? gzipSync(body, { level: 9 }).length : body.length);
    return {
      pageViewSearchRequests,
      firstQuery: {
        requests: fetched.length,
        servedBytes: fetched.reduce((sum, { body }) => sum + body.length, 0),
        transferBytes: fetched.reduce((sum, { url, body }) => sum + transfer(url, body), 0),
        firstResultMilliseconds,
        fullTextMilliseconds,
      },
    };
  } finally {
    await context.close();
  }
}
