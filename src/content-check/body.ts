/**
 * Checks of an entry's body, on the Markdown (or MDX) syntax tree: raw HTML is limited to a few harmless tags with
 * no attributes, link and image URLs must use a web scheme (tricks with entities, case and whitespace included), MDX
 * may only import the project's components and pass them plain strings, and internal links are collected with
 * their positions so they can be resolved once every entry is known.
 */
import GithubSlugger from 'github-slugger';
import path from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { DIAGRAMS } from '../diagrams/diagrams.ts';
import { CALLOUT_TYPES, TAB_LANGUAGE_LABELS, TAB_LANGUAGES } from '../schemas/registry.ts';
import { closest } from '../text/suggest.ts';

export interface BodyProblem {
  line: number;
  column: number;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

export interface InternalLink {
  url: string;
  line: number;
  column: number;
}

export interface BodyHeading {
  depth: number;
  text: string;
  line: number;
  column: number;
}

export interface CodeBlock {
  /** The fence's language, e.g. `http`; empty when none is given. */
  lang: string;
  value: string;
  /** The file line of the opening fence. */
  line: number;
}

export interface BodyReport {
  /** Ids of the body's headings, as the rendered page will have them. */
  headingIds: Set<string>;
  /** The headings in document order. */
  headings: BodyHeading[];
  /** Fenced code blocks in document order. */
  codeBlocks: CodeBlock[];
  /** Root-relative links (`/glossary/rest/#example`), to resolve against the site. */
  internalLinks: InternalLink[];
  /** The names of the `<Diagram name="…" />`s an MDX body places, in document order. */
  diagrams: string[];
  problems: BodyProblem[];
}

/** Raw HTML a Markdown body may use: inline tags that carry no behaviour, without attributes. */
export const ALLOWED_HTML_TAGS: ReadonlySet<string> = new Set(['abbr', 'b', 'br', 'del', 'em', 'i', 'kbd', 'mark', 'small', 'strong', 'sub', 'sup', 'u', 'wbr']);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would see, after it drops whitespace and control characters; undefined for relative URLs. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = decodeEntities(url).replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000\ufeff]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  return match?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|colon|tab|newline|lpar|rpar|sol);?/gi, (_, entity: string) => {
    const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/' };
    const lower = entity.toLowerCase();
    if (lower in named) return named[lower] ?? '';
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

interface Node {
  type: string;
  value?: string;
  lang?: string | null;
  url?: string;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number; offset?: number }; end?: { offset?: number } };
  data?: { directiveLabel?: boolean };
}

/** The container directives a body may use: the callouts, and tab sets of tabs (src/reading/directives.ts). */
const DIRECTIVES: readonly string[] = [...CALLOUT_TYPES, 'tabs', 'tab'];
const TAB_NAMES: readonly string[] = [...TAB_LANGUAGES, ...Object.values(TAB_LANGUAGE_LABELS)];
const isTabName = (name: string) => TAB_NAMES.some((known) => known.toLowerCase() === name.trim().toLowerCase());

const TAG = /<\s*(\/?)\s*([a-zA-Z][\w:-]*)([^>]*)>/g;

/** The source text of a node, when its position gives offsets. */
const writtenAs = (node: Node, source: string) => {
  const start = node.position?.start.offset;
  const end = node.position?.end?.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
};

/**
 * The text of a node and its descendants, walked without recursion (bodies may nest deeply). A text directive
 * (`host:port` parses as one) counts as the text it was written as, as the renderer shows it.
 */
function textOf(node: Node, source = ''): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === undefined) break;
    if (current.type === 'textDirective') {
      text += writtenAs(current, source);
      continue;
    }
    if (typeof current.value === 'string' && (current.type === 'text' || current.type === 'inlineCode')) text += current.value;
    for (const child of [...(current.children ?? [])].reverse()) stack.push(child);
  }
  return text;
}

export interface InspectOptions {
  format: 'md' | 'mdx';
  /** The file line the body starts on, so positions are file positions. */
  firstLine: number;
  /** For MDX: the entry file and the folder its imports must come from. */
  file?: string;
  componentsDir?: string;
}

