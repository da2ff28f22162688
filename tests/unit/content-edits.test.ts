/** The robustness run's edits: chosen by the seed, and the content stays valid after them. */
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { applyRandomEdits, randomFrom } from '../../scripts/lib/content-edits.ts';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A copy of the fixture corpus beside tests/fixtures/minimal, so guide imports resolve as they do from content/. */
async function copy(): Promise<string> {
  const root = await mkdtemp(path.resolve('tests/fixtures/.robustness-'));
  folders.push(root);
  await cp('tests/fixtures/minimal', root, { recursive: true });
  return root;
}

async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await readdir(root, { recursive: true })) if (/\.mdx?$/.test(file)) files[file] = await readFile(path.join(root, file), 'utf8');
  return files;
}

test('the same seed makes the same edits; another seed other ones', async () => {
  const [first, again, other] = [await copy(), await copy(), await copy()];
  expect(applyRandomEdits(first, 7, 10)).toEqual(applyRandomEdits(again, 7, 10));
  expect(await snapshot(first)).toEqual(await snapshot(again));
  applyRandomEdits(other, 8, 10);
  expect(await snapshot(other)).not.toEqual(await snapshot(first));
  expect(randomFrom(1).next()).toBe(randomFrom(1).next());
});

test.each([1, 2, 3, 4, 5])('seed %i leaves the fixture corpus valid, with a retired entry and one new entry of each kind', async (seed) => {
  const root = await copy();
  const done = applyRandomEdits(root, seed, 12);
  expect(done.filter((line) => line.startsWith('add an entry: '))).toHaveLength(5);
  const report = await checkContent(root, { cwd: root, spelling: false });
  expect(report.problems.map(formatProblem)).toEqual([]);
});
