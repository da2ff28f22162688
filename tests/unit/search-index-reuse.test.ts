import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { pagesDigest, reusePreviousIndex } from '../../src/search/integration.ts';

let root: string;
afterEach(() => rm(root, { recursive: true, force: true }));

async function site(name: string, pages: Record<string, string>) {
  const dir = path.join(root, name);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return dir;
}

test("an unchanged site reuses the previous build's search index; any changed page rebuilds it", async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bfg-index-'));
  const pages = { 'index.html': '<h1>Home</h1>', 'glossary/api/index.html': '<article data-pagefind-body><h1>API</h1></article>' };
  const previous = await site('previous', pages);
  await mkdir(path.join(previous, 'pagefind'), { recursive: true });
  await writeFile(path.join(previous, 'pagefind/source.sha256'), await pagesDigest(previous));
  await writeFile(path.join(previous, 'pagefind/pagefind-entry.json'), '{"built":"before"}');

  const same = await site('same', pages);
  expect(await reusePreviousIndex(same, previous, await pagesDigest(same))).toBe(true);
  expect(await readFile(path.join(same, 'pagefind/pagefind-entry.json'), 'utf8')).toBe('{"built":"before"}');

  const changed = await site('changed', { ...pages, 'glossary/api/index.html': '<article data-pagefind-body><h1>API, edited</h1></article>' });
  expect(await reusePreviousIndex(changed, previous, await pagesDigest(changed))).toBe(false);
  expect(await reusePreviousIndex(changed, undefined, await pagesDigest(changed))).toBe(false);
});
