/**
 * Adds a stylesheet to the page for code that loads on demand (the search dialog, link previews), so pages that never
 * use it do not pay for its rules. Settles once the sheet has loaded or failed: callers show their elements then, so
 * nothing appears unstyled.
 */
export function loadStylesheet(href: string): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const settled = new Promise<void>((settle) => {
    link.addEventListener('load', () => settle());
    link.addEventListener('error', () => settle());
  });
  document.head.append(link);
  return settled;
}
