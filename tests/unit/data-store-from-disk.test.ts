/**
 * The server bundle reads Astro's content data store from disk instead of carrying it inlined: the plugin answers for
 * the data store module in server bundles only, ahead of Astro's own loader, and the module it writes evaluates to the
 * file's contents.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataStoreFromDiskPlugin, dataStoreModule } from '../../src/build/data-store-from-disk.ts';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bfg-data-store-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function evaluate(moduleCode: string, name: string): Promise<unknown> {
  const file = path.join(work, `${name}.mjs`);
  await writeFile(file, moduleCode);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the data store module', () => {
  test('evaluates to the JSON in the data store file, read when the bundle loads', async () => {
    const store = path.join(work, 'data-store.json');
    const flattened = [['Map', 1, 2], 'glossary', ['Map'], 'quotes “ and \\ and </script>'];
    await writeFile(store, JSON.stringify(flattened));
    expect(await evaluate(dataStoreModule(store), 'present')).toEqual(flattened);
  });

  test('is an empty Map when the build wrote no data store, as Astro’s own module is', async () => {
    const value = await evaluate(dataStoreModule(path.join(work, 'missing', 'data-store.json')), 'missing');
    expect(value).toBeInstanceOf(Map);
    expect((value as Map<unknown, unknown>).size).toBe(0);
  });

  test('is a few lines however large the store is', () => {
    expect(dataStoreModule('/cache/data-store.json').split('\n')).toHaveLength(3);
  });
});

describe('the plugin', () => {
  type LoadHook = {
    order: string;
    filter: { id: RegExp };
    handler: (this: { environment: { config: { consumer: string } } }, id: string) => string | undefined;
  };
  function loadHook(onAnswered?: () => void): LoadHook {
    return dataStoreFromDiskPlugin('/cache/data-store.json', onAnswered).load as unknown as LoadHook;
  }

  test('runs before Astro’s loader and only for the resolved data store module', () => {
    const hook = loadHook();
    expect(hook.order).toBe('pre');
    expect(hook.filter.id.test('\0astro:data-layer-content')).toBe(true);
    expect(hook.filter.id.test('astro:data-layer-content')).toBe(false);
    expect(hook.filter.id.test('\0astro:data-layer-content-chunk:a.json')).toBe(false);
  });

  test('answers server bundles with the file read, and reports that it did', () => {
    let answered = 0;
    const hook = loadHook(() => answered++);
    const code = hook.handler.call({ environment: { config: { consumer: 'server' } } }, '\0astro:data-layer-content');
    expect(code).toBe(dataStoreModule('/cache/data-store.json'));
    expect(answered).toBe(1);
  });

  test('leaves browser bundles to Astro', () => {
    let answered = 0;
    const hook = loadHook(() => answered++);
    expect(hook.handler.call({ environment: { config: { consumer: 'client' } } }, '\0astro:data-layer-content')).toBeUndefined();
    expect(answered).toBe(0);
  });
});
