import { afterEach, describe, expect, test } from 'vitest';
import { checkBuiltLinks, formatBrokenLink } from '../../scripts/lib/link-check.ts';
import { tempSites } from '../support/temp-site.ts';

const sites = tempSites('bfg-links-');
afterEach(sites.removeAll);
const site = sites.create;

const page = (body: string, source = 'content/glossary/a.md') => `<html><body><a href="https://github.com/x/y/edit/main/${source}">Edit this page</a>${body}</body></html>`;

describe('link check over the built site', () => {
  test('passes when every internal link, asset and fragment resolves; external links are not followed', async () => {
    const out = await site({
      'index.html': page('<a href="/glossary/a/">a</a><a href="/glossary/a/#intro">intro</a><link href="/_astro/site.css"><a href="https://example.org/missing">x</a><a href="mailto:x@example.org">m</a><a href="#top" id="top">top</a>'),
      'glossary/a/index.html': page('<h2 id="intro">Intro</h2>'),
      '_astro/site.css': 'body{}',
    });
    const result = await checkBuiltLinks(out);
    expect(result.broken).toEqual([]);
    expect(result.pages).toBe(2);
    expect(result.links).toBe(4);
  });

  test('reports a missing page, a missing anchor and a same-page anchor, with the page and its source file', async () => {
    const out = await site({
      'index.html': page('<a href="/glossary/b/">b</a><a href="/glossary/a/#outro">outro</a><a href="#nowhere">n</a>', 'src/pages/index.astro'),
      'glossary/a/index.html': page('<h2 id="intro">Intro</h2>'),
    });
    const result = await checkBuiltLinks(out);
    expect(result.broken.map(formatBrokenLink)).toEqual([
      '/  /glossary/b/  no page or file at this address  (source: src/pages/index.astro)',
      '/  /glossary/a/#outro  /glossary/a/ has no element with the id "outro"  (source: src/pages/index.astro)',
      '/  #nowhere  no element on this page has the id "nowhere"  (source: src/pages/index.astro)',
    ]);
  });

  test('under a base path, a link that leaves the base is broken', async () => {
    const out = await site({
      'index.html': page('<a href="/docs/glossary/a/">ok</a><a href="/glossary/a/">forgot the base</a><a href="glossary/a/">relative</a>'),
      'glossary/a/index.html': page(''),
    });
    const result = await checkBuiltLinks(out, '/docs/');
    expect(result.broken.map((link) => [link.href, link.reason])).toEqual([['/glossary/a/', 'outside the base path /docs/']]);
  });

  test('a link with a query string is checked by its path', async () => {
    const out = await site({
      'index.html': page('<a href="/compare/?items=a,b">ok</a><a href="/comparez/?items=a,b">typo</a><a href="/compare/?items=a#kinds">anchor</a>'),
      'compare/index.html': page('<nav id="kinds"></nav>'),
    });
    const result = await checkBuiltLinks(out);
    expect(result.broken.map((link) => [link.href, link.reason])).toEqual([['/comparez/?items=a,b', 'no page or file at this address']]);
    expect(result.links).toBe(3);
  });

  test('reads links as a browser does: any quoting, character references decoded; text in comments and scripts is no link; <noscript> and <template> links count', async () => {
    const out = await site({
      'index.html': page(
        "<a href=/glossary/b/>bare</a><a href='/glossary/c/'>single</a><a HREF=\"/glossary/a/#a&amp;b\">entity</a>" +
          '<noscript><a href="/glossary/d/">no script</a></noscript><template><a href="/glossary/e/">cloned</a></template>' +
          '<!-- <a href="/glossary/old/">old</a> --><script type="application/json">{"html": "<a href=\\"/glossary/json/\\">"}</script><p data-id="x" id="a&amp;b">',
      ),
      'glossary/a/index.html': page('<h2 id="a&amp;b">A and B</h2>'),
    });
    const result = await checkBuiltLinks(out);
    expect(result.broken.map((link) => link.href)).toEqual(['/glossary/b/', '/glossary/c/', '/glossary/d/', '/glossary/e/']);
  });
});
