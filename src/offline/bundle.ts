/**
 * Turns the built site into pages that work opened straight from disk (`file://`): links and assets become relative
 * file paths (`/glossary/api/` → `../../glossary/api/index.html`), module scripts and the manifest go (browsers
 * refuse both from `file://`), the search page gets the classic-script fallback search, and pages with something to
 * enhance (`data-enhance`: progress controls, code blocks, tab sets, the table of contents) a classic build of the
 * enhancement module. Also extracts each
 * indexed page's text — the article Pagefind indexes, without what it ignores — for that fallback.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import path from 'node:path';
import { visit, SKIP } from 'unist-util-visit';
import type { FallbackPage } from '../search/fallback.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action'] as const;

/** A root-relative URL (`/glossary/api/#x`) as a path relative to `fromFile`'s folder, naming the file. */
export function relativeFileUrl(fromFile: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const match = /^([^?#]*)(.*)$/.exec(url);
  const pathname = match?.[1] ?? url;
  const rest = match?.[2] ?? '';
  const target = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const relative = path.posix.relative(path.posix.dirname(`/${fromFile}`), target);
  return `${relative === '' ? 'index.html' : relative}${rest}`;
}

/** The classic scripts a page opened from disk runs instead of the site's modules. */
export interface FileScripts {
  /** The fallback search, for the search page. */
  search: readonly string[];
  /** The page enhancements (progress, copy buttons, tabs, table-of-contents tracking), for pages with `data-enhance`. */
  enhancements: string;
}

/** Rewrites one page's tree in place for `file://`; `file` is its path in the site, e.g. `glossary/api/index.html`. */
export function rewriteForFiles(tree: Root, file: string, scripts: FileScripts): void {
  let body: Element | undefined;
  let hasEnhancements = false;
  visit(tree, 'element', (node, index, parent) => {
    const dropped =
      (node.tagName === 'script' && node.properties['type'] === 'module') ||
      (node.tagName === 'link' && ['manifest', 'modulepreload'].some((rel) => String(node.properties['rel'] ?? '').includes(rel)));
    if (dropped && parent !== undefined && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = relativeFileUrl(file, value);
    }
    if (node.tagName === 'body') body = node;
    if (node.properties['dataEnhance'] !== undefined) hasEnhancements = true;
    return undefined;
  });
  const added = [...(file === 'search/index.html' ? scripts.search : []), ...(hasEnhancements ? [scripts.enhancements] : [])];
  for (const script of added) body?.children.push({ type: 'element', tagName: 'script', properties: { src: relativeFileUrl(file, `/${script}`) }, children: [] });
}

/** The indexed text of a page, or undefined for pages search does not index (indexes, search, 404). */
export function indexedPage(tree: Root, file: string): FallbackPage | undefined {
  let body: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.properties['dataPagefindBody'] !== undefined) {
      body = node;
      return false;
    }
    return undefined;
  });
  if (body === undefined) return undefined;
  let title = '';
  let type = '';
  const kept = structuredClone(body);
  visit(kept, 'element', (node, index, parent) => {
    const meta = node.properties['dataPagefindMeta'];
    if (typeof meta === 'string' && meta.startsWith('type:')) type = meta.slice('type:'.length);
    if (node.tagName === 'h1' && title === '') title = toText(node).trim();
    if (node.properties['dataPagefindIgnore'] !== undefined && parent !== undefined && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return { url: file, title, type, text: toText(kept).replace(/\s+/g, ' ').trim() };
}
