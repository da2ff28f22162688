/**
 * Measures a site's search the way a reader meets it, in headless Chromium with an empty cache and no service worker,
 * served by the benchmark's static server (text gzip-compressed, as a static host sends it): what an entry page's view
 * fetches for search, then what the first query costs from opening search with its keyboard shortcut to the results
 * on screen — requests, bytes as sent (the response bodies as transferred) and as served, and two times: until the
 * first result is shown and until the results are complete with their count. The same probe runs this site's search
 * dialog and Starlight's (Pagefind's own search UI), each described by a `SearchUi`.
 */
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { CHROMIUM_ARGS, defaultLookup, findChromium } from '../../tests/support/chromium.ts';
import { serveStatic } from './static-server.ts';

export interface SearchProbe {
  /** Search files a page view fetches (before the reader opens search), and their bytes as sent. */
  pageView: { requests: number; transferBytes: number };
  firstQuery: { requests: number; servedBytes: number; transferBytes: number; firstResultMilliseconds: number; fullTextMilliseconds: number };
}

/**
 * Every file that belongs to this site's search: Pagefind, the title list, and the code and styles of the search dialog
 * and page.
 * A page view must fetch none.
 */
export const SEARCH_RESOURCE = /\/pagefind\/|\/search\/titles\.json|\/_astro\/search-(?:ui|panel)\./;

/** How a site's search is opened and how its results show, for the probe. */
export interface SearchUi {
  /** The keyboard shortcut that opens search, as Playwright names keys. */
  openKey: string;
  /** An element whose presence says search can be opened; the probe waits for it before opening search. */
  readySelector: string;
  /** The search input, focused once search is open. */
  inputSelector: string;
  /** An element that appears with the first result a reader can follow. */
  firstResultSelector: string;
  /** The element whose text tells the results are complete, and that text as a pattern (`QUERY` stands for the query). */
  doneSelector: string;
  donePattern: string;
  /** Files that belong to search, to count what a page view fetches for it. */
  searchResource: RegExp;
}

export const OUR_SEARCH_UI: SearchUi = {
  openKey: '/',
  // The launcher is part of the start-up script; the dialog and its input are loaded when search opens.
  readySelector: 'body',
  inputSelector: '[role="combobox"]',
  firstResultSelector: 'dialog [role="option"]',
  doneSelector: 'dialog [role="status"]',
  donePattern: 'for “QUERY”',
  searchResource: SEARCH_RESOURCE,
};

/** Starlight's search: a dialog opened with Ctrl+K that holds Pagefind's default UI. */
export const STARLIGHT_SEARCH_UI: SearchUi = {
  openKey: 'Control+k',
  // Starlight builds Pagefind's UI, input included, once the page is idle; opened before that, its dialog stays empty.
  readySelector: 'site-search input',
  inputSelector: 'dialog input',
  firstResultSelector: 'dialog .pagefind-ui__result-link',
  doneSelector: 'dialog .pagefind-ui__message',
  donePattern: 'results? for QUERY',
  // Pagefind and Pagefind's default UI (its script and stylesheet, which Starlight loads once the page is idle).
  searchResource: /\/pagefind\/|\/_astro\/ui-core\./,
};

/** The median run, and the middle half of the runs' full-text times (the first and third quartile). */
export interface SearchProbeSummary extends SearchProbe {
  fullTextMiddleHalfMilliseconds: [number, number];
  firstResultMiddleHalfMilliseconds: [number, number];
}

/** The run in the middle of `probes` by full-text time, and the first and third quartile of both times. */
export function medianProbe(probes: readonly SearchProbe[]): SearchProbeSummary {
  const sorted = [...probes].sort((a, b) => a.firstQuery.fullTextMilliseconds - b.firstQuery.fullTextMilliseconds);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error('no search probe ran');
  const quartiles = (values: number[]): [number, number] => {
    values.sort((a, b) => a - b);
    return [values[Math.floor((values.length - 1) * 0.25)] ?? 0, values[Math.floor((values.length - 1) * 0.75)] ?? 0];
  };
  return {
    ...median,
    fullTextMiddleHalfMilliseconds: quartiles(probes.map((probe) => probe.firstQuery.fullTextMilliseconds)),
    firstResultMiddleHalfMilliseconds: quartiles(probes.map((probe) => probe.firstQuery.firstResultMilliseconds)),
  };
}

