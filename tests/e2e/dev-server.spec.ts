/**
 * The development server on a copy of the fixture corpus: a content problem appears in the browser (on the broken
 * entry's page, and as a notice on every other page) with the text `npm run check` prints, the rest of the site keeps
 * working, and fixing the file clears it without a reload. Also for a new file whose front matter does not parse and
 * for a removed entry that others still reference.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEV_SERVER_PORT } from '../support/servers.ts';
import { MINIMAL_CORPUS } from '../support/corpus.ts';

test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let corpus: string;
const origin = `http://127.0.0.1:${DEV_SERVER_PORT}/`;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  corpus = await mkdtemp(path.join(tmpdir(), 'bfg-dev-'));
  await cp(MINIMAL_CORPUS, corpus, { recursive: true });
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(DEV_SERVER_PORT), '--host', '127.0.0.1'], {
    env: { ...process.env, CONTENT_ROOT: corpus, ASTRO_CACHE_DIR: path.join(corpus, '.cache') },
    stdio: 'pipe',
  });
  for (let attempt = 0; attempt < 200; attempt++) {
    const ready = await fetch(origin).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the development server did not start');
});

test.afterAll(async () => {
  server?.kill();
  await rm(corpus, { recursive: true, force: true });
});

const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(corpus, file), change(await readFile(path.join(corpus, file), 'utf8')));
const notice = (page: Page) => page.locator('#content-problems');

test('a typo in a reference shows on the entry page and as a notice elsewhere, and clears when fixed', async ({ page }) => {
  await page.goto(`${origin}glossary/caching/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Caching' })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);

  await edit('glossary/api.md', (text) => text.replace('related: [caching]', 'related: [cachng]'));
  // The open page learns of it without a reload.
  await expect(notice(page)).toContainText('The content check found 1 error');
  await notice(page).getByText('The content check found 1 error').click();
  await expect(notice(page)).toContainText('glossary/api.md:7:11  related[0]  unknown glossary id `cachng` — did you mean `caching`?');

  // The broken entry's own page still renders, with its problems on top.
  await page.goto(`${origin}glossary/api/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This entry has 1 content problem');
  await expect(page.getByRole('alert')).toContainText('related[0]  unknown glossary id `cachng`');

  await edit('glossary/api.md', (text) => text.replace('related: [cachng]', 'related: [caching]'));
  await expect(notice(page)).toHaveCount(0);
});

test('a new file whose front matter does not parse is reported, and removing it clears the notice', async ({ page }) => {
  await page.goto(`${origin}glossary/`);
  await writeFile(path.join(corpus, 'glossary/broken-entry.md'), '---\ntitle: Broken: entry\nsummary: x\n---\n\nBody.\n');
  await expect(notice(page)).toContainText('The content check found');
  await notice(page).locator('summary').click();
  await expect(notice(page)).toContainText('glossary/broken-entry.md:2:');
  await rm(path.join(corpus, 'glossary/broken-entry.md'));
  await expect(notice(page)).toHaveCount(0);
});

test('removing an entry that others reference names each reference, and the pages that reference it still render', async ({ page }) => {
  const saved = await readFile(path.join(corpus, 'glossary/caching.md'), 'utf8');
  await page.goto(`${origin}glossary/api/`);
  await rm(path.join(corpus, 'glossary/caching.md'));
  await expect(page.getByRole('alert')).toContainText('unknown glossary id `caching`');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await writeFile(path.join(corpus, 'glossary/caching.md'), saved);
  await expect(notice(page)).toHaveCount(0);
});
