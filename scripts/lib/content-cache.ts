/**
 * Astro caches parsed entries in its data store and reuses them while an entry's file is unchanged — even when the
 * schemas changed (a new field with a default, say), which then reaches pages as `undefined`. The build keys the
 * cache on the schemas too: when any schema file differs from the last build's, the data store is dropped.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashFiles, listFiles } from '../../src/build/inputs.ts';

async function schemaDigest(root: string): Promise<string> {
  const schemas = (await listFiles(path.join(root, 'src/schemas'))).filter((file) => file.endsWith('.ts')).map((file) => `src/schemas/${file}`);
  const hash = createHash('sha256');
  await hashFiles(hash, root, [...schemas, 'src/content.config.ts']);
  return hash.digest('hex');
}

/** Drops Astro's data store in `cacheDir` when the schemas changed since it was written; returns whether it did. */
export async function invalidateContentCacheOnSchemaChange(cacheDir: string, root = process.cwd()): Promise<boolean> {
  const marker = path.join(cacheDir, 'schemas.sha256');
  const digest = await schemaDigest(root);
  const previous = await readFile(marker, 'utf8').catch(() => undefined);
  if (previous === digest) return false;
  await rm(path.join(cacheDir, 'data-store.json'), { force: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(marker, digest);
  return previous !== undefined;
}
