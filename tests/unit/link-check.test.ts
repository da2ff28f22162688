import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBuiltLinks, formatBrokenLink } from '../../src/lib/link-check.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function site(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'bfg-links-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

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
});
