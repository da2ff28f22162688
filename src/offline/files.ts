/**
 * Names shared by the service worker's configuration (written at build time) and the page that saves the whole
 * guide (running in the browser): both must fill and read the same caches.
 */

/** Pages, cached as they are read (network first) or all at once by "Save the whole guide". */
export const PAGES_CACHE = 'bfg-pages';
/** Pagefind's index, filter and fragment chunks, cached when a search uses them or the whole guide is saved. */
export const SEARCH_INDEX_CACHE = 'bfg-search-index';
/** The list of every page and index chunk, relative to the base, that "Save the whole guide" fetches. */
export const OFFLINE_FILES = 'offline/files.json';

/** The files "Save the whole guide" stores: every page by its directory URL, and every search index chunk. */
export interface OfflineFiles {
  pages: string[];
  searchIndex: string[];
}

/** `glossary/api/index.html` → `glossary/api/`; the root `index.html` → `` (the base itself). */
export const pageUrlOf = (htmlFile: string) => htmlFile.replace(/(^|\/)index\.html$/, '$1');
