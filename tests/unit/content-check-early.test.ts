import { describe, expect, test } from 'vitest';
import { startContentCheck, takeContentCheck } from '../../src/lib/content-check/early.ts';
import { checkContent, summarizeCheck } from '../../src/lib/content-check/index.ts';
import { copyCorpus, MINIMAL_CORPUS } from '../support/corpus.ts';

describe('content check started before the build', () => {
  test('the build takes the check started for its corpus, which matches checking in place', async () => {
    const started = startContentCheck(MINIMAL_CORPUS);
    const taken = takeContentCheck(MINIMAL_CORPUS);
    expect(taken).toBe(started);
    expect(await taken).toEqual(summarizeCheck(await checkContent(MINIMAL_CORPUS)));
  });

  test('problems come back from the worker thread with file, line and field', async () => {
    const corpus = await copyCorpus();
    try {
      await corpus.edit('glossary/api.md', (text) => text.replace('related: [caching]', 'related: [cachng]'));
      const summary = await startContentCheck(corpus.root);
      expect(summary.ok).toBe(false);
      expect(summary.problems).toEqual(summarizeCheck(await checkContent(corpus.root)).problems);
      expect(summary.problems[0]).toMatchObject({ line: 7, column: 11, field: 'related[0]' });
    } finally {
      await corpus.dispose();
    }
  });

  test('a started check is taken once; any other corpus is checked in place', async () => {
    const started = startContentCheck(MINIMAL_CORPUS);
    const corpus = await copyCorpus();
    try {
      const other = takeContentCheck(corpus.root);
      expect(other).not.toBe(started);
      expect((await other).files).toHaveLength(8);
      expect(takeContentCheck(MINIMAL_CORPUS)).toBe(started);
      expect(takeContentCheck(MINIMAL_CORPUS)).not.toBe(started);
    } finally {
      await corpus.dispose();
    }
  });
});