/**
 * The median of `runs` cold first queries (a fresh browser context each, by full-text time): timing on a shared
 * machine varies, and one slow or fast run must not decide the figure; the middle half of the runs shows how much.
 */
export async function probeSearch(outDir: string, entryPath: string, query: string, runs: number, ui: SearchUi = OUR_SEARCH_UI): Promise<SearchProbeSummary> {
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: findChromium(defaultLookup(() => chromium.executablePath())).executablePath, args: CHROMIUM_ARGS });
  try {
    const probes: SearchProbe[] = [];
    for (let run = 0; run < runs; run++) probes.push(await probeOnce(browser, `${server.url}${entryPath}`, query, ui));
    return medianProbe(probes);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The body bytes of `response` as they came over the wire (compressed when the server compressed them). */
const sentBytes = async (response: Response) => (await response.request().sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;

async function probeOnce(browser: Browser, url: string, query: string, ui: SearchUi): Promise<SearchProbe> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    // Sizes and bodies are read once the query is answered, so fetching them through the debugging protocol costs
    // nothing while it is timed.
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(url, { waitUntil: 'networkidle' });
    // What the page loads for search on its own, before a reader opens it, is counted as the page view's; Starlight
    // loads Pagefind's UI once the page is idle, which on a busy machine can be after the network first went quiet.
    await page.waitForFunction((selector) => document.querySelector(selector) !== null, ui.readySelector);
    await page.waitForLoadState('networkidle');
    const pageViewResponses = responses.filter((response) => ui.searchResource.test(response.url()));

    const before = responses.length;
    const times = await timeFirstQuery(page, query, ui);
    await page.waitForLoadState('networkidle');
    const queryResponses = responses.slice(before);
    const bodies = await Promise.all(queryResponses.map(async (response) => (await response.body().catch(() => Buffer.alloc(0))).length));
    const sent = await Promise.all(queryResponses.map(sentBytes));
    return {
      pageView: { requests: pageViewResponses.length, transferBytes: (await Promise.all(pageViewResponses.map(sentBytes))).reduce((sum, bytes) => sum + bytes, 0) },
      firstQuery: {
        requests: queryResponses.length,
        servedBytes: bodies.reduce((sum, bytes) => sum + bytes, 0),
        transferBytes: sent.reduce((sum, bytes) => sum + bytes, 0),
        ...times,
      },
    };
  } finally {
    await context.close();
  }
}

/**
 * Presses the search shortcut, types `query` once the search input has focus, and returns the times from the key
 * press to the first result and to the complete results, taken inside the page: the key press's own timestamp, and a
 * mutation observer that notes when the first result and the results' count appear. The harness only waits for the
 * answer after that, so its polling never competes with search for the page's main thread.
 */
async function timeFirstQuery(page: Page, query: string, ui: SearchUi): Promise<{ firstResultMilliseconds: number; fullTextMilliseconds: number }> {
  const done = ui.donePattern.replace('QUERY', query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  await page.evaluate(
    ({ ui, done }) => {
      const times = { pressed: 0, firstResult: 0, fullText: 0 };
      addEventListener('keydown', (event) => (times.pressed ||= event.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        times.firstResult ||= document.querySelector(ui.firstResultSelector) === null ? 0 : performance.now();
        if (times.firstResult > 0 && new RegExp(done).test(document.querySelector(ui.doneSelector)?.textContent ?? '')) {
          times.fullText = performance.now();
          observer.disconnect();
          Object.assign(window, { searchProbeTimes: times });
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    },
    { ui: { firstResultSelector: ui.firstResultSelector, doneSelector: ui.doneSelector }, done },
  );
  // Playwright evaluates its own helper script in the page the first time it waits on a condition there (done already,
  // waiting for the page to be ready to search): done during the query, that evaluation would be timed as search.
  await page.keyboard.press(ui.openKey);
  await page.waitForFunction((selector) => document.activeElement?.matches(selector) === true, ui.inputSelector);
  await page.keyboard.insertText(query);
  // The times are published on `window` only once the results are complete.
  const answered = await page.waitForFunction(() => (window as { searchProbeTimes?: ProbeTimes }).searchProbeTimes);
  const times = (await answered.jsonValue()) as ProbeTimes;
  return { firstResultMilliseconds: times.firstResult - times.pressed, fullTextMilliseconds: times.fullText - times.pressed };
}

/** Page times (`performance.now()` scale) of the key press, the first result and the complete results. */
interface ProbeTimes {
  pressed: number;
  firstResult: number;
  fullText: number;
}
