/**
 * Pages work without JavaScript, print cleanly, and honour a request for reduced motion. The entries shown are picked
 * from the JSON exports, so the tests hold for any valid content.
 */
import { expect, test } from '@playwright/test';
import { fetchExport, pageOf, titleOf } from '../support/exports.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every page template renders in full and its links work', async ({ page, request }) => {
    const [glossary, technologies, comparisons, guides, paths] = await Promise.all([
      fetchExport(request, 'glossary'),
      fetchExport(request, 'technologies'),
      fetchExport(request, 'comparisons'),
      fetchExport(request, 'guides'),
      fetchExport(request, 'paths'),
    ]);
    // A guide that places a figure (a diagram), found in the guides' own pages, so a figure in a body is shown without
    // a script too; the frontend-and-backend page always draws one.
    const placesFigure = await Promise.all(guides.entries.map(async (guide) => /<figure[\s>]/.test(await (await request.get(pageOf(guide))).text())));
    const guide = guides.entries.find((_, index) => placesFigure[index]) ?? guides.entries[0];
    // The first entry of each collection: every entry template, after the site's own pages.
    const entries = [glossary.entries[0], technologies.entries[0], comparisons.entries[0], paths.entries[0], guide].flatMap((entry) => entry ?? []);
    const pages: (readonly [string, string])[] = [
      ['./', 'Backend Field Guide'],
      ['glossary/', 'Glossary'],
      ['frontend-and-backend/', 'Frontend and backend'],
      ...entries.map((entry) => [pageOf(entry), titleOf(entry)] as const),
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      if (path === 'frontend-and-backend/') await expect(page.getByRole('figure')).not.toHaveCount(0);
      // Diagrams are SVG written into the page, so they show without a script.
      for (const figure of await page.getByRole('figure').all()) await expect(figure.getByRole('img').first()).toBeVisible();
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  });
});

test('the print stylesheet drops the navigation and prints link targets', async ({ page, request }) => {
  const [term] = (await fetchExport(request, 'glossary')).entries;
  test.skip(term === undefined, 'the guide has no glossary entry');
  if (term === undefined) return;
  await page.goto(pageOf(term));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: term.title, exact: true })).toBeVisible();
  // Every entry cites at least one source; the printed page spells out its address after the link.
  const source = page.getByRole('region', { name: 'Sources' }).getByRole('link').first();
  await expect(source).toHaveAttribute('href', term.sources[0] ?? '');
  const printedTarget = await source.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printedTarget).toContain(term.sources[0]);
});

test('smooth scrolling is used only when the reader has not asked for reduced motion', async ({ page }) => {
  await page.goto('glossary/');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