export function inspectBody(body: string, options: InspectOptions): BodyReport {
  const problems: BodyProblem[] = [];
  const headingIds = new Set<string>();
  const headings: BodyHeading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const internalLinks: InternalLink[] = [];
  const diagrams: string[] = [];
  const slugger = new GithubSlugger();
  const imported = new Set<string>();
  let tree: Node;
  try {
    tree = (options.format === 'mdx' ? mdxToMdast(body, { features: { gfm: true, directive: true } }) : markdownToMdast(body, { features: { gfm: true, directive: true } })) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? 'parse error' : 'parse error';
    return { headingIds, headings, codeBlocks, internalLinks, diagrams, problems: [{ line: options.firstLine, column: 1, message: `the ${options.format.toUpperCase()} body does not parse: ${message}`, severity: 'error' }] };
  }
  const at = (node: Node) => ({ line: (node.position?.start.line ?? 1) + options.firstLine - 1, column: node.position?.start.column ?? 1 });
  const report = (node: Node, message: string, hint?: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ ...at(node), message, ...(hint === undefined ? {} : { hint }), severity });

  const checkUrl = (node: Node, url: string) => {
    if (!isSafeUrl(url)) {
      report(node, `links to a \`${urlScheme(url)}:\` URL, which could run code or embed content`, 'use an https:// address or a root-relative link such as /glossary/rest/');
      return;
    }
    if (urlScheme(url) === 'http') report(node, `links to \`${url}\` over plain http`, 'use https:// if the site supports it', 'warning');
    if (url.startsWith('/') && !url.startsWith('//')) internalLinks.push({ url, ...at(node) });
    else if (urlScheme(url) === undefined && !url.startsWith('#') && !url.startsWith('//')) {
      report(node, `uses the relative link \`${url}\``, 'link other pages root-relatively, e.g. /glossary/rest/');
    }
  };

  const checkHtml = (node: Node, html: string) => {
    if (/^\s*<!--[\s\S]*-->\s*$/.test(html)) return;
    const tags = [...html.matchAll(TAG)];
    if (tags.length === 0 || /<[!?]/.test(html.replace(/<!--[\s\S]*?-->/g, ''))) {
      report(node, `contains raw markup \`${html.trim().slice(0, 40)}\` that is not allowed`, 'use Markdown instead of HTML');
      return;
    }
    for (const [, , name = '', attributes = ''] of tags) {
      const tag = name.toLowerCase();
      if (!ALLOWED_HTML_TAGS.has(tag)) {
        report(node, `uses the HTML tag <${tag}>, which is not allowed in entries`, `use Markdown; raw HTML is limited to ${[...ALLOWED_HTML_TAGS].map((t) => `<${t}>`).join(' ')}`);
      } else if (attributes.replace(/\/\s*$/, '').trim() !== '') {
        const names = [...attributes.matchAll(/([^\s=/"']+)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)].map((match) => match[1] ?? '');
        const handlers = names.filter((attribute) => /^on/i.test(attribute));
        report(node, handlers.length > 0 ? `sets the event handler ${handlers.join(', ')} on <${tag}>` : `sets attributes on <${tag}>`, 'HTML tags in entries take no attributes');
      }
    }
  };

  const checkJsx = (node: Node) => {
    const name = node.name ?? '';
    if (name === '') {
      report(node, 'uses a JSX fragment', 'write plain Markdown');
    } else if (/^[A-Z]/.test(name)) {
      if (!imported.has(name)) report(node, `uses the component <${name}> without importing it from src/components/`);
      const diagram = name === 'Diagram' ? node.attributes?.find((attribute) => attribute.name === 'name')?.value : undefined;
      if (typeof diagram === 'string') diagrams.push(diagram);
      const attribute = (key: string) => node.attributes?.find((candidate) => candidate.name === key)?.value;
      const calloutType = name === 'Callout' ? attribute('type') : undefined;
      if (name === 'Callout' && (typeof calloutType !== 'string' || !(CALLOUT_TYPES as readonly string[]).includes(calloutType))) {
        const nearest = typeof calloutType === 'string' ? closest(calloutType, CALLOUT_TYPES) : undefined;
        report(node, `uses the unknown callout type \`${String(calloutType ?? '')}\``, nearest === undefined ? `callout types are ${CALLOUT_TYPES.join(', ')}` : `did you mean \`${nearest}\`?`);
      }
      const tabLang = name === 'Tab' ? attribute('lang') : undefined;
      if (name === 'Tab' && (typeof tabLang !== 'string' || !(TAB_LANGUAGES as readonly string[]).includes(tabLang))) {
        const nearest = typeof tabLang === 'string' ? closest(tabLang, TAB_LANGUAGES) : undefined;
        report(node, `has a tab for the unknown language \`${String(tabLang ?? '')}\``, nearest === undefined ? `languages are listed in src/schemas/registry.ts (TAB_LANGUAGES): ${TAB_LANGUAGES.join(', ')}` : `did you mean \`${nearest}\`?`);
      }
      if (typeof diagram === 'string' && !(diagram in DIAGRAMS)) {
        const nearest = closest(diagram, Object.keys(DIAGRAMS));
        report(node, `draws the unknown diagram \`${diagram}\``, nearest === undefined ? `diagrams are defined in src/diagrams/diagrams.ts: ${Object.keys(DIAGRAMS).join(', ')}` : `did you mean \`${nearest}\`?`);
      }
    } else if (!ALLOWED_HTML_TAGS.has(name)) {
      report(node, `uses the HTML tag <${name}>, which is not allowed in entries`, 'use Markdown, or a component from src/components/');
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') report(node, `spreads an expression into <${name}>`, 'pass attributes as plain strings');
      else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
        report(node, `passes an expression to the attribute \`${attribute.name}\` of <${name}>`, 'pass attribute values as plain strings, e.g. name="request-flow"');
      } else if (/^on/i.test(attribute.name ?? '')) report(node, `sets the event handler ${attribute.name} on <${name}>`);
      else if (typeof attribute.value === 'string' && /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name ?? '') && !isSafeUrl(attribute.value)) {
        report(node, `links to a \`${urlScheme(attribute.value)}:\` URL from <${name}>`);
      }
    }
  };

  const tabsInSets = new Set<Node>();
  /** Callouts and tabs: known names, tabs only inside a tab set and naming a known language, every `:::` closed. */
  const checkDirective = (node: Node) => {
    const name = node.name ?? '';
    if (!DIRECTIVES.includes(name)) {
      const nearest = closest(name, DIRECTIVES);
      report(node, `uses the unknown callout \`:::${name}\``, nearest === undefined ? `callouts are ${CALLOUT_TYPES.map((type) => `:::${type}`).join(', ')}` : `did you mean \`:::${nearest}\`?`);
    }
    // A container the author did not close runs to the end of the body: its last line is not a fence of colons.
    const lastLine = writtenAs(node, body).trimEnd().split('\n').at(-1)?.trim() ?? '';
    if (!/^:{3,}$/.test(lastLine)) report(node, `opens \`:::${name}\` but never closes it`, 'end it with a line of three colons, `:::` (four, `::::`, for a tab set around tabs)');
    const children = node.children ?? [];
    if (name === 'tabs') {
      for (const child of children) {
        tabsInSets.add(child);
        if (child.type !== 'containerDirective' || child.name !== 'tab') report(child, 'puts something other than a `:::tab[Language]` inside a tab set', 'a tab set holds only tabs; write text inside a tab');
      }
    }
    if (name === 'tab') {
      if (!tabsInSets.has(node)) report(node, 'has a `:::tab` outside a tab set', 'put the tabs inside `::::tabs` … `::::`');
      const label = children[0]?.data?.directiveLabel === true ? textOf(children[0], body).trim() : '';
      if (label === '') report(node, 'has a tab without a language', 'name it: `:::tab[Python]`');
      else if (!isTabName(label)) {
        const nearest = closest(label, Object.values(TAB_LANGUAGE_LABELS));
        report(node, `has a tab for the unknown language \`${label}\``, nearest === undefined ? `languages are listed in src/schemas/registry.ts (TAB_LANGUAGES): ${TAB_LANGUAGES.join(', ')}` : `did you mean \`${nearest}\`?`);
      }
    }
  };

  const checkEsm = (node: Node) => {
    const statements = (node.value ?? '').split(/;\s*|\n+/).map((statement) => statement.trim()).filter(Boolean);
    for (const statement of statements) {
      const match = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]+)\2$/.exec(statement);
      if (match === null) {
        report(node, `contains \`${statement.slice(0, 60)}\``, 'a guide may only `import Component from "../../src/components/Component.astro"`');
        continue;
      }
      const [, name = '', , source = ''] = match;
      const resolved = options.file === undefined ? source : path.resolve(path.dirname(options.file), source);
      const inside = options.componentsDir !== undefined && resolved.startsWith(`${path.resolve(options.componentsDir)}${path.sep}`) && resolved.endsWith('.astro');
      if (!inside) report(node, `imports \`${source}\`, which is not a component of the project`, 'import only .astro files from src/components/');
      else imported.add(name);
    }
  };

  const inspect = (node: Node) => {
    switch (node.type) {
      case 'heading':
        headingIds.add(slugger.slug(textOf(node, body)));
        headings.push({ depth: node.depth ?? 1, text: textOf(node, body), ...at(node) });
        if (node.depth === 1) report(node, 'has a level-1 heading', 'the page title is the only H1: start body headings at ##');
        break;
      case 'html':
        checkHtml(node, node.value ?? '');
        break;
      case 'code':
        codeBlocks.push({ lang: node.lang ?? '', value: node.value ?? '', line: at(node).line });
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkUrl(node, node.url ?? '');
        break;
      case 'mdxjsEsm':
        checkEsm(node);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, `contains the expression \`{${(node.value ?? '').slice(0, 40)}}\``, 'MDX expressions run code at build time; write plain text (escape a brace as \\{)');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node);
        break;
      case 'containerDirective':
        checkDirective(node);
        break;
      default:
        break;
    }
  };
  // Imports come first in MDX, but an element may precede them in a malformed file: collect imports first.
  for (const child of tree.children ?? []) if (child.type === 'mdxjsEsm') checkEsm(child);
  // Depth-first, in document order, without recursion: a body may nest ten thousand block quotes deep.
  const stack = [...(tree.children ?? [])].filter((child) => child.type !== 'mdxjsEsm').reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    inspect(node);
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  return { headingIds, headings, codeBlocks, internalLinks, diagrams, problems };
}
