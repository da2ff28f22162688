import { expect, test } from 'vitest';
import { termGaps, termsOf } from '../../scripts/lib/term-gaps.ts';

const entry = (id: string, body: string, names: string[] = [id]) => ({ entry: `glossary/${id}`, body, names });

test('acronyms alone, names in the middle of a sentence and bold phrases are terms; code, link addresses and sentence starts are not', () => {
  const terms = [...termsOf('Servers speak SSH and run on\nLinux with **race conditions**. The `NOPE` token, [Spring Boot](/technologies/spring-boot/) and ASP.NET too.\n\n```sh\nssh HOST\n```\n').values()];
  expect(terms).toEqual(['SSH', 'Linux', 'Spring Boot', 'ASP.NET', 'race conditions']);
});

test('lists terms that three entries mention and no entry is named after, most mentioned first', () => {
  const gaps = termGaps([
    entry('a', 'Log in over SSH, on Linux, with a CLI.'),
    entry('b', 'Copy files over SSH from Linux.'),
    entry('c', 'Keys for SSH live on Linux and the CLI reads them.'),
    entry('d', 'The CLI and SSH again.'),
    entry('linux', 'An operating system.', ['linux', 'Linux']),
  ]);
  expect(gaps).toEqual([
    { term: 'SSH', entries: ['glossary/a', 'glossary/b', 'glossary/c', 'glossary/d'] },
    { term: 'CLI', entries: ['glossary/a', 'glossary/c', 'glossary/d'] },
  ]);
});
