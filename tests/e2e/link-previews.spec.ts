/**
 * Link previews: hovering or keyboard-focusing a link to a glossary entry or technology card shows its summary in an
 * accessible tooltip, without moving the page; the script is loaded only on interaction and stays within budget.
 */
import { expect, test, type Page } from '@playwright/test';
import { brotliCompressSync } from 'node:zlib';
import { BASE_PATH_PREFIX, E2E_BASE_PATH_PORT } from '../support/servers.ts';
import { escapeRegExp } from '../support/exports.ts';
import { previewSubject, technologyListSubject } from '../support/site-data.ts';

/** A glossary entry whose body links another one by hand; the preview must show that target's title and summary. */
const { page: PAGE, target: TARGET } = previewSubject();
const escape = (text: string) => new RegExp(escapeRegExp(text));
const SUMMARY = escape(TARGET.summary);

const previewLink = (page: Page) => page.getByRole('main').locator(`.prose a[href="${TARGET.href}"]`).first();

/** Boxes of the article's parts, to compare before and after a preview opens. */
const layout = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('main, main h1, main .prose > *')].slice(0, 12).map((element) => JSON.stringify(element.getBoundingClientRect())));

test.describe('link previews', () => {
  test('hovering a glossary link shows its title and summary, without moving the page; leaving hides it', async ({ page }) => {
    await page.goto(PAGE);
    const link = previewLink(page);
    const before = await layout(page);
    await link.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(TARGET.title);
    await expect(tooltip).toContainText(SUMMARY);
    await expect(link).toHaveAccessibleDescription(SUMMARY);
    expect(await layout(page)).toEqual(before);

    // The pointer may cross onto the tooltip (to read or select it) without losing it.
    await tooltip.hover();
    await expect(tooltip).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(tooltip).toBeHidden();
    await expect(link).not.toHaveAttribute('aria-describedby');
  });

  test('keyboard focus shows the preview at once; Escape hides it and leaves focus on the link', async ({ page }) => {
    await page.goto(PAGE);
    await page.getByRole('main').focus();
    const link = previewLink(page);
    // Tab through the page's first links (badges, contents) to the first previewable link in the text.
    for (let step = 0; step < 20 && !(await link.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(link).toHaveAccessibleDescription(SUMMARY);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).not.toHaveAttribute('aria-describedby');

    // The next link in the text gets its own preview, whichever entry it links; coming back shows this one again.
    await page.keyboard.press('Tab');
    const next = page.locator(':focus');
    await expect(next).toHaveAttribute('href', /\/(glossary|technologies)\/[^/]+\/$/);
    await expect(next).toHaveAccessibleDescription(/\S/);
    await expect(next).not.toHaveAccessibleDescription(SUMMARY);
    await expect(link).not.toHaveAttribute('aria-describedby');
    await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
    await expect(link).toHaveAccessibleDescription(SUMMARY);
    await expect(page.getByRole('tooltip')).toHaveCount(1);
  });

  test('under a base path, links are recognised and summaries fetched from under it', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${E2E_BASE_PATH_PORT}${BASE_PATH_PREFIX}${PAGE}`);
    const link = page.getByRole('main').locator(`.prose a[href="${BASE_PATH_PREFIX}${TARGET.href.slice(1)}"]`).first();
    await link.hover();
    await expect(page.getByRole('tooltip')).toContainText(SUMMARY);
  });

  test('technology cards have previews too, from a front-matter list', async ({ page }) => {
    const { page: listing, card } = technologyListSubject();
    await page.goto(listing);
    const link = page.getByRole('region', { name: 'Technologies' }).getByRole('link', { name: card.title, exact: true });
    await link.hover();
    await expect(page.getByRole('tooltip')).toContainText(card.title);
    await expect(link).toHaveAccessibleDescription(escape(card.summary));
  });

  test('the tooltip fades in only when the reader has not asked for reduced motion', async ({ page }) => {
    await page.goto(PAGE);
    const animationWith = async (reducedMotion: 'reduce' | 'no-preference') => {
      await page.emulateMedia({ reducedMotion });
      await page.mouse.move(5, 5);
      await expect(page.getByRole('tooltip')).toBeHidden();
      await previewLink(page).hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
      return page.getByRole('tooltip').evaluate((element) => getComputedStyle(element).animationName);
    };
    expect(await animationWith('reduce')).toBe('none');
    expect(await animationWith('no-preference')).toBe('link-preview-in');
  });

  test('the preview script is fetched on first hover, not at page load, and both scripts stay within budget', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto(PAGE);
    await page.waitForLoadState('networkidle');
    const atStart = [...scripts];
    expect(atStart.some((url) => url.includes('/_astro/StartupScripts'))).toBe(true);

    await previewLink(page).hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    const onHover = scripts.filter((url) => !atStart.includes(url));
    expect(onHover).toHaveLength(1);

    const brotliBytes = async (urls: string[]) => {
      let total = 0;
      for (const url of urls) total += brotliCompressSync(await (await page.request.get(url)).body()).length;
      return total;
    };
    // The start-up script is what every page pays for; modules a page loads for its own controls (progress) are not.
    const start = await brotliBytes(atStart.filter((url) => url.includes('/_astro/StartupScripts')));
    const preview = await brotliBytes(onHover);
    console.log(`link previews: start-up script ${start} B brotli (budget 1024), preview module ${preview} B brotli (budget 2048)`);
    expect(start).toBeLessThanOrEqual(1024);
    expect(preview).toBeLessThanOrEqual(2048);
  });

  test('on a touch screen a tap just follows the link; no preview is loaded', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const previewRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && /\/preview\.[\w-]+\.js$/.test(request.url())) previewRequests.push(request.url());
    });
    await page.goto(PAGE);
    await previewLink(page).tap();
    await expect(page.getByRole('heading', { level: 1, name: TARGET.title })).toBeVisible();
    expect(previewRequests).toEqual([]);
    await context.close();
  });
});

test.describe('link previews without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link is a plain link and hovering it shows nothing', async ({ page }) => {
    await page.goto(PAGE);
    const link = previewLink(page);
    await link.hover();
    await page.waitForTimeout(500);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: TARGET.title })).toBeVisible();
  });
});
