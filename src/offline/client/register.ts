/**
 * Registers the service worker once the page has finished loading, so its precache never competes with the page
 * itself. Production builds only: the dev server has no service worker. Pages opened from disk never get here: browsers
 * refuse module scripts from `file://`, and the offline bundle drops them.
 */
export function registerServiceWorker(base: string) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Its scope is the folder it is served from, the site's base: the default, so not spelled out.
  addEventListener('load', () => {
    void navigator.serviceWorker.register(`${base}sw.js`);
  });
}
