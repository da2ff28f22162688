/**
 * The offline bundle opened straight from disk: `npm run bundle`'s zip of the built site, unzipped and loaded
 * through file:// — styles apply, links resolve to files, and the fallback search finds entries by title, alias
 * and body words.
 */
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { entryWithAlias, first, glossary, previewSubject, technologies, titleOf } from '../support/site-data.ts';

let root: string;

test.beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bfg-bundle-'));
  const zip = path.join(root, 'bundle.zip');
  const made = spawnSync(process.execPath, ['scripts/bundle.ts', '--site', 'dist', '--out', zip], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  for (const [name, bytes] of Object.entries(unzipSync(await readFile(zip)))) {
    const target = path.join(root, 'site', name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
});

test.afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const fileUrl = (page: string) => pathToFileURL(path.join(root, 'site', page)).href;

test('pages open from disk with their styles, and links lead to files', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(fileUrl('index.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Backend Field Guide' })).toBeVisible();
  const headerBackground = await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle);
  expect(headerBackground).toBe('solid');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/index\.html$/);
  const term = titleOf(first(glossary, () => true));
  await page.getByRole('link', { name: term, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: term })).toBeVisible();
  expect(errors).toEqual([]);
});

test('search from disk finds entries by title, alias and body words, and opens them', async ({ page }) => {
  const nicknamed = entryWithAlias('technologies');
  await page.goto(fileUrl(`glossary/${first(glossary, () => true).id}/index.html`));
  const form = page.getByRole('search', { name: 'Site' });
  await form.getByRole('searchbox').fill(nicknamed.alias);
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`/search/index\\.html\\?q=${encodeURIComponent(nicknamed.alias)}$`));
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByRole('status')).toContainText(`for “${nicknamed.alias}”`);
  await results.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: nicknamed.title })).toBeVisible();

  const card = titleOf(first(technologies, () => true));
  await page.goto(`${fileUrl('search/index.html')}?q=${encodeURIComponent(card)}`);
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('link').first()).toHaveText(card);

  // Two words of a summary, found in the body text.
  const words = previewSubject().target.summary.split(/\W+/).filter((word) => word.length > 6).slice(0, 2).join(' ');
  await page.goto(`${fileUrl('search/index.html')}?q=${encodeURIComponent(words)}`);
  const bodyHits = page.getByRole('region', { name: 'Results' });
  await expect(bodyHits.getByRole('link').first()).toBeVisible();
  await expect(bodyHits.locator('mark').first()).toBeVisible();
});

test('progress works from disk: a step marked done on a path page stays done after a reload', async ({ page }) => {
  await page.goto(fileUrl('paths/index.html'));
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
  await page.waitForFunction(() => document.documentElement.dataset['progress'] === 'ready');
  const toggle = page.locator('li.path-step').first().getByRole('button', { name: /^Mark as done/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset['progress'] === 'ready');
  await expect(page.locator('li.path-step').first().getByRole('button', { name: /^Mark as done/ })).toHaveAttribute('aria-pressed', 'true');
});
