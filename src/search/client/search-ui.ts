/**
 * Everything search shows, as one module for both ways in (the dialog and the search page), so the bundler emits it
 * as one chunk: opening search then fetches one file before the runtime, not a chain of two.
 */
export { openSearch } from './dialog.ts';
export { mountSearchPage } from './page.ts';
