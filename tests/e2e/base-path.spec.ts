import { expect, test } from '@playwright/test';
import { readPage } from '../../scripts/lib/link-check.ts';
import { BASE_PATH_PREFIX, E2E_BASE_PATH_PORT } from '../support/servers.ts';
import { previewSubject } from '../support/site-data.ts';

const origin = `http://127.0.0.1:${E2E_BASE_PATH_PORT}`;

test('under a base path, every internal link and #fragment resolves', async ({ request }) => {
  test.setTimeout(240_000);
  const pages = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  const queue = [`${BASE_PATH_PREFIX}`];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), `${path} answers`).toBe(200);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    const { ids, links: hrefs } = readPage(html);
    pages.set(path, ids);
    for (const href of hrefs) {
      if (href === '' || /^(?:[a-z]+:|\/\/)/i.test(href)) continue;
      const url = new URL(href, `${origin}${path}`);
      links.push({ from: path, href: url.pathname + url.hash });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  expect(pages.size).toBeGreaterThan(10);
  const outsideBase = links.filter(({ href }) => !href.startsWith(BASE_PATH_PREFIX));
  expect(outsideBase, 'links that ignore the base path').toEqual([]);
  const brokenFragments = links.filter(({ href }) => {
    const [path = '', fragment] = href.split('#');
    return fragment !== undefined && fragment !== '' && !pages.get(path)?.has(decodeURIComponent(fragment));
  });
  expect(brokenFragments, 'links to a missing #fragment').toEqual([]);
});

test('under a base path, a body link and the stylesheet carry the prefix', async ({ page }) => {
  const { page: withLinks } = previewSubject();
  await page.goto(`${origin}${BASE_PATH_PREFIX}${withLinks}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const bodyLink = page.locator('.prose a[href*="/glossary/"]').first();
  await expect(bodyLink).toHaveAttribute('href', new RegExp(`^${BASE_PATH_PREFIX}glossary/`));
  const stylesheet = page.locator('link[rel="stylesheet"]');
  await expect(stylesheet).toHaveAttribute('href', new RegExp(`^${BASE_PATH_PREFIX}`));
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header') as Element).borderBottomStyle);
  expect(background).toBe('solid');
});

test('under a base path, exports, the sitemap and the feed give page URLs with the prefix', async ({ request }) => {
  const at = (path: string) => request.get(`${origin}${BASE_PATH_PREFIX}${path}`);
  const glossary = (await (await at('api/glossary.json')).json()) as { url: string; entries: { id: string; url: string }[] };
  expect(new URL(glossary.url).pathname).toBe(`${BASE_PATH_PREFIX}glossary/`);
  for (const entry of glossary.entries) expect(new URL(entry.url).pathname).toBe(`${BASE_PATH_PREFIX}glossary/${entry.id}/`);
  const sitemap = await (await at('sitemap-0.xml')).text();
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(locations).toContain(`${BASE_PATH_PREFIX}frontend-and-backend/`);
  expect(locations.filter((path) => !path.startsWith(BASE_PATH_PREFIX))).toEqual([]);
  const feed = await (await at('rss.xml')).text();
  const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(links.length).toBeGreaterThan(glossary.entries.length);
  expect(links.filter((path) => !path.startsWith(BASE_PATH_PREFIX))).toEqual([]);
});
