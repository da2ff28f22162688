import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { satteriBaseLinks } from '../../src/markdown/base-links.ts';
import { GlossaryLinker, pageContext, remarkGlossaryLinks, satteriGlossaryLinks, type MarkdownNode } from '../../src/markdown/glossary-links.ts';
import { buildTermIndex, namesOf, pluralOf, type GlossaryTerm } from '../../src/markdown/term-index.ts';

const TERMS: GlossaryTerm[] = [
  { id: 'api', names: ['API', 'application programming interface'] },
  { id: 'rest', names: ['REST', 'REST API', 'RESTful'] },
  { id: 'caching', names: ['Caching', 'cache', 'caching'] },
  { id: 'reverse-proxy', names: ['Reverse proxy'] },
  { id: 'password-hashing', names: ['Password hashing', 'hash'] },
  { id: 'integration-testing', names: ['Integration testing', 'IT'] },
  { id: 'cdn', names: ['Content delivery network (CDN)'] },
  { id: 'non-blocking-io', names: ['Non-blocking I/O'] },
  { id: 'load-balancing', names: ['Load balancing'] },
  { id: 'dry', names: ["Don't repeat yourself (DRY)"] },
  { id: 'key-value-store', names: ['Key–value store'] },
];
const index = buildTermIndex(TERMS);

/** The terms `find` reports in a text, as [matched text, id]. */
const found = (text: string, allowed: (id: string) => boolean = () => true) =>
  [...index.find(text, allowed)].map((match) => [text.slice(match.start, match.end), match.id]);

describe('the term index', () => {
  test('matches whole words only', () => {
    expect(found('A cache, a cachet, a precache and a cache-aside store; the cache.')).toEqual([
      ['cache', 'caching'],
      ['cache', 'caching'],
    ]);
  });

  test('the longest name wins at a position ("REST API" before "API")', () => {
    expect(found('Call the REST API, then any API.')).toEqual([
      ['REST API', 'rest'],
      ['API', 'api'],
    ]);
  });

  test('knows plurals: APIs, caches, proxies, hashes', () => {
    expect(found('APIs and caches behind reverse proxies store hashes.')).toEqual([
      ['APIs', 'api'],
      ['caches', 'caching'],
      ['reverse proxies', 'reverse-proxy'],
      ['hashes', 'password-hashing'],
    ]);
    expect([pluralOf('API'), pluralOf('proxy'), pluralOf('key'), pluralOf('cache'), pluralOf('batch'), pluralOf('HTTP/2')]).toEqual([
      'APIs',
      'proxies',
      'keys',
      'caches',
      'batches',
      undefined,
    ]);
  });

  test('ordinary names match in any case; acronyms and other meaningful capitals only as written', () => {
    expect(found('CACHING and Caching and caching')).toHaveLength(3);
    expect(found('Give it a rest: it is IT that knows the api of the Api, not the API.')).toEqual([
      ['IT', 'integration-testing'],
      ['API', 'api'],
    ]);
    expect(found('Apis and APIS are not APIs.')).toEqual([['APIs', 'api']]);
    expect(found('non-blocking I/O, not non-blocking i/o')).toEqual([['non-blocking I/O', 'non-blocking-io']]);
  });

  test('a title with an abbreviation in parentheses matches as either', () => {
    expect(namesOf('Content delivery network (CDN)')).toEqual(['Content delivery network', 'CDN']);
    expect(found('A content delivery network, or CDN.')).toEqual([
      ['content delivery network', 'cdn'],
      ['CDN', 'cdn'],
    ]);
  });

  test('line breaks, typographic apostrophes and dashes do not hide a term', () => {
    expect(found('load\n  balancing, don’t repeat yourself, a key-value store')).toEqual([
      ['load\n  balancing', 'load-balancing'],
      ['don’t repeat yourself', 'dry'],
      ['key-value store', 'key-value-store'],
    ]);
  });

  test('a term that is not allowed gives way to the longest allowed one', () => {
    expect(found('the REST API', (id) => id !== 'rest')).toEqual([['API', 'api']]);
  });

  test('its digest follows the names, not the order they were read in', () => {
    expect(buildTermIndex([...TERMS].reverse()).digest).toBe(index.digest);
    expect(buildTermIndex([...TERMS, { id: 'cdn-2', names: ['edge'] }]).digest).not.toBe(index.digest);
  });
});

