/** The benchmark's synthetic corpus must pass the content check, or `npm run bench` measures nothing. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

test.each([1, 25])('a corpus of %i glossary entries is valid, spelling included', async (count) => {
  const root = await mkdtemp(path.join(tmpdir(), 'bfg-synthetic-'));
  folders.push(root);
  await writeSyntheticCorpus(root, count);
  const report = await checkContent(root, { cwd: root });
  expect(report.problems.map(formatProblem)).toEqual([]);
});
