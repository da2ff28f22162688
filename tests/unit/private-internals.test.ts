/** BUILD_WITHOUT names the private internals a build leaves out, for the benchmark's paired measurements. */
import { existsSync } from 'node:fs';
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
