/**
 * One search box wired to its results: typing searches (newest query wins), the arrow keys move through the results
 * while focus stays in the box (combobox pattern), Enter opens the active result, filter chips narrow the search and
 * a polite status line tells screen readers how many results there are. The entry a query names exactly is listed
 * as soon as the small title list has loaded, before the full-text results fill in below it. Used by the dialog and
 * the search page.
 */
import { search, searchTitles, type SearchFilters, type SearchHit, type SearchOutcome } from './engine.ts';

export interface SearchElements {
  input: HTMLInputElement;
  /** The listbox the results are written into. */
  list: HTMLElement;
  /** The live region that announces the result count. */
  status: HTMLElement;
  /** Where "Did you mean" suggestions go when nothing matched. */
  suggestions: HTMLElement;
  /** Holds the filter checkboxes (name = filter, value = label). */
  filters: HTMLElement;
}

export interface SearchController {
  run(): Promise<void>;
  /** The current filters, as chosen with the chips. */
  filters(): SearchFilters;
}

/** Hits loaded per query: each costs a fragment download, and the first screen shows about this many. */
const RESULT_LIMIT = 6;
/** While a search is running, typing waits this long for the next key; otherwise the search starts at once. */
const TYPING_PAUSE_MS = 80;

export function connectSearch(base: string, elements: SearchElements, onResults?: (outcome: SearchOutcome) => void): SearchController {
  const { input, list, status, suggestions, filters } = elements;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const chosenFilters = (): SearchFilters => {
    const chosen: SearchFilters = {};
    for (const box of filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      const name = box.name as keyof SearchFilters;
      chosen[name] = [...(chosen[name] ?? []), box.value];
    }
    return chosen;
  };

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option === undefined) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };

  const run = async () => {
    const mine = ++sequence;
    const query = input.value;
    if (query.trim() === '') {
      show({ query, total: 0, hits: [], suggestions: [] });
      return;
    }
    const chosen = chosenFilters();
    let answered = false;
    // The entry the query names is shown as soon as the title list is in; the full text follows below it.
    void searchTitles(base, query, chosen).then(
      (hits) => {
        if (mine === sequence && !answered && hits.length > 0) showHits(hits);
      },
      () => undefined,
    );
    try {
      const outcome = await search(base, query, chosen, RESULT_LIMIT);
      answered = true;
      if (mine === sequence) show(outcome);
    } catch (error) {
      if (mine !== sequence) return;
      list.replaceChildren();
      list.hidden = true;
      options = [];
      status.textContent = 'Search could not load. Check your connection and try again.';
      console.error(error);
    }
  };

  const showHits = (hits: SearchHit[]) => {
    options = renderHits(list, hits, list.id);
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  /** The full answer: every hit, and the count the status line announces. */
  const show = (outcome: SearchOutcome) => {
    showHits(outcome.hits);
    status.textContent = describe(outcome);
    renderSuggestions(suggestions, outcome);
    onResults?.(outcome);
  };

  let running: Promise<void> | undefined;
  const runTracked = () => {
    running = run().finally(() => {
      running = undefined;
    });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (running === undefined) runTracked();
    else timer = setTimeout(runTracked, TYPING_PAUSE_MS);
  });
  filters.addEventListener('change', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const target = options[active] ?? options[0];
      if (target === undefined) return;
      event.preventDefault();
      target.click();
    }
  });

  return { run, filters: chosenFilters };
}

function describe({ query, total, hits }: SearchOutcome): string {
  const shown = query.trim();
  if (shown === '') return '';
  if (total === 0) return `No results for “${shown}”.`;
  const count = total === 1 ? '1 result' : `${total} results`;
  return hits.length < total ? `${count} for “${shown}”; showing the best ${hits.length}.` : `${count} for “${shown}”.`;
}

/** Writes the hits as listbox options (links) and returns them in order. */
function renderHits(list: HTMLElement, hits: SearchHit[], idPrefix: string): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  const option = (href: string, className: string) => {
    const link = document.createElement('a');
    link.href = href;
    link.className = className;
    link.id = `${idPrefix}-${options.length}`;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.tabIndex = -1;
    options.push(link);
    return link;
  };
  const fragment = document.createDocumentFragment();
  for (const hit of hits) {
    const link = option(hit.url, 'search-hit');
    // The hidden separator keeps the option's accessible name readable: "Technology: Kubernetes …".
    link.append(span('search-hit__type', hit.type), span('visually-hidden', ': '), span('search-hit__title', hit.title));
    if (hit.excerpt !== '') link.append(span('visually-hidden', ': '), excerpt(hit.excerpt));
    fragment.append(link);
    for (const section of hit.sections) {
      const sub = option(section.url, 'search-hit search-hit--section');
      sub.append(span('search-hit__title', section.title), span('visually-hidden', ': '), excerpt(section.excerpt));
      fragment.append(sub);
    }
  }
  list.replaceChildren(fragment);
  return options;
}

function renderSuggestions(container: HTMLElement, { total, query, suggestions }: SearchOutcome) {
  container.replaceChildren();
  if (total > 0 || query.trim() === '') return;
  if (suggestions.length === 0) {
    container.append('Try fewer or shorter words, or browse the glossary.');
    return;
  }
  container.append('Did you mean ');
  suggestions.forEach((entry, position) => {
    if (position > 0) container.append(position === suggestions.length - 1 ? ' or ' : ', ');
    const link = document.createElement('a');
    link.href = entry.url;
    link.textContent = entry.title;
    container.append(link);
  });
  container.append('?');
}

function span(className: string, text: string) {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` tags. It is parsed inertly and only its text and marks are
 * copied, so nothing else from an indexed page can reach the DOM.
 */
function excerpt(html: string) {
  const container = span('search-hit__excerpt', '');
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      container.append(mark);
    } else {
      container.append(node.textContent ?? '');
    }
  }
  return container;
}
