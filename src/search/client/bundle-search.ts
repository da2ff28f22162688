/**
 * Search for the offline bundle's search page, opened from disk (`file://`) where Pagefind cannot run: a classic
 * script that reads `?q=` and searches the index that `offline-index.js` puts on `window`. It writes text nodes
 * and `<mark>` elements only.
 */
import { searchFallback, type FallbackIndex } from '../fallback.ts';

declare global {
  interface Window {
    BFG_OFFLINE_INDEX?: FallbackIndex;
  }
}

function mount() {
  const index = window.BFG_OFFLINE_INDEX;
  const form = document.getElementById('search-page-form');
  const notice = document.getElementById('search-page-without-script');
  if (index === undefined || form === null) return;
  notice?.remove();
  /** Links are relative to the bundle's root; this page is one folder down. */
  const toRoot = '../';

  const query = new URLSearchParams(location.search).get('q') ?? '';
  const input = form.querySelector('input');
  if (input !== null) input.value = query;

  const section = document.createElement('section');
  section.setAttribute('aria-labelledby', 'offline-results-heading');
  const heading = document.createElement('h2');
  heading.id = 'offline-results-heading';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'offline-results';
  section.append(heading, status, list);
  form.after(section);

  heading.textContent = 'Results';
  if (query.trim() === '') {
    status.textContent = 'Type a title, an alias such as k8s, or any words, then press Search.';
    return;
  }
  const hits = searchFallback(index, query);
  status.textContent = hits.length === 0 ? `No results for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`;
  for (const hit of hits) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = toRoot + hit.page.url;
    link.textContent = hit.page.title;
    const type = document.createElement('span');
    type.className = 'search-hit__type';
    type.textContent = hit.page.type;
    const excerpt = document.createElement('p');
    for (const part of hit.excerpt) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(part.text);
      }
    }
    item.append(type, link, excerpt);
    list.append(item);
  }
}

mount();
