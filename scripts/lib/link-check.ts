/**
 * The built site's own link check: every internal `href`/`src` in every page must lead to a file of the build, and
 * every `#fragment` to an id on the target page. It runs on the output folder before the build is published, and
 * maps each broken link back to the source file of its page (from the page's "Edit this page" link).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlElements } from './html.ts';

export interface BrokenLink {
  /** The page, as a site path (e.g. `/glossary/rest/`). */
  page: string;
  href: string;
  reason: string;
  /** The page's source file, when the page names it. */
  source?: string | undefined;
}

export interface Page {
  ids: Set<string>;
  links: string[];
  source?: string | undefined;
}

/** The repository path in an "Edit this page" link, e.g. `content/glossary/rest.md`. */
const EDIT_LINK = /\/edit\/[^/]+\/(.+)$/;

/** The ids, the `href`/`src` links and the source file of one page. */
export function readPage(html: string): Page {
  const ids = new Set<string>();
  const links: string[] = [];
  let source: string | undefined;
  for (const { tagName, attributes } of htmlElements(html)) {
    const id = attributes.get('id');
    if (id !== undefined) ids.add(id);
    const href = attributes.get('href');
    for (const link of [href, attributes.get('src')]) if (link !== undefined) links.push(link);
    if (source === undefined && tagName === 'a' && href !== undefined) source = EDIT_LINK.exec(href)?.[1];
  }
  return { ids, links, source };
}

export async function checkBuiltLinks(outDir: string, base = '/'): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const normalizedBase = base.endsWith('/') ? base : `${base}/`;
  const files = new Set<string>();
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.add(path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  const pages = new Map<string, Page>();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(path.join(outDir, file), 'utf8');
    const sitePath = `${normalizedBase}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    pages.set(sitePath, readPage(html));
  }
  /** The output file a site path is served from, if any. */
  const fileFor = (sitePath: string): string | undefined => {
    if (!sitePath.startsWith(normalizedBase)) return undefined;
    const relative = decodeURIComponent(sitePath.slice(normalizedBase.length));
    const candidate = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
    return files.has(candidate) ? candidate : undefined;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [page, { links: hrefs, source, ids }] of pages) {
    for (const href of hrefs) {
      if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      links++;
      const url = new URL(href, `https://site.invalid${page}`);
      const report = (reason: string) => broken.push({ page, href, reason, source });
      if (href.startsWith('#')) {
        if (href.length > 1 && !ids.has(decodeURIComponent(href.slice(1)))) report(`no element on this page has the id "${href.slice(1)}"`);
        continue;
      }
      const target = fileFor(url.pathname);
      if (target === undefined) {
        report(url.pathname.startsWith(normalizedBase) ? 'no page or file at this address' : `outside the base path ${normalizedBase}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment !== '' && target.endsWith('.html')) {
        const targetPage = pages.get(url.pathname.endsWith('/') ? url.pathname : url.pathname.replace(/index\.html$/, ''));
        if (targetPage !== undefined && !targetPage.ids.has(decodeURIComponent(fragment))) report(`${url.pathname} has no element with the id "${fragment}"`);
      }
    }
  }
  return { pages: pages.size, links, broken };
}

export function formatBrokenLink(link: BrokenLink): string {
  return `${link.page}  ${link.href}  ${link.reason}${link.source === undefined ? '' : `  (source: ${link.source})`}`;
}
