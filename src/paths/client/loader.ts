/**
 * Part of the start-up script: pages with progress controls (`.progress-only`: entry pages, path pages, the home
 * page) load the progress code right away, as a module of its own, so no other page pays for it. The module starts
 * itself when it arrives.
 */
export function startProgressLoader() {
  if (document.querySelector('.progress-only')) void import('./progress.ts');
}
