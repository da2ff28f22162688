import { expect, test, type Page } from '@playwright/test';
import { BASE_PATH_PREFIX, E2E_BASE_PATH_PORT } from '../support/servers.ts';

const frameworks = (page: Page) => page.getByRole('table', { name: 'Frameworks side by side' });
/** The names of the columns a reader can see (hidden cells leave the accessibility tree). */
const visibleColumns = (page: Page) => frameworks(page).getByRole('columnheader');
const status = (page: Page) => page.getByRole('status');

test.describe('compare technologies', () => {
  test('a shared link shows only the technologies it names, side by side with their data', async ({ page }) => {
    await page.goto('compare/?items=django,ruby-on-rails,laravel');
    await expect(visibleColumns(page)).toHaveText(['Django', 'Laravel', 'Ruby on Rails']);
    const released = frameworks(page).getByRole('row', { name: /^First released/ });
    await expect(released.getByRole('cell')).toHaveText(['2005', '2011', '2004']);
    await expect(frameworks(page).getByRole('row', { name: /^Pros/ }).getByRole('cell')).toHaveCount(3);
    await expect(page.getByRole('heading', { level: 2, name: 'Languages' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Kinds' })).toBeHidden();
    await expect(status(page)).toHaveText('Comparing Django, Ruby on Rails and Laravel.');
    await expect(page.getByRole('combobox', { name: 'Kind of technology' })).toHaveValue('framework');
    await expect(page.getByRole('checkbox', { name: 'Laravel' })).toBeChecked();
  });

  test('an alias in the link works and the address is rewritten to ids', async ({ page }) => {
    await page.goto('compare/?items=django,rails,laravel');
    await expect(visibleColumns(page)).toHaveText(['Django', 'Laravel', 'Ruby on Rails']);
    await expect(page).toHaveURL(/\/compare\/\?items=django,ruby-on-rails,laravel$/);
  });

  test('picking in the picker updates the table and the shareable address', async ({ page }) => {
    await page.goto('compare/');
    await expect(page).toHaveURL(/\/compare\/$/);
    await page.getByRole('combobox', { name: 'Kind of technology' }).selectOption({ label: 'Frameworks' });
    await expect(page.getByRole('heading', { level: 2, name: 'Languages' })).toBeHidden();
    await expect(status(page)).toHaveText('Showing all frameworks. Pick 2 to 4 to compare.');
    const group = page.getByRole('group', { name: 'Pick 2 to 4 frameworks' });
    await group.getByRole('checkbox', { name: 'Flask' }).check();
    await expect(page).toHaveURL(/\/compare\/$/);
    await group.getByRole('checkbox', { name: 'Django' }).check();
    await expect(page).toHaveURL(/\/compare\/\?items=django,flask$/);
    await expect(visibleColumns(page)).toHaveText(['Django', 'Flask']);
    await expect(status(page)).toHaveText('Comparing Django and Flask.');
    await group.getByRole('checkbox', { name: 'Laravel' }).check();
    await group.getByRole('checkbox', { name: 'Express' }).check();
    await expect(page).toHaveURL(/\?items=django,express,flask,laravel$/);
    await expect(group.getByRole('checkbox', { name: 'Symfony' })).toBeDisabled();
    await expect(status(page)).toContainText('That is the most at once');
    await group.getByRole('checkbox', { name: 'Django' }).uncheck();
    await expect(group.getByRole('checkbox', { name: 'Symfony' })).toBeEnabled();
    await expect(visibleColumns(page)).toHaveText(['Express', 'Flask', 'Laravel']);

    // The address it wrote opens the same comparison.
    await page.reload();
    await expect(visibleColumns(page)).toHaveText(['Express', 'Flask', 'Laravel']);

    await page.getByRole('combobox', { name: 'Kind of technology' }).selectOption({ label: 'Every kind' });
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Languages' })).toBeVisible();
    await expect(visibleColumns(page)).not.toHaveCount(3);
  });

  test('a link naming unknown ids or mixed kinds says so and shows every table', async ({ page }) => {
    await page.goto('compare/?items=django,postgresql');
    await expect(status(page)).toHaveText('Django and PostgreSQL are not the same kind of technology; a comparison needs 2 to 4 of one kind.');
    await expect(page.getByRole('heading', { level: 2, name: 'Databases and stores' })).toBeVisible();
    await expect(visibleColumns(page)).not.toHaveCount(2);
    await page.goto('compare/?items=django,no-such-thing');
    await expect(status(page)).toHaveText('This guide has no technology called “no-such-thing”.');
  });

  test('a card links "Compare with…" its alternatives, landing on that comparison', async ({ page }) => {
    await page.goto('technologies/django/');
    const compareWith = page.getByRole('region', { name: 'Compare with…' });
    await compareWith.getByRole('link', { name: 'Django vs Flask' }).click();
    await expect(page).toHaveURL(/\/compare\/\?items=django,flask$/);
    await expect(visibleColumns(page)).toHaveText(['Django', 'Flask']);
  });
});

test.describe('compare technologies without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind with two or more cards has its full table, and the picker, which needs a script, is absent', async ({ page }) => {
    await page.goto('technologies/');
    const kinds: { name: string; cards: string[] }[] = [];
    for (const section of await page.getByRole('main').locator('section[aria-labelledby]').all()) {
      const name = (await section.getByRole('heading', { level: 2 }).textContent()) ?? '';
      const cards = await section.locator('.entry-list > li > a').allTextContents();
      if (cards.length >= 2) kinds.push({ name, cards });
    }
    expect(kinds.length).toBeGreaterThan(5);

    await page.goto('compare/?items=django,flask');
    await expect(page.locator('#compare-picker')).toHaveAttribute('hidden', '');
    await expect(page.locator('#compare-picker')).toBeHidden();
    for (const { name, cards } of kinds) {
      const table = page.getByRole('table', { name: `${name} side by side` });
      await expect(table.getByRole('columnheader')).toHaveText(cards);
      for (const row of ['Features', 'Pros', 'Cons', 'Use cases']) {
        await expect(table.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('cell')).toHaveCount(cards.length);
      }
    }
  });
});

test('under a base path, a card\'s compare link carries the prefix and the comparison narrows', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${E2E_BASE_PATH_PORT}${BASE_PATH_PREFIX}technologies/django/`);
  const link = page.getByRole('region', { name: 'Compare with…' }).getByRole('link', { name: 'Django vs Laravel' });
  await expect(link).toHaveAttribute('href', `${BASE_PATH_PREFIX}compare/?items=django,laravel`);
  await link.click();
  await expect(visibleColumns(page)).toHaveText(['Django', 'Laravel']);
});
