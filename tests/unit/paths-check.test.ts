/** The content check on learning paths: every step resolves, with the file, line, field and closest id. */
import { afterEach, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { copyCorpus, type Corpus } from '../support/corpus.ts';

let corpus: Corpus | undefined;
afterEach(async () => corpus?.dispose());

async function problemsAfter(change: (text: string) => string) {
  corpus = await copyCorpus();
  await corpus.edit('paths/fixture-path.md', change);
  const report = await checkContent(corpus.root, { cwd: corpus.root, spelling: false });
  return report.problems.map(formatProblem);
}

test('an unknown step names the closest entry of its collection', async () => {
  expect(await problemsAfter((text) => text.replace('entry: glossary/caching', 'entry: glossary/cachng'))).toEqual([
    'paths/fixture-path.md:12:16  stages[0].steps[1].entry  unknown glossary id `glossary/cachng` — did you mean `glossary/caching`?',
  ]);
});

test('a step listed twice is reported at its second place, naming the first', async () => {
  expect(await problemsAfter((text) => text.replace('entry: technologies/fixture-framework', 'entry: glossary/api'))).toEqual([
    'paths/fixture-path.md:17:16  stages[1].steps[1].entry  lists `glossary/api` again: it is already step 1 of stage 1',
  ]);
});

test('an empty stage and a step in an unknown collection are errors', async () => {
  const problems = await problemsAfter((text) =>
    text.replace(/steps:\n {6}- entry: technologies\/fixture-db\n {6}- entry: technologies\/fixture-framework\n {6}- entry: guides\/fixture-guide/, 'steps: []').replace('entry: glossary/caching', 'entry: courses/caching'),
  );
  expect(problems).toEqual([
    expect.stringMatching(/^paths\/fixture-path\.md:12:16 {2}stages\[0\]\.steps\[1\]\.entry {2}expected "collection\/id" where collection is one of glossary, technologies, comparisons, guides/),
    'paths/fixture-path.md:12:16  stages[0].steps[1].entry  there is no entry `courses/caching` — did you mean `glossary/caching`?',
    'paths/fixture-path.md:15:12  stages[1].steps  a stage needs at least one step',
  ]);
});

test('a path that names another path as related resolves it; an unknown one is an error', async () => {
  expect(await problemsAfter((text) => text.replace('related: []', 'related: [fixture-pat]'))).toEqual([
    expect.stringMatching(/^paths\/fixture-path\.md:\d+:\d+ {2}related\[0\] {2}unknown paths id `fixture-pat` — did you mean `fixture-path`\?$/),
  ]);
});
