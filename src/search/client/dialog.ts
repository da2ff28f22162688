/**
 * The search dialog, created the first time a reader opens search (`/`, Ctrl+K / Cmd+K, or the header's search
 * box). A modal `<dialog>`: the page behind is inert, Tab cycles within the dialog, Escape or the close button
 * closes it, and focus goes back to where it was.
 */
import { connectSearch, type SearchController } from './controller.ts';
import { loadEngine } from './engine.ts';
import { createSearchPanel } from './panel.ts';

interface OpenDialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  controller: SearchController;
}

let created: OpenDialog | undefined;
let returnFocusTo: HTMLElement | null = null;

function create(base: string): OpenDialog {
  const dialog = document.createElement('dialog');
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');

  const header = document.createElement('div');
  header.className = 'search-dialog__header';
  const title = document.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = 'Search';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-dialog__close';
  close.textContent = 'Close';
  close.addEventListener('click', () => dialog.close());
  header.append(title, close);

  const { root, elements } = createSearchPanel('search-dialog', 'Search the guide');
  const hint = document.createElement('p');
  hint.className = 'search-dialog__hint';
  hint.textContent = '↑ ↓ move through results · Enter opens · Esc closes';
  dialog.append(header, root, hint);
  document.body.append(dialog);

  dialog.addEventListener('close', () => {
    returnFocusTo?.focus();
    returnFocusTo = null;
  });
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Tab') trapTab(dialog, event);
  });
  return { dialog, input: elements.input, controller: connectSearch(base, elements) };
}

/** Keeps Tab and Shift+Tab inside the dialog: past the last control it wraps to the first, and back. */
function trapTab(dialog: HTMLDialogElement, event: KeyboardEvent) {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]:not([tabindex="-1"])')].filter(
    (element) => !element.closest('[hidden]'),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (first === undefined || last === undefined) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Opens search, optionally with a query already typed (from the header's box). */
export function openSearch(base: string, query?: string) {
  created ??= create(base);
  // The runtime starts loading as the dialog opens, while the reader types.
  void loadEngine(base).catch(() => undefined);
  const { dialog, input, controller } = created;
  if (!dialog.open) {
    returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
  }
  if (query !== undefined && query !== '') input.value = query;
  input.focus();
  void controller.run();
}
