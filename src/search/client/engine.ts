/**
 * The search engine behind the dialog and the search page: Pagefind for full text, with exact title and alias
 * matches pinned first. Nothing here runs, and nothing is fetched, until a reader opens search.
 */
import { buildTitleIndex, exactTitleMatch, suggestTitles, type SearchTitle, type TitleIndex } from '../titles.ts';
import { SEARCH_INDEX_DIR, SEARCH_LANGUAGE, SEARCH_RUNTIME_FILES, searchEntryTag, searchEntryUrl, searchMetaFile } from '../runtime-files.ts';
import { importPagefind, loadOnce, searchEntryBytes, type Pagefind, type PagefindResultData } from './runtime.ts';
import { servePagefindFiles, type PagefindFiles } from './pagefind-files.ts';
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

interface TitleList {
  titles: SearchTitle[];
  index: TitleIndex;
}

const SECTIONS_PER_HIT = 3;

/** The title list: a small file that answers title and alias matches before the full text is ready. */
const loadTitles = loadOnce(async (base): Promise<TitleList> => {
  const response = await fetch(`${base}${SEARCH_RUNTIME_FILES.titles}`);
  if (!response.ok) throw new Error(`search titles: HTTP ${response.status}`);
  const titles = (await response.json()) as SearchTitle[];
  return { titles, index: buildTitleIndex(titles) };
});

/** Pagefind, started: its script, options and `init()`, with the files its start reads fetched ahead. */
const loadIndex = loadOnce(async (base): Promise<Pagefind> => {
  // Asks for the files Pagefind's start needs, unless the launcher already has.
  const importing = importPagefind(base);
  // Left out only to measure what it gains (BUILD_WITHOUT=pagefind-files; src/build/private-internals.ts).
  if (import.meta.env.SEARCH_WITHOUT_PAGEFIND_FILES !== true) fetchStartFilesAhead(servePagefindFiles(new URL(`${base}${SEARCH_INDEX_DIR}/`, location.href).href), base);
  const pagefind = await importing;
  // The main thread is fast enough for an index this size, and skipping the worker saves its download. The entry
  // file's cache-buster is the one the start-up script read it with.
  await pagefind.options({ baseUrl: base, noWorker: true, excerptLength: 22, metaCacheTag: searchEntryTag() });
  // Reads the entry file, the index's metadata and the WebAssembly, all fetched ahead.
  await pagefind.init();
  return pagefind;
});

/** The part of Pagefind's entry file read here: each language's index hash. */
interface PagefindEntry {
  languages?: Record<string, { hash?: string } | undefined>;
}

/**
 * Hands Pagefind the files its start reads before its script has even run: the entry file (read by the start-up
 * script), the WebAssembly (already on its way as a preload) and the metadata the entry file names, which Pagefind
 * itself would ask for only after reading that file, at the end of its start.
 */
function fetchStartFilesAhead(files: PagefindFiles, base: string) {
  const entryBytes = searchEntryBytes();
  files.answerWith(searchEntryUrl(base), entryBytes);
  void files.fetchAhead(`${base}${SEARCH_RUNTIME_FILES.wasm}`);
  void entryBytes.then((bytes) => {
    if (bytes === undefined) return;
    try {
      const entry = JSON.parse(new TextDecoder().decode(bytes)) as PagefindEntry;
      const hash = entry.languages?.[SEARCH_LANGUAGE]?.hash;
      if (hash !== undefined) void files.fetchAhead(`${base}${searchMetaFile(hash)}`);
    } catch {
      // Pagefind reports an unreadable entry file itself when it reads it.
    }
  });
}

/** Loads everything search needs; later calls share the same promises. */
export async function loadEngine(base: string): Promise<void> {
  await Promise.all([loadTitles(base), loadIndex(base)]);
}

const matchesFilters = (entry: SearchTitle, filters: SearchFilters) =>
  (filters.type === undefined || filters.type.includes(entry.type)) &&
  (filters.side === undefined || (entry.side !== undefined && filters.side.includes(entry.side)));

/** The entry a query names exactly (title or alias) within the filters, as a hit without an excerpt. */
function exactHit(query: string, titles: TitleList, filters: SearchFilters): SearchHit | undefined {
  const exact = exactTitleMatch(query, titles.index);
  if (exact === undefined || !matchesFilters(exact, filters)) return undefined;
  return { url: exact.url, title: exact.title, type: exact.type, excerpt: '', sections: [] };
}

/**
 * What the title list alone can answer, as soon as it has loaded: the entry the query names exactly, if any. The
 * full-text search that follows keeps it first, so the list only grows below it.
 */
export async function searchTitles(base: string, query: string, filters: SearchFilters): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  const hit = exactHit(trimmed, await loadTitles(base), filters);
  return hit === undefined ? [] : [hit];
}

/** Searches the guide; `limit` caps how many hits are loaded (each costs a fragment download). */
export async function search(base: string, query: string, filters: SearchFilters, limit: number): Promise<SearchOutcome> {
  const trimmed = query.trim();
  if (trimmed === '') return { query, total: 0, hits: [], suggestions: [] };
  const [titles, pagefind] = await Promise.all([loadTitles(base), loadIndex(base)]);
  const pagefindFilters = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
  const response = await pagefind.search(trimmed, { filters: pagefindFilters });
  const results = response?.results ?? [];
  const loaded = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const hits = loaded.map(toHit);

  const exact = exactHit(trimmed, titles, filters);
  if (exact !== undefined) {
    const position = hits.findIndex((hit) => hit.url === exact.url);
    const [pinned] = position >= 0 ? hits.splice(position, 1) : [exact];
    if (pinned !== undefined) hits.unshift(pinned);
    if (hits.length > limit) hits.pop();
  }
  const total = Math.max(results.length, hits.length);
  const suggestions = total === 0 ? suggestTitles(trimmed, titles.titles, ENTRY_TYPE_LABELS.glossary) : [];
  return { query, total, hits, suggestions };
}

function toHit(data: PagefindResultData): SearchHit {
  const sections = (data.sub_results ?? [])
    .filter((section) => section.url.includes('#'))
    .slice(0, SECTIONS_PER_HIT)
    .map(({ title, url, excerpt }) => ({ title, url, excerpt }));
  return { url: data.url, title: data.meta['title'] ?? data.url, type: data.meta['type'] ?? '', excerpt: data.excerpt, sections };
}
