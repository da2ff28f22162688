/**
 * Glossary auto-linking: in an entry's body, the first mention of each glossary term links to the term's page. One
 * core decides, text node by text node in document order, what to link; two thin adapters feed it, one per Markdown
 * pipeline: Sätteri for `.md`, unified (remark) for MDX. Links are root-relative (`/glossary/caching/`), so the
 * base-links plugins, which run later on the HTML tree, add the base path as they do for written links.
 *
 * Never linked: text inside headings, links, MDX components (code holds no text nodes); a term the body already
 * links to anywhere (as "Referenced by" counts links); the entry's own term on its own page; terms the entry lists
 * under `noAutolink`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { bodyFormat, bodyLinks } from '../model/site-model.ts';
import { buildTermIndex, type GlossaryTerm, type TermIndex } from './term-index.ts';

/** The mdast shape the core reads and writes; both pipelines' trees have it. */
export interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  children?: MarkdownNode[];
}

/** Parents whose text is never linked. */
const UNLINKED_PARENTS: ReadonlySet<string> = new Set(['heading', 'link', 'linkReference', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/** What auto-linking needs to know about the page being rendered. */
export interface PageContext {
  /** The glossary id of the page itself, when it is a glossary entry: its own term is not linked. */
  ownTerm?: string | undefined;
  /** Glossary ids not to link: the entry's `noAutolink` and the terms its body links to itself. */
  excluded: readonly string[];
}

/**
 * The page context from the rendered file's path, its front matter and its Markdown source. The path is matched
 * against the content root: `<root>/glossary/rest.md` is the page of `rest`.
 */
export function pageContext(file: string | URL | undefined, frontmatter: unknown, source: string, contentRoot: string): PageContext {
  const optedOut = frontmatter !== null && typeof frontmatter === 'object' && 'noAutolink' in frontmatter && Array.isArray(frontmatter.noAutolink)
    ? frontmatter.noAutolink.filter((id): id is string => typeof id === 'string')
    : [];
  const filePath = file === undefined ? undefined : file instanceof URL ? fileURLToPath(file) : (file.split('?')[0] ?? file);
  const linked = bodyLinks(source, bodyFormat(filePath)).flatMap((link) => (link.collection === 'glossary' ? [link.id] : []));
  const excluded = [...optedOut, ...linked];
  if (filePath === undefined) return { excluded };
  const [collection, name, ...rest] = path.relative(contentRoot, path.resolve(filePath)).split(path.sep);
  const ownTerm = collection === 'glossary' && name !== undefined && rest.length === 0 ? name.slice(0, -path.extname(name).length) : undefined;
  return { ownTerm, excluded };
}

/**
 * Links the text nodes of one page, fed in document order: returns the nodes to put in place of a text (plain text
 * and links), or undefined to leave it. `linkable` is asked only when the text names a term, so adapters can defer
 * the cost of looking at the node's ancestors.
 */
export type TextLinker = (text: string, linkable: () => boolean) => MarkdownNode[] | undefined;

function createTextLinker(index: TermIndex, page: PageContext): TextLinker {
  const done = new Set<string>(page.excluded);
  if (page.ownTerm !== undefined) done.add(page.ownTerm);
  const allowed = (id: string) => !done.has(id);
  return (text, linkable) => {
    const replacement: MarkdownNode[] = [];
    let copied = 0;
    for (const match of index.find(text, allowed)) {
      if (replacement.length === 0 && !linkable()) return undefined;
      if (match.start > copied) replacement.push({ type: 'text', value: text.slice(copied, match.start) });
      replacement.push({ type: 'link', url: `/glossary/${match.id}/`, children: [{ type: 'text', value: text.slice(match.start, match.end) }] });
      done.add(match.id);
      copied = match.end;
    }
    if (replacement.length === 0) return undefined;
    if (copied < text.length) replacement.push({ type: 'text', value: text.slice(copied) });
    return replacement;
  };
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

  /** The text linker for one page. */
  forPage(file: string | URL | undefined, frontmatter: unknown, source: string): TextLinker {
    if (this.#index === undefined) throw new Error("Glossary auto-linking has no terms: pass the content check's terms to useTerms() before rendering.");
    return createTextLinker(this.#index, pageContext(file, frontmatter, source, this.contentRoot));
  }
}

declare module 'satteri' {
  interface DataMap {
    /** The page's text linker, created on its first text node. */
    glossaryLinks?: TextLinker;
  }
}

/**
 * The Sätteri adapter, for `.md` entries: a visitor of text nodes only, which Sätteri calls in document order. The
 * ancestors of a text are read only when it names a term; walking every node from JavaScript would cost more than
 * rendering the page.
 */
export const satteriGlossaryLinks = (linker: GlossaryLinker) =>
  defineMdastPlugin({
    name: 'glossary-links',
    linker,
    text(node, context) {
      const frontmatter = (context.data['astro'] as { frontmatter?: unknown } | undefined)?.frontmatter;
      context.data.glossaryLinks ??= linker.forPage(context.fileURL, frontmatter, context.source);
      const linkable = () => {
        let ancestor: ReturnType<typeof context.parent> = context.parent(node);
        while (ancestor !== undefined) {
          if (UNLINKED_PARENTS.has(ancestor.type)) return false;
          ancestor = context.parent(ancestor);
        }
        return true;
      };
      const replacement = context.data.glossaryLinks(node.value, linkable);
      if (replacement !== undefined) context.replaceNode(node, replacement as never);
    },
  });

interface VFileLike {
  path?: string;
  value?: unknown;
  data: { astro?: { frontmatter?: unknown } };
}

/** The remark adapter, for MDX guides: collects the linkable texts in document order, then links them. */
export const remarkGlossaryLinks = (linker: GlossaryLinker) => (tree: MarkdownNode, file: VFileLike) => {
  const linkText = linker.forPage(file.path, file.data.astro?.frontmatter, typeof file.value === 'string' ? file.value : '');
  const texts: { node: MarkdownNode; parent: MarkdownNode }[] = [];
  // Iterative (bodies may nest deeply); children are pushed in reverse so they pop in document order.
  const stack: { node: MarkdownNode; parent?: MarkdownNode }[] = [{ node: tree }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop() ?? { node: tree };
    if (node.type === 'text' && parent !== undefined) texts.push({ node, parent });
    if (node.children === undefined || UNLINKED_PARENTS.has(node.type)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) {
      const child = node.children[index];
      if (child !== undefined) stack.push({ node: child, parent: node });
    }
  }
  for (const { node, parent } of texts) {
    const replacement = linkText(node.value ?? '', () => true);
    if (replacement !== undefined) parent.children?.splice(parent.children.indexOf(node), 1, ...replacement);
  }
};
