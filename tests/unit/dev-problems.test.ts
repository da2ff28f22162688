import { expect, test } from 'vitest';
import { devProblems, pageOfFile } from '../../src/content-check/dev-problems.ts';

test('a content file maps to the page it builds, under the base path, with either path separator', () => {
  expect(pageOfFile('content/glossary/caching.md', '/')).toBe('/glossary/caching/');
  expect(pageOfFile('content\\guides\\faq.mdx', '/docs/')).toBe('/docs/guides/faq/');
  expect(pageOfFile('content/spelling-words.txt', '/')).toBeUndefined();
});

test('each problem carries the text npm run check prints and the page it belongs to', () => {
  const problem = { file: 'content/glossary/api.md', line: 7, column: 11, field: 'related[0]', message: 'unknown glossary id `cachng`', hint: 'did you mean `caching`?', severity: 'error' as const };
  expect(devProblems([problem], '/')).toEqual([
    { text: 'content/glossary/api.md:7:11  related[0]  unknown glossary id `cachng` — did you mean `caching`?', severity: 'error', page: '/glossary/api/' },
  ]);
});
