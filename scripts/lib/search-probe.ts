/**
 * Measures search in a built site the way a reader meets it, in headless Chromium with an empty cache and no service
 * worker: what an entry page's view fetches for search (should be nothing), then what the first query costs from
 * opening search to the results on screen — requests, bytes as served, bytes as a compressing host would send them
 * (text gzip-compressed; Pagefind's chunks and WebAssembly are already compressed) and two times: until the first
 * result is listed (an exact title or alias match comes from the title list alone) and until the full-text results
 * and their count are on screen.
 */
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { preview } from 'astro';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, defaultLookup, findChromium } from '../../tests/support/chromium.ts';

export interface SearchProbe {
  pageViewSearchRequests: number;
  firstQuery: { requests: number; servedBytes: number; transferBytes: number; firstResultMilliseconds: number; fullTextMilliseconds: number };
}

/**
 * Every file that belongs to search: Pagefind, the title list and the code of the search dialog and page. A page view
 * must fetch none.
 */
export const SEARCH_RESOURCE = /\/pagefind\/|\/search\/titles\.json|\/_astro\/search-ui\./;
const COMPRESSIBLE = /\.(js|mjs|json|css|html)(\?|$)/;

/** The median run, and the middle half of the runs' full-text times (the first and third quartile). */
export interface SearchProbeSummary extends SearchProbe {
  fullTextMiddleHalfMilliseconds: [number, number];
}

/**
 * The median of `runs` cold first queries (a fresh browser context each, by full-text time): timing on a shared
 * machine varies, and one slow or fast run must not decide the figure; the middle half of the runs shows how much.
 */
export async function probeSearch(outDir: string, entryPath: string, query: string, runs: number, port = 4499): Promise<SearchProbeSummary> {
  const server = await preview({ outDir, server: { port, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: findChromium(defaultLookup(() => chromium.executablePath())).executablePath, args: CHROMIUM_ARGS });
  try {
    const probes: SearchProbe[] = [];
    for (let run = 0; run < runs; run++) probes.push(await probeOnce(browser, `http://127.0.0.1:${port}/${entryPath}`, query));
    probes.sort((a, b) => a.firstQuery.fullTextMilliseconds - b.firstQuery.fullTextMilliseconds);
    const median = probes[Math.floor(probes.length / 2)];
    if (median === undefined) throw new Error('no search probe ran');
    const fullTextAt = (fraction: number) => probes[Math.floor((probes.length - 1) * fraction)]?.firstQuery.fullTextMilliseconds ?? 0;
    return { ...median, fullTextMiddleHalfMilliseconds: [fullTextAt(0.25), fullTextAt(0.75)] };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function probeOnce(browser: Browser, url: string, query: string): Promise<SearchProbe> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // Bodies are read once the query is answered, so fetching them through the debugging protocol costs nothing
    // while it is timed.
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(url, { waitUntil: 'networkidle' });
    const pageViewSearchRequests = responses.filter((response) => SEARCH_RESOURCE.test(response.url())).length;

    const before = responses.length;
    const times = await timeFirstQuery(page, query);
    await page.waitForLoadState('networkidle');
    const fetched = await Promise.all(
      responses.slice(before).map(async (response) => ({ url: response.url(), body: await response.body().catch(() => Buffer.alloc(0)) })),
    );
    const transfer = (url: string, body: Buffer) => (COMPRESSIBLE.test(new URL(url).pathname) ? gzipSync(body, { level: 9 }).length : body.length);
    return {
      pageViewSearchRequests,
      firstQuery: {
        requests: fetched.length,
        servedBytes: fetched.reduce((sum, { body }) => sum + body.length, 0),
        transferBytes: fetched.reduce((sum, { url, body }) => sum + transfer(url, body), 0),
        ...times,
      },
    };
  } finally {
    await context.close();
  }
}

/**
 * Presses `/`, types `query` once the search box has focus, and returns the times from the key press to the first
 * result and to the full-text results with their count, taken inside the page: the key press's own timestamp, and a
 * mutation observer that notes when the first option and the status line's count appear. The harness only waits
 * for the answer after that, so its polling never competes with search for the page's main thread.
 */
async function timeFirstQuery(page: Page, query: string): Promise<{ firstResultMilliseconds: number; fullTextMilliseconds: number }> {
  await page.evaluate((query) => {
    const times = { pressed: 0, firstResult: 0, fullText: 0 };
    addEventListener('keydown', (event) => (times.pressed ||= event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      times.firstResult ||= document.querySelector('dialog [role="option"]') === null ? 0 : performance.now();
      if (document.querySelector('dialog [role="status"]')?.textContent?.includes(`for “${query}”`)) {
        times.fullText = performance.now();
        observer.disconnect();
        Object.assign(window, { searchProbeTimes: times });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, query);
  // Playwright evaluates its own helper script in the page the first time it waits on a condition there; done during
  // the query, that evaluation (tens of milliseconds) would be timed as if search had spent it.
  await page.waitForFunction(() => true);
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
  await page.keyboard.insertText(query);
  // The times are published on `window` only once the full text is in.
  const answered = await page.waitForFunction(() => (window as { searchProbeTimes?: ProbeTimes }).searchProbeTimes);
  const times = (await answered.jsonValue()) as ProbeTimes;
  return { firstResultMilliseconds: times.firstResult - times.pressed, fullTextMilliseconds: times.fullText - times.pressed };
}

/** Page times (`performance.now()` scale) of the key press, the first result and the full-text results. */
interface ProbeTimes {
  pressed: number;
  firstResult: number;
  fullText: number;
}
