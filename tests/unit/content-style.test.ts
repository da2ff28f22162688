/** The style guide's checks: spelling, section names, HTTP/1.1 examples and the age of reviews, on the fixture corpus. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { proseOfBody, proseOfFrontMatter, wordsOf } from '../../src/content-check/spelling.ts';
import { monthsSince, staleEntries } from '../../src/content-check/style.ts';
import { copyCorpus, type Corpus } from '../support/corpus.ts';

let corpus: Corpus | undefined;
afterEach(async () => corpus?.dispose());

async function problemsAfter(change: (corpus: Corpus) => Promise<void>, options: Parameters<typeof checkContent>[1] = {}) {
  corpus = await copyCorpus();
  await change(corpus);
  const cacheFile = path.join(await mkdtemp(path.join(tmpdir(), 'bfg-spelling-')), 'spelling.json');
  const report = await checkContent(corpus.root, { cwd: corpus.root, spelling: { cacheFile }, ...options });
  return { problems: report.problems.map(formatProblem), report, cacheFile };
}

describe('spelling', () => {
  test('a British or misspelled word is reported where it stands, with suggestions; the word list accepts names', async () => {
    const { problems, cacheFile } = await problemsAfter((c) =>
      c.edit('glossary/zebra-term.md', (text) => text.replace('Filed under Z', 'Filed under Z for its behaviour, by Zaphodbeeblebrox,')),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^glossary\/zebra-term\.md:\d+:\d+ {2}\(file\) {2}unknown word `behaviour` \(American English\) — did you mean `behavior`.*add it to spelling-words\.txt$/),
      expect.stringMatching(/^glossary\/zebra-term\.md:\d+:\d+ {2}\(file\) {2}unknown word `Zaphodbeeblebrox`/),
    ]);
    const [line, column] = (problems[0]?.match(/:(\d+):(\d+)/) ?? []).slice(1).map(Number);
    const text = await readFile(path.join(corpus?.root ?? '', 'glossary/zebra-term.md'), 'utf8');
    expect(text.split('\n')[(line ?? 0) - 1]?.slice((column ?? 0) - 1).startsWith('behaviour')).toBe(true);
    expect(JSON.parse(await readFile(cacheFile, 'utf8')).unknown).toHaveProperty('behaviour');

    await corpus?.write('spelling-words.txt', '# names\nZaphodbeeblebrox\n');
    const again = await checkContent(corpus?.root ?? '', { cwd: corpus?.root ?? '', spelling: { cacheFile } });
    expect(again.problems.map(formatProblem)).toEqual([expect.stringContaining('`behaviour`')]);
  });

  test('summaries and point texts are prose; ids, keys, addresses and code are not', async () => {
    const { problems } = await problemsAfter(async (c) => {
      await c.edit('glossary/api.md', (text) => text.replace(/^summary: .*$/m, 'summary: An interfase between programs.'));
      await c.edit('glossary/api.md', (text) => `${text}\nRun \`npx wrnglr --flg\` or open https://example.org/qzxv/ or mod_qzxw.\n`);
    });
    expect(problems).toEqual([expect.stringMatching(/^glossary\/api\.md:3:\d+ {2}\(file\) {2}unknown word `interfase`/)]);
  });

  test('prose extraction keeps every character in place', () => {
    const body = 'See `codeWord` and [a link](/glossary/qzx/).\n\n```js\nconst qzy = 1;\n```\nText.';
    const prose = proseOfBody(body);
    expect(prose.length).toBe(body.length);
    expect(wordsOf(prose).map((found) => found.word)).toEqual(['See', 'and', 'link', 'Text']);
    expect(wordsOf(proseOfFrontMatter('title: Caching\nrelated: [qzx-entry]\nsources:\n  - https://qzx.example/\n'), 2)).toEqual([{ word: 'Caching', line: 2, column: 8 }]);
  });
});

describe('section names', () => {
  test('a renamed section is named with the name every entry uses; a missing one is listed', async () => {
    const { problems } = await problemsAfter(async (c) => {
      await c.edit('glossary/caching.md', (text) => text.replace('## Example', '## A small example'));
      await c.edit('glossary/api.md', (text) => text.replace('## Common pitfalls\n', '## Things to know\n'));
    });
    expect(problems).toEqual([
      'glossary/api.md:12:1  (file)  has no `## Common pitfalls` section — glossary entries have the sections `## Why it matters on the backend`, `## Example`, `## Common pitfalls`, in that order',
      expect.stringMatching(/^glossary\/caching\.md:\d+:1 {2}\(file\) {2}names the section `## A small example`; every glossary entry calls it `## Example` — rename the heading to `## Example`$/),
    ]);
  });
});

describe('HTTP examples', () => {
  test('an HTTP/1.1 request without a Host header is reported at its request line', async () => {
    const { problems } = await problemsAfter((c) =>
      c.edit('glossary/caching.md', (text) => text.replace('```http\nCache-Control: max-age=60\n```', '```http\nGET /orders HTTP/1.1\nAccept: application/json\n```\n\n```http\nGET /ok HTTP/1.1\nHost: shop.example\n```')),
    );
    expect(problems).toEqual([expect.stringMatching(/^glossary\/caching\.md:\d+:1 {2}\(file\) {2}the HTTP\/1\.1 request `GET \/orders HTTP\/1\.1` has no `Host` header/)]);
  });
});

describe('reviews', () => {
  test('facts checked more than twelve months ago are a warning, and --stale lists them oldest first', async () => {
    // Every fixture entry was checked in 2026-12: twelve months before this date, so not yet stale.
    const now = new Date('2027-12-15T00:00:00Z');
    const { problems, report } = await problemsAfter(
      async (c) => {
        await c.edit('glossary/api.md', (text) => text.replace('reviewed: 2026-12', 'reviewed: 2026-02'));
        await c.edit('glossary/caching.md', (text) => text.replace('reviewed: 2026-12', 'reviewed: 2025-11'));
      },
      { now },
    );
    expect(problems).toEqual([
      expect.stringMatching(/^glossary\/api\.md:\d+:11 {2}reviewed {2}warning: the facts were last checked in 2026-02, more than 12 months ago/),
      expect.stringMatching(/^glossary\/caching\.md:\d+:11 {2}reviewed {2}warning: the facts were last checked in 2025-11/),
    ]);
    expect(report.ok).toBe(true);
    expect(staleEntries(report.files, now).map((entry) => [entry.file, entry.months])).toEqual([
      ['glossary/caching.md', 25],
      ['glossary/api.md', 22],
    ]);
  });

  test('months are counted by calendar month', () => {
    expect(monthsSince('2026-12', new Date('2027-12-01T00:00:00Z'))).toBe(12);
    expect(monthsSince('2026-12', new Date('2028-01-01T00:00:00Z'))).toBe(13);
    expect(monthsSince('2026-13', new Date())).toBeUndefined();
  });

  test('a review month in the future is rejected', async () => {
    const { problems } = await problemsAfter((c) => c.edit('glossary/api.md', (text) => text.replace('reviewed: 2026-12', 'reviewed: 2999-01')));
    expect(problems).toEqual([expect.stringMatching(/^glossary\/api\.md:\d+:11 {2}reviewed {2}is in the future/)]);
  });
});
