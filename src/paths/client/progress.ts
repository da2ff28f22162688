/**
 * "Mark as done", progress counts, "Continue where you left off", and export, import and reset of a reader's
 * progress; it starts itself when the start-up script imports it. It enhances markup the pages already carry (see `src/components/ProgressToggle.astro` and the path pages):
 * without JavaScript those controls stay hidden and every page reads as it is. Progress lives in `localStorage` only.
 */
import {
  doneCount,
  emptyProgress,
  exportProgress,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  setDone,
  unknownDone,
  type Progress,
} from '../progress-store.ts';

const LAST_PATH_KEY = 'backend-field-guide:last-path';

interface LastPath {
  title: string;
  href: string;
  steps: string[];
}

const today = () => new Date().toISOString().slice(0, 10);

function read(): Progress {
  try {
    const stored = localStorage.getItem(PROGRESS_STORAGE_KEY);
    if (stored === null) return emptyProgress();
    const parsed = parseProgress(stored);
    return 'error' in parsed ? emptyProgress() : parsed;
  } catch {
    // Storage can be switched off; progress then lasts as long as the page.
    return emptyProgress();
  }
}

function write(progress: Progress) {
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, exportProgress(progress, today()));
  } catch {
    // As above: nothing to keep it in.
  }
}

let progress = emptyProgress();

const all = <T extends Element>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)];
const toggles = (root: ParentNode = document) => all<HTMLButtonElement>('button[data-progress-toggle]', root);
const keyOf = (toggle: HTMLElement) => toggle.dataset['progressToggle'] ?? '';

/** Brings every control on the page in line with `progress`. */
function render() {
  for (const toggle of toggles()) toggle.setAttribute('aria-pressed', String(keyOf(toggle) in progress.done));
  for (const counter of all<HTMLElement>('[data-progress-count]')) {
    const scope = counter.closest<HTMLElement>('[data-progress-scope]');
    // A scope lists its entries when it shows no toggles for them (a path on the paths index).
    const keys = scope?.dataset['progressKeys']?.split(' ') ?? toggles(scope ?? document).map(keyOf);
    counter.textContent = `${doneCount(progress, keys)} of ${keys.length} done`;
  }
  for (const link of all<HTMLAnchorElement>('a[data-progress-continue]')) {
    const next = toggles().find((toggle) => !(keyOf(toggle) in progress.done));
    link.hidden = next === undefined || Object.keys(progress.done).length === 0;
    if (next !== undefined) {
      link.href = `#${next.dataset['progressStep'] ?? ''}`;
      link.textContent = `Continue where you left off: ${next.dataset['progressTitle'] ?? ''}`;
    }
  }
  renderResume();
}

/** On the home page: the last path the reader opened, and where they are in it. */
function renderResume() {
  const resume = document.querySelector<HTMLAnchorElement>('a[data-progress-resume]');
  if (resume === null) return;
  let last: LastPath | undefined;
  try {
    last = JSON.parse(localStorage.getItem(LAST_PATH_KEY) ?? 'null') as LastPath | undefined;
  } catch {
    last = undefined;
  }
  if (last === null || last === undefined || !Array.isArray(last.steps)) return;
  const next = last.steps.findIndex((step) => !(step in progress.done));
  const done = doneCount(progress, last.steps);
  if (done === 0) return;
  resume.href = next === -1 ? last.href : `${last.href}#step-${next + 1}`;
  resume.textContent =
    next === -1 ? `You finished ${last.title}: review it` : `Continue where you left off: ${last.title}, step ${next + 1} of ${last.steps.length} (${done} done)`;
  resume.hidden = false;
}

function announce(message: string) {
  for (const region of all<HTMLElement>('[data-progress-message]')) region.textContent = message;
}

function change(next: Progress) {
  progress = next;
  write(progress);
  render();
}

/** Lists done ids the site no longer has, so a reader whose entry was renamed is not silently set back. */
async function listUnknown(base: string) {
  const list = document.querySelector<HTMLElement>('[data-progress-unknown]');
  if (list === null || Object.keys(progress.done).length === 0) return;
  try {
    const response = await fetch(`${base}search/titles.json`);
    if (!response.ok) return;
    const titles = (await response.json()) as { url: string }[];
    const known = new Set(titles.map((title) => title.url.slice(base.length).replace(/\/$/, '')));
    const unknown = unknownDone(progress, known);
    const items = list.querySelector('ul');
    if (unknown.length === 0 || items === null) return;
    items.replaceChildren(
      ...unknown.map((entry) => {
        const item = document.createElement('li');
        const code = document.createElement('code');
        code.textContent = entry;
        item.append(code);
        return item;
      }),
    );
    list.hidden = false;
  } catch {
    // Offline or from disk: the list is a courtesy, the counts are right without it.
  }
}

function rememberPath() {
  const path = document.querySelector<HTMLElement>('[data-progress-path]');
  if (path === null) return;
  const last: LastPath = { title: path.dataset['progressPath'] ?? '', href: location.pathname, steps: toggles(path).map(keyOf) };
  try {
    localStorage.setItem(LAST_PATH_KEY, JSON.stringify(last));
  } catch {
    // Nothing to keep it in.
  }
}

function download(text: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = `backend-field-guide-progress-${today()}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function startProgress(base: string) {
  progress = read();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const toggle = target?.closest<HTMLButtonElement>('button[data-progress-toggle]');
    if (toggle !== null && toggle !== undefined) {
      const key = keyOf(toggle);
      change(setDone(progress, key, !(key in progress.done), today()));
      return;
    }
    if (target?.closest('[data-progress-export]')) {
      download(exportProgress(progress, today()));
      announce(`Exported ${Object.keys(progress.done).length} done entries.`);
      return;
    }
    if (target?.closest('[data-progress-reset]')) {
      if (!confirm('Reset your progress? Every entry marked as done in this browser is unmarked. Export it first to keep a copy.')) return;
      change(emptyProgress());
      announce('Progress reset.');
    }
  });
  for (const input of all<HTMLInputElement>('input[data-progress-import]')) {
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.value = '';
      if (file === undefined) return;
      const parsed = parseProgress(await file.text());
      if ('error' in parsed) {
        announce(`Nothing was imported: ${parsed.error}. Your progress is unchanged.`);
        return;
      }
      change(parsed);
      announce(`Imported ${Object.keys(parsed.done).length} done entries.`);
    });
  }
  rememberPath();
  render();
  document.documentElement.dataset['progress'] = 'ready';
  void listUnknown(base);
}

startProgress(import.meta.env.BASE_URL);
