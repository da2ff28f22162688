/**
 * Everything search shows, as one module for both ways in (the dialog and the search page), so the bundler emits it
 * as one chunk: opening search then fetches one file before the runtime, not a chain of two. The panel's styles come
 * with it rather than with every page (the search page links them itself); the dialog opens once they have loaded,
 * so it never shows unstyled.
 */
import { loadStylesheet } from '../../site/client/load-stylesheet.ts';
import panelStyles from '../search-panel.css?url';
import { openSearch as openDialog } from './dialog.ts';

export { mountSearchPage } from './page.ts';

const stylesLoaded = loadStylesheet(panelStyles);

/** Opens search once its styles are in, optionally with a query already typed (from the header's box). */
export async function openSearch(...args: Parameters<typeof openDialog>) {
  await stylesLoaded;
  openDialog(...args);
}
