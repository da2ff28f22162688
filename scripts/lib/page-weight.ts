/**
 * What a reader downloads before a page first renders — its "first view" — measured on the built site: the HTML,
 * every stylesheet it links (and their `@import`s) and every script that loads at start (`<script src>`,
 * `<link rel="modulepreload">` and, recursively, the static imports of module scripts; dynamic `import()`s load
 * later, on use, and are not counted). Each file is brotli-compressed at maximum quality, as a static host would
 * serve it, and the first view is the sum. Budgets per page type live in `page-budgets.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { htmlElements } from './html.ts';

export interface Resource {
  /** The URL as the page names it. */
  url: string;
  /** The file in the output folder, relative to it. */
  file: string;
  bytes: number;
  brotli: number;
}

export interface FirstView {
  /** The page's file, relative to the output folder, e.g. `glossary/rest/index.html`. */
  page: string;
  html: Resource;
  stylesheets: Resource[];
  /** Scripts that load at start, in discovery order. */
  scripts: Resource[];
  /**
   * Those of `scripts` the page does not name itself: another script's static imports, each requested only once the
   * script that imports it has arrived (one more round trip before the page's scripts can run).
   */
  importedScripts: Resource[];
  /** Brotli bytes of the HTML, the stylesheets and the scripts together. */
  brotli: number;
  /** Brotli bytes of the scripts alone. */
  scriptBrotli: number;
}

export interface MeasureOptions {
  /** The base path the site was built under (default `/`): absolute URLs are resolved below it. */
  base?: string;
  /** Sizes of files already measured, shared between calls so a stylesheet used by every page is compressed once. */
  cache?: Map<string, Resource>;
}

export function brotliSize(content: string | Uint8Array): number {
  return brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  }).length;
}

/** `import "x"`, `import x from "x"`, `import{a as b}from"x"`, `export * from "x"` — but not `import("x")`. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g;
/** Script types a browser runs; anything else (`application/ld+json`, templates) is data. */
const JAVASCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The stylesheets and start-up scripts an HTML document names, in document order. */
export function startResources(html: string): { stylesheets: string[]; scripts: string[]; inlineModules: string[] } {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const inlineModules: string[] = [];
  for (const element of htmlElements(html, { atStart: true })) {
    const { tagName, attributes } = element;
    const href = attributes.get('href');
    if (tagName === 'link' && href !== undefined) {
      const rel = new Set((attributes.get('rel') ?? '').toLowerCase().split(/\s+/));
      if (rel.has('stylesheet') && !attributes.has('disabled')) stylesheets.push(href);
      else if (rel.has('modulepreload')) scripts.push(href);
    } else if (tagName === 'script') {
      const type = (attributes.get('type') ?? '').toLowerCase();
      const src = attributes.get('src');
      if (src !== undefined && JAVASCRIPT_TYPES.has(type)) scripts.push(src);
      else if (src === undefined && type === 'module') inlineModules.push(element.text);
    }
  }
  return { stylesheets, scripts, inlineModules };
}

/** The modules a script imports statically (they load with it); dynamic `import()` is left out. */
export function staticImports(script: string): string[] {
  return [...script.matchAll(STATIC_IMPORT)].map(([, specifier = '']) => specifier);
}

/** The stylesheets a stylesheet pulls in with `@import`. */
export function cssImports(css: string): string[] {
  return [...css.matchAll(CSS_IMPORT)].map(([, url = '']) => url);
}

export function measureFirstView(distDir: string, page: string, options: MeasureOptions = {}): FirstView {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const cache = options.cache ?? new Map<string, Resource>();
  const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, 'https://site.invalid');

  /** The output file a URL is served from; throws for a URL outside the site, which a budget cannot measure. */
  const fileOf = (url: string, from: URL): string => {
    const resolved = new URL(url, from);
    if (resolved.origin !== pageUrl.origin || !resolved.pathname.startsWith(base)) {
      throw new Error(`${page}: ${url} is not a file of this site, so its weight cannot be measured`);
    }
    return decodeURIComponent(resolved.pathname.slice(base.length));
  };
  const read = (url: string, file: string): { resource: Resource; text: string } => {
    const content = readFileSync(path.join(distDir, file));
    const cached = cache.get(file);
    const resource = cached ?? { url, file, bytes: content.length, brotli: brotliSize(content) };
    cache.set(file, resource);
    return { resource: { ...resource, url }, text: content.toString('utf8') };
  };

  const htmlText = readFileSync(path.join(distDir, page), 'utf8');
  const html: Resource = { url: pageUrl.pathname, file: page, bytes: Buffer.byteLength(htmlText), brotli: brotliSize(htmlText) };
  const found = startResources(htmlText);

  /**
   * Measures each URL once, then what it pulls in (`@import`s, static imports), depth first; `pulledIn` holds the
   * resources only another one asked for.
   */
  const collect = (urls: readonly string[], from: URL, pullsIn: (text: string) => string[]) => {
    const resources: Resource[] = [];
    const pulledIn: Resource[] = [];
    const seen = new Set<string>();
    const visit = (url: string, base: URL, named: boolean) => {
      const at = new URL(url, base);
      if (seen.has(at.href)) return;
      seen.add(at.href);
      const { resource, text } = read(url, fileOf(url, base));
      resources.push(resource);
      if (!named) pulledIn.push(resource);
      for (const next of pullsIn(text)) visit(next, at, false);
    };
    for (const url of urls) visit(url, from, true);
    return { resources, pulledIn };
  };
  const stylesheets = collect(found.stylesheets, pageUrl, cssImports).resources;
  const inlineImports = found.inlineModules.flatMap(staticImports);
  const { resources: scripts, pulledIn: importedScripts } = collect([...found.scripts, ...inlineImports], pageUrl, staticImports);

  const sum = (resources: readonly Resource[]) => resources.reduce((total, resource) => total + resource.brotli, 0);
  const scriptBrotli = sum(scripts);
  return { page, html, stylesheets, scripts, importedScripts, brotli: html.brotli + sum(stylesheets) + scriptBrotli, scriptBrotli };
}
