/** Pages work without JavaScript, print cleanly, and honour a request for reduced motion. */
import { expect, test } from '@playwright/test';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every page template renders in full and its links work', async ({ page }) => {
    for (const [path, heading] of [
      ['./', 'Backend Field Guide'],
      ['glossary/', 'Glossary'],
      ['technologies/postgresql/', 'PostgreSQL'],
      ['comparisons/sql-vs-nosql/', 'SQL vs NoSQL'],
      ['guides/serverless-architecture/', 'Architecture guide: serverless'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
    await expect(page.getByRole('figure').getByRole('img')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  });
});

test('the print stylesheet drops the navigation and prints link targets', async ({ page }) => {
  await page.goto('glossary/rest/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'REST' })).toBeVisible();
  const printedTarget = await page.evaluate(() => {
    const link = document.querySelector('.sources a[href^="http"]') as Element;
    return getComputedStyle(link, '::after').content;
  });
  expect(printedTarget).toContain('http');
});

test('smooth scrolling is used only when the reader has not asked for reduced motion', async ({ page }) => {
  await page.goto('glossary/');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});
