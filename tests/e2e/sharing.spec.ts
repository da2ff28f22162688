/**
 * Instant pages and sharing: Speculation Rules prerender a same-site page the reader is about to open (never a data
 * file), and every page names a 1200 × 630 social card for link previews.
 */
import { chromium, expect, test } from '@playwright/test';
import { defaultLookup, findChromium } from '../support/chromium.ts';
import { BASE_PATH_PREFIX, E2E_BASE_PATH_PORT, E2E_PORT } from '../support/servers.ts';
import { glossary, titleOf } from '../support/site-data.ts';
import { launchTabBrowser, waitFor, type TabBrowser } from '../support/tab-browser.ts';
import { TEMPLATES } from '../support/templates.ts';

const SITES = [
  { name: 'at the root', origin: `http://127.0.0.1:${E2E_PORT}`, base: '/' },
  { name: 'under a base path', origin: `http://127.0.0.1:${E2E_BASE_PATH_PORT}`, base: BASE_PATH_PREFIX },
];
const term = glossary[0];
if (term === undefined) throw new Error('the content has no glossary entry');

test.describe('Speculation Rules', () => {
  // Playwright attaches to pages in a way that turns prerendering off, so these tests drive Chromium through a tab.
  let browser: TabBrowser;
  test.beforeEach(async () => {
    browser = await launchTabBrowser(findChromium(defaultLookup(() => chromium.executablePath())).executablePath);
  });
  test.afterEach(async () => browser.close());

  /** The centre of the first link to `href` in the main content, scrolled into view. */
  const linkCentre = (href: string) =>
    `(() => { const link = document.querySelector('main a[href="${href}"]'); link.scrollIntoView({ block: 'center', behavior: 'instant' }); const box = link.getBoundingClientRect(); return { x: box.x + box.width / 2, y: box.y + box.height / 2 }; })()`;

  for (const site of SITES) {
    test(`${site.name}: a hovered link to an entry opens as a prerendered page`, async () => {
      const target = `${site.base}glossary/${term.id}/`;
      const page = await browser.open(`${site.origin}${site.base}glossary/`);
      // A returning reader: the service worker that the first visit installs is in place before the hover.
      await page.evaluate(`Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 3000))]).then(() => true)`);
      const point = await page.evaluate<{ x: number; y: number }>(linkCentre(target));
      await page.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: point.x, y: point.y });
      await waitFor(async () => browser.events('Preload.prerenderStatusUpdated').some((event) => event['status'] === 'Ready' && (event['key'] as { url: string }).url === `${site.origin}${target}`));
      for (const type of ['mousePressed', 'mouseReleased']) await page.send('Input.dispatchMouseEvent', { type, x: point.x, y: point.y, button: 'left', clickCount: 1 });
      let shown: { href: string; title: string; activationStart: number } | undefined;
      await waitFor(async () => {
        const [current] = browser.pages().slice(-1);
        shown = await current?.evaluate(`({ href: location.href, title: document.querySelector('h1')?.textContent ?? '', activationStart: performance.getEntriesByType('navigation')[0].activationStart })`);
        return shown?.href === `${site.origin}${target}`;
      });
      expect(shown?.title).toContain(titleOf(term));
      // Shown from the prerender: Chromium reports the prerendered page as activated ("Success"), and the page itself
      // says it was activated after it started (activationStart), which a busy machine may read before it settles.
      const updates = browser.events('Preload.prerenderStatusUpdated').filter((event) => (event['key'] as { url: string }).url === `${site.origin}${target}`);
      const statuses = updates.map((event) => `${String(event['status'])} ${String(event['prerenderStatus'] ?? '')}`);
      const activated = updates.some((event) => event['status'] === 'Success') || (shown?.activationStart ?? 0) > 0;
      expect(activated, `prerender statuses: ${statuses.join(', ')}; activationStart ${shown?.activationStart}`).toBe(true);
    });
  }

  test('a link to a data file is never prerendered, while links to pages are candidates', async () => {
    const exportHref = '/api/glossary.json';
    const page = await browser.open(`${SITES[0]?.origin}/glossary/`);
    await waitFor(async () => browser.events('Preload.preloadingAttemptSourcesUpdated').length > 0);
    const candidates = browser.events('Preload.preloadingAttemptSourcesUpdated').flatMap((event) => (event['preloadingAttemptSources'] as { key: { url: string } }[]).map((source) => new URL(source.key.url).pathname));
    expect(candidates).toContain(`/glossary/${term.id}/`);
    expect(candidates).not.toContain(exportHref);
    const point = await page.evaluate<{ x: number; y: number }>(linkCentre(exportHref));
    await page.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: point.x, y: point.y });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const attempted = browser.events('Preload.prerenderStatusUpdated').map((event) => new URL((event['key'] as { url: string }).url).pathname);
    expect(attempted).not.toContain(exportHref);
  });
});

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test.describe('social cards', () => {
  for (const [name, path] of TEMPLATES) {
    test(`${name}: link-preview tags name a 1200 × 630 PNG card of at most 50 KB`, async ({ page, request }) => {
      await page.goto(path);
      const meta = async (selector: string) => (await page.locator(`meta[${selector}]`).getAttribute('content')) ?? '';
      const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '');
      const image = new URL(await meta('property="og:image"'));
      expect(image.origin).toBe(canonical.origin);
      expect(image.pathname).toMatch(/^\/social\/.+\.png$/);
      expect(await meta('property="og:image:width"')).toBe('1200');
      expect(await meta('property="og:image:height"')).toBe('630');
      expect(await meta('property="og:image:alt"')).toContain(await meta('property="og:title"'));
      expect(await meta('name="twitter:card"')).toBe('summary_large_image');

      const response = await request.get(image.pathname);
      expect(response.status()).toBe(200);
      const png = await response.body();
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      // The IHDR chunk comes first: width and height are its first two big-endian 32-bit fields.
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeLessThanOrEqual(50 * 1024);
    });
  }

  test('under a base path, the card is published under it', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${E2E_BASE_PATH_PORT}${BASE_PATH_PREFIX}glossary/${term.id}/`);
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '');
    expect(image.pathname).toBe(`${BASE_PATH_PREFIX}social/glossary/${term.id}.png`);
    const response = await page.request.get(`http://127.0.0.1:${E2E_BASE_PATH_PORT}${image.pathname}`);
    expect(response.headers()['content-type']).toContain('image/png');
  });
});