const CONTENT_ROOT = path.resolve('/corpus');
const linker = new GlossaryLinker(CONTENT_ROOT, TERMS);

/** A Markdown body rendered by Sätteri with the auto-linker, as the entry `file` of the content root. */
function renderMarkdown(body: string, options: { file?: string; frontmatter?: Record<string, unknown>; base?: string } = {}): string {
  const { file = 'guides/page.md', frontmatter = {}, base = '/' } = options;
  const result = markdownToHtml(body, {
    mdastPlugins: [satteriGlossaryLinks(linker)],
    hastPlugins: [satteriBaseLinks(base)],
    fileURL: pathToFileURL(path.join(CONTENT_ROOT, file)),
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return result.html;
}

/** The links to glossary entries in rendered HTML, as [text, href]. */
const termLinks = (html: string) => [...html.matchAll(/<a href="([^"]*\/glossary\/[^"]*)">([^<]*)<\/a>/g)].map((match) => [match[2], match[1]]);

describe('auto-linking Markdown (Sätteri)', () => {
  test('links the first mention of each term only, root-relative', () => {
    const html = renderMarkdown('An API and a cache.\n\nThe API again, and *the cache* too.');
    expect(termLinks(html)).toEqual([
      ['API', '/glossary/api/'],
      ['cache', '/glossary/caching/'],
    ]);
    expect(html).toContain('<p>An <a href="/glossary/api/">API</a> and a <a href="/glossary/caching/">cache</a>.</p>');
  });

  test('never links inside headings, links, inline code or code blocks; the first mention outside them is linked', () => {
    const html = renderMarkdown(
      ['## The API', '', '[an API client](https://example.org/) and `API` and', '', '```', 'API', '```', '', 'Finally the API.'].join('\n'),
    );
    expect(html).toContain('<h2>The API</h2>');
    expect(html).toContain('<a href="https://example.org/">an API client</a>');
    expect(html).toContain('<code>API</code>');
    expect(html).toContain('<pre><code>API\n</code></pre>');
    expect(termLinks(html)).toEqual([['API', '/glossary/api/']]);
    expect(html).toContain('<p>Finally the <a href="/glossary/api/">API</a>.</p>');
  });

  test('links inside emphasis, lists and tables', () => {
    const html = renderMarkdown('- **REST API** design\n\n| Term | Note |\n| --- | --- |\n| cache | x |');
    expect(termLinks(html)).toEqual([
      ['REST API', '/glossary/rest/'],
      ['cache', '/glossary/caching/'],
    ]);
  });

  test('does not link a term the body already links to, wherever the written link is', () => {
    expect(termLinks(renderMarkdown('The API first, then [the API](/glossary/api/#example), and a cache.'))).toEqual([
      ['the API', '/glossary/api/#example'],
      ['cache', '/glossary/caching/'],
    ]);
    expect(termLinks(renderMarkdown('The API first, then [the API][api].\n\n[api]: /glossary/api/'))).toEqual([['the API', '/glossary/api/']]);
  });

  test("does not link an entry's own term on its own page", () => {
    expect(termLinks(renderMarkdown('The API and a cache.', { file: 'glossary/api.md' }))).toEqual([['cache', '/glossary/caching/']]);
    expect(termLinks(renderMarkdown('The API and a cache.', { file: 'technologies/api.md' }))).toHaveLength(2);
  });

  test('skips the terms the entry opts out of with noAutolink', () => {
    expect(termLinks(renderMarkdown('The API and a cache.', { frontmatter: { noAutolink: ['caching'] } }))).toEqual([['API', '/glossary/api/']]);
  });

  test('the base path is added to auto-links like to written links', () => {
    expect(termLinks(renderMarkdown('An API.', { base: '/docs/' }))).toEqual([['API', '/docs/glossary/api/']]);
  });

  test('text around a link keeps its escaping', () => {
    expect(renderMarkdown('If a < b &amp; the API <b>works</b>.')).toContain(
      '<p>If a &lt; b &amp; the <a href="/glossary/api/">API</a> <b>works</b>.</p>',
    );
  });
});

/** An MDX body parsed to mdast, run through the remark adapter; returns the tree. */
function linkMdx(body: string, options: { file?: string; frontmatter?: Record<string, unknown> } = {}): MarkdownNode {
  const tree = mdxToMdast(body) as unknown as MarkdownNode;
  const file = { path: path.join(CONTENT_ROOT, options.file ?? 'guides/page.mdx'), value: body, data: { astro: { frontmatter: options.frontmatter ?? {} } } };
  remarkGlossaryLinks(linker)(tree, file);
  return tree;
}

/** The links of an mdast tree, as [text, url], in document order. */
function mdastLinks(tree: MarkdownNode): [string, string][] {
  const links: [string, string][] = [];
  const visit = (node: MarkdownNode) => {
    if (node.type === 'link') links.push([node.children?.map((child) => child.value).join('') ?? '', node.url ?? '']);
    node.children?.forEach(visit);
  };
  visit(tree);
  return links;
}

describe('auto-linking MDX (remark)', () => {
  test('links the first mention of each term in Markdown text', () => {
    expect(mdastLinks(linkMdx('An API, a cache and the API again.'))).toEqual([
      ['API', '/glossary/api/'],
      ['cache', '/glossary/caching/'],
    ]);
  });

  test('never links inside components, expressions or headings', () => {
    const tree = linkMdx('# The API\n\n<Callout>An API and a cache</Callout>\n\n<Diagram name="request-flow" />\n\nText {"API"} then the API.');
    expect(mdastLinks(tree)).toEqual([['API', '/glossary/api/']]);
    const paragraph = tree.children?.at(-1);
    expect(paragraph?.children?.map((node) => node.type)).toEqual(['text', 'mdxTextExpression', 'text', 'link', 'text']);
  });

  test('respects the own page and noAutolink', () => {
    expect(mdastLinks(linkMdx('The API and a cache.', { file: 'glossary/caching.mdx', frontmatter: { noAutolink: ['api'] } }))).toEqual([]);
  });
});

describe('the shared linker', () => {
  test('refuses to render before it has terms', () => {
    expect(() => new GlossaryLinker(CONTENT_ROOT).forPage(undefined, {}, '')).toThrow(/no terms/);
  });

  test("Astro's config digest sees the glossary's names, so cached renders are redone when they change", () => {
    const digestOf = (terms: GlossaryTerm[]) => JSON.stringify(satteriGlossaryLinks(new GlossaryLinker(CONTENT_ROOT, terms)));
    expect(digestOf(TERMS)).toBe(digestOf([...TERMS]));
    expect(digestOf(TERMS)).not.toBe(digestOf([...TERMS, { id: 'edge', names: ['edge'] }]));
  });

  test('the page context comes from the file path, the front matter and the links in the source', () => {
    const source = 'See [caching](/glossary/caching/) and [Redis](/technologies/redis/).';
    expect(pageContext(pathToFileURL(path.join(CONTENT_ROOT, 'glossary/rest.md')), { noAutolink: ['api', 3] }, source, CONTENT_ROOT)).toEqual({
      ownTerm: 'rest',
      excluded: ['api', 'caching'],
    });
    expect(pageContext(`${path.join(CONTENT_ROOT, 'guides/faq.mdx')}?astroContentCollectionEntry=true`, undefined, '', CONTENT_ROOT)).toEqual({ ownTerm: undefined, excluded: [] });
    expect(pageContext(undefined, null, '', CONTENT_ROOT)).toEqual({ excluded: [] });
  });
});
