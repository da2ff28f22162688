/**
 * Registers the service worker once the page has finished loading, so its precache never competes with the page
 * itself. Production builds only: the dev server has no service worker; and never from disk (the offline bundle).
 */
export function registerServiceWorker(base: string) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  addEventListener('load', () => {
    void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  });
}
