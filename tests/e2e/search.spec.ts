/**
 * Search in the built site: the header control, the runtime preloaded when search opens, the dialog's keyboard model,
 * exact matches listed before the full text answers, filters, excerpts, suggestions, the shareable search page, the
 * no-JavaScript form, and ranking (every entry's exact title, and the aliases readers type most, come first).
 */
import { expect, test, type Page } from '@playwright/test';
import * as esbuild from 'esbuild';
import { checkContent } from '../../src/content-check/index.ts';
import { resolveContentRoot } from '../../src/content-check/content-root.ts';
import { entryPath } from '../../src/site/urls.ts';
import { SEARCH_RESOURCE } from '../../scripts/lib/search-probe.ts';
import { escapeRegExp } from '../support/exports.ts';
import { entryWithAlias, everyAlias, oneWordGlossaryTitle, technologies } from '../support/site-data.ts';

// A page view must not fetch search code or data; the service worker would, so it stays off here.
test.use({ serviceWorkers: 'block' });


async function openDialog(page: Page) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Types a query and waits until the status line reports on that query. */
async function searchFor(scope: Page | ReturnType<Page['getByRole']>, query: string) {
  await scope.getByRole('combobox', { name: 'Search the guide' }).fill(query);
  await expect(scope.getByRole('status')).toContainText(`“${query}”`);
}

test('a page view fetches no search code, runtime or index until search opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('glossary/rest/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => SEARCH_RESOURCE.test(url))).toEqual([]);

  const opened = requests.length;
  const dialog = await openDialog(page);
  await searchFor(dialog, 'cache');
  expect(requests.filter((url) => SEARCH_RESOURCE.test(url)).length).toBeGreaterThan(0);
  // One file of the site's own code opens search (not a chain of chunks, each waiting for the one before it), with the
  // panel's stylesheet; the rest is Pagefind and the title list.
  const own = requests.slice(opened).filter((url) => new URL(url).pathname.includes('/_astro/'));
  const ownCode = own.filter((url) => url.endsWith('.js'));
  expect(ownCode).toHaveLength(1);
  expect(ownCode[0]).toMatch(SEARCH_RESOURCE);
  expect(own.filter((url) => !url.endsWith('.js'))).toEqual([expect.stringMatching(/\/_astro\/search-panel\.[\w-]+\.css$/)]);
});

test('opening search asks for the runtime at once, and Pagefind and the engine are answered from those requests', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('glossary/rest/');
  await page.waitForLoadState('networkidle');
  // Notes when the dialog's code has run far enough to add the dialog to the page.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('dialog') === null) return;
      Object.assign(window, { dialogAddedAt: performance.now() });
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true });
  });
  const dialog = await openDialog(page);
  await searchFor(dialog, 'cache');
  const runtime = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/search/titles.json'];
  // Each file travels once: a file read ahead that Pagefind or the engine did not get their answer from (a preload
  // their request did not match, or the entry file the start-up script read) would be fetched a second time.
  for (const file of runtime) expect(requests.filter((path) => path === file), file).toHaveLength(1);
  // Requested alongside the dialog's own code, before that code has run, not once it has arrived and run. (Whether a
  // request starts before a small file from the local server has finished arriving is a race; this is not.)
  const { started, dialogAddedAt } = await page.evaluate(() => ({
    started: Object.fromEntries(
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => [new URL(entry.name).pathname, entry.startTime]),
    ),
    dialogAddedAt: (window as { dialogAddedAt?: number }).dialogAddedAt ?? 0,
  }));
  expect(dialogAddedAt).toBeGreaterThan(0);
  for (const file of runtime) expect(started[file], file).toBeLessThan(dialogAddedAt);
});

test('Pagefind’s compressed files reach it inflated by the browser, not by its own JavaScript inflater', async ({ page }) => {
  await page.goto('glossary/rest/');
  const dialog = await openDialog(page);
  await searchFor(dialog, 'cache');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  // Served gzip-compressed (starting 0x1f 0x8b); inflated, they start with Pagefind's signature, which tells Pagefind
  // to skip its own inflater.
  const start = await page.evaluate(async () =>
    new TextDecoder().decode((await (await fetch('/pagefind/wasm.en.pagefind')).arrayBuffer()).slice(0, 12)),
  );
  expect(start).toBe('pagefind_dcd');
  // Files that are not compressed pass through as served.
  expect(await page.evaluate(async () => ((await (await fetch('/pagefind/pagefind-entry.json')).json()) as { version?: string }).version)).toBeTruthy();
});

