/**
 * Vite wraps every dynamic `import()` in a preload helper (about 0.8 KB brotli) that fetches the imported chunk's
 * dependencies in parallel, and writes each import's list of dependencies into the importing script. Every page's
 * start-up script would carry both, although the only dynamic imports here are the lazy search and preview modules a
 * reader's first interaction loads (and search preloads what it needs itself). This plugin swaps the helper for a
 * plain call and empties the lists, which keeps the scripts loaded at start under 1 KB. Each importing module gets a
 * copy of its own: one module shared by several scripts would become a chunk of its own, which every page's start-up
 * script would import, a request that can start only once that script has arrived. The page-weight test guards both.
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';
const LOCAL_HELPER_PREFIX = '\0backend-field-guide/preload-helper-';

export function withoutPreloadHelper(): Plugin {
  const helperNumbers = new Map<string, number>();
  return {
    name: 'backend-field-guide:without-preload-helper',
    enforce: 'pre',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: { polyfill: false, resolveDependencies: () => [] } } };
      return undefined;
    },
    resolveId(id, importer) {
      if (id !== PRELOAD_HELPER_ID) return undefined;
      const key = importer ?? '';
      if (!helperNumbers.has(key)) helperNumbers.set(key, helperNumbers.size);
      return `${LOCAL_HELPER_PREFIX}${helperNumbers.get(key)}.js`;
    },
    load(id) {
      if (id.startsWith(LOCAL_HELPER_PREFIX)) return 'export const __vitePreload = (load) => load();';
      return undefined;
    },
  };
}
