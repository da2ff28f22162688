/**
 * WCAG 2.2 AA on every page template: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, in the light theme and on
 * a phone-sized screen; in the dark theme, which changes colors and nothing else, the rules about color. No rule is
 * disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { previewSubject } from '../support/site-data.ts';
import { ENTRY_PAGE, SEARCH_WORD, TEMPLATES } from '../support/templates.ts';


const VARIANTS = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 900 }, colorRulesOnly: false },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 900 }, colorRulesOnly: true },
  { name: 'phone', colorScheme: 'light', viewport: { width: 360, height: 740 }, colorRulesOnly: false },
] as const;

/** The WCAG rules a change of colors alone can break: every other rule gives the same verdict in both themes. */
const COLOR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The compare page with every kind's full table holds thousands of cells, and axe takes half a minute over them. Its
 * tables are the same component as a compare selection's, which every variant checks; this page is checked in the
 * first variant only.
 */
const FIRST_VARIANT_ONLY = new Set(['compare, every kind']);

/** Every WCAG 2.x A/AA violation axe finds on the page, one line each. */
async function violations(page: Page, colorRulesOnly = false): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']);
  const results = await (colorRulesOnly ? builder.withRules(COLOR_RULES) : builder).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
}

for (const variant of VARIANTS) {
  test.describe(`accessibility (${variant.name})`, () => {
    test.use({ colorScheme: variant.colorScheme, viewport: variant.viewport });
    for (const [name, path] of TEMPLATES) {
      if (variant !== VARIANTS[0] && FIRST_VARIANT_ONLY.has(name)) continue;
      test(`${name} has no WCAG A/AA violations`, async ({ page }) => {
        // The compare page's full tables hold thousands of cells; axe takes its time over them.
        test.setTimeout(180_000);
        await page.goto(path);
        // A selection is applied by the compare script; check the page it leaves.
        if (path.includes('?items=')) await expect(page.getByRole('status')).toHaveText(/^Comparing /);
        expect(await violations(page, variant.colorRulesOnly)).toEqual([]);
      });
    }

    test('the search dialog, open with results and filters, has no WCAG A/AA violations', async ({ page }) => {
      await page.goto(ENTRY_PAGE);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      await dialog.getByRole('combobox', { name: 'Search the guide' }).fill(SEARCH_WORD);
      await expect(dialog.getByRole('status')).toContainText(`“${SEARCH_WORD}”`);
      await page.keyboard.press('ArrowDown');
      expect(await violations(page)).toEqual([]);
    });

    test('a glossary entry with a link preview open has no WCAG A/AA violations', async ({ page }) => {
      const { page: withLinks, target } = previewSubject();
      await page.goto(withLinks);
      await page.getByRole('main').locator(`.prose a[href="${target.href}"]`).first().hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the header, skip link and main navigation work with the keyboard alone', async ({ page }) => {
  await page.goto(ENTRY_PAGE);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Backend Field Guide' })).toBeFocused();
  const navigation = page.getByRole('navigation', { name: 'Main' });
  for (const section of ['Paths', 'Guides', 'Glossary', 'Technologies', 'Comparisons']) {
    await page.keyboard.press('Tab');
    await expect(navigation.getByRole('link', { name: section })).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/comparisons\/$/);
  const focusVisible = await page.evaluate(() => {
    const link = document.querySelector('.site-nav a') as HTMLElement;
    link.focus();
    return getComputedStyle(link).outlineStyle;
  });
  expect(focusVisible).not.toBe('none');
});
