/**
 * Bodies link to other pages root-relatively (`/glossary/caching/`), so an entry reads the same wherever the site is
 * hosted; these plugins prefix the configured base path at render time. One adapter per Markdown pipeline: Sätteri
 * for `.md`, unified (rehype) for MDX.
 */
import type { Element, Root } from 'hast';
import { defineHastPlugin } from 'satteri';
import { visit } from 'unist-util-visit';
import { joinBase } from '../site/urls.ts';

/** `/glossary/rest/` → `/docs/glossary/rest/` under base `/docs/`; other links are returned unchanged. */
export function withBasePath(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  const normalized = base.endsWith('/') ? base : `${base}/`;
  if (href.startsWith(normalized)) return href;
  return joinBase(normalized, href);
}

export const satteriBaseLinks = (base: string) =>
  defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties['href'];
        if (typeof href === 'string' && withBasePath(href, base) !== href) context.setProperty(node, 'href', withBasePath(href, base));
      },
    },
  });

export const rehypeBaseLinks = (options: { base: string }) => (tree: Root) => {
  visit(tree, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string') node.properties['href'] = withBasePath(href, options.base);
  });
};
