/**
 * The links between entries and the ways into them: the frontend-and-backend page, counterparts, category and kind
 * pages, previous/next, tables of contents, JSON exports, JSON-LD, the sitemap and the RSS feed.
 */
import { COLLECTIONS } from '../../src/schemas/registry.ts';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { checkContent } from '../../src/content-check/index.ts';

interface Export {
  collection: string;
  url: string;
  count: number;
  entries: ({ id: string; url: string; side?: string; counterparts?: string[] } & Record<string, unknown>)[];
}

const fetchExport = async (request: APIRequestContext, collection: string): Promise<Export> => {
  const response = await request.get(`api/${collection}.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  return (await response.json()) as Export;
};

/** The site path of an absolute URL from an export, a feed or the sitemap (they use the configured site address). */
const sitePath = (url: string) => new URL(url).pathname;

const jsonLd = async (page: Page) => {
  const blocks = page.locator('script[type="application/ld+json"]');
  await expect(blocks).toHaveCount(1);
  return JSON.parse((await blocks.textContent()) ?? '') as Record<string, unknown> & { hasDefinedTerm?: unknown[] };
};

test.describe('the frontend and the backend', () => {
  test('the hub draws what crosses between the sides and links a glossary entry for each crossing', async ({ page }) => {
    await page.goto('frontend-and-backend/');
    await expect(page.getByRole('heading', { level: 1, name: 'Frontend and backend' })).toBeVisible();
    const figure = page.getByRole('figure');
    await expect(figure.getByRole('img', { name: 'What crosses between the frontend and the backend' })).toBeVisible();
    await expect(figure.getByRole('img')).toHaveAccessibleDescription(/HTTP, APIs, Authentication, Rendering, Caching/);
    const crossings = page.getByRole('region', { name: 'What crosses between them' });
    for (const crossing of ['HTTP', 'APIs', 'Authentication', 'Rendering', 'Caching']) {
      await expect(crossings.getByRole('region', { name: crossing, exact: true }).getByRole('link').first()).toBeVisible();
    }
    await crossings.getByRole('region', { name: 'Rendering' }).getByRole('link', { name: 'Client-side rendering (CSR)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Client-side rendering (CSR)' })).toBeVisible();
  });

  test('the hub links every glossary entry and technology under its side', async ({ page }) => {
    await page.goto('frontend-and-backend/');
    const listed = await page.evaluate(() =>
      [...document.querySelectorAll('section.side')].map((section) => ({
        side: section.querySelector('h3')?.id.replace(/^side-/, '') ?? '',
        hrefs: [...section.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
      })),
    );
    expect(listed.map((group) => group.side)).toEqual(['frontend', 'backend', 'both', 'infrastructure']);
    const { files } = await checkContent('content');
    const entries = files.flatMap((file) => {
      const data = file.data as { side?: string } | undefined;
      return file.collection === 'glossary' || file.collection === 'technologies' ? [{ href: `/${file.collection}/${file.id}/`, side: data?.side }] : [];
    });
    const misplaced = entries.filter((entry) => !listed.find((group) => group.side === entry.side)?.hrefs.includes(entry.href));
    expect(misplaced).toEqual([]);
    expect(listed.flatMap((group) => group.hrefs)).toHaveLength(entries.length);
  });

  test("an entry's side badge leads to its side on the hub, and the home page links the hub", async ({ page }) => {
    await page.goto('technologies/nginx/');
    await page.getByRole('link', { name: 'Side: Infrastructure' }).click();
    await expect(page).toHaveURL(/\/frontend-and-backend\/#side-infrastructure$/);
    await expect(page.getByRole('heading', { level: 3, name: 'Infrastructure' })).toBeInViewport();
    await page.goto('./');
    await page.getByRole('link', { name: 'The two sides, side by side' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Frontend and backend' })).toBeVisible();
  });

  test('counterparts show on both pages of a pair declared once', async ({ page }) => {
    await page.goto('glossary/client-side-rendering/');
    await page.getByRole('region', { name: 'On the other side' }).getByRole('link', { name: 'Server-side rendering (SSR)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Server-side rendering (SSR)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'On the other side' }).getByRole('link', { name: 'Client-side rendering (CSR)' })).toBeVisible();
    await page.goto('technologies/laravel/');
    await expect(page.getByRole('region', { name: 'On the other side' }).getByRole('link', { name: 'Laravel Mix' })).toBeVisible();
    await page.goto('glossary/rest/');
    await expect(page.getByRole('region', { name: 'On the other side' })).toHaveCount(0);
  });
});

test.describe('navigation', () => {
  test('a glossary category page lists its terms, reached from the badge and the glossary index', async ({ page }) => {
    await page.goto('glossary/sql-injection/');
    await page.getByRole('link', { name: 'Category: Security' }).click();
    await expect(page).toHaveURL(/\/glossary\/category\/security\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
    await expect(page).toHaveTitle('Security — Glossary — Backend Field Guide');
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Glossary' })).toBeVisible();
    await expect(breadcrumb.getByText('Security')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main').getByRole('link', { name: 'SQL injection', exact: true })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Glossary categories' }).getByRole('link', { name: 'Security' })).toHaveAttribute('aria-current', 'page');
    await page.goto('glossary/');
    await page.getByRole('navigation', { name: 'Glossary categories' }).getByRole('link', { name: 'Data and databases' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data and databases' })).toBeVisible();
  });

  test('a glossary entry sits in its category in the breadcrumbs', async ({ page }) => {
    await page.goto('glossary/rest/');
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link')).toHaveText(['Glossary', 'APIs and protocols']);
  });

  test('a technology kind page lists its cards, reached from the technology index and the badge', async ({ page }) => {
    await page.goto('technologies/');
    await page.getByRole('heading', { level: 2, name: 'Web servers and proxies' }).getByRole('link').click();
    await expect(page).toHaveURL(/\/technologies\/kind\/web-server\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Web servers and proxies' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Nginx', exact: true })).toBeVisible();
    await page.goto('technologies/django/');
    await page.getByRole('link', { name: 'Kind: Frameworks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Frameworks' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveText(['Technologies']);
  });

  test('previous and next walk the glossary A–Z in both directions', async ({ page }) => {
    await page.goto('glossary/rest/');
    const sequence = page.getByRole('navigation', { name: 'Previous and next in Glossary' });
    const next = sequence.getByRole('link', { name: /^Next / });
    await expect(next).toHaveAttribute('rel', 'next');
    const nextTitle = ((await next.textContent()) ?? '').replace(/^Next\s*/, '');
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
    const previous = page.getByRole('navigation', { name: 'Previous and next in Glossary' }).getByRole('link', { name: /^Previous / });
    await expect(previous).toHaveAttribute('rel', 'prev');
    await expect(previous).toHaveAccessibleName('Previous REST');
  });

  test('previous and next stay within a technology kind', async ({ page }) => {
    await page.goto('technologies/django/');
    const sequence = page.getByRole('navigation', { name: 'Previous and next in Frameworks' });
    await expect(sequence.getByRole('link')).toHaveCount(2);
    await sequence.getByRole('link', { name: /^Next / }).click();
    await expect(page.getByRole('link', { name: 'Kind: Frameworks' })).toBeVisible();
  });

  test('the first guide has no previous link and links the next guide in reading order', async ({ page }) => {
    await page.goto('guides/');
    const first = page.getByRole('main').getByRole('listitem').first().getByRole('link');
    await first.click();
    const sequence = page.getByRole('navigation', { name: 'Previous and next in Guides' });
    await expect(sequence.getByRole('link', { name: /^Previous / })).toHaveCount(0);
    await expect(sequence.getByRole('link', { name: /^Next / })).toHaveAttribute('rel', 'next');
  });

  test('a long guide has a table of contents that jumps to its sections; a short page has none', async ({ page }) => {
    await page.goto('guides/how-a-web-request-flows/');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const links = contents.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const target = links.nth(2);
    const name = (await target.textContent()) ?? '';
    await target.click();
    await expect(page.getByRole('heading', { name, exact: true })).toBeInViewport();
    await page.goto('comparisons/frontend-vs-backend/');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  });

  test("a technology card's contents include its features, pros, cons and use cases", async ({ page }) => {
    await page.goto('technologies/django/');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    for (const section of ['Features', 'Pros', 'Cons', 'Use cases']) await expect(contents.getByRole('link', { name: section, exact: true })).toBeVisible();
  });
});

test.describe('exports and machine-readable data', () => {
  test('each collection export lists every entry, sorted by id, with a URL that resolves to its page', async ({ page, request }) => {
    for (const [collection, indexPath] of [
      ['glossary', 'glossary/'],
      ['technologies', 'technologies/'],
      ['comparisons', 'comparisons/'],
      ['guides', 'guides/'],
    ] as const) {
      const exported = await fetchExport(request, collection);
      await page.goto(indexPath);
      const listed = await page.locator(`main .entry-list a[href*="/${collection}/"]`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(exported.count).toBe(exported.entries.length);
      expect(exported.entries.map((entry) => sitePath(entry.url)).sort()).toEqual([...new Set(listed)].sort());
      const ids = exported.entries.map((entry) => entry.id);
      expect(ids).toEqual([...ids].sort());
      await expect(page.getByRole('link', { name: `${collection}.json` })).toHaveAttribute('href', `/api/${collection}.json`);
    }
    const glossary = await fetchExport(request, 'glossary');
    for (const entry of glossary.entries) {
      const response = await request.get(sitePath(entry.url).slice(1));
      expect(response.status(), entry.url).toBe(200);
      expect(await response.text(), entry.url).toContain(`<link rel="canonical" href="${entry.url}">`);
    }
  });

  test('exports carry the data of the front matter and counterparts from both ends', async ({ request }) => {
    const glossary = await fetchExport(request, 'glossary');
    const ssr = glossary.entries.find((entry) => entry.id === 'server-side-rendering');
    expect(ssr).toMatchObject({ title: 'Server-side rendering (SSR)', side: 'backend', category: 'web', counterparts: ['client-side-rendering'] });
    const technologies = await fetchExport(request, 'technologies');
    expect(technologies.entries.find((entry) => entry.id === 'django')).toMatchObject({ name: 'Django', kind: 'framework', language: 'python', website: 'https://www.djangoproject.com/' });
  });

  test('a glossary page describes its term as a DefinedTerm of the glossary DefinedTermSet', async ({ page }) => {
    await page.goto('glossary/rest/');
    const term = await jsonLd(page);
    expect(term).toMatchObject({ '@context': 'https://schema.org', '@type': 'DefinedTerm', name: 'REST', inDefinedTermSet: { '@type': 'DefinedTermSet' } });
    expect(sitePath(String(term['url']))).toBe('/glossary/rest/');
    await page.goto('glossary/');
    const set = await jsonLd(page);
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set['@id']).toBe((term['inDefinedTermSet'] as { '@id': string })['@id']);
    expect(set.hasDefinedTerm).toHaveLength(await page.locator('main .entry-list a').count());
  });

  test('a technology page describes the software with its official site', async ({ page }) => {
    await page.goto('technologies/postgresql/');
    const software = await jsonLd(page);
    expect(software).toMatchObject({ '@type': 'SoftwareApplication', name: 'PostgreSQL', sameAs: 'https://www.postgresql.org/', license: 'https://spdx.org/licenses/PostgreSQL.html' });
    await page.goto('technologies/python/');
    expect(await jsonLd(page)).toMatchObject({ '@type': 'ComputerLanguage', name: 'Python' });
  });

  test('the sitemap lists every page but the 404 page', async ({ page, request }) => {
    await page.goto('./');
    await expect(page.locator('link[rel="sitemap"]')).toHaveAttribute('href', '/sitemap-index.xml');
    const index = await (await request.get('sitemap-index.xml')).text();
    expect(index).toMatch(/^<\?xml/);
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => sitePath(match[1] ?? ''));
    expect(sitemaps).toEqual(['/sitemap-0.xml']);
    const sitemap = await (await request.get('sitemap-0.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => sitePath(match[1] ?? ''));
    for (const path of ['/', '/frontend-and-backend/', '/glossary/category/security/', '/technologies/kind/framework/', '/glossary/rest/', '/guides/faq/', '/paths/']) {
      expect(paths).toContain(path);
    }
    expect(paths.filter((path) => path.includes('404'))).toEqual([]);
    const exported = await Promise.all(COLLECTIONS.map((collection) => fetchExport(request, collection)));
    const missing = exported.flatMap((collection) => collection.entries.map((entry) => sitePath(entry.url))).filter((path) => !paths.includes(path));
    expect(missing).toEqual([]);
  });

  test('the RSS feed lists every entry and every page announces it', async ({ page, request }) => {
    await page.goto('glossary/rest/');
    const alternate = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(alternate).toHaveAttribute('href', '/rss.xml');
    const response = await request.get('rss.xml');
    expect(response.status()).toBe(200);
    const feed = await response.text();
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    expect(feed).toContain('<title>Backend Field Guide</title>');
    const total = (await Promise.all(COLLECTIONS.map((collection) => fetchExport(request, collection)))).reduce((sum, collection) => sum + collection.count, 0);
    expect(feed.match(/<item>/g)).toHaveLength(total);
    expect(feed).toMatch(/<item><title>[^<]+<\/title><link>https?:\/\/[^<]+\/<\/link>/);
  });
});
