import { afterEach, describe, expect, test } from 'vitest';
import { inspectBody, isSafeUrl, urlScheme } from '../../src/content-check/body.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { copyCorpus, type Corpus } from '../support/corpus.ts';

let corpus: Corpus | undefined;
afterEach(async () => {
  await corpus?.dispose();
  corpus = undefined;
});

/** Problems in one file after appending `extra` to its body. */
async function bodyProblems(file: string, extra: string): Promise<string[]> {
  corpus = await copyCorpus();
  await corpus.edit(file, (text) => `${text}\n${extra}\n`);
  const report = await checkContent(corpus.root, { cwd: corpus.root });
  return report.problems.filter((problem) => problem.file === file).map(formatProblem);
}

describe('URL schemes', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['javascript&#58;alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['https://example.org/', 'https'],
    ['/glossary/rest/', undefined],
    ['#top', undefined],
  ])('%j has the scheme %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
    expect(isSafeUrl(url)).toBe(scheme === undefined || scheme === 'https');
  });
});

describe('body check (Markdown)', () => {
  test.each([
    ['a script tag', '<script>alert(1)</script>', 'uses the HTML tag <script>, which is not allowed in entries'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', 'uses the HTML tag <iframe>'],
    ['an object', '<object data="x.swf"></object>', 'uses the HTML tag <object>'],
    ['an embed', '<embed src="x.swf">', 'uses the HTML tag <embed>'],
    ['a style block', '<style>body{display:none}</style>', 'uses the HTML tag <style>'],
    ['an event handler on an allowed tag', 'Text <b onclick="alert(1)">bold</b>.', 'sets the event handler onclick on <b>'],
    ['an SVG with a script', '<svg><script>alert(1)</script></svg>', 'uses the HTML tag <svg>'],
    ['a base tag', '<base href="https://evil.example/">', 'uses the HTML tag <base>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'uses the HTML tag <meta>'],
    ['a form', '<form action="https://evil.example/"><button>Go</button></form>', 'uses the HTML tag <form>'],
    ['an iframe srcdoc', '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>', 'uses the HTML tag <iframe>'],
    ['a javascript: link', '[click](javascript:alert(1))', 'links to a `javascript:` URL'],
    ['an entity-encoded javascript: link', '[click](javascript&#58;alert(1))', 'links to a `javascript:` URL'],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'links to a `data:` URL'],
    ['a vbscript: reference definition', '[x]: vbscript:msgbox(1)', 'links to a `vbscript:` URL'],
    ['a relative link', '[rest](../rest/)', 'uses the relative link `../rest/`'],
    ['a level-1 heading', '# Another title', 'has a level-1 heading'],
  ])('rejects %s', async (_, markdown, message) => {
    const problems = await bodyProblems('glossary/caching.md', markdown);
    expect(problems.join('\n')).toContain(message);
    expect(problems.some((problem) => problem.startsWith('glossary/caching.md:2') || /:\d+:\d+ {2}\(file\) {2}[^w]/.test(problem))).toBe(true);
  });

  test('allows harmless inline tags without attributes, and HTML inside code', () => {
    const report = inspectBody('Press <kbd>Ctrl</kbd>+<kbd>K</kbd>.\n\n```html\n<script>ok()</script>\n```\n\nAnd `<iframe>` in code.', { format: 'md', firstLine: 1 });
    expect(report.problems).toEqual([]);
  });

  test('reports positions as file lines', () => {
    const report = inspectBody('Line one.\n\n<script>x</script>', { format: 'md', firstLine: 10 });
    expect(report.problems[0]).toMatchObject({ line: 12, column: 1 });
  });

  test('collects heading ids the way the page renders them', () => {
    const report = inspectBody('## How it works\n\n## How it works\n\n### `GET` requests & caching', { format: 'md', firstLine: 1 });
    expect([...report.headingIds]).toEqual(['how-it-works', 'how-it-works-1', 'get-requests--caching']);
  });
});

describe('internal links in bodies', () => {
  test('a link to a missing entry names the closest one', async () => {
    expect(await bodyProblems('glossary/caching.md', 'See [the API](/glossary/apii/).')).toEqual([
      'glossary/caching.md:31:5  (file)  links to `/glossary/apii/`, but there is no glossary entry `apii` — did you mean `/glossary/api/`?',
    ]);
  });

  test('a link to a missing anchor names the closest heading', async () => {
    expect(await bodyProblems('glossary/caching.md', 'See [its definition](/glossary/api/#what-is-it).')).toEqual([
      'glossary/caching.md:31:5  (file)  links to `/glossary/api/#what-is-it`, but glossary/api.md has no heading with the id `what-is-it` — did you mean `#what-it-is`?',
    ]);
  });

  test('links to the frontend-and-backend page, its sides, and category and kind pages resolve', async () => {
    expect(await bodyProblems('glossary/caching.md', '[a](/frontend-and-backend/) [b](/frontend-and-backend/#side-backend) [b2](/frontend-and-backend/#crossing-caching) [c](/glossary/category/security/) [d](/technologies/kind/web-server/)')).toEqual([]);
  });

  test('links to headings, page anchors and index letters resolve', async () => {
    expect(await bodyProblems('glossary/caching.md', '[a](/glossary/api/#what-it-is) [b](/technologies/fixture-db/#card-pros) [c](/glossary/#letter-z) [d](/guides/#section-foundations) [e](/)')).toEqual([]);
  });

  test.each([
    ['/glossary/api', 'without the trailing slash — write `/glossary/api/`'],
    ['/search/', 'which is not a page of the guide'],
    ['/glossary/#letter-1', 'the glossary index has no anchor `#letter-1`'],
    ['/frontend-and-backend/#side-server', '/frontend-and-backend/ has no anchor `#side-server`'],
    ['/glossary/category/databases/', 'which is not a page of the guide'],
    ['/technologies/kind/orm/', 'which is not a page of the guide'],
  ])('rejects %s', async (url, message) => {
    expect((await bodyProblems('glossary/caching.md', `[x](${url})`)).join('\n')).toContain(message);
  });
});

describe('body check (MDX guides)', () => {
  const mdx = (body: string) => inspectBody(body, { format: 'mdx', firstLine: 1, file: '/site/content/guides/x.mdx', componentsDir: '/site/src/components' });

  test('allows importing a project component and passing it strings', () => {
    expect(mdx("import Diagram from '../../src/components/Diagram.astro';\n\n<Diagram name=\"request-flow\" />\n").problems).toEqual([]);
  });

  test.each([
    ['an import from outside the components folder', "import fs from 'node:fs';", 'imports `node:fs`, which is not a component of the project'],
    ['an import of a script', "import Evil from '../../src/model/site.ts';", 'imports `../../src/model/site.ts`'],
    ['an export', 'export const x = 1;', 'contains `export const x = 1`'],
    ['an expression', 'Value: {process.env.SECRET}', 'contains the expression `{process.env.SECRET}`'],
    ['a flow expression', '{globalThis.fetch("https://evil.example/")}', 'contains the expression'],
    ['an expression attribute', "import Diagram from '../../src/components/Diagram.astro';\n\n<Diagram name={'a' + 'b'} />", 'passes an expression to the attribute `name` of <Diagram>'],
    ['a spread attribute', "import Diagram from '../../src/components/Diagram.astro';\n\n<Diagram {...props} />", 'spreads an expression into <Diagram>'],
    ['a component that is not imported', '<Secret />', 'uses the component <Secret> without importing it'],
    ['an unknown diagram name', "import Diagram from '../../src/components/Diagram.astro';\n\n<Diagram name=\"monolit\" />", 'draws the unknown diagram `monolit`'],
    ['an HTML element with a handler', '<img src="x" onerror="alert(1)" />', 'uses the HTML tag <img>'],
    ['a script element', '<script>alert(1)</script>', 'uses the HTML tag <script>'],
  ])('rejects %s', (_, body, message) => {
    expect(mdx(body).problems.map((problem) => problem.message).join('\n')).toContain(message);
  });
});

describe('front matter addresses and aliases', () => {
  test('a plain http source is a warning, not an error', async () => {
    corpus = await copyCorpus();
    await corpus.edit('glossary/zebra-term.md', (text) => text.replace('https://example.org/', 'http://example.org/'));
    const report = await checkContent(corpus.root, { cwd: corpus.root });
    expect(report.problems.map(formatProblem)).toEqual(['glossary/zebra-term.md:7:11  sources[0]  warning: `http://example.org/` uses plain http — use https:// if the site supports it']);
    expect(report.ok).toBe(true);
  });

  test('two glossary or technology entries with the same title are rejected', async () => {
    corpus = await copyCorpus();
    await corpus.edit('glossary/zebra-term.md', (text) => text.replace('title: Zebra term', 'title: caching'));
    const report = await checkContent(corpus.root, { cwd: corpus.root });
    expect(report.problems.map(formatProblem)).toEqual([
      'glossary/zebra-term.md:2:8  title  the title `caching` is also the title of glossary/caching.md: give one of them a more specific name',
    ]);
  });

  test('a guide whose title is a glossary title is rejected: search could not put one exact match first', async () => {
    corpus = await copyCorpus();
    await corpus.edit('guides/fixture-guide.mdx', (text) => text.replace('title: Fixture guide', 'title: Caching'));
    const report = await checkContent(corpus.root, { cwd: corpus.root });
    expect(report.problems.map(formatProblem)).toEqual([
      'guides/fixture-guide.mdx:2:8  title  the title `Caching` is also the title of glossary/caching.md: give one of them a more specific name',
    ]);
  });

  test("an alias equal to another entry's title or alias is rejected, naming both files", async () => {
    corpus = await copyCorpus();
    await corpus.edit('glossary/zebra-term.md', (text) => text.replace('category: web', 'aliases: [Caching, FDB]\ncategory: web'));
    const report = await checkContent(corpus.root, { cwd: corpus.root });
    expect(report.problems.map(formatProblem)).toEqual([
      'glossary/zebra-term.md:4:11  aliases[0]  the alias `Caching` is the id of glossary/caching.md: remove it from one of the two entries',
      'technologies/fixture-db.md:6:11  aliases[0]  the alias `FDB` is the alias of glossary/zebra-term.md: remove it from one of the two entries',
    ]);
  });
});
