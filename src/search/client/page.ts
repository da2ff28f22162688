/**
 * The search page (`/search/?q=…&type=…&side=…`): the plain form it serves without JavaScript becomes the full
 * search panel, seeded from the URL, and every search writes its query and filters back to the URL so it can be
 * shared or bookmarked.
 */
import { connectSearch } from './controller.ts';
import { createSearchPanel } from './panel.ts';

export function mountSearchPage(base: string, placeholder: HTMLElement) {
  const params = new URL(location.href).searchParams;
  const { root, elements } = createSearchPanel('search-page', 'Search the guide');
  elements.input.value = params.get('q') ?? '';
  for (const box of elements.filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
  placeholder.replaceWith(root);

  const controller = connectSearch(base, elements, (outcome) => {
    const url = new URL(location.href);
    url.search = '';
    if (outcome.query !== '') url.searchParams.set('q', outcome.query);
    for (const [name, values] of Object.entries(controller.filters())) for (const value of values) url.searchParams.append(name, value);
    history.replaceState(null, '', url);
  });
  elements.input.focus();
  if (elements.input.value !== '') void controller.run();
}
