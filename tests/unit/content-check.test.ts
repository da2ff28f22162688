import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { formatGitHubAnnotation, formatProblem } from '../../src/content-check/problem.ts';
import { copyCorpus, MINIMAL_CORPUS, type Corpus } from '../support/corpus.ts';

let corpus: Corpus | undefined;
afterEach(async () => {
  await corpus?.dispose();
  corpus = undefined;
});

/** The printed problems of a mutated corpus, with paths relative to its root. */
async function problemsAfter(mutate: (corpus: Corpus) => Promise<void>): Promise<string[]> {
  corpus = await copyCorpus();
  await mutate(corpus);
  const report = await checkContent(corpus.root, { cwd: corpus.root });
  return report.problems.map(formatProblem);
}

describe('content check', () => {
  test('the minimal fixture corpus is clean', async () => {
    const report = await checkContent(MINIMAL_CORPUS);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.files).toHaveLength(9);
  });

  test('a misspelled reference names the file, line, column, field and the closest id', async () => {
    const problems = await problemsAfter((c) => c.edit('glossary/api.md', (t) => t.replace('related: [caching]', 'related: [cachng]')));
    expect(problems).toEqual(['glossary/api.md:7:11  related[0]  unknown glossary id `cachng` — did you mean `caching`?']);
  });

  test('reports every problem of every file in one run', async () => {
    const problems = await problemsAfter(async (c) => {
      await c.edit('glossary/api.md', (t) => t.replace('related: [caching]', 'related: [cachng]').replace('side: both', 'side: server'));
      await c.edit('technologies/fixture-db.md', (t) => t.replace('concepts: [caching]', 'concepts: [cache]\nhomepage: https://x.org/'));
    });
    expect(problems).toEqual([
      'glossary/api.md:6:7  side  `server` is not an allowed value — allowed: frontend, backend, both, infrastructure',
      'glossary/api.md:7:11  related[0]  unknown glossary id `cachng` — did you mean `caching`?',
      'technologies/fixture-db.md:22:12  concepts[0]  unknown glossary id `cache` — did you mean `caching`?',
      'technologies/fixture-db.md:23:1  homepage  unknown field `homepage` — allowed fields: name, kind, side, summary, aliases, firstReleased, license, createdBy, language, website, features, pros, cons, useCases, related, alternatives, concepts, counterparts, sources, reviewed, noAutolink',
    ]);
  });

  test.each([
    ['an unknown key, with a suggestion', 'glossary/api.md', (t: string) => t.replace('category: api', 'categroy: api'),
      ['glossary/api.md:2:1  category  is required but missing — add it: allowed values are api, architecture, cloud, data, operations, programming, security, testing, web',
       'glossary/api.md:5:1  categroy  unknown field `categroy` — did you mean `category`?']],
    ['a bad enum value, listing the allowed ones', 'glossary/api.md', (t: string) => t.replace('category: api', 'category: apis'),
      ['glossary/api.md:5:11  category  `apis` is not an allowed value — did you mean `api`? allowed: api, architecture, cloud, data, operations, programming, security, testing, web']],
    ['a reference to the wrong collection', 'glossary/api.md', (t: string) => t.replace('related: [caching]', 'related: [fixture-db]'),
      ['glossary/api.md:7:11  related[0]  `fixture-db` is an entry of technologies, but this field takes ids from glossary — list it under `technologies` instead']],
    ['an unknown id in noAutolink', 'technologies/fixture-db.md', (t: string) => t.replace('concepts: [caching]', 'concepts: [caching]\nnoAutolink: [cachin]'),
      ['technologies/fixture-db.md:23:14  noAutolink[0]  unknown glossary id `cachin` — did you mean `caching`?']],
    ['a self-reference', 'glossary/api.md', (t: string) => t.replace('related: [caching]', 'related: [api]'),
      ['glossary/api.md:7:11  related[0]  `api` is this entry itself — remove the self-reference']],
    ['a language reference to a card that is not a language', 'technologies/fixture-framework.md', (t: string) => t.replace('language: fixture-lang', 'language: fixture-db'),
      ['technologies/fixture-framework.md:9:11  language  `fixture-db` is a technology of kind `database`, but this field takes a language']],
    ['a qualified reference to a missing entry', 'guides/fixture-guide.mdx', (t: string) => t.replace('glossary/api,', 'glossary/apis,'),
      ['guides/fixture-guide.mdx:6:11  related[0]  unknown glossary id `glossary/apis` — did you mean `glossary/api`?']],
    ['a summary of three sentences', 'glossary/caching.md', (t: string) => t.replace(/^summary: .*$/m, 'summary: One. Two. Three.'),
      ['glossary/caching.md:3:10  summary  must be at most two sentences: move the detail into the body']],
    ['HTML in a title', 'glossary/caching.md', (t: string) => t.replace('title: Caching', 'title: Caching <img src=x onerror=alert(1)>'),
      ['glossary/caching.md:2:8  title  must be plain text: remove the HTML tags']],
    ['a YAML anchor and alias', 'glossary/caching.md', (t: string) => t.replace('side: both', 'side: &s both\nextra: *s'),
      ['glossary/caching.md:6:10  (file)  uses the YAML anchor `&s`: anchors and aliases are not allowed',
       'glossary/caching.md:7:8  (file)  uses the YAML alias `*s`: write the value out in full']],
    ['front matter without a body', 'glossary/caching.md', (t: string) => t.slice(0, t.indexOf('---', 4) + 4),
      ['glossary/caching.md:2:1  (file)  has front matter but no body — write the entry text below the closing `---`']],
    ['CRLF line endings', 'glossary/caching.md', (t: string) => t.replace(/\n/g, '\r\n'),
      ['glossary/caching.md:1:1  (file)  uses CRLF (Windows) line endings: convert the file to LF']],
    ['a byte-order mark', 'glossary/caching.md', (t: string) => `\uFEFF${t}`,
      ['glossary/caching.md:1:1  (file)  starts with a byte-order mark: save the file as UTF-8 without BOM']],
    ['an empty file', 'glossary/caching.md', () => '',
      ['glossary/caching.md:1:1  (file)  is empty: an entry starts with front matter between two `---` lines']],
    ['a missing front matter', 'glossary/caching.md', () => 'Just text.\n',
      ['glossary/caching.md:1:1  (file)  has no front matter: start the file with a `---` line, the fields, then another `---` line']],
  ])('rejects %s', async (_, file, change, expected) => {
    const problems = await problemsAfter((c) => c.edit(file, change));
    expect(problems.filter((p) => p.startsWith(file))).toEqual(expected);
  });

  test('rejects bytes that are not UTF-8, with the offset', async () => {
    const problems = await problemsAfter((c) => c.write('glossary/caching.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xff, 0x0a])));
    expect(problems).toContain('glossary/caching.md:1:1  (file)  is not valid UTF-8 (first bad byte at offset 5): save the file as UTF-8');
  });

  test('rejects file names that are not kebab-case, names that differ only by case, and MDX outside guides', async () => {
    const problems = await problemsAfter(async (c) => {
      const zebra = await import('node:fs/promises').then((fs) => fs.readFile(`${c.root}/glossary/zebra-term.md`, 'utf8'));
      await c.write('glossary/Zebra-Term.md', zebra);
      await c.write('glossary/notes.mdx', zebra);
    });
    expect(problems).toEqual([
      'glossary/notes.mdx:1:1  (file)  has the extension `.mdx`, which the glossary collection does not accept — use .md (MDX is reserved for guides)',
      'glossary/zebra-term.md:1:1  (file)  differs from `glossary/Zebra-Term.md` only by letter case — keep one of the two files',
      'glossary/zebra-term.md:2:8  title  the title `Zebra term` is also the title of glossary/Zebra-Term.md: give one of them a more specific name',
      'glossary/Zebra-Term.md:1:1  (file)  file name `Zebra-Term.md` is not lowercase kebab-case — rename it to `zebra-term.md`',
    ]);
  });

  test('rejects duplicate ids', async () => {
    const problems = await problemsAfter(async (c) => {
      await c.write('guides/fixture-guide.md', '---\ntitle: Copy\n---\n');
    });
    expect(problems).toContain('guides/fixture-guide.mdx:1:1  (file)  duplicate id `fixture-guide`: `guides/fixture-guide.md` already has it — rename one of the two files');
  });

  test('rejects an empty collection and a missing one', async () => {
    const problems = await problemsAfter(async (c) => {
      await c.remove('comparisons/fixture-comparison.md');
      await c.remove('guides');
    });
    expect(problems).toEqual(expect.arrayContaining([
      'comparisons:1:1  (file)  the comparisons collection has no entries — add at least one entry (npm run new -- comparisons "Title")',
      'guides:1:1  (file)  the guides collection folder is missing — create guides/ with at least one entry',
    ]));
  });

  test('prints GitHub annotations with escaped properties', () => {
    const line = formatGitHubAnnotation({ file: 'glossary/a,b.md', line: 3, column: 5, field: 'related[0]', message: 'unknown id\nx', hint: 'did you mean `y`?', severity: 'error' });
    expect(line).toBe('::error file=glossary/a%2Cb.md,line=3,col=5,title=related[0]::unknown id%0Ax — did you mean `y`?');
  });
});
