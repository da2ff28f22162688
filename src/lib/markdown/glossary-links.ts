/**
 * Glossary auto-linking: in an entry's body, the first mention of each glossary term links to the term's page. One
 * core plans the links on the Markdown syntax tree (mdast); two thin adapters apply the plan, one per Markdown
 * pipeline: Sätteri for `.md`, unified (remark) for MDX. Links are root-relative (`/glossary/caching/`), so the
 * base-links plugins, which run later on the HTML tree, add the base path like they do for written links.
 *
 * Never linked: text inside headings, links, code, MDX components and expressions; a term the body already links
 * to anywhere; the entry's own term on its own page; terms the entry lists under `noAutolink`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { buildTermIndex, type GlossaryTerm, type TermIndex } from './term-index.ts';

/** The class of auto-linked terms, so styles and scripts can tell them from links an author wrote. */
export const TERM_LINK_CLASS = 'term-link';

/** The mdast shape the planner reads; both pipelines' trees have it. */
export interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  children?: MarkdownNode[];
}

/** Subtrees whose text is never linked. Code, inline code and raw HTML hold no text nodes, so need no entry here. */
const SKIPPED_PARENTS: ReadonlySet<string> = new Set(['heading', 'link', 'linkReference', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

const GLOSSARY_LINK = /^\/glossary\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#.*)?$/;

/** Which page is being rendered, as far as auto-linking cares. */
export interface PageContext {
  /** The glossary id of the page itself, when it is a glossary entry: its own term is not linked. */
  ownTerm?: string | undefined;
  /** Glossary ids the entry opted out of (`noAutolink` in its front matter). */
  excluded: readonly string[];
}

/** A text node to swap for the given nodes (plain text and links, in order). */
export interface PlannedReplacement<N> {
  node: N;
  parent: N;
  replacement: MarkdownNode[];
}

export const termLink = (id: string, text: string): MarkdownNode & { data: unknown } => ({
  type: 'link',
  url: `/glossary/${id}/`,
  data: { hProperties: { className: [TERM_LINK_CLASS] } },
  children: [{ type: 'text', value: text }],
});

/** The text nodes of `root` to replace so that the first mention of each term links to it. */
export function planGlossaryLinks<N extends MarkdownNode>(root: N, index: TermIndex, page: PageContext): PlannedReplacement<N>[] {
  const done = new Set<string>(page.excluded);
  if (page.ownTerm !== undefined) done.add(page.ownTerm);
  const texts: { node: N; parent: N }[] = [];
  // Iterative, in document order: bodies may nest deeply.
  const stack: { node: N; parent: N | undefined; linkable: boolean }[] = [{ node: root, parent: undefined, linkable: true }];
  while (stack.length > 0) {
    const { node, parent, linkable } = stack.pop() ?? { node: root, parent: undefined, linkable: false };
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      const linked = GLOSSARY_LINK.exec(node.url)?.[1];
      if (linked !== undefined) done.add(linked);
    }
    if (node.type === 'text' && linkable && parent !== undefined) texts.push({ node, parent });
    const children = node.children as N[] | undefined;
    if (children === undefined) continue;
    const childrenLinkable = linkable && !SKIPPED_PARENTS.has(node.type);
    for (let child = children.length - 1; child >= 0; child--) {
      const next = children[child];
      if (next !== undefined) stack.push({ node: next, parent: node, linkable: childrenLinkable });
    }
  }

  const allowed = (id: string) => !done.has(id);
  const plan: PlannedReplacement<N>[] = [];
  for (const { node, parent } of texts) {
    const text = node.value ?? '';
    const replacement: MarkdownNode[] = [];
    let copied = 0;
    for (const match of index.find(text, allowed)) {
      if (match.start > copied) replacement.push({ type: 'text', value: text.slice(copied, match.start) });
      replacement.push(termLink(match.id, text.slice(match.start, match.end)));
      done.add(match.id);
      copied = match.end;
    }
    if (replacement.length === 0) continue;
    if (copied < text.length) replacement.push({ type: 'text', value: text.slice(copied) });
    plan.push({ node, parent, replacement });
  }
  return plan;
}

/** The page context from the rendered file's path and its front matter. */
export function pageContext(file: string | URL | undefined, frontmatter: unknown, contentRoot: string): PageContext {
  const excluded = frontmatter !== null && typeof frontmatter === 'object' && 'noAutolink' in frontmatter && Array.isArray(frontmatter.noAutolink)
    ? frontmatter.noAutolink.filter((id): id is string => typeof id === 'string')
    : [];
  if (file === undefined) return { excluded };
  const filePath = file instanceof URL ? fileURLToPath(file) : (file.split('?')[0] ?? file);
  const [collection, name, ...rest] = path.relative(contentRoot, path.resolve(filePath)).split(path.sep);
  const ownTerm = collection === 'glossary' && name !== undefined && rest.length === 0 ? name.slice(0, -path.extname(name).length) : undefined;
  return { ownTerm, excluded };
}

/**
 * The term index shared by both adapters. Markdown processors are configured before Astro loads any collection, so
 * the index is filled from the content check, which parses every entry once per build before anything renders.
 */
export class GlossaryLinker {
  readonly contentRoot: string;
  /**
   * A hash of the glossary's names. Astro hashes its config, this object included, to decide whether the renders it
   * cached are still valid: a change to any title or alias re-renders every entry, whose links it may change.
   */
  digest: string | undefined;
  #index: TermIndex | undefined;

  constructor(contentRoot: string, terms?: readonly GlossaryTerm[]) {
    this.contentRoot = contentRoot;
    if (terms !== undefined) this.useTerms(terms);
  }

  useTerms(terms: readonly GlossaryTerm[]): void {
    this.#index = buildTermIndex(terms);
    this.digest = this.#index.digest;
  }

  get index(): TermIndex {
    if (this.#index === undefined) throw new Error("Glossary auto-linking has no terms: pass the content check's terms to useTerms() before rendering.");
    return this.#index;
  }
}

/** The Sätteri adapter, for `.md` entries. */
export const satteriGlossaryLinks = (linker: GlossaryLinker) =>
  defineMdastPlugin({
    name: 'glossary-links',
    linker,
    before(root, context) {
      const frontmatter = (context.data['astro'] as { frontmatter?: unknown } | undefined)?.frontmatter;
      const page = pageContext(context.fileURL, frontmatter, linker.contentRoot);
      for (const { node, replacement } of planGlossaryLinks(root as MarkdownNode, linker.index, page)) {
        context.replaceNode(node as never, replacement as never);
      }
    },
  });

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: unknown } };
}

/** The remark adapter, for MDX guides. */
export const remarkGlossaryLinks = (linker: GlossaryLinker) => (tree: MarkdownNode, file: VFileLike) => {
  const page = pageContext(file.path, file.data.astro?.frontmatter, linker.contentRoot);
  for (const { node, parent, replacement } of planGlossaryLinks(tree, linker.index, page)) {
    parent.children?.splice(parent.children.indexOf(node), 1, ...replacement);
  }
};
