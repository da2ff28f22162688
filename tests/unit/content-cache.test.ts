import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { invalidateContentCacheOnSchemaChange } from '../../scripts/lib/content-cache.ts';

let root: string;
afterEach(() => rm(root, { recursive: true, force: true }));

test("Astro's cached entries are dropped when a schema changes, and kept otherwise", async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bfg-cache-'));
  const cache = path.join(root, '.astro');
  await mkdir(path.join(root, 'src/schemas'), { recursive: true });
  await writeFile(path.join(root, 'src/content.config.ts'), 'export {}');
  await writeFile(path.join(root, 'src/schemas/glossary.ts'), 'export const a = 1;');
  const store = path.join(cache, 'data-store.json');
  const keep = async () => {
    await mkdir(cache, { recursive: true });
    await writeFile(store, '{}');
  };

  await keep();
  expect(await invalidateContentCacheOnSchemaChange(cache, root)).toBe(false);
  await keep();
  expect(await invalidateContentCacheOnSchemaChange(cache, root)).toBe(false);
  expect(await readFile(store, 'utf8')).toBe('{}');

  await writeFile(path.join(root, 'src/schemas/glossary.ts'), 'export const a = 2;');
  expect(await invalidateContentCacheOnSchemaChange(cache, root)).toBe(true);
  await expect(readFile(store, 'utf8')).rejects.toThrow();
});
