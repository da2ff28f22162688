/**
 * The search engine behind the dialog and the search page: Pagefind for full text, with exact title and alias
 * matches pinned first. Nothing here runs, and nothing is fetched, until a reader opens search.
 */
import { buildTitleIndex, exactTitleMatch, suggestTitles, type SearchTitle, type TitleIndex } from '../../lib/search/titles.ts';
import { ENTRY_TYPE_LABELS } from '../../schemas/registry.ts';

/** The filters a search can narrow to, by filter name (`type`, `side`); values are the labels the index stores. */
export type SearchFilters = Partial<Record<'type' | 'side', string[]>>;

export interface SearchHitSection {
  title: string;
  url: string;
  /** Pagefind's excerpt: text already HTML-escaped by Pagefind, with `<mark>` around matched words. */
  excerpt: string;
}

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  excerpt: string;
  /** Matching sections of the page, by heading. */
  sections: SearchHitSection[];
}

export interface SearchOutcome {
  query: string;
  /** How many pages matched (more than `hits` holds when the list was cut at the limit). */
  total: number;
  hits: SearchHit[];
  /** The closest glossary titles, when nothing matched. */
  suggestions: SearchTitle[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

interface Engine {
  pagefind: Pagefind;
  titles: SearchTitle[];
  index: TitleIndex;
}

const SECTIONS_PER_HIT = 3;
let loading: Promise<Engine> | undefined;

/** Loads the search runtime and the title list once; later calls share the same promise. */
export function loadEngine(base: string): Promise<Engine> {
  loading ??= (async () => {
    const [pagefind, titles] = await Promise.all([
      // The main thread is fast enough for an index this size, and skipping the worker saves its download.
      (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (runtime) => {
        await runtime.options({ baseUrl: base, noWorker: true, excerptLength: 22 });
        // Loads the WebAssembly and the index's entry files while the title list is still on its way.
        await runtime.init();
        return runtime;
      }),
      fetch(`${base}search/titles.json`).then((response) => {
        if (!response.ok) throw new Error(`search titles: HTTP ${response.status}`);
        return response.json() as Promise<SearchTitle[]>;
      }),
    ]);
    return { pagefind, titles, index: buildTitleIndex(titles) };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

const matchesFilters = (entry: SearchTitle, filters: SearchFilters) =>
  (filters.type === undefined || filters.type.includes(entry.type)) &&
  (filters.side === undefined || (entry.side !== undefined && filters.side.includes(entry.side)));

/** Searches the guide; `limit` caps how many hits are loaded (each costs a fragment download). */
export async function search(base: string, query: string, filters: SearchFilters, limit: number): Promise<SearchOutcome> {
  const engine = await loadEngine(base);
  const trimmed = query.trim();
  if (trimmed === '') return { query, total: 0, hits: [], suggestions: [] };
  const pagefindFilters = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
  const response = await engine.pagefind.search(trimmed, { filters: pagefindFilters });
  const results = response?.results ?? [];
  const loaded = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const hits = loaded.map(toHit);

  const exact = exactTitleMatch(trimmed, engine.index);
  if (exact !== undefined && matchesFilters(exact, filters)) {
    const position = hits.findIndex((hit) => hit.url === exact.url);
    const [pinned] = position >= 0 ? hits.splice(position, 1) : [{ url: exact.url, title: exact.title, type: exact.type, excerpt: '', sections: [] }];
    if (pinned !== undefined) hits.unshift(pinned);
    if (hits.length > limit) hits.pop();
  }
  const total = Math.max(results.length, hits.length);
  const suggestions = total === 0 ? suggestTitles(trimmed, engine.titles, ENTRY_TYPE_LABELS.glossary) : [];
  return { query, total, hits, suggestions };
}

function toHit(data: PagefindResultData): SearchHit {
  const sections = (data.sub_results ?? [])
    .filter((section) => section.url.includes('#'))
    .slice(0, SECTIONS_PER_HIT)
    .map(({ title, url, excerpt }) => ({ title, url, excerpt }));
  return { url: data.url, title: data.meta['title'] ?? data.url, type: data.meta['type'] ?? '', excerpt: data.excerpt, sections };
}
