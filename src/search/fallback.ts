/**
 * The offline bundle's search. Pagefind cannot run from `file://` (ES modules and WebAssembly are blocked there), so
 * the bundle carries the indexed text of every page in a classic script and searches it with this: plain, small,
 * and good enough for a few hundred pages. Exact titles and aliases come first, as in the site's search.
 */
import { buildTitleIndex, exactTitleMatch, type SearchTitle } from './titles.ts';

/** One indexed page: the text Pagefind indexes (the article, without navigation and link lists). */
export interface FallbackPage {
  /** Relative to the bundle's root, e.g. `glossary/api/index.html`. */
  url: string;
  title: string;
  type: string;
  text: string;
}

export interface FallbackIndex {
  pages: FallbackPage[];
  /** Titles and aliases, with `url` relative to the bundle's root like the pages'. */
  titles: SearchTitle[];
}

export interface FallbackHit {
  page: FallbackPage;
  /** Text around the first match, as parts: `marked` parts are matched words. */
  excerpt: { text: string; marked: boolean }[];
}

const EXCERPT_WORDS = 24;

/** Lower-case words, keeping the characters that matter in technical terms (C#, C++, Node.js). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}#+.]*/gu)?.map((word) => word.replace(/\.+$/, '')) ?? [];
}

/**
 * Pages where every query word begins a word of the title, aliases or text; exact title and alias matches first,
 * then pages whose title holds the words, then by how often the words occur.
 */
export function searchFallback(index: FallbackIndex, query: string, limit = 20): FallbackHit[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  const exact = exactTitleMatch(query, buildTitleIndex(index.titles));
  const aliasesByUrl = new Map(index.titles.map((entry) => [entry.url, entry.aliases.join(' ')]));
  const scored: { page: FallbackPage; score: number; tokens: string[] }[] = [];
  for (const page of index.pages) {
    const titleWords = words(`${page.title} ${aliasesByUrl.get(page.url) ?? ''}`);
    const tokens = words(page.text);
    let score = 0;
    let matchesAll = true;
    for (const word of wanted) {
      const inTitle = titleWords.some((token) => token.startsWith(word));
      const count = tokens.reduce((sum, token) => (token.startsWith(word) ? sum + 1 : sum), 0);
      if (!inTitle && count === 0) {
        matchesAll = false;
        break;
      }
      score += (inTitle ? 50 : 0) + Math.log2(1 + count);
    }
    if (exact?.url === page.url) score += 1000;
    if (matchesAll) scored.push({ page, score, tokens });
  }
  scored.sort((a, b) => b.score - a.score || a.page.title.localeCompare(b.page.title, 'en'));
  return scored.slice(0, limit).map(({ page }) => ({ page, excerpt: excerptOf(page.text, wanted) }));
}

/** About EXCERPT_WORDS words of the text around the first matched word, with matched words marked. */
function excerptOf(text: string, wanted: readonly string[]): FallbackHit['excerpt'] {
  const parts = text.split(/(\s+)/);
  const isMatch = (part: string) => words(part).some((word) => wanted.some((want) => word.startsWith(want)));
  const first = Math.max(0, parts.findIndex(isMatch));
  const start = Math.max(0, first - EXCERPT_WORDS);
  const slice = parts.slice(start, start + EXCERPT_WORDS * 2);
  const excerpt: FallbackHit['excerpt'] = start > 0 ? [{ text: '… ', marked: false }] : [];
  for (const part of slice) {
    const marked = isMatch(part);
    const last = excerpt.at(-1);
    if (last !== undefined && last.marked === marked && !marked) last.text += part;
    else excerpt.push({ text: part, marked });
  }
  if (start + slice.length < parts.length) excerpt.push({ text: ' …', marked: false });
  return excerpt;
}
