/**
 * The links between entries and the ways into them: the frontend-and-backend page, counterparts, category and kind
 * pages, previous/next and tables of contents.
 */
import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/lib/content-check/index.ts';

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
