import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingLinks, satteriHeadingLinks } from '../../src/markdown/heading-links.ts';

const MARKDOWN = '# Title\n\n## Why `it` matters\n\nText.\n\n### Why it matters\n\n#### Deeper\n\n## Why it matters\n';
const link = (id: string, text: string) =>
  `<a class="heading-link" href="#${id}" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Link to this section: ${text}</span></a>`;

describe('heading links', () => {
  test('Sätteri: every h2 and h3 is wrapped with a link to itself; ids are GitHub slugs counted through the page', () => {
    const { html } = markdownToHtml(MARKDOWN, { hastPlugins: [satteriHeadingLinks()] });
    expect(html).toContain('<h1 id="title">Title</h1>');
    expect(html).toContain(`<div class="heading-wrapper heading-wrapper--h2"><h2 id="why-it-matters">Why <code>it</code> matters</h2>${link('why-it-matters', 'Why it matters')}</div>`);
    expect(html).toContain(`<div class="heading-wrapper heading-wrapper--h3"><h3 id="why-it-matters-1">Why it matters</h3>${link('why-it-matters-1', 'Why it matters')}</div>`);
    expect(html).toContain('<h4 id="deeper">Deeper</h4>');
    expect(html).toContain(`<h2 id="why-it-matters-2">Why it matters</h2>${link('why-it-matters-2', 'Why it matters')}`);
  });

  test('rehype (MDX): the same markup, and an id a heading already has is kept', () => {
    const heading = (tagName: string, text: string, id?: string): Element => ({ type: 'element', tagName, properties: id === undefined ? {} : { id }, children: [{ type: 'text', value: text }] });
    const tree: Root = { type: 'root', children: [heading('h2', 'First section'), heading('h3', 'Kept', 'my-id'), heading('h4', 'First section')] };
    rehypeHeadingLinks()(tree);
    expect(toHtml(tree)).toBe(
      `<div class="heading-wrapper heading-wrapper--h2"><h2 id="first-section">First section</h2>${link('first-section', 'First section')}</div>` +
        `<div class="heading-wrapper heading-wrapper--h3"><h3 id="my-id">Kept</h3>${link('my-id', 'Kept')}</div>` +
        '<h4 id="first-section-1">First section</h4>',
    );
  });
});
