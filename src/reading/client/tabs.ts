/**
 * Tab sets (markup from `src/reading/tabs.ts`) become ARIA tabs: a tablist of tabs, one panel shown, arrow keys, Home
 * and End to move. The language a reader picks is remembered for the whole site (`localStorage`, and `data-tab` on
 * `<html>`, which the head script sets on every page so the stylesheet shows that panel before this script arrives).
 */
const STORAGE_KEY = 'bfg-tab';
const root = document.documentElement;
const sets = [...document.querySelectorAll<HTMLElement>('.tabs')];

const tabsOf = (set: HTMLElement) => [...set.querySelectorAll<HTMLButtonElement>(':scope > .tabs__list > .tabs__tab')];
const panelsOf = (set: HTMLElement) => [...set.querySelectorAll<HTMLElement>(':scope > .tabs__panel')];

function show(set: HTMLElement, language: string) {
  const tabs = tabsOf(set);
  const chosen = tabs.find((tab) => tab.dataset['tab'] === language) ?? tabs[0];
  for (const tab of tabs) {
    const selected = tab === chosen;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  for (const panel of panelsOf(set)) panel.hidden = panel.dataset['tab'] !== chosen?.dataset['tab'];
}

function choose(language: string, within: HTMLElement) {
  // Choosing a language moves every tab set of the page: keep the one the reader is in where it was on screen.
  const before = within.getBoundingClientRect().top;
  root.dataset['tab'] = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be switched off: the choice then lasts as long as the page.
  }
  for (const set of sets) show(set, language);
  window.scrollBy(0, within.getBoundingClientRect().top - before);
}

const KEY_STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

sets.forEach((set, setIndex) => {
  const list = set.querySelector<HTMLElement>(':scope > .tabs__list');
  if (!list) return;
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', 'Language');
  const tabs = tabsOf(set);
  const panels = panelsOf(set);
  tabs.forEach((tab, index) => {
    const panel = panels[index];
    if (!panel) return;
    tab.id = `tabs-${setIndex}-${index}`;
    panel.id = `${tab.id}-panel`;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.tabIndex = 0;
    tab.addEventListener('click', () => choose(tab.dataset['tab'] ?? '', set));
    tab.addEventListener('keydown', (event) => {
      const step = KEY_STEPS[event.key];
      if (!step) return;
      event.preventDefault();
      const next = tabs[step(index, tabs.length)];
      if (!next) return;
      choose(next.dataset['tab'] ?? '', set);
      next.focus();
    });
  });
  show(set, root.dataset['tab'] ?? '');
  set.classList.add('tabs--ready');
});
