/**
 * The search runtime, loaded once per page the moment a reader opens search: the launcher asks for it alongside the
 * dialog's own code, so Pagefind's files are on their way while that code is, and the search engine shares the same
 * promise. Nothing here runs before a reader opens search.
 */
import { SEARCH_LANGUAGE, SEARCH_RUNTIME_FILES, searchEntryUrl } from '../runtime-files.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a query needs without searching. */
  preload(query: string): Promise<void>;
}

/** `load`, run on the first call only; a failed load is forgotten, so the next call tries again. */
export function loadOnce<T>(load: (base: string) => Promise<T>): (base: string) => Promise<T> {
  let loading: Promise<T> | undefined;
  return (base) =>
    (loading ??= load(base).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * Pagefind's script, imported but not yet started (the search engine starts it), with the files its first search
 * needs asked for at once.
 */
export const importPagefind = loadOnce(async (base): Promise<Pagefind> => {
  preloadRuntimeFiles(base);
  // Pagefind splits every query with `Intl.Segmenter`, and the first segmenter a page builds sets up ICU's break
  // iterators (15–40 ms). Built now, that work fills the time the dialog's code is on its way.
  // Grapheme segmentation (the default granularity) is enough to set them up.
  setTimeout(() => new Intl.Segmenter(SEARCH_LANGUAGE));
  return (await import(/* @vite-ignore */ `${base}${SEARCH_RUNTIME_FILES.script}`)) as Pagefind;
});

/**
 * Pagefind's entry file, read while the dialog's code is on its way (the page is idle then), so the engine can ask for
 * the metadata it names at once rather than after another response on a busy main thread; `undefined` when it could
 * not be read (Pagefind then fetches it itself). Its URL carries the cache-buster Pagefind will ask with.
 */
export const searchEntryBytes = async (): Promise<ArrayBuffer | undefined> => entryBytes;
let entryBytes: Promise<ArrayBuffer | undefined> | undefined;

/**
 * Asks for the files the first search needs at once. Left to themselves they would arrive as a chain, each requested
 * only once the one before has run (Pagefind's script → its entry file → its metadata and WebAssembly); asked for
 * together, they travel together, and Pagefind's and the engine's own `fetch()` requests are answered from them.
 */
function preloadRuntimeFiles(base: string) {
  // Without the engine's answers to Pagefind's requests (BUILD_WITHOUT=pagefind-files), Pagefind reads the file itself.
  if (import.meta.env.SEARCH_WITHOUT_PAGEFIND_FILES !== true) entryBytes = fetch(searchEntryUrl(base)).then(
    (response) => (response.ok ? response.arrayBuffer() : undefined),
    () => undefined,
  );
  for (const file of [SEARCH_RUNTIME_FILES.wasm, SEARCH_RUNTIME_FILES.titles]) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.href = `${base}${file}`;
    // A preload is used only by a request of the same kind: `fetch()` in CORS mode, as Pagefind and the engine ask
    // (an empty `crossorigin` is the anonymous, same-origin-credentials mode `fetch()` uses).
    link.as = 'fetch';
    link.crossOrigin = '';
    document.head.append(link);
  }
}
