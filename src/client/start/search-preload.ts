/**
 * Asks the browser for everything the first search needs the moment a reader opens search, alongside the dialog's
 * own code. Left to themselves the files arrive as a chain, each requested only once the one before has run (dialog
 * code → Pagefind's script → its entry file → its WebAssembly); as preloads they travel together, and Pagefind's and
 * the engine's own requests are answered from them.
 */
import { SEARCH_LANGUAGE, SEARCH_RUNTIME_FILES, searchEntryTag } from '../../lib/search/runtime-files.ts';

let preloaded = false;

export function preloadSearchRuntime(base: string) {
  if (preloaded) return;
  preloaded = true;
  const hint = (rel: 'modulepreload' | 'preload', file: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = `${base}${file}`;
    // A preload is used only by a request of the same kind: `fetch()` in CORS mode, as Pagefind and the engine ask.
    if (rel === 'preload') {
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  };
  hint('modulepreload', SEARCH_RUNTIME_FILES.script);
  hint('preload', `${SEARCH_RUNTIME_FILES.entry}?ts=${searchEntryTag()}`);
  hint('preload', SEARCH_RUNTIME_FILES.wasm);
  hint('preload', SEARCH_RUNTIME_FILES.titles);
  // Pagefind splits every query into graphemes with `Intl.Segmenter`. The first segmenter a page builds loads the
  // ICU data behind it (25–30 ms of the main thread here): built now, once the requests are out, that wait overlaps
  // the download instead of following it.
  setTimeout(() => new Intl.Segmenter(SEARCH_LANGUAGE, { granularity: 'grapheme' }));
}
