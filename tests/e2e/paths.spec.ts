/**
 * Learning paths in the built site: the route as an accessible map, "step N of M" on every step's entry page, and the
 * reader's progress kept in this browser (mark, reload, continue, export, reset, import, a corrupt file, renamed
 * entries). The tests take whichever path the guide lists first and read every expectation from the pages themselves,
 * so they hold for any valid content.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Opens the first path of the paths index; returns its title and its step items. */
async function openFirstPath(page: Page) {
  await page.goto('paths/');
  const link = page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link');
  const title = (await link.textContent())?.trim() ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return { title, steps: page.locator('li.path-step') };
}

const progressReady = (page: Page) => page.waitForFunction(() => document.documentElement.dataset['progress'] === 'ready');

test('a path page shows its stages in order, every step with its type, title and summary, and counts them', async ({ page }) => {
  const { steps } = await openFirstPath(page);
  const stages = page.locator('section.path-stage');
  const stageCount = await stages.count();
  const stepCount = await steps.count();
  expect(stageCount).toBeGreaterThan(0);
  await expect(page.locator('.path-facts')).toContainText(`${stageCount} stages, ${stepCount} steps`);
  // The route's overview names every stage, in order, linking to it.
  const overview = page.getByRole('navigation', { name: 'The route' }).getByRole('link');
  await expect(overview).toHaveCount(stageCount);
  for (let index = 0; index < stepCount; index++) {
    const step = steps.nth(index);
    await expect(step).toHaveAttribute('id', `step-${index + 1}`);
    await expect(step.locator('.badge')).not.toBeEmpty();
    await expect(step.locator('.path-step__summary')).not.toBeEmpty();
  }
  // Numbering runs through the stages: each stage's list starts where the previous one ended.
  const starts = await page.locator('ol.path-steps').evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start));
  expect(starts[0]).toBe(1);
});

test('a step says where it stands in the path, with links to the steps before and after it', async ({ page }) => {
  const { title, steps } = await openFirstPath(page);
  const total = await steps.count();
  test.skip(total < 3, 'the first path has fewer than three steps');
  const names = await steps.locator('.path-step__title a').allTextContents();
  await steps.nth(1).locator('.path-step__title a').click();
  const positions = page.getByRole('complementary', { name: 'Learning paths' });
  const mine = positions.getByRole('listitem').filter({ hasText: title });
  await expect(mine).toContainText(`${title} — step 2 of ${total}`);
  await expect(mine.getByRole('link', { name: `${title}, previous step: ← ${names[0]}` })).toBeVisible();
  await expect(mine.getByRole('link', { name: `${title}, next step: ${names[2]} →` })).toBeVisible();
});

