/**
 * Offline reading through the service worker: what a reader used stays usable offline, "Save the whole guide"
 * makes everything usable, a page never saved falls back to the offline page, and the install precache stays small.
 * The entries the tests read and search for are picked from the JSON exports, so they hold for any valid content.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS } from '../../src/schemas/registry.ts';
import { escapeRegExp, fetchExport, pageOf, sitePath } from '../support/exports.ts';

test.use({ serviceWorkers: 'allow' });

/** The worker claims the page once installed (its precache is complete by then). */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

async function searchAndOpenFirst(page: Page, query: string) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox', { name: 'Search the guide' }).fill(query);
  await expect(dialog.getByRole('status')).toContainText(`“${query}”`);
  await dialog.getByRole('option').first().click();
}

test('visit once and search: the page read and the search used work again offline', async ({ page, context, request }) => {
  // Any glossary entry to start on, and a technology to find by its name (an exact name is always the first result).
  const [start] = (await fetchExport(request, 'glossary')).entries;
  const [target] = (await fetchExport(request, 'technologies')).entries;
  test.skip(start === undefined || target === undefined, 'the guide has no glossary entry or no technology');
  if (start === undefined || target === undefined) return;
  const heading = page.getByRole('heading', { level: 1, name: target.name, exact: true });
  await page.goto(pageOf(start));
  await waitForServiceWorker(page);
  await searchAndOpenFirst(page, target.name);
  await expect(heading).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(heading).toBeVisible();
  // Pagefind fetches its entry file with a fresh ?ts= on every load; the precached copy must answer it.
  await searchAndOpenFirst(page, target.name);
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(sitePath(target.url))}$`));
  await expect(heading).toBeVisible();
});

test('"Save the whole guide" makes every page and every search work offline', async ({ page, context, request }) => {
  test.setTimeout(120_000);
  // A page and a search this browser never used, tried offline: the last technology and glossary entry by id.
  const exported = await Promise.all(COLLECTIONS.map((collection) => fetchExport(request, collection)));
  const technology = (await fetchExport(request, 'technologies')).entries.at(-1);
  const term = (await fetchExport(request, 'glossary')).entries.at(-1);
  test.skip(technology === undefined || term === undefined, 'the guide has no glossary entry or no technology');
  if (technology === undefined || term === undefined) return;
  // What the button saves must hold every entry's page.
  const files = (await (await request.get('offline/files.json')).json()) as { pages: string[]; searchIndex: string[] };
  const entryPages = exported.flatMap((collection) => collection.entries.map(pageOf));
  expect(entryPages.filter((entryPage) => !files.pages.includes(entryPage))).toEqual([]);

  await page.goto('offline/');
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Save the whole guide for offline' }).click();
  await expect(page.getByRole('status')).toContainText(`Saved: ${files.pages.length} pages`, { timeout: 90_000 });
  const progress = page.getByRole('progressbar');
  const saved = await progress.evaluate((bar: HTMLProgressElement) => ({ value: bar.value, max: bar.max }));
  expect(saved).toEqual({ value: files.pages.length + files.searchIndex.length, max: files.pages.length + files.searchIndex.length });

  await context.setOffline(true);
  await page.goto(pageOf(technology));
  await expect(page.getByRole('heading', { level: 1, name: technology.name, exact: true })).toBeVisible();
  await searchAndOpenFirst(page, term.title);
  await expect(page.getByRole('heading', { level: 1, name: term.title, exact: true })).toBeVisible();
});

test('a page that was never saved falls back to the offline page', async ({ page, context, request }) => {
  // Only the glossary index is visited, so no guide's page is in the caches.
  const [guide] = (await fetchExport(request, 'guides')).entries;
  test.skip(guide === undefined, 'the guide has no guides');
  if (guide === undefined) return;
  await page.goto('glossary/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto(pageOf(guide));
  await expect(page.getByRole('heading', { level: 1, name: 'Offline reading' })).toBeVisible();
});

test('the install precache holds the shell and the search runtime, and stays under 300 KB', async ({ request }) => {
  const worker = await (await request.get('sw.js')).text();
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(urls).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind-entry.json', 'search/titles.json', 'offline/index.html']));
  expect(urls.some((url) => url.endsWith('.css'))).toBe(true);
  expect(urls.filter((url) => /pagefind\/(index|fragment|filter)\//.test(url))).toEqual([]);
  let bytes = 0;
  for (const url of urls) bytes += (await stat(path.join('dist', url))).size;
  console.log(`precache: ${urls.length} files, ${(bytes / 1024).toFixed(0)} KB`);
  expect(bytes).toBeLessThanOrEqual(300 * 1024);
});

test('the web app manifest is installable: name, start URL, scope and icons that load', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).not.toBeNull();
  const manifest = (await (await request.get(href ?? '')).json()) as { name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string; purpose?: string }[] };
  expect(manifest).toMatchObject({ name: 'Backend Field Guide', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
  const png = await readFile('public/icons/icon-512.png');
  expect(png.readUInt32BE(16)).toBe(512);
});