test('Pagefind’s metadata is fetched once, ahead of Pagefind, which is answered from it', async ({ page }) => {
  // Records every `fetch()` that reaches the network layer, and whether Pagefind's script is on the stack that made
  // it: the engine's file server wraps this `fetch`, so a file Pagefind gets from memory never shows up here.
  await page.addInitScript(() => {
    const fetchAsIs = window.fetch;
    const calls: { url: string; byPagefind: boolean }[] = [];
    Object.assign(window, { pagefindFetches: calls });
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      calls.push({ url, byPagefind: /\/pagefind\/pagefind\.js/.test(new Error().stack ?? '') });
      return fetchAsIs(input, init);
    };
  });
  const metaRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_meta')) metaRequests.push(request.url());
  });
  await page.goto('glossary/rest/');
  const dialog = await openDialog(page);
  await searchFor(dialog, 'cache');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “cache”/);
  const metaFetches = (await page.evaluate(() => (window as unknown as { pagefindFetches: { url: string; byPagefind: boolean }[] }).pagefindFetches)).filter(
    ({ url }) => url.endsWith('.pf_meta'),
  );
  expect(metaFetches).toEqual([{ url: expect.stringMatching(/\/pagefind\/pagefind\.en_[0-9a-f]+\.pf_meta$/) as unknown, byPagefind: false }]);
  expect(metaRequests).toHaveLength(1);
});

/** A technology card with a one-word alias (a nickname such as an abbreviation), chosen from the content. */
const NICKNAMED = entryWithAlias('technologies');
const escape = escapeRegExp;
const resultsFor = (query: string) => new RegExp(`^\\d+ results? for “${escape(query)}”`);

test('"/" opens the dialog; arrows move through results, Enter opens one', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  const input = dialog.getByRole('combobox', { name: 'Search the guide' });
  await expect(input).toBeFocused();
  await searchFor(dialog, NICKNAMED.alias);
  await expect(dialog.getByRole('status')).toHaveText(resultsFor(NICKNAMED.alias));
  const first = dialog.getByRole('option').first();
  await expect(first).toContainText(NICKNAMED.title);
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${escape(NICKNAMED.path)}$`));
});

test('the entry a query names is listed from the title list before the full-text index has answered', async ({ page }) => {
  let releaseIndex: () => void = () => undefined;
  const indexHeld = new Promise<void>((resolve) => (releaseIndex = resolve));
  await page.route('**/pagefind/index/**', async (route) => {
    await indexHeld;
    await route.continue();
  });
  await page.goto('./');
  const dialog = await openDialog(page);
  await dialog.getByRole('combobox', { name: 'Search the guide' }).fill(NICKNAMED.alias);
  await expect(dialog.getByRole('option').first()).toContainText(NICKNAMED.title);
  await expect(dialog.getByRole('option')).toHaveCount(1);
  await expect(dialog.getByRole('status')).not.toContainText(`“${NICKNAMED.alias}”`);

  releaseIndex();
  await expect(dialog.getByRole('status')).toHaveText(resultsFor(NICKNAMED.alias));
  await expect(dialog.getByRole('option').first()).toContainText(NICKNAMED.title);
});

test('Ctrl+K opens the dialog, Tab stays inside it, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('glossary/rest/');
  const navigationLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' });
  await navigationLink.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  for (let step = 0; step < 14; step++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(navigationLink).toBeFocused();
});

test('the header box opens the dialog with what was typed', async ({ page }) => {
  await page.goto('technologies/');
  const { alias, title } = entryWithAlias('glossary');
  await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').pressSequentially(alias.toLowerCase());
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('combobox')).toHaveValue(new RegExp(escape(alias.slice(0, 1).toLowerCase())));
  await expect(dialog.getByRole('option').first()).toContainText(title);
});

test('results show their type, an excerpt with the matched words marked, and sections by heading', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await searchFor(dialog, 'load balancer health');
  const first = dialog.getByRole('option').first();
  await expect(first.locator('.search-hit__type')).toHaveText(/Glossary term|Technology|Guide|Comparison/);
  await expect(dialog.locator('.search-hit mark').first()).toBeVisible();
  await searchFor(dialog, 'deployment');
  await expect(dialog.locator('.search-hit--section').first()).toBeVisible();
  await expect(dialog.locator('.search-hit--section').first()).toHaveAttribute('href', /#/);
});

test('filter chips narrow results by type and by side', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  await searchFor(dialog, 'cache');
  await dialog.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Technology' }).check();
  // The filtered search replaces the results: wait until every hit is a technology.
  const types = dialog.locator('.search-hit:not(.search-hit--section) .search-hit__type');
  await expect.poll(async () => [...new Set(await types.allTextContents())]).toEqual(['Technology']);
  const total = async () => Number((await dialog.getByRole('status').textContent())?.match(/^(\d+) result/)?.[1] ?? 0);
  const technologies = await total();
  await dialog.getByRole('group', { name: 'Side' }).getByRole('checkbox', { name: 'Backend', exact: true }).check();
  await expect.poll(total).toBeLessThan(technologies);
  await dialog.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: 'Technology' }).uncheck();
  await dialog.getByRole('group', { name: 'Side' }).getByRole('checkbox', { name: 'Backend', exact: true }).uncheck();
  await expect.poll(total).toBeGreaterThan(technologies);
});

test('a search with no results suggests the closest titles', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDialog(page);
  // A title behind "zz": Pagefind also matches words that begin a query word, and no word of the guide is "z" or "zz",
  // while the title stays the closest name.
  const { title, path } = oneWordGlossaryTitle();
  const query = `zz${title.toLowerCase()}`;
  await searchFor(dialog, query);
  await expect(dialog.getByRole('status')).toHaveText(`No results for “${query}”.`);
  await dialog.getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${escape(path)}$`));
});

