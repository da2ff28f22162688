/**
 * Vite wraps every dynamic `import()` in a preload helper (about 0.8 KB brotli) that fetches the imported chunk's
 * dependencies in parallel, and writes each import's list of dependencies into the importing script. Every page's
 * start-up script would carry both, although the only dynamic imports here are the lazy search and preview modules a
 * reader's first interaction loads (and search preloads what it needs itself). This plugin swaps the helper for a
 * plain call and empties the lists, which keeps the scripts loaded at start under 1 KB (the page-weight budget test
 * guards it).
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

export function withoutPreloadHelper(): Plugin {
  return {
    name: 'backend-field-guide:without-preload-helper',
    enforce: 'pre',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: { polyfill: false, resolveDependencies: () => [] } } };
      return undefined;
    },
    load(id) {
      if (id === PRELOAD_HELPER_ID) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}
