/**
 * The home page puts a newcomer to reading within one screen: "Start here" (the first steps of the foundations path),
 * search, the sections with their counts and the entries changed most recently. Expectations come from the content
 * and its git history.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { COLLECTION_LABELS } from '../../src/model/site-model.ts';
import { PRIMARY_NAVIGATION, RECENT_ENTRIES, START_HERE_PATH, START_HERE_STEPS } from '../../src/site/meta.ts';
import { CONTENT_DIR, comparisons, entryTitle, find, glossary, guides, paths, technologies, titleOf } from '../support/site-data.ts';

const COUNTS = { glossary: glossary.length, technologies: technologies.length, comparisons: comparisons.length, guides: guides.length, paths: paths.length };
const startPath = find(paths, START_HERE_PATH) ?? [...paths].sort((a, b) => titleOf(a).localeCompare(titleOf(b)))[0];
if (startPath === undefined) throw new Error('the content has no learning path');
const firstSteps = (startPath.data['stages'] as { steps: { entry: string }[] }[])
  .flatMap((stage) => stage.steps)
  .slice(0, START_HERE_STEPS)
  .map((step) => entryTitle(step.entry));

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`at ${viewport.width} px, search and the first read are on the first screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    const start = page.getByRole('region', { name: 'Start here' });
    await expect(start.getByRole('listitem').first().getByRole('link')).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' })).toBeInViewport({ ratio: 1 });
  });
}

test('"Start here" lists the first steps of the foundations path, in order', async ({ page }) => {
  await page.goto('./');
  const start = page.getByRole('region', { name: 'Start here' });
  await expect(start.getByRole('listitem').getByRole('link')).toHaveText(firstSteps as string[]);
  await expect(start.getByRole('link', { name: titleOf(startPath), exact: true })).toBeVisible();
});

test('the home page search opens the search page with the query', async ({ page }) => {
  await page.goto('./');
  const word = titleOf(glossary[0]).split(/\s+/)[0] ?? '';
  await page.getByRole('main').getByRole('searchbox', { name: 'Search the guide' }).fill(word);
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`search/\\?q=${encodeURIComponent(word)}`));
});

test('every section shows its number of entries', async ({ page }) => {
  await page.goto('./');
  const sections = page.getByRole('region', { name: 'Sections' });
  for (const collection of PRIMARY_NAVIGATION) {
    const item = sections.getByRole('listitem').filter({ has: page.getByRole('link', { name: COLLECTION_LABELS[collection], exact: true }) });
    await expect(item).toContainText(`(${COUNTS[collection]} ${COUNTS[collection] === 1 ? 'entry' : 'entries'})`);
  }
});

test('"Recently updated" lists entries newest first, dated by their last commit', async ({ page }) => {
  await page.goto('./');
  const region = page.getByRole('region', { name: 'Recently updated' });
  // Dates come from git: content outside the repository's history (a copy the robustness runs edit) has none, and the
  // section is left out rather than shown empty.
  const tracked = execFileSync('git', ['ls-files', '--', CONTENT_DIR], { encoding: 'utf8' }).split('\n').filter((line) => /\.mdx?$/.test(line)).length;
  if (tracked === 0) {
    await expect(region).toHaveCount(0);
    return;
  }
  const items = region.getByRole('listitem');
  await expect(items).toHaveCount(Math.min(RECENT_ENTRIES, tracked));
  const listed = await items.evaluateAll((elements) =>
    elements.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', date: item.querySelector('time')?.getAttribute('datetime') ?? '' })),
  );
  const times = listed.map(({ date }) => Date.parse(date));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  for (const { href, date } of listed) {
    const [, collection = '', id = ''] = /^\/([a-z]+)\/([^/]+)\/$/.exec(href) ?? [];
    const file = ['md', 'mdx'].map((extension) => `${CONTENT_DIR}/${collection}/${id}.${extension}`).find((candidate) => execFileSync('git', ['ls-files', candidate], { encoding: 'utf8' }).trim() !== '');
    expect(file, href).toBeDefined();
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file ?? ''], { encoding: 'utf8' }).trim();
    expect(Date.parse(committed)).toBe(Date.parse(date));
  }
  // Nothing newer was left out: no entry file changed after the oldest date listed, beyond those listed.
  const oldest = Math.min(...times);
  const newer = execFileSync('git', ['log', `--since=${new Date(oldest + 1000).toISOString()}`, '--name-only', '--format=', '--', CONTENT_DIR], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => /\.(md|mdx)$/.test(line) && existsSync(line))
    .map((line) => `/${line.slice(CONTENT_DIR.length + 1).replace(/\.mdx?$/, '')}/`);
  expect(newer.filter((href) => !listed.some((item) => item.href === href))).toEqual([]);
});