test('the search page reads ?q= and the filters, and writes them back for sharing', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(NICKNAMED.alias)}&type=Technology`);
  await expect(page.getByRole('combobox', { name: 'Search the guide' })).toHaveValue(NICKNAMED.alias);
  await expect(page.getByRole('checkbox', { name: 'Technology' })).toBeChecked();
  await expect(page.getByRole('main').getByRole('option').first()).toContainText(NICKNAMED.title);
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
  const other = technologies.find((entry) => entry.id !== NICKNAMED.id && /^[a-z]+$/.test(entry.id))?.id ?? 'server';
  await searchFor(page, other);
  await expect(page).toHaveURL(new RegExp(`\\?q=${other}&type=Technology$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search is a plain form that opens the search page with ?q=', async ({ page }) => {
    await page.goto('glossary/');
    const form = page.getByRole('search', { name: 'Site' });
    await form.getByRole('searchbox').fill('caching');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=caching$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  });
});

test.describe('ranking', () => {
  // The search engine the dialog uses, bundled from its source and run in the page against the built index: every
  // query goes through the same ranking as the dialog without waiting for the dialog to render each list (the
  // dialog's own list is tested above).
  test.use({ bypassCSP: true });

  test('every entry’s exact title, and every alias, return that entry first', async ({ page }) => {
    const report = await checkContent(resolveContentRoot(), { spelling: false });
    const expected: [string, string][] = everyAlias().map(([alias, path]) => [alias, `/${path}`]);
    for (const file of report.files) {
      const data = file.data as { title?: string; name?: string };
      const title = data.title ?? data.name;
      if (title !== undefined) expected.push([title, `/${entryPath(file.collection, file.id)}`]);
    }
    expect(expected.length).toBeGreaterThan(report.files.length);

    const engine = await esbuild.build({
      entryPoints: ['src/search/client/engine.ts'],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'searchEngine',
      platform: 'browser',
      target: 'es2022',
      define: { 'import.meta.env.SEARCH_WITHOUT_PAGEFIND_FILES': 'false' },
    });
    await page.goto('search/');
    await page.addScriptTag({ content: engine.outputFiles[0]?.text ?? '' });
    const wrong = await page.evaluate(async (queries) => {
      const { search } = (window as unknown as { searchEngine: typeof import('../../src/search/client/engine.ts') }).searchEngine;
      const mistakes: string[] = [];
      for (const [query, url] of queries) {
        const first = (await search('/', query, {}, 1)).hits[0]?.url;
        if (first !== url) mistakes.push(`${query}: expected ${url}, got ${first}`);
      }
      return mistakes;
    }, expected);
    expect(wrong).toEqual([]);
  });
});
