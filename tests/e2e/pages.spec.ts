import { expect, test } from '@playwright/test';

test.describe('pages of every kind', () => {
  test('home page introduces the guide and links every section', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle('Backend Field Guide');
    await expect(page.getByRole('heading', { level: 1, name: 'Backend Field Guide' })).toBeVisible();
    const main = page.getByRole('main');
    for (const section of ['Guides', 'Glossary', 'Technologies', 'Comparisons']) {
      await expect(main.getByRole('link', { name: section, exact: true })).toBeVisible();
    }
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /backend development/);
  });

  test('glossary index jumps to a letter', async ({ page }) => {
    await page.goto('glossary/');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'R', exact: true }).click();
    await expect(page).toHaveURL(/#letter-r$/);
    await expect(page.getByRole('heading', { level: 2, name: 'R', exact: true })).toBeInViewport();
    await expect(page.getByRole('link', { name: 'REST', exact: true })).toBeVisible();
  });

  test('a glossary entry shows its side and cross-links to a related entry', async ({ page }) => {
    await page.goto('glossary/rest/');
    await expect(page.getByRole('heading', { level: 1, name: 'REST' })).toBeVisible();
    await expect(page).toHaveTitle('REST — Backend Field Guide');
    await expect(page.getByText('Side: Backend')).toBeAttached();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/glossary\/rest\/$/);
    const related = page.getByRole('region', { name: 'Related concepts' });
    await related.getByRole('link', { name: 'API', exact: true }).click();
    await expect(page).toHaveURL(/\/glossary\/api\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'API' })).toBeVisible();
  });

  test('a technology card shows its facts and links its language and concepts', async ({ page }) => {
    await page.goto('technologies/django/');
    await expect(page.getByRole('heading', { level: 1, name: 'Django' })).toBeVisible();
    const facts = page.getByRole('complementary', { name: 'Facts' });
    await expect(facts.getByText('2005')).toBeVisible();
    await expect(facts.getByRole('link', { name: 'djangoproject.com' })).toHaveAttribute('href', 'https://www.djangoproject.com/');
    for (const heading of ['Features', 'Pros', 'Cons', 'Use cases', 'Concepts', 'Alternatives']) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await facts.getByRole('link', { name: 'Python' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Python' })).toBeVisible();
  });

  test('the technology index groups cards by kind', async ({ page }) => {
    await page.goto('technologies/');
    await expect(page.getByRole('heading', { level: 2, name: 'Frameworks' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Databases and stores' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'PostgreSQL', exact: true })).toBeVisible();
  });

  test('a comparison is a real table with a caption and header scopes', async ({ page }) => {
    await page.goto('comparisons/frontend-vs-backend/');
    await expect(page.getByRole('heading', { level: 1, name: 'Frontend and backend side by side' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Frontend and backend side by side' });
    await expect(table.getByRole('columnheader')).toHaveText(['Frontend', 'Backend']);
    await expect(table.getByRole('rowheader', { name: 'Focus' })).toBeVisible();
    await expect(table.locator('th[scope="col"]')).toHaveCount(2);
    await expect(table.locator('th[scope="row"]')).toHaveCount(await table.locator('tbody tr').count());
    await table.getByRole('columnheader', { name: 'Backend' }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Backend' })).toBeVisible();
  });

  test('a comparison table fits a 360 px wide phone without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('comparisons/frontend-vs-backend/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('rowheader', { name: 'Focus' })).toBeVisible();
  });

  test('guides are grouped by section and a guide page renders', async ({ page }) => {
    await page.goto('guides/');
    await expect(page.getByRole('heading', { level: 2, name: 'Architecture' })).toBeVisible();
    await page.getByRole('link', { name: 'Architecture guide: monolith', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Architecture guide: monolith' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guides' })).toBeVisible();
  });

  test('an entry lists the entries that reference it, grouped by type', async ({ page }) => {
    await page.goto('glossary/caching/');
    const referencedBy = page.getByRole('region', { name: 'Referenced by' });
    await expect(referencedBy.getByRole('heading', { level: 3, name: 'Technologies' })).toBeVisible();
    await referencedBy.getByRole('link', { name: 'Redis', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Redis' })).toBeVisible();
  });

  test('an architecture guide draws its diagram with a text alternative and linked parts', async ({ page }) => {
    await page.goto('guides/microservices-architecture/');
    const figure = page.getByRole('figure');
    await expect(figure.getByRole('img', { name: /A microservices system/ })).toBeVisible();
    await expect(figure.getByRole('img')).toHaveAccessibleDescription(/API gateway/);
    await figure.getByRole('link', { name: 'Message broker' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Message broker' })).toBeVisible();
  });

  test('every page links to its source for editing, with its last change date or its history', async ({ page }) => {
    for (const [path, source] of [
      ['glossary/rest/', 'content/glossary/rest.md'],
      ['guides/faq/', 'content/guides/faq.mdx'],
      ['technologies/', 'src/pages/technologies/index.astro'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', new RegExp(`/edit/main/${source.replace('.', '\\.')}$`));
      const dated = await page.locator('.page-source time[datetime*="T"]').count();
      if (dated === 0) await expect(page.getByRole('link', { name: 'Page history' })).toHaveAttribute('href', new RegExp(`/commits/main/${source.replace('.', '\\.')}$`));
      else await expect(page.locator('.page-source time[datetime*="T"]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    }
  });

  test('an unknown address answers 404 with a helpful page', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('glossary/rest/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test("pages start only the site's own small module scripts (CSP-hashed when inline), nothing third-party", async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    for (const path of ['./', 'glossary/rest/', 'technologies/django/', 'comparisons/frontend-vs-backend/', 'frontend-and-backend/']) {
      await page.goto(path);
      // JSON-LD is a data block: browsers never execute it. Everything else is a module script of the site's own.
      const sources = await page.locator('script:not([type="application/ld+json"])').evaluateAll((elements) =>
        elements.map((element) => `${element.getAttribute('type')} ${element.getAttribute('src') ?? 'inline'}`),
      );
      for (const source of sources) expect(source, path).toMatch(/^module \/_astro\/[\w.-]+\.js$|^module inline$/);
    }
    // Their weight is the page-weight budget's to judge (≤ 1 KB brotli at start); here: site files only.
    for (const script of scripts) expect(script).toMatch(/^\/_astro\//);
  });
});
