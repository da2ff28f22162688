/**
 * Everything search shows, as one module for both ways in (the dialog and the search page), so the bundler emits it
 * as one chunk: opening search then fetches one file before the runtime, not a chain of two. The panel's styles come
 * with it rather than with every page (the search page links them itself). The dialog opens at once, so typing goes
 * on into it, but stays transparent until its styles have loaded, so it never shows unstyled.
 */
import panelStyles from '../search-panel.css?url';
import { openSearch as openDialog } from './dialog.ts';

export { mountSearchPage } from './page.ts';

const stylesheet = document.head.appendChild(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: panelStyles }));
let styled = false;
// A sheet that fails to load counts as loaded: the dialog then shows as the browser draws it rather than not at all.
const stylesLoaded = new Promise((settle) => {
  stylesheet.onload = stylesheet.onerror = settle;
}).then(() => (styled = true));

/** Opens search, optionally with a query already typed (from the header's box). */
export function openSearch(base: string, query?: string) {
  openDialog(base, query);
  const dialog = document.querySelector<HTMLElement>('dialog.search-dialog');
  if (styled || dialog === null) return;
  // Set through the style object, which the Content Security Policy allows (a style attribute in markup it would not).
  dialog.style.setProperty('opacity', '0');
  void stylesLoaded.then(() => dialog.style.removeProperty('opacity'));
}
