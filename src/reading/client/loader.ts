/**
 * Part of the start-up script: a page with something to enhance (any element marked `data-enhance`: progress controls,
 * code blocks, tab sets, "On this page", the section navigation) loads the enhancement module, which imports only
 * the parts the page uses. Pages without such an element load nothing more.
 */
export function startEnhancementLoader() {
  if (document.querySelector('[data-enhance]')) void import('./enhance.ts');
}
