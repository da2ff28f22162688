/**
 * The page frame: three columns on wide screens (section navigation, article, "On this page" with the facts), both
 * side columns sticky; a one-row header and a modal menu on narrow screens; print without navigation. Subjects come
 * from the content (tests/support/site-data.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { first, glossary, technologies, titleOf } from '../support/site-data.ts';

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const term = first(glossary, () => true);
const termPage = `glossary/${term.id}/`;
const card = first(technologies, () => true);
const cardPage = `technologies/${card.id}/`;

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const contents = (page: Page) => page.getByRole('navigation', { name: 'On this page' });

test.describe('wide screens', () => {
  test.use({ viewport: WIDE });

  test('show the section navigation, the article and "On this page" side by side, the side columns sticky', async ({ page }) => {
    await page.goto(termPage);
    const nav = sections(page);
    const heading = page.getByRole('heading', { level: 1, name: titleOf(term), exact: true });
    const toc = contents(page);
    await expect(nav).toBeVisible();
    await expect(toc.getByRole('link').first()).toBeVisible();
    const [navBox, headingBox, tocBox] = await Promise.all([nav.boundingBox(), heading.boundingBox(), toc.boundingBox()]);
    if (navBox === null || headingBox === null || tocBox === null) throw new Error('a column is not rendered');
    expect(navBox.x + navBox.width).toBeLessThanOrEqual(headingBox.x);
    expect(tocBox.x).toBeGreaterThanOrEqual(headingBox.x + headingBox.width);
    // Far down the page both side columns are still on screen, and the title has scrolled away.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(heading).not.toBeInViewport();
    await expect(nav.getByRole('link', { name: titleOf(term), exact: true })).toBeInViewport();
    await expect(toc).toBeInViewport();
  });

  test("a technology card's facts sit at the top of the right column", async ({ page }) => {
    await page.goto(cardPage);
    const facts = page.getByRole('complementary', { name: 'Facts' });
    const heading = page.getByRole('heading', { level: 1, name: titleOf(card), exact: true });
    const [factsBox, headingBox, tocBox] = await Promise.all([facts.boundingBox(), heading.boundingBox(), contents(page).boundingBox()]);
    if (factsBox === null || headingBox === null || tocBox === null) throw new Error('the facts, the title or the contents are not rendered');
    expect(factsBox.x).toBeGreaterThanOrEqual(headingBox.x + headingBox.width);
    expect(factsBox.y).toBeLessThan(headingBox.y + headingBox.height);
    expect(factsBox.y + factsBox.height).toBeLessThanOrEqual(tocBox.y);
  });

  test('the current page is marked inside its open group, and groups open and close without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ viewport: WIDE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(termPage);
    const current = sections(page).getByRole('link', { name: titleOf(term), exact: true });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await expect(sections(page).locator('[aria-current="page"]')).toHaveCount(1);
    const group = sections(page).locator('details').filter({ has: page.getByRole('link', { name: titleOf(term), exact: true }) });
    await expect(group).toHaveAttribute('open', '');
    // Found by position: once the group is closed, its links are hidden and no longer identify it.
    const index = await group.evaluate((details) => [...(details.closest('nav')?.querySelectorAll('details') ?? [])].indexOf(details as HTMLDetailsElement));
    const summary = sections(page).locator('details').nth(index).locator('summary');
    await summary.click();
    await expect(current).toBeHidden();
    await summary.click();
    await expect(current).toBeVisible();
    await context.close();
  });

  test('the menu button is not shown; the main links are in the header', async ({ page }) => {
    await page.goto(termPage);
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: PHONE });

  test('the header is one row, at most 64 px tall', async ({ page }) => {
    await page.goto(termPage);
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(sections(page)).toBeHidden();
  });

  test('the menu is a modal dialog with the main and the section navigation: it keeps focus, Escape closes it', async ({ page }) => {
    await page.goto(termPage);
    const button = page.getByRole('button', { name: 'Menu' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Menu' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
    await expect(dialog.getByRole('navigation', { name: 'Section menu' }).getByRole('link', { name: titleOf(term), exact: true })).toHaveAttribute('aria-current', 'page');
    // Tabbing past the last control may leave the page for the browser's own controls (the body is then focused), but
    // never reaches the page behind the dialog, and comes back into the dialog.
    const focusables = await dialog.locator('a:visible, button:visible, summary:visible').count();
    let inside = 0;
    for (let press = 0; press < focusables + 3; press++) {
      await page.keyboard.press('Tab');
      const where = await dialog.evaluate((element) => (element.contains(document.activeElement) ? 'dialog' : document.activeElement === document.body ? 'body' : 'page'));
      expect(where).not.toBe('page');
      if (where === 'dialog') inside++;
    }
    expect(inside).toBeGreaterThanOrEqual(focusables);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the close button closes the menu', async ({ page }) => {
    await page.goto(termPage);
    await page.getByRole('button', { name: 'Menu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Menu' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  test('the search button opens the search dialog', async ({ page }) => {
    await page.goto(termPage);
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  });

  test('"On this page" is collapsed at the top of the article, and the facts come before the body', async ({ page }) => {
    await page.goto(cardPage);
    const toc = contents(page);
    await expect(toc).toBeHidden();
    await page.getByRole('main').locator('summary', { hasText: 'On this page' }).click();
    await expect(toc.getByRole('link').first()).toBeVisible();
    const heading = page.getByRole('heading', { level: 1, name: titleOf(card), exact: true });
    const facts = page.getByRole('complementary', { name: 'Facts' });
    const features = page.getByRole('heading', { level: 2, name: 'Features', exact: true });
    const [headingBox, factsBox, featuresBox] = await Promise.all([heading.boundingBox(), facts.boundingBox(), features.boundingBox()]);
    if (headingBox === null || factsBox === null || featuresBox === null) throw new Error('the title, the facts or the features are not rendered');
    expect(factsBox.y).toBeGreaterThan(headingBox.y);
    expect(factsBox.y + factsBox.height).toBeLessThan(featuresBox.y);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open menu has no WCAG A/AA violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(termPage);
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('print leaves out the navigation and the menu, and the article takes the full width', async ({ page }) => {
  await page.setViewportSize(WIDE);
  await page.goto(cardPage);
  await page.emulateMedia({ media: 'print' });
  await expect(sections(page)).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  const article = await page.getByRole('article').boundingBox();
  expect(article?.width).toBeGreaterThan(WIDE.width * 0.85);
});

test.describe('diagrams', () => {
  /** How many CSS pixels one unit of the diagram takes: its drawn width over its own width. */
  const scaleOf = (page: Page) =>
    page.getByRole('main').getByRole('img').first().evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);

  test('are drawn at their own size on wide screens, never stretched to the column', async ({ page }) => {
    await page.setViewportSize(WIDE);
    await page.goto('frontend-and-backend/');
    expect(await scaleOf(page)).toBeLessThanOrEqual(1);
    expect(await scaleOf(page)).toBeGreaterThan(0.9);
  });

  test('keep legible labels on a phone (at least 85% of their size), scrolling sideways when wider', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('frontend-and-backend/');
    expect(await scaleOf(page)).toBeGreaterThanOrEqual(0.84);
  });
});
