/**
 * Reading aids in the built site: the theme switch (remembered, applied before the first paint, Auto following the
 * system), code blocks (title, language, a copy button that announces "Copied"), callouts, tab sets whose language the
 * whole site remembers, and "On this page" following the section being read. Subjects come from the content.
 */
import { expect, test, type Page } from '@playwright/test';
import { TAB_LANGUAGE_LABELS, TAB_LANGUAGES, CALLOUT_LABELS, type CalloutType } from '../../src/schemas/registry.ts';
import { ENTRY_PAGE } from '../support/templates.ts';
import { glossary, guides, technologies, type SourceEntry } from '../support/site-data.ts';

const entries = [...glossary, ...technologies, ...guides];
const urlOf = (entry: SourceEntry) => `${entry.collection}/${entry.id}/`;
function firstWith<T>(find: (entry: SourceEntry) => T | undefined): { entry: SourceEntry; found: T } {
  for (const entry of entries) {
    const found = find(entry);
    if (found !== undefined) return { entry, found };
  }
  throw new Error('the content has no entry these tests need');
}

/** A code block with a title: the entry, the title, the language and the code. */
const titled = firstWith((entry) => {
  const match = /^```(\w+) title="([^"]+)"\n([\s\S]*?)\n```$/m.exec(entry.body);
  return match === null ? undefined : { language: match[1] ?? '', title: match[2] ?? '', code: match[3] ?? '' };
});

/** A callout: its kind and its title (the kind's name when the author gives none). */
const callout = firstWith((entry) => {
  const match = /^:::(note|tip|caution|danger)(?:\[([^\]]+)\])?$/m.exec(entry.body);
  if (match === null) return undefined;
  const kind = CALLOUT_LABELS[match[1] as CalloutType];
  return { kind, title: match[2] ?? kind };
});

/** The languages of each page's first tab set. */
const tabLabel = (name: string) => TAB_LANGUAGES.map((id) => TAB_LANGUAGE_LABELS[id]).find((label) => label.toLowerCase() === name.toLowerCase()) ?? name;
const tabSets = entries
  .filter((entry) => entry.body.includes('::::tabs'))
  .map((entry) => ({ entry, languages: [...entry.body.split('::::tabs')[1]!.split(/^::::$/m)[0]!.matchAll(/^:::tab\[([^\]]+)\]$/gm)].map((match) => tabLabel(match[1] ?? '')) }));
/** Two pages whose tab sets share a language that is not the first tab of the second. */
const sharedTabs = (() => {
  for (const one of tabSets) {
    for (const other of tabSets) {
      if (other === one) continue;
      const language = one.languages.find((label) => other.languages.indexOf(label) > 0);
      if (language !== undefined) return { one, other, language };
    }
  }
  throw new Error('the content has no two tab sets that share a language');
})();

const isDark = async (page: Page) =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return (r + g + b) / 3 < 128;
  });

test.describe('theme switch', () => {
  test('Dark is applied at once, kept across a reload and the next page, and set before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(ENTRY_PAGE);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toHaveValue('auto');
    expect(await isDark(page)).toBe(false);
    await theme.selectOption({ label: 'Dark' });
    expect(await isDark(page)).toBe(true);

    // From now on, record the theme when <body> starts, before anything of it can paint, and the color at DOMContentLoaded.
    await page.addInitScript(() => {
      const seen: Record<string, string | boolean | undefined> = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((_records, observer) => {
        if (!document.body) return;
        seen['atBody'] = document.documentElement.dataset['theme'];
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => {
        const [r = 0, g = 0, b = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(Number);
        seen['darkAtLoad'] = (r + g + b) / 3 < 128;
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { seen: unknown }).seen)).toEqual({ atBody: 'dark', darkAtLoad: true });
    await expect(theme).toHaveValue('dark');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.evaluate(() => (window as unknown as { seen: unknown }).seen)).toEqual({ atBody: 'dark', darkAtLoad: true });
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await isDark(page)).toBe(false);
  });

  test('Auto follows the system scheme', async ({ page }) => {
    await page.goto(ENTRY_PAGE);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await isDark(page)).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await isDark(page)).toBe(false);
  });

  test('without JavaScript the switch is not shown and the system scheme applies', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(ENTRY_PAGE);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
    expect(await isDark(page)).toBe(true);
    await context.close();
  });
});

