/**
 * The Content Security Policy holds on every template: no page, and no search (runtime, WebAssembly, index, results),
 * triggers a single violation. The policy is strict — hashes for Astro's own scripts and styles, no inline styles —
 * so a violation means something on the page would be blocked for readers.
 */
import { expect, test, type Page } from '@playwright/test';
import { htmlElements } from '../../scripts/lib/html.ts';
import { ENTRY_PAGE, SEARCH_WORD, TEMPLATES } from '../support/templates.ts';

async function recordViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every page carries the policy: hashes, no unsafe-inline, WebAssembly the only loosening', async ({ page }) => {
  await page.goto(ENTRY_PAGE);
  const policy = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(policy).toMatch(/style-src 'self'/);
  expect(policy).toContain("base-uri 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/'unsafe-eval'/);
});

for (const [name, path] of TEMPLATES) {
  test(`${name}: no policy violation, with search opened and a query run`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(path);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('combobox', { name: 'Search the guide' }).fill(SEARCH_WORD);
    await expect(dialog.getByRole('status')).toContainText(`for “${SEARCH_WORD}”`);
    await expect(dialog.locator('.search-hit mark').first()).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test('no built page has a style attribute or an inline event handler, which the policy would block', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const offenders: string[] = [];
  for (const file of await readdir('dist', { recursive: true })) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(`dist/${file}`, 'utf8');
    const found = [...htmlElements(html)].flatMap(({ tagName, attributes }) =>
      [...attributes.keys()].filter((name) => name === 'style' || /^on[a-z]+$/.test(name)).map((name) => `<${tagName} ${name}="${attributes.get(name)?.slice(0, 80)}">`),
    );
    offenders.push(...found.slice(0, 2).map((tag) => `${file}: ${tag}`));
  }
  expect(offenders).toEqual([]);
});
