/// <reference lib="webworker" />
/**
 * The service worker, built from Workbox's modules: precaches the shell and the search runtime (the list is injected
 * at build time by Workbox's `injectManifest`), answers page requests network-first from the pages cache with the
 * offline page as the last resort, and keeps search index chunks once they have been fetched.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { PAGES_CACHE, SEARCH_INDEX_CACHE } from './files.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };

const scope = new URL(self.registration.scope);

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
// Pagefind asks for its entry file with a `?ts=` cache-buster; the precached copy must still answer it.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^ts$/, /^utm_/], directoryIndex: 'index.html' });

const pages = new NetworkFirst({ cacheName: PAGES_CACHE });
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return (await matchPrecache(new URL('offline/index.html', scope).href)) ?? Response.error();
    }
  },
);

registerRoute(({ url }) => url.origin === scope.origin && /\/pagefind\/(?:index|filter|fragment)\//.test(url.pathname), new CacheFirst({ cacheName: SEARCH_INDEX_CACHE }));
