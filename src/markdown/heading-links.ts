/**
 * Every h2 and h3 of a body gets a link to itself, so a reader can copy the address of a section: shown on hover and
 * keyboard focus, named "Link to this section: …" for screen readers, and left out of the search index. One adapter
 * per Markdown pipeline: Sätteri for `.md`, unified (rehype) for MDX.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { defineHastPlugin } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';

const LINKED_HEADINGS = ['h2', 'h3'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Astro gives headings their ids after these plugins run, so they give every heading its id first, the same way (GitHub's
 * slugs, counted through the document): Astro keeps an id a heading already has, and the content check computes the
 * same ids for links to sections.
 */
const headingId = (slugger: GithubSlugger, node: Pick<Element, 'properties'>, text: string) => {
  const id = node.properties['id'];
  return typeof id === 'string' && id !== '' ? id : slugger.slug(text);
};

/** The wrapper that holds a heading and, after it, the link to it. */
export function headingWithLink(id: string, text: string, level: string): Element {
  const anchor: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to this section: ${text}` }] },
    ],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper', `heading-wrapper--${level}`] }, children: [anchor] };
}

export const satteriHeadingLinks = () =>
  defineHastPlugin({
    name: 'heading-links',
    element: {
      filter: HEADINGS,
      visit(node, context) {
        const data = context.data as { headingSlugger?: GithubSlugger };
        data.headingSlugger ??= new GithubSlugger();
        const text = context.textContent(node);
        const id = headingId(data.headingSlugger, node, text);
        context.setProperty(node, 'id', id);
        if (LINKED_HEADINGS.includes(node.tagName)) context.wrapNode(node, headingWithLink(id, text.trim(), node.tagName));
      },
    },
  });

export const rehypeHeadingLinks = () => (tree: Root) => {
  const slugger = new GithubSlugger();
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!HEADINGS.includes(node.tagName)) return undefined;
    const text = toText(node);
    const id = headingId(slugger, node, text);
    node.properties['id'] = id;
    if (!LINKED_HEADINGS.includes(node.tagName) || parent === undefined || index === undefined) return undefined;
    const wrapper = headingWithLink(id, text.trim(), node.tagName);
    wrapper.children.unshift(node);
    parent.children.splice(index, 1, wrapper);
    return [SKIP, index + 1];
  });
};
