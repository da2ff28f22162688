/** BUILD_WITHOUT names the private internals a build leaves out, for the benchmark's paired measurements. */
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { internalsLeftOut, PRIVATE_INTERNALS } from '../../src/build/private-internals.ts';

test('lists the internals named, ignoring spaces and empty names', () => {
  expect(internalsLeftOut(undefined)).toEqual(new Set());
  expect(internalsLeftOut('')).toEqual(new Set());
  expect(internalsLeftOut(' pagefind-files, ,build-memory-flags')).toEqual(new Set(['pagefind-files', 'build-memory-flags']));
});

test('an unknown name fails, naming the known ones, so a typo never measures the default build', () => {
  expect(() => internalsLeftOut('pagefind-file')).toThrow(/pagefind-file.*known: data-store-from-disk/);
});

test('every internal has its decision record', () => {
  for (const record of Object.values(PRIVATE_INTERNALS)) expect(existsSync(record), record).toBe(true);
});

test('the search client leaves Pagefind’s file handling out when the build defines the switch, and keeps it otherwise', async () => {
  const bundle = async (without: boolean) => {
    const result = await esbuild.build({
      entryPoints: [path.resolve(import.meta.dirname, '../../src/search/client/engine.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      define: { 'import.meta.env.SEARCH_WITHOUT_PAGEFIND_FILES': JSON.stringify(without) },
    });
    return result.outputFiles.map((file) => file.text).join('');
  };
  // DecompressionStream is what pagefind-files.ts uses to inflate Pagefind's files.
  expect(await bundle(false)).toContain('DecompressionStream');
  expect(await bundle(true)).not.toContain('DecompressionStream');
});
