/**
 * The renderer's own guard against hostile entry bodies, independent of the content check: whatever raw HTML reaches
 * a `.md` page is re-parsed and sanitized with hast-util-sanitize (GitHub's rules narrowed to the tags entries may
 * use), and links whose scheme could run script lose their address. The content check rejects all of this with a
 * clear message first; this layer makes sure a bypassed or buggy check still cannot put script on a page.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { defineHastPlugin } from 'satteri';
import { ALLOWED_HTML_TAGS, isSafeUrl } from '../content-check/body.ts';
import { READING_MARKUP } from '../reading/markup.ts';

/**
 * The elements Markdown itself produces (GFM included), plus the raw tags the content check allows and the markup of
 * the reading aids (code frames, callouts, tabs), which the pipeline builds before this runs.
 */
const MARKDOWN_TAGS = [
  'a', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'input', 'li', 'ol', 'p', 'pre',
  'section', 'span', 'strong', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];

export const RENDER_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...new Set([...MARKDOWN_TAGS, ...ALLOWED_HTML_TAGS, ...READING_MARKUP.tagNames])],
  attributes: {
    ...defaultSchema.attributes,
    '*': ['id', 'className', 'title', 'align', 'dataLanguage', 'tabIndex', ...READING_MARKUP.attributes],
    abbr: ['title'],
    button: ['type'],
  },
  // Heading ids are the anchors other pages link to: keep them as they are.
  clobberPrefix: '',
  clobber: ['name'],
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed'],
};

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'srcdoc', 'data', 'poster', 'xlinkHref'] as const;

/** Whether an element built from Markdown syntax carries something the sanitizer must see (an unsafe address). */
export function hasUnsafeUrl(element: Pick<Element, 'properties'>): boolean {
  return URL_PROPERTIES.some((name) => {
    const value = element.properties[name];
    return typeof value === 'string' && !isSafeUrl(value);
  });
}

/** The tree with raw HTML parsed and everything outside RENDER_SCHEMA removed. */
export function sanitizeTree(tree: Root): Root {
  const reparsed = fromHtml(toHtml(tree, { allowDangerousHtml: true }), { fragment: true });
  return sanitize(reparsed, RENDER_SCHEMA) as Root;
}

const NEEDS_SANITIZING = 'backend-field-guide:needs-sanitizing';

/**
 * The Sätteri plugin: documents without raw HTML or unsafe addresses (nearly all) pass untouched; the others are
 * rebuilt from their sanitized tree.
 */
export const satteriSanitize = () =>
  defineHastPlugin({
    name: 'sanitize',
    raw(_node, context) {
      context.data[NEEDS_SANITIZING] = true;
    },
    element: {
      filter: ['a', 'img'],
      visit(node, context) {
        if (hasUnsafeUrl(node)) context.data[NEEDS_SANITIZING] = true;
      },
    },
    after(root, context) {
      if (context.data[NEEDS_SANITIZING] !== true) return;
      context.replaceNode(root, sanitizeTree(root as Root));
    },
  });
