/**
 * Tab sets (markup from src/reading/directives.ts and the Tabs component) become ARIA tabs: a tablist of tabs, arrow
 * keys, Home and End to move. Which panel shows is the stylesheet's work (src/styles/reading.css): it follows
 * `data-tab` on `<html>`, which the head script sets from the reader's last choice and this script sets on a new one,
 * remembering it for the whole site in `localStorage`.
 */
// The head script reads the same key (src/reading/head-script.ts, TAB_STORAGE_KEY).
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
});

export {};
