/**
 * Opens search from anywhere: submitting or typing into the header's box, `/`, or Ctrl+K / Cmd+K. The dialog's code,
 * the search runtime and the index are fetched only then. On the search page, whose plain form works without
 * JavaScript, it turns the form into the full search panel right away.
 */
import { importPagefind } from './runtime.ts';

export function startSearchLauncher(base: string) {
  const form = document.querySelector<HTMLFormElement>('form.site-search');
  const input = form?.querySelector<HTMLInputElement>('input');

  // The dialog's code is asked for first (the browser sends requests in the order they are made, and the dialog
  // cannot open before its code has arrived); Pagefind's files then travel alongside it.
  const loadSearchUi = () => {
    const searchUi = import('./search-ui.ts');
    void importPagefind(base);
    return searchUi;
  };
  const open = (query?: string) => loadSearchUi().then(({ openSearch }) => openSearch(base, query));

  const searchPageForm = document.getElementById('search-page-form');
  if (searchPageForm) {
    document.getElementById('search-page-without-script')?.remove();
    void loadSearchUi().then(({ mountSearchPage }) => mountSearchPage(base, searchPageForm));
  }
  const typingInAField = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || target.matches('input,textarea,select'));

  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void open(input?.value);
  });
  // Typing keeps going into the header's box until the dialog is ready; then the dialog takes over the whole text.
  let opening: Promise<void> | undefined;
  input?.addEventListener('input', () => {
    opening ??= loadSearchUi().then(({ openSearch }) => {
      const query = input.value;
      input.value = '';
      openSearch(base, query);
      opening = undefined;
    });
  });
  document.addEventListener('keydown', (event) => {
    const shortcut = /^k$/i.test(event.key) && (event.ctrlKey || event.metaKey);
    if (shortcut || (event.key === '/' && !typingInAField(event.target))) {
      event.preventDefault();
      void open();
    }
  });
}
