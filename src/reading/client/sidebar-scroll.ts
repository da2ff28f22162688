/**
 * The section navigation (`nav.sidebar`) scrolls its own list so the current page's link (`aria-current="page"`) is
 * in view, without scrolling the window.
 */
const sidebar = document.querySelector<HTMLElement>('nav.sidebar');
const current = sidebar?.querySelector<HTMLElement>('[aria-current="page"]');

/** The nearest ancestor of `element` inside `root` (or `root` itself) that scrolls vertically. */
function scroller(element: HTMLElement, root: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node && node !== root.parentElement; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return root;
}

if (sidebar && current) {
  const box = scroller(current, sidebar);
  const boxTop = box.getBoundingClientRect().top;
  const { top, height } = current.getBoundingClientRect();
  const offset = top - boxTop;
  if (offset < 0 || offset + height > box.clientHeight) box.scrollTop += offset - (box.clientHeight - height) / 2;
}

export {};
