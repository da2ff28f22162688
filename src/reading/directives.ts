/**
 * Container directives of Markdown bodies: callouts (`:::note` … `:::`, with an optional title `:::caution[Title]`)
 * and tab sets (`::::tabs` holding `:::tab[Python]` … `:::` panels). Each becomes HTML through `data.hName` and
 * `data.hProperties` on the Markdown tree, which both pipelines honour; the MDX components `<Callout>`, `<Tabs>` and
 * `<Tab>` render the same markup. One description of the changes (`directiveChanges`), two adapters: Sätteri for
 * `.md` (its `directive` feature) and remark for MDX (remark-directive). Both parsers also read text and leaf
 * directives (`host:port`, `localhost:5432`) and would drop them: the `…DirectiveText` plugins, which run first, turn
 * them back into the text they were written as. The directives themselves are built after the glossary linker, so no
 * term is linked inside a tab's button.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { defineMdastPlugin } from 'satteri';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { CALLOUT_LABELS, CALLOUT_TYPES, TAB_LANGUAGE_LABELS, TAB_LANGUAGES, type CalloutType, type TabLanguage } from '../schemas/registry.ts';

type HData = { hName: string; hProperties: Record<string, unknown> };

export const isCalloutType = (name: string): name is CalloutType => (CALLOUT_TYPES as readonly string[]).includes(name);

/** The tab language a label names (`Python`, `python`, `C#`), or undefined. */
export function tabLanguage(label: string): TabLanguage | undefined {
  const wanted = label.trim().toLowerCase();
  return TAB_LANGUAGES.find((id) => id === wanted || TAB_LANGUAGE_LABELS[id].toLowerCase() === wanted);
}

/** What a directive's HTML is: its element, and for callouts the label its title gives the landmark. */
export function calloutProperties(type: CalloutType, title: string | undefined): { className: string[]; role: 'note'; ariaLabel: string } {
  const kind = CALLOUT_LABELS[type];
  // A note, not a landmark: a page may hold several callouts of the same kind and title.
  return { className: ['callout', `callout--${type}`], role: 'note', ariaLabel: title === undefined || title === kind ? kind : `${kind}: ${title}` };
}

export const calloutTitleProperties = { className: ['callout__title'] };
export const tabsProperties = { className: ['tabs'], dataEnhance: '' };
export const tabPanelProperties = (language: string) => ({ className: ['tabs__panel'], dataTab: language });
export const tabLabelProperties = { className: ['tabs__label'] };
export const tabButtonProperties = (language: string) => ({ type: 'button', className: ['tabs__tab'], dataTab: language });

/** The id a tab's label stands for: a known language's id, or the label itself, lowercased. */
export const tabId = (label: string) => tabLanguage(label) ?? label.trim().toLowerCase();

/** The label paragraph of a directive (`[…]` after its name), if it has one. */
function labelOf(node: { children: readonly RootContent[] }): Paragraph | undefined {
  const first = node.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel === true ? first : undefined;
}

/** One change to make to the Markdown tree. */
type Change =
  | { kind: 'data'; node: RootContent; data: HData }
  | { kind: 'prepend'; node: RootContent; child: RootContent };

const text = (value: string): Text => ({ type: 'text', value });

/**
 * The changes that turn a container directive into its HTML; `textOf` reads a node's text (each pipeline has its
 * own way). Unknown names are left alone: the content check reports them.
 */
export function directiveChanges(node: ContainerDirective, textOf: (node: RootContent) => string): Change[] {
  const label = labelOf(node);
  if (isCalloutType(node.name)) {
    const title = label === undefined ? undefined : textOf(label).trim();
    const changes: Change[] = [{ kind: 'data', node, data: { hName: 'aside', hProperties: calloutProperties(node.name, title) } }];
    if (label !== undefined) changes.push({ kind: 'data', node: label, data: { hName: 'p', hProperties: calloutTitleProperties } });
    else changes.push({ kind: 'prepend', node, child: { type: 'paragraph', data: { hProperties: calloutTitleProperties } as never, children: [text(CALLOUT_LABELS[node.name])] } });
    return changes;
  }
  if (node.name === 'tabs') {
    const panels = node.children.filter((child): child is ContainerDirective => child.type === 'containerDirective' && child.name === 'tab');
    const buttons: PhrasingContent[] = panels.map((panel) => {
      const name = textOf(labelOf(panel) ?? panel).trim();
      const language = tabLanguage(name);
      return { type: 'emphasis', data: { hName: 'button', hProperties: tabButtonProperties(tabId(name)) } as never, children: [text(language === undefined ? name : TAB_LANGUAGE_LABELS[language])] };
    });
    return [
      { kind: 'data', node, data: { hName: 'div', hProperties: tabsProperties } },
      { kind: 'prepend', node, child: { type: 'paragraph', data: { hName: 'div', hProperties: { className: ['tabs__list'] } } as never, children: buttons } },
    ];
  }
  if (node.name === 'tab') {
    const name = label === undefined ? '' : textOf(label).trim();
    const changes: Change[] = [{ kind: 'data', node, data: { hName: 'div', hProperties: tabPanelProperties(tabId(name)) } }];
    if (label !== undefined) changes.push({ kind: 'data', node: label, data: { hName: 'p', hProperties: tabLabelProperties } });
    return changes;
  }
  return [];
}

/** Sätteri, first: text and leaf directives back to their text. */
export const satteriDirectiveText = () =>
  defineMdastPlugin({
    name: 'reading-directive-text',
    options: { position: true },
    textDirective(node, context) {
      context.replaceNode(node, text(writtenAs(node, context.source, () => context.textContent(node))));
    },
    leafDirective(node, context) {
      context.replaceNode(node, { type: 'paragraph', children: [text(writtenAs(node, context.source, () => context.textContent(node)))] });
    },
  });

/** The source text of a node, or (without positions) its text. */
function writtenAs(node: { position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined }, source: string, fallback: () => string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined ? source.slice(start, end) : fallback();
}

/** The Sätteri plugin that builds callouts and tabs, for `.md` (the pipeline enables Sätteri's `directive` feature). */
export const satteriDirectives = () =>
  defineMdastPlugin({
    name: 'reading-directives',
    containerDirective(node, context) {
      for (const change of directiveChanges(node as ContainerDirective, (child) => context.textContent(child as never))) {
        if (change.kind === 'data') context.setProperty(change.node as never, 'data', { ...change.node.data, ...change.data });
        else context.prependChild(change.node as never, change.child as never);
      }
    },
  });

/** remark, right after remark-directive: text and leaf directives back to their text. */
export const remarkDirectiveText = () => (tree: Root, file: VFile) => {
  const source = String(file.value);
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'textDirective' && node.type !== 'leafDirective') || parent === undefined || index === undefined) return undefined;
    const written = writtenAs(node, source, () => toString(node));
    parent.children.splice(index, 1, node.type === 'leafDirective' ? { type: 'paragraph', children: [text(written)] } : (text(written) as never));
    return index + 1;
  });
};

/** The remark plugin that builds callouts and tabs, for MDX. */
export const remarkDirectives = () => (tree: Root) => {
  visit(tree, (node) => {
    if (node.type !== 'containerDirective') return undefined;
    for (const change of directiveChanges(node, (child) => toString(child))) {
      if (change.kind === 'data') change.node.data = { ...change.node.data, ...change.data } as never;
      else (change.node as ContainerDirective).children.unshift(change.child as never);
    }
    return undefined;
  });
};
