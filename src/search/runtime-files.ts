/**
 * Where the search runtime lives in the built site, relative to its root: named once for the index writer, the
 * search engine that loads it and the service worker that precaches it. The index is written in one language, so
 * the WebAssembly file's name is fixed.
 */

/** The folder Pagefind's index and runtime are written to. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The language the whole index is written in (the guide is English). */
export const SEARCH_LANGUAGE = 'en';

export const SEARCH_RUNTIME_FILES = {
  script: `${SEARCH_INDEX_DIR}/pagefind.js`,
  /** Names the index's metadata file; Pagefind asks for it with a `?ts=` cache-buster (see `searchEntryTag`). */
  entry: `${SEARCH_INDEX_DIR}/pagefind-entry.json`,
  wasm: `${SEARCH_INDEX_DIR}/wasm.${SEARCH_LANGUAGE}.pagefind`,
  titles: 'search/titles.json',
} as const;

/**
 * The index's metadata file. Pagefind names it by the hash its entry file gives for the language (`en_1a2b3c4d5e`),
 * so it is known only once the entry file has been read; `*` gives the pattern that matches it.
 */
export const searchMetaFile = (hash: string): string => `${SEARCH_INDEX_DIR}/pagefind.${hash}.pf_meta`;

/**
 * The cache-buster Pagefind puts on its entry file's URL (its `metaCacheTag` option; by default the time search
 * starts). One value per page view, the moment the page started, is known before Pagefind loads, so the URL Pagefind
 * will ask for can be read ahead of it, and an entry file from an earlier visit is still never reused.
 */
export const searchEntryTag = (): string => String(Math.round(performance.timeOrigin));

/** Pagefind's entry file as Pagefind asks for it, cache-buster included (see `searchEntryTag`). */
export const searchEntryUrl = (base: string): string => `${base}${SEARCH_RUNTIME_FILES.entry}?ts=${searchEntryTag()}`;