test('marking a step done is kept across reloads and pages, counts in its stage and path, and says where to continue', async ({ page }) => {
  const { steps } = await openFirstPath(page);
  await progressReady(page);
  const total = await steps.count();
  const first = steps.first().getByRole('button', { name: /^Mark as done/ });
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.path-progress [data-progress-count]')).toHaveText(`1 of ${total} done`);
  await expect(page.locator('section.path-stage').first().locator('[data-progress-count]')).toHaveText(/^1 of \d+ done$/);
  const next = (await steps.nth(1).locator('.path-step__title a').textContent())?.trim() ?? '';
  const continueLink = page.getByRole('link', { name: `Continue where you left off: ${next}` });
  await expect(continueLink).toHaveAttribute('href', '#step-2');

  await page.reload();
  await progressReady(page);
  await expect(steps.first().getByRole('button', { name: /^Mark as done/ })).toHaveAttribute('aria-pressed', 'true');

  // The same entry's own page shows it done, and the home page offers to continue the path.
  await steps.first().locator('.path-step__title a').click();
  await progressReady(page);
  await expect(page.getByRole('complementary', { name: 'Learning paths' }).getByRole('button', { name: /^Mark as done/ })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('./');
  await expect(page.getByRole('link', { name: /^Continue where you left off: .*, step 2 of \d+ \(1 done\)$/ })).toBeVisible();
});

test('export, reset and import bring progress back; a corrupt file changes nothing and says why', async ({ page }) => {
  const { steps } = await openFirstPath(page);
  await progressReady(page);
  const count = page.locator('.path-progress [data-progress-count]');
  const total = await steps.count();
  await steps.nth(0).getByRole('button', { name: /^Mark as done/ }).click();
  await steps.nth(1).getByRole('button', { name: /^Mark as done/ }).click();
  await expect(count).toHaveText(`2 of ${total} done`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = path.join(tmpdir(), `progress-${Date.now()}.json`);
  await (await downloading).saveAs(exported);
  expect(JSON.parse(await readFile(exported, 'utf8'))).toMatchObject({ format: 'backend-field-guide-progress', version: 1 });

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(count).toHaveText(`0 of ${total} done`);
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toBeVisible();

  await page.getByLabel('Import progress').setInputFiles(exported);
  await expect(count).toHaveText(`2 of ${total} done`);

  const corrupt = path.join(tmpdir(), `corrupt-${Date.now()}.json`);
  await writeFile(corrupt, '{"format":"something-else","done":{}}');
  await page.getByLabel('Import progress').setInputFiles(corrupt);
  await expect(page.getByRole('status').filter({ hasText: /^Nothing was imported: .*Your progress is unchanged\.$/ })).toBeVisible();
  await expect(count).toHaveText(`2 of ${total} done`);
});

test('reset asks first: dismissing the question keeps the progress', async ({ page }) => {
  const { steps } = await openFirstPath(page);
  await progressReady(page);
  await steps.first().getByRole('button', { name: /^Mark as done/ }).click();
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(steps.first().getByRole('button', { name: /^Mark as done/ })).toHaveAttribute('aria-pressed', 'true');
});

test('done entries the guide no longer has are listed on the path page, not counted', async ({ page }) => {
  const { steps } = await openFirstPath(page);
  const first = await steps.first().getByRole('button', { name: /^Mark as done/ }).getAttribute('data-progress-toggle');
  await page.evaluate((entry) => {
    const done = { [entry ?? '']: '2026-12-01', 'glossary/an-entry-that-was-renamed': '2026-11-01' };
    localStorage.setItem('backend-field-guide:progress', JSON.stringify({ format: 'backend-field-guide-progress', version: 1, exported: '2026-12-01', done }));
  }, first);
  await page.reload();
  await progressReady(page);
  await expect(page.locator('.path-progress [data-progress-count]')).toHaveText(`1 of ${await steps.count()} done`);
  await expect(page.locator('[data-progress-unknown]')).toContainText('glossary/an-entry-that-was-renamed');
});

test('progress appears without moving the page, and a path page with progress shown has no WCAG A/AA violations', async ({ page }) => {
  const { steps } = await openFirstPath(page);
  await progressReady(page);
  await steps.first().getByRole('button', { name: /^Mark as done/ }).click();
  await page.reload();
  await progressReady(page);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + ((entry as PerformanceEntry & { value: number }).value ?? 0), 0))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shift).toBe(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test('without JavaScript a path reads in full and no progress control shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { steps } = await openFirstPath(page);
  expect(await steps.count()).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: /^Mark as done/ })).toHaveCount(0);
  await context.close();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('progress keeps working offline: a path page read once shows its marks and takes new ones', async ({ page, context }) => {
    const { steps } = await openFirstPath(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    // Pages are kept as they are read once the worker is in charge: read this one again.
    await page.reload();
    await progressReady(page);
    await steps.nth(0).getByRole('button', { name: /^Mark as done/ }).click();

    await context.setOffline(true);
    await page.reload();
    await progressReady(page);
    await expect(steps.nth(0).getByRole('button', { name: /^Mark as done/ })).toHaveAttribute('aria-pressed', 'true');
    await steps.nth(1).getByRole('button', { name: /^Mark as done/ }).click();
    await expect(page.locator('.path-progress [data-progress-count]')).toHaveText(`2 of ${await steps.count()} done`);
    await context.setOffline(false);
  });
});

test('an entry in no path still has its Mark as done control, in a region named for it', async ({ page, request }) => {
  const inPaths = new Set<string>();
  for (const path of (await (await request.get('api/paths.json')).json()).entries as { stages: { steps: { entry: string }[] }[] }[]) {
    for (const stage of path.stages) for (const step of stage.steps) inPaths.add(step.entry);
  }
  const glossary = (await (await request.get('api/glossary.json')).json()).entries as { id: string }[];
  const loner = glossary.find((entry) => !inPaths.has(`glossary/${entry.id}`));
  test.skip(loner === undefined, 'every glossary entry is a step of some path');
  await page.goto(`glossary/${loner?.id}/`);
  await expect(page.getByRole('complementary', { name: 'Learning paths' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Your progress' }).getByRole('button', { name: /^Mark as done/ })).toBeAttached();
});
