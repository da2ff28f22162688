/**
 * Built pages as the browser reads them: every element with its attributes, from parse5, the WHATWG HTML parser that
 * hast-util-from-html wraps. The link check reads every page of the build and needs neither source positions nor a
 * hast tree, so it takes parse5's own tree, which costs about a third of `fromHtml`'s time.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlElement {
  /** Lowercase, e.g. `a`, `link`. */
  tagName: string;
  /** The attributes by lowercase name, character references decoded. */
  attributes: ReadonlyMap<string, string>;
  /** The text of the element's children: for `<script>` and `<style>`, their source. */
  readonly text: string;
}

const isElement = (node: ChildNode): node is Element => 'tagName' in node;

function toElement(node: Element): HtmlElement {
  return {
    tagName: node.tagName,
    attributes: new Map(node.attrs.map(({ name, value }) => [name, value])),
    get text() {
      return node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
    },
  };
}

export interface ElementOptions {
  /**
   * Only what a browser with scripting loads as the page opens: `<noscript>` content is text and `<template>` content is
   * left out. By default every element some reader can reach: `<noscript>` content parsed as a browser without
   * scripting does, and the contents of `<template>`s, which a script may put in the page.
   */
  atStart?: boolean;
}

/** The elements of a document, in document order. */
export function* htmlElements(html: string, { atStart = false }: ElementOptions = {}): Generator<HtmlElement> {
  // Depth first without recursion: a page may nest deeply.
  const stack: ChildNode[] = [...parse(html, { scriptingEnabled: atStart }).childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (!isElement(node)) continue;
    yield toElement(node);
    // parse5 keeps a template's children in its `content` fragment.
    if ('content' in node && atStart) continue;
    const parent: ParentNode = 'content' in node ? (node.content as ParentNode) : node;
    for (let index = parent.childNodes.length - 1; index >= 0; index--) stack.push(parent.childNodes[index] as ChildNode);
  }
}
