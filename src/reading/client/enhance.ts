/**
 * Loaded by the start-up script when a page has an element marked `data-enhance`; each part is a module of its own,
 * imported only when its markup is on the page, and starts itself when it arrives. The offline bundle builds this
 * file as one classic script (its dynamic imports inlined) for pages opened from disk.
 */
const present = (selector: string) => document.querySelector(selector) !== null;

if (present('.progress-only')) void import('../../paths/client/progress.ts');
if (present('[data-copy]')) void import('./copy-code.ts');
if (present('.tabs')) void import('./tabs.ts');
if (present('nav.toc')) void import('./toc-tracking.ts');
if (present('nav.sidebar')) void import('./sidebar-scroll.ts');

export {};