test.describe('code blocks', () => {
  test(`a titled block shows its title and language, and Copy copies the code and announces it (${urlOf(titled.entry)})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(urlOf(titled.entry));
    const block = page.locator('.code-block').filter({ hasText: titled.found.title }).first();
    await expect(block.getByText(titled.found.title, { exact: true })).toBeVisible();
    const copy = block.getByRole('button', { name: 'Copy' });
    await expect(copy).toBeVisible();
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(titled.found.code);
  });

  test('without JavaScript, and in print, there is no copy button', async ({ browser, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(urlOf(titled.entry));
    await expect(noScript.locator('.code-block').first()).toBeVisible();
    await expect(noScript.getByRole('button', { name: 'Copy' })).toHaveCount(0);
    await context.close();

    await page.goto(urlOf(titled.entry));
    await expect(page.getByRole('button', { name: 'Copy' }).first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Copy' }).first()).toBeHidden();
  });
});

test(`a callout is a note named by its kind and title (${urlOf(callout.entry)})`, async ({ page }) => {
  await page.goto(urlOf(callout.entry));
  const name = callout.found.title === callout.found.kind ? callout.found.kind : `${callout.found.kind}: ${callout.found.title}`;
  const aside = page.getByRole('note', { name, exact: true }).first();
  await expect(aside).toBeVisible();
  await expect(aside.getByText(callout.found.title, { exact: true })).toBeVisible();
});

test.describe('tabs', () => {
  const { one, other, language } = sharedTabs;

  test(`a tab set is an ARIA tab list; the chosen language is remembered on other pages (${urlOf(one.entry)}, ${urlOf(other.entry)})`, async ({ page }) => {
    await page.goto(urlOf(one.entry));
    const list = page.getByRole('tablist', { name: 'Language' }).first();
    const [firstLabel = '', secondLabel = ''] = one.languages;
    await expect(list.getByRole('tab', { name: firstLabel })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: firstLabel })).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: secondLabel })).toBeHidden();

    // Arrow keys move between tabs and show their panels.
    await list.getByRole('tab', { name: firstLabel }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(list.getByRole('tab', { name: secondLabel })).toBeFocused();
    await expect(list.getByRole('tab', { name: secondLabel })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: secondLabel })).toBeVisible();
    await expect(page.getByRole('tabpanel', { name: firstLabel })).toBeHidden();

    await list.getByRole('tab', { name: language }).click();
    await expect(page.getByRole('tabpanel', { name: language })).toBeVisible();

    await page.goto(urlOf(other.entry));
    await expect(page.getByRole('tablist', { name: 'Language' }).first().getByRole('tab', { name: language })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: language })).toBeVisible();
  });

  test('the remembered language shows from the first paint, before the tab script arrives', async ({ page }) => {
    await page.goto(urlOf(other.entry));
    await page.evaluate((chosen) => localStorage.setItem('bfg-tab', chosen), TAB_LANGUAGES.find((id) => TAB_LANGUAGE_LABELS[id] === language) ?? '');
    await page.route('**/*.js', (route) => (route.request().url().includes('tabs') ? route.abort() : route.continue()));
    await page.reload();
    const panels = page.locator('.tabs').first().locator('.tabs__panel');
    await expect(panels.filter({ visible: true })).toHaveCount(1);
    await expect(panels.filter({ visible: true }).locator('.tabs__label')).toHaveText(language);
  });

  test('without JavaScript every panel shows under its label', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(urlOf(one.entry));
    await expect(page.getByRole('tab')).toHaveCount(0);
    for (const label of one.languages) await expect(page.locator('.tabs__label').getByText(label, { exact: true }).first()).toBeVisible();
    await context.close();
  });
});

test('"On this page" marks the section being read', async ({ page }) => {
  await page.goto(ENTRY_PAGE);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.locator(':scope > ol > li > a');
  const third = links.nth(2);
  const name = (await third.textContent())?.trim() ?? '';
  await page.getByRole('heading', { level: 2, name, exact: true }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect(third).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('a[aria-current]')).toHaveCount(1);
  await page.getByRole('heading', { level: 2, name: (await links.nth(0).textContent())?.trim() ?? '', exact: true }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expect(links.nth(0)).toHaveAttribute('aria-current', 'true');
});

test('the section navigation scrolls its current link into view within itself, not the window', async ({ page }) => {
  // The sidebar's markup contract (nav.sidebar, the current page's link aria-current="page"), on a page of its own,
  // with the module built as the site builds it.
  const { build } = await import('esbuild');
  const built = await build({ entryPoints: ['src/reading/client/sidebar-scroll.ts'], bundle: true, format: 'iife', write: false });
  const links = Array.from({ length: 80 }, (_, index) => `<li><a href="#${index}"${index === 60 ? ' aria-current="page"' : ''}>Page ${index}</a></li>`).join('');
  await page.setContent(`<body style="margin:0"><nav class="sidebar" aria-label="Section" style="height:200px;overflow:auto"><ul>${links}</ul></nav><p style="height:3000px">Text</p></body>`);
  await page.addScriptTag({ content: built.outputFiles[0]?.text ?? '' });
  const sidebar = page.getByRole('navigation', { name: 'Section' });
  await expect.poll(() => sidebar.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0);
  await expect(sidebar.getByRole('link', { name: 'Page 60', exact: true })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
