/**
 * Contributed content cannot run script, even past the content check: the hostile fixture corpus (script elements,
 * event handlers, javascript:/data:/vbscript: addresses with entity and case tricks, SVG, srcdoc, base, meta refresh,
 * forms, style) is built with the check turned off, and the page is loaded, hovered and clicked through while the
 * test listens for dialogs and for the markers each payload would print.
 */
import { expect, test } from '@playwright/test';
import { E2E_HOSTILE_PORT } from '../support/servers.ts';

const HOSTILE_SITE = `http://127.0.0.1:${E2E_HOSTILE_PORT}/`;
const PAGE = `${HOSTILE_SITE}glossary/hostile-body/`;

test('nothing from a hostile entry executes, even with the content check bypassed', async ({ page }) => {
  const executed: string[] = [];
  page.on('dialog', (dialog) => {
    executed.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes('HOSTILE')) executed.push(`console: ${message.text()}`);
  });
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1, name: 'Hostile body' })).toBeVisible();
  await expect(page.getByText('Every line below would run script')).toBeVisible();

  const prose = page.locator('.prose');
  for (const element of await prose.locator('*').all()) {
    if (!(await element.isVisible())) continue;
    await element.hover().catch(() => undefined);
    await element.click({ noWaitAfter: true, timeout: 1_000 }).catch(() => undefined);
    if (page.url() !== PAGE) await page.goto(PAGE);
  }
  await page.waitForTimeout(500);
  expect(executed).toEqual([]);
  expect(page.url()).toBe(PAGE);
  expect(await page.evaluate(() => document.baseURI)).toBe(PAGE);
  expect(await prose.locator('script, iframe, object, embed, svg, form, base, meta, style, [onclick], [onerror], [style]').count()).toBe(0);
  for (const href of await prose.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
    expect(href).not.toMatch(/^\s*(javascript|vbscript|data):/i);
  }
});
